/// A fenced ```swift block of a lesson or exercise, as handed to a `CodeBlockOutputs` provider.
///
/// Blocks are numbered per page in document order, counting only `swift` blocks, so a
/// provider can key its results on `(page, index)` and find the code again from `line`.
public struct SwiftCodeBlock: Hashable, Sendable {
  /// Identifies a block within the course: the page's source path and the block's index.
  public struct ID: Hashable, Sendable, CustomStringConvertible {
    /// Source path relative to the course root (`Lessons/01-qubits/lesson.md`).
    public var page: String
    /// 0-based position among the page's ```swift blocks.
    public var index: Int

    public init(page: String, index: Int) {
      self.page = page
      self.index = index
    }

    public var description: String { "\(page)#swift-\(index)" }
  }

  public var id: ID
  /// 1-based line of the opening fence in the source file.
  public var line: Int
  /// The words after `swift` in the fence's info string (`["fragment"]` for ```swift fragment).
  public var flags: [String]
  /// The code between the fences.
  public var code: String

  public init(id: ID, line: Int, flags: [String], code: String) {
    self.id = id
    self.line = line
    self.flags = flags
    self.code = code
  }
}

/// An SVG figure produced by running an example; rendered inline under its code block.
public struct Figure: Hashable, Sendable, Codable {
  /// The `<svg …>…</svg>` document (an XML prolog is allowed and dropped).
  public var svg: String
  /// What the figure shows, for screen readers and when it cannot be displayed.
  ///
  /// Required: an empty alt text fails the build.
  public var altText: String
  /// An optional visible caption (inline Markdown is not interpreted; plain text).
  public var caption: String?

  public init(svg: String, altText: String, caption: String? = nil) {
    self.svg = svg
    self.altText = altText
    self.caption = caption
  }
}

/// What running one ```swift block produced: printed text and figures.
public struct CodeBlockOutput: Hashable, Sendable, Codable {
  /// Standard output, shown under the code in a "Output" box (nil or empty: no box).
  public var text: String?
  public var figures: [Figure]

  public init(text: String? = nil, figures: [Figure] = []) {
    self.text = text
    self.figures = figures
  }
}

/// The hook for literate examples: supplies the output of each ```swift block.
///
/// The site builder calls `outputs(for:)` once per build with every ```swift block of every
/// lesson and exercise (unchanged pages included), before rendering; a provider can compile
/// and run them all in one go and cache its own results. Blocks absent from the returned
/// dictionary render as plain code. A provider that throws `SiteError` fails the build with
/// its diagnostics (point them at `block.line`).
///
/// ```swift
/// struct Canned: CodeBlockOutputs {
///   func outputs(for blocks: [SwiftCodeBlock]) throws -> [SwiftCodeBlock.ID: CodeBlockOutput] {
///     Dictionary(uniqueKeysWithValues: blocks.map { ($0.id, CodeBlockOutput(text: "42\n")) })
///   }
/// }
/// let builder = SiteBuilder(configuration: config, outputs: Canned())
/// ```
///
/// Outputs are part of the render cache key: a page re-renders when its blocks' outputs change.
public protocol CodeBlockOutputs {
  func outputs(for blocks: [SwiftCodeBlock]) throws -> [SwiftCodeBlock.ID: CodeBlockOutput]
}

/// The default provider: no outputs (examples are shown as code only).
public struct NoCodeBlockOutputs: CodeBlockOutputs {
  public init() {}
  public func outputs(for blocks: [SwiftCodeBlock]) throws -> [SwiftCodeBlock.ID: CodeBlockOutput] { [:] }
}
