/// One problem found while building the site, located in a source file.
///
/// ```swift
/// let d = Diagnostic(file: "Lessons/01-qubits/lesson.md", line: 12, message: "broken link 'x.md'")
/// print(d)   // Lessons/01-qubits/lesson.md:12: broken link 'x.md'
/// ```
public struct Diagnostic: Hashable, Sendable, Codable, CustomStringConvertible, Comparable {
  /// The file, relative to the course root (`Lessons/01-qubits/lesson.md`).
  public var file: String
  /// The 1-based line, or 0 when the problem concerns the whole file.
  public var line: Int
  /// What is wrong, the bad value, and what is allowed.
  public var message: String

  public init(file: String, line: Int, message: String) {
    self.file = file
    self.line = line
    self.message = message
  }

  /// `file:line: message` (`file: message` when the line is unknown).
  public var description: String { line > 0 ? "\(file):\(line): \(message)" : "\(file): \(message)" }

  public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
    (lhs.file, lhs.line, lhs.message) < (rhs.file, rhs.line, rhs.message)
  }
}

/// A failed build: every problem found, sorted by file and line.
///
/// The build collects all problems of all stages it reached before failing, so that an author
/// fixes a lesson in one pass. A failed build never touches the previous site.
public struct SiteError: Error, CustomStringConvertible, Sendable {
  public var diagnostics: [Diagnostic]

  public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics.sorted() }

  public init(file: String, line: Int = 0, _ message: String) {
    self.init([Diagnostic(file: file, line: line, message: message)])
  }

  /// One diagnostic per line, then a count.
  public var description: String {
    let count = diagnostics.count == 1 ? "1 problem" : "\(diagnostics.count) problems"
    return diagnostics.map(\.description).joined(separator: "\n") + "\nThe site was not built (\(count))."
  }
}

/// Collects diagnostics while a stage runs.
struct DiagnosticLog {
  private(set) var diagnostics: [Diagnostic] = []

  mutating func error(_ file: String, _ line: Int, _ message: String) {
    diagnostics.append(Diagnostic(file: file, line: line, message: message))
  }

  mutating func append(contentsOf other: [Diagnostic]) { diagnostics += other }

  var isEmpty: Bool { diagnostics.isEmpty }

  /// Throws a `SiteError` with everything collected, if anything was.
  func throwIfAny() throws {
    if !diagnostics.isEmpty { throw SiteError(diagnostics) }
  }
}
