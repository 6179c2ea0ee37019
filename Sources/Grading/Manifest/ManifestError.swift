/// A problem in `Exercises/exercises.json`, or between it and the exercises' files and code.
///
/// The description reads `file:line: key: what is wrong; what is allowed`, for example
/// `Exercises/exercises.json:23: exercises[0].checks[2].visibility: "secret" is not allowed;
/// use one of visible, after_due_date, after_published, hidden`.
public struct ManifestError: Error, CustomStringConvertible, Sendable, Equatable {
  /// The file, as given to the loader.
  public var file: String
  /// The 1-based line, or nil when the problem has no single line.
  public var line: Int?
  /// The key path (`exercises[0].checks[2].visibility`), or "" for the whole file.
  public var key: String
  public var message: String

  public init(file: String, line: Int?, key: String, message: String) {
    self.file = file
    self.line = line
    self.key = key
    self.message = message
  }

  public var description: String {
    let location = line.map { "\(file):\($0)" } ?? file
    return key.isEmpty ? "\(location): \(message)" : "\(location): \(key): \(message)"
  }
}
