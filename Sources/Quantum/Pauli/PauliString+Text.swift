extension PauliString: CustomStringConvertible, LosslessStringConvertible {
  /// Reads the sparse text form of a Pauli string.
  ///
  /// Reads the sparse form, e.g. `"X0 Z3"`, `"Y1Z2"` or `"I"`.
  ///
  /// - Throws: `PauliSyntaxError` naming the column and what was expected.
  public init(parsing text: String) throws {
    var reader = PauliTextReader(text)
    let string = try reader.readFactors()
    reader.skipSpaces()
    if let c = reader.current {
      throw reader.error("unexpected \"\(c)\" after the Pauli string")
    }
    self = string
  }

  /// Reads the sparse text form, or `nil` if the text is malformed.
  ///
  /// Reads the sparse form, e.g. `"X0 Z3"`; `nil` if the text is malformed.
  public init?(_ description: String) {
    guard let string = try? PauliString(parsing: description) else { return nil }
    self = string
  }

  /// The sparse form: factors in increasing qubit order (`"X0 Z3"`), `"I"` for the identity.
  public var description: String {
    if isIdentity { return "I" }
    return support.map { "\(self[$0])\($0)" }.joined(separator: " ")
  }
}

extension PauliString: ExpressibleByStringLiteral {
  /// A string literal in the sparse form; a malformed literal is a programming error.
  public init(stringLiteral value: String) {
    do { try self.init(parsing: value) } catch { preconditionFailure("\(error)") }
  }
}
