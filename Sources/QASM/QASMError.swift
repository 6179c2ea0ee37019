/// An error reading or writing OpenQASM 2.0, with the place it refers to.
///
/// The ``description`` has the form compilers use, `file:line:column: message`, so editors
/// and terminals can jump to the spot. Lines and columns count from 1 (columns in Unicode
/// scalars). Errors from ``OpenQASM/write(_:)`` use the file name `"<output>"` with line and
/// column 0, since they refer to a gate of the circuit rather than to text.
///
/// ```swift
/// do {
///   _ = try OpenQASM.read("OPENQASM 2.0;\ninclude \"qelib1.inc\";\nqreg q[2];\nhh q[0];", fileName: "bell.qasm")
/// } catch {
///   print(error)   // bell.qasm:4:1: unknown gate 'hh' (did you mean 'h'?)
/// }
/// ```
public struct QASMError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The file name given to the reader (`"<input>"` by default, `"<output>"` for the writer).
  public var file: String
  /// The line, from 1 (0 when the error is not about a place in a text).
  public var line: Int
  /// The column, from 1, counted in Unicode scalars (0 when not about a place in a text).
  public var column: Int
  /// What was expected and what was found.
  public var message: String

  /// An error at a place in a file.
  ///
  /// ```swift
  /// let e = QASMError(file: "a.qasm", line: 2, column: 5, message: "expected ';'")
  /// print(e)   // a.qasm:2:5: expected ';'
  /// ```
  public init(file: String, line: Int, column: Int, message: String) {
    self.file = file
    self.line = line
    self.column = column
    self.message = message
  }

  /// `file:line:column: message`.
  ///
  /// ```swift
  /// QASMError(file: "<input>", line: 1, column: 1, message: "oops").description
  /// // "<input>:1:1: oops"
  /// ```
  public var description: String { "\(file):\(line):\(column): \(message)" }
}

/// A place in the source text: line and column, both from 1.
struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
  var line: Int
  var column: Int

  var description: String { "\(line):\(column)" }
}

/// An error found while reading, before the file name is attached.
struct Diagnostic: Error, Hashable, Sendable {
  var location: SourceLocation
  var message: String

  init(_ message: String, at location: SourceLocation) {
    self.location = location
    self.message = message
  }

  func error(file: String) -> QASMError {
    QASMError(file: file, line: location.line, column: location.column, message: message)
  }
}
