/// A malformed Pauli string or Pauli sum, with the column (1-based) where reading stopped.
///
/// ```swift
/// do { _ = try PauliSum("0.5*Z0 Q1") } catch { print(error) }
/// // column 8 of "0.5*Z0 Q1": expected a Pauli factor (I, X, Y or Z followed by a qubit index), found "Q"
/// ```
public struct PauliSyntaxError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The text that was being read.
  public var text: String
  /// The 1-based column of the offending character.
  public var column: Int
  /// What was expected and what was found.
  public var message: String

  public var description: String { "column \(column) of \"\(text)\": \(message)" }
}
