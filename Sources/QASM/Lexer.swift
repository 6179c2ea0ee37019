// Splits OpenQASM 2.0 text into tokens, one at a time, tracking lines and columns.

/// Turns source text into tokens on demand; comments (`// …`) and whitespace are skipped.
struct Lexer {
  private let scalars: [Unicode.Scalar]
  private var index = 0
  private var line = 1
  private var column = 1

  init(_ text: String) {
    var scalars = Array(text.unicodeScalars)
    if scalars.first == "\u{FEFF}" { scalars.removeFirst() }  // a byte-order mark
    self.scalars = scalars
  }

  /// The place of the next unread character.
  var location: SourceLocation { SourceLocation(line: line, column: column) }

  private func peek(_ offset: Int = 0) -> Unicode.Scalar? {
    index + offset < scalars.count ? scalars[index + offset] : nil
  }

  private mutating func advance() {
    guard index < scalars.count else { return }
    if scalars[index] == "\n" {
      line += 1
      column = 1
    } else {
      column += 1
    }
    index += 1
  }

  private mutating func skipSpaceAndComments() {
    while let c = peek() {
      if c == " " || c == "\t" || c == "\n" || c == "\r" || c == "\u{0C}" {
        advance()
      } else if c == "/" && peek(1) == "/" {
        while let d = peek(), d != "\n" { advance() }
      } else {
        return
      }
    }
  }

  /// The next token (`.endOfFile` forever once the text is used up).
  mutating func next() throws(Diagnostic) -> Token {
    skipSpaceAndComments()
    let start = location
    guard let c = peek() else { return Token(kind: .endOfFile, location: start, end: start) }
    let kind: TokenKind
    if c.isLetter || c == "_" {
      var text = ""
      while let d = peek(), d.isLetter || d.isDigit || d == "_" {
        text.unicodeScalars.append(d)
        advance()
      }
      kind = .identifier(text)
    } else if c.isDigit || (c == "." && peek(1)?.isDigit == true) {
      kind = try number()
    } else if c == "\"" {
      kind = try string(start: start)
    } else {
      kind = .symbol(try symbol(start: start))
    }
    return Token(kind: kind, location: start, end: location)
  }

  /// `12`, `1.5`, `.5`, `2.`, `1e-3`, `6.02E+23`.
  private mutating func number() throws(Diagnostic) -> TokenKind {
    var text = ""
    var isReal = false
    func digits(_ lexer: inout Lexer, into text: inout String) {
      while let d = lexer.peek(), d.isDigit {
        text.unicodeScalars.append(d)
        lexer.advance()
      }
    }
    digits(&self, into: &text)
    if peek() == "." {
      isReal = true
      text += text.isEmpty ? "0." : "."
      advance()
      let before = text.count
      digits(&self, into: &text)
      if text.count == before { text += "0" }
    }
    if let e = peek(), e == "e" || e == "E" {
      let exponentStart = location
      isReal = true
      text += "e"
      advance()
      if let sign = peek(), sign == "+" || sign == "-" {
        text.unicodeScalars.append(sign)
        advance()
      }
      guard peek()?.isDigit == true else {
        let found = peek().map { "'\($0.printable)'" } ?? "end of file"
        throw Diagnostic("expected digits in the exponent of the number '\(text)', found \(found)", at: exponentStart)
      }
      digits(&self, into: &text)
    }
    return isReal ? .real(text) : .integer(text)
  }

  private mutating func string(start: SourceLocation) throws(Diagnostic) -> TokenKind {
    advance()  // opening quote
    var text = ""
    while let c = peek(), c != "\"" {
      if c == "\n" { break }
      text.unicodeScalars.append(c)
      advance()
    }
    guard peek() == "\"" else {
      throw Diagnostic("unterminated string: expected a closing '\"' on the same line", at: start)
    }
    advance()
    return .string(text)
  }

  private mutating func symbol(start: SourceLocation) throws(Diagnostic) -> Symbol {
    guard let c = peek() else { throw Diagnostic("unexpected end of file", at: start) }
    if c == "-" && peek(1) == ">" {
      advance()
      advance()
      return .arrow
    }
    if c == "=" {
      guard peek(1) == "=" else {
        throw Diagnostic("unexpected '=': expected '==' (only in 'if', which is not supported)", at: start)
      }
      advance()
      advance()
      return .equals
    }
    guard let symbol = Symbol(rawValue: String(c)) else {
      throw Diagnostic(
        "unexpected character '\(c.printable)': expected a name, a number, a string or one of "
          + Symbol.allCases.map(\.rawValue).joined(separator: " "), at: start)
    }
    advance()
    return symbol
  }
}

extension Unicode.Scalar {
  /// ASCII letters only: OpenQASM 2 identifiers are ASCII.
  fileprivate var isLetter: Bool { ("a"..."z").contains(self) || ("A"..."Z").contains(self) }
  fileprivate var isDigit: Bool { ("0"..."9").contains(self) }

  /// The scalar itself when visible, otherwise its code point (`U+0007`).
  var printable: String {
    if properties.generalCategory == .control || properties.isWhitespace || value == 0xFFFD {
      let hex = String(value, radix: 16, uppercase: true)
      return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
    return String(self)
  }
}
