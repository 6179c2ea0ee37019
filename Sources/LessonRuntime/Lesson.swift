/// The executable examples of one lesson: its Swift blocks, in order, compiled from the
/// Markdown by the LessonExamplesPlugin.
///
/// The blocks of a lesson run like a notebook: they are one function body, so a block sees
/// what earlier blocks declared. A ```swift fragment block is type-checked in place but never
/// run; ```swift ignore is neither compiled nor run.
public struct Lesson: Sendable {
  /// One ```swift block.
  public struct Block: Sendable {
    /// How the block is treated.
    public enum Kind: String, Sendable, Codable { case run, fragment }
    /// The line of the opening fence in the lesson file (1-based).
    public let line: Int
    public let kind: Kind
    /// The ```output block that follows it, if any.
    public let expectedOutput: String?
    /// Numbers in the output may differ by this much (relative to max(1, |expected|)).
    public let tolerance: Double?

    public init(line: Int, kind: Kind, expectedOutput: String?, tolerance: Double?) {
      self.line = line
      self.kind = kind
      self.expectedOutput = expectedOutput
      self.tolerance = tolerance
    }
  }

  /// The lesson folder name ("01-qubits"), or "fixture:NAME" for test fixtures.
  public let id: String
  /// The lesson file, relative to the package root.
  public let file: String
  public let blocks: [Block]
  /// Runs every block in order.
  public let body: @Sendable (ExampleContext) throws -> Void

  public init(id: String, file: String, blocks: [Block], body: @escaping @Sendable (ExampleContext) throws -> Void) {
    self.id = id
    self.file = file
    self.blocks = blocks
    self.body = body
  }

  /// Whether the lesson is a test fixture rather than course content.
  public var isFixture: Bool { id.hasPrefix("fixture:") }
}

/// The namespace the generated lessons extend (`LessonCatalog.all`).
public enum LessonCatalog {}
