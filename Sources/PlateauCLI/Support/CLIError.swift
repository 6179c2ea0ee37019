/// A user-facing error of the `plateau` command.
///
/// A user-facing error of the `plateau` command: the message says what was wrong, where,
/// and what is allowed. Printed as `error: <message>` with exit code 1.
public struct CLIError: Error, CustomStringConvertible, Sendable {
  public var message: String
  public init(_ message: String) { self.message = message }
  public var description: String { message }
}
