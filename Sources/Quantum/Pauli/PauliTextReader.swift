/// Reads the sparse text form of Pauli strings and sums.
///
/// Grammar (spaces are allowed between any two tokens):
/// ```text
/// sum     := [sign] term { sign term }
/// term    := number [ "*" ] factors | number | factors
/// factors := factor { factor }          factor := ("I" | "X" | "Y" | "Z") [qubit]
/// ```
/// A factor without a qubit index is only allowed for "I" (the identity).
struct PauliTextReader {
  let text: String
  private let characters: [Character]
  private(set) var position = 0

  init(_ text: String) {
    self.text = text
    self.characters = Array(text)
  }

  var isAtEnd: Bool { position >= characters.count }

  var current: Character? { isAtEnd ? nil : characters[position] }

  mutating func skipSpaces() {
    while let c = current, c == " " || c == "\t" { position += 1 }
  }

  func error(_ message: String, at column: Int? = nil) -> PauliSyntaxError {
    PauliSyntaxError(text: text, column: (column ?? position) + 1, message: message)
  }

  private func describeCurrent() -> String {
    current.map { "\"\($0)\"" } ?? "the end of the text"
  }

  /// Reads one or more factors ("X0 Z3", "Y12", "I").
  mutating func readFactors() throws -> PauliString {
    var string = PauliString()
    var seen = Set<Int>()
    var readAny = false
    while true {
      skipSpaces()
      guard let c = current, let pauli = Pauli(rawValue: c) else { break }
      let start = position
      position += 1
      var digits = ""
      while let d = current, d.isASCII, d.isNumber {
        digits.append(d)
        position += 1
      }
      readAny = true
      if digits.isEmpty {
        guard pauli == .i else {
          throw error("expected a qubit index after \"\(pauli)\" (write e.g. \(pauli)0)", at: start + 1)
        }
        continue
      }
      guard let qubit = Int(digits), qubit < 1 << 20 else {
        throw error("qubit index \(digits) is too large", at: start + 1)
      }
      guard seen.insert(qubit).inserted else {
        throw error("qubit \(qubit) appears twice in one Pauli string", at: start)
      }
      if pauli != .i { string[qubit] = pauli }
    }
    guard readAny else {
      throw error("expected a Pauli factor (I, X, Y or Z followed by a qubit index), found \(describeCurrent())")
    }
    return string
  }

  /// Reads an unsigned decimal number if one starts here.
  mutating func readNumber() throws -> Double? {
    skipSpaces()
    let start = position
    var literal = ""
    while let c = current, c.isASCII, c.isNumber || c == "." {
      literal.append(c)
      position += 1
    }
    if literal.isEmpty { return nil }
    if let e = current, e == "e" || e == "E" {
      literal.append(e)
      position += 1
      if let s = current, s == "+" || s == "-" {
        literal.append(s)
        position += 1
      }
      while let c = current, c.isASCII, c.isNumber {
        literal.append(c)
        position += 1
      }
    }
    guard let value = Double(literal), value.isFinite else {
      throw error("\"\(literal)\" is not a number", at: start)
    }
    return value
  }

  /// Reads a sum of terms with real coefficients.
  mutating func readSum() throws -> [(PauliString, Double)] {
    var terms: [(PauliString, Double)] = []
    skipSpaces()
    if isAtEnd { throw error("expected a Pauli sum such as \"0.5*Z0 Z1 - X2\", found nothing") }
    var sign = 1.0
    if let c = current, c == "+" || c == "-" {
      sign = c == "-" ? -1 : 1
      position += 1
    }
    while true {
      let coefficient = try readNumber()
      skipSpaces()
      var string = PauliString()
      if let c = current, c == "*" {
        guard coefficient != nil else { throw error("\"*\" must follow a coefficient") }
        position += 1
        string = try readFactors()
      } else if let c = current, Pauli(rawValue: c) != nil {
        string = try readFactors()
      } else if coefficient == nil {
        throw error(
          "expected a coefficient or a Pauli factor (I, X, Y or Z followed by a qubit index), found \(describeCurrent())"
        )
      }
      terms.append((string, sign * (coefficient ?? 1)))
      skipSpaces()
      guard let c = current else { break }
      guard c == "+" || c == "-" else {
        throw error("expected \"+\", \"-\" or the end of the sum, found \"\(c)\"")
      }
      sign = c == "-" ? -1 : 1
      position += 1
    }
    return terms
  }
}
