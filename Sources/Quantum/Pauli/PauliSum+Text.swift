extension PauliSum: CustomStringConvertible, LosslessStringConvertible {
  /// Reads the sparse text form of a Pauli sum.
  ///
  /// Reads the sparse text form: terms joined by `+` or `-`, each optionally led by a real
  /// coefficient, e.g. `"0.5*Z0 Z1 - X2"`, `"2 X0X1 + 1e-3*Y2"`, `"1.5"` (a multiple of I).
  ///
  /// - Throws: `PauliSyntaxError` naming the column and what was expected.
  public init(parsing text: String) throws {
    var reader = PauliTextReader(text)
    self.init(try reader.readSum())
  }

  /// Reads the sparse text form; `nil` if the text is malformed.
  public init?(_ description: String) {
    guard let sum = try? PauliSum(parsing: description) else { return nil }
    self = sum
  }

  /// The sparse form: `"0.5*Z0 Z1 - X2"`; unit coefficients are left out, `"0"` for no terms.
  public var description: String {
    guard !terms.isEmpty else { return "0" }
    var text = ""
    for (k, term) in terms.enumerated() {
      let negative = term.coefficient < 0 || (term.coefficient == 0 && term.coefficient.sign == .minus)
      let magnitude = abs(term.coefficient)
      if k == 0 {
        if negative { text += "-" }
      } else {
        text += negative ? " - " : " + "
      }
      let factor = term.string.isIdentity ? "" : term.string.description
      if magnitude == 1 {
        text += factor.isEmpty ? "1" : factor
      } else {
        text += "\(magnitude)" + (factor.isEmpty ? "" : "*" + factor)
      }
    }
    return text
  }
}

extension PauliSum: ExpressibleByStringLiteral {
  /// A string literal in the sparse form; a malformed literal is a programming error.
  public init(stringLiteral value: String) {
    do { try self.init(parsing: value) } catch { preconditionFailure("\(error)") }
  }
}
