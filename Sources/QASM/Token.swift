// The tokens of OpenQASM 2.0.

/// A punctuation or operator token.
enum Symbol: String, Hashable, Sendable, CaseIterable {
  case semicolon = ";"
  case comma = ","
  case leftParenthesis = "("
  case rightParenthesis = ")"
  case leftBracket = "["
  case rightBracket = "]"
  case leftBrace = "{"
  case rightBrace = "}"
  case arrow = "->"
  case equals = "=="
  case plus = "+"
  case minus = "-"
  case star = "*"
  case slash = "/"
  case caret = "^"
}

/// What a token is; numbers and identifiers keep their text.
enum TokenKind: Hashable, Sendable {
  /// A name or keyword: `h`, `qreg`, `pi`, `U`.
  case identifier(String)
  /// Digits only: `3`.
  case integer(String)
  /// A number with a point or an exponent: `0.5`, `1e-3`.
  case real(String)
  /// A double-quoted string, without the quotes.
  case string(String)
  case symbol(Symbol)
  case endOfFile
}

/// A token and where it starts and ends (`end` is the column just after its last character).
struct Token: Hashable, Sendable {
  var kind: TokenKind
  var location: SourceLocation
  var end: SourceLocation

  /// The token as an error message names it: `'h'`, `';'`, `"x.inc"`, `end of file`.
  var quoted: String {
    switch kind {
    case .identifier(let text), .integer(let text), .real(let text): "'\(text)'"
    case .string(let text): "\"\(text)\""
    case .symbol(let symbol): "'\(symbol.rawValue)'"
    case .endOfFile: "end of file"
    }
  }

  /// The identifier's text, or `nil`.
  var identifier: String? {
    if case .identifier(let text) = kind { return text }
    return nil
  }

  func isSymbol(_ symbol: Symbol) -> Bool { kind == .symbol(symbol) }

}

/// Words that cannot name a gate, a register or a parameter.
let reservedWords: Set<String> = [
  "OPENQASM", "include", "qreg", "creg", "gate", "opaque", "barrier", "measure", "reset", "if",
  "pi", "U", "CX", "sin", "cos", "tan", "exp", "ln", "sqrt",
]
