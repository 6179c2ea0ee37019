// Reads statements from tokens: the OpenQASM 2.0 grammar, one statement at a time.

/// A recursive-descent parser over the lexer's tokens.
///
/// It checks syntax and the names a statement can check by itself (a gate body's own parameters and qubits); the reader
/// checks the rest (gates, registers, sizes).
struct Parser {
  private var lexer: Lexer
  /// The token being looked at.
  private(set) var current: Token
  /// Where the previous token ended: a missing `;` is reported there.
  private(set) var previousEnd = SourceLocation(line: 1, column: 1)
  /// How deeply the expression being parsed nests (bounded so that no input overflows the stack).
  var expressionDepth = 0

  static let statementList =
    "OPENQASM, include, qreg, creg, gate, opaque, barrier, measure or a gate call"

  init(_ text: String) throws(Diagnostic) {
    lexer = Lexer(text)
    current = try lexer.next()
  }

  mutating func advance() throws(Diagnostic) {
    previousEnd = current.end
    current = try lexer.next()
  }

  /// Consumes `symbol` or throws "expected `symbol` `context`, found …" at the current token.
  mutating func expect(_ symbol: Symbol, _ context: String) throws(Diagnostic) {
    guard current.isSymbol(symbol) else {
      throw Diagnostic("expected '\(symbol.rawValue)' \(context), found \(current.quoted)", at: current.location)
    }
    try advance()
  }

  /// Consumes the `;` ending a statement; a missing one is reported where it belongs.
  mutating func expectSemicolon(after what: String) throws(Diagnostic) {
    guard current.isSymbol(.semicolon) else {
      throw Diagnostic("expected ';' after \(what), found \(current.quoted)", at: previousEnd)
    }
    try advance()
  }

  /// A name that is not a reserved word.
  mutating func name(_ what: String) throws(Diagnostic) -> (String, SourceLocation) {
    guard let text = current.identifier else {
      throw Diagnostic("expected \(what), found \(current.quoted)", at: current.location)
    }
    guard !reservedWords.contains(text) else {
      throw Diagnostic("expected \(what), found the reserved word '\(text)'", at: current.location)
    }
    let location = current.location
    try advance()
    return (text, location)
  }

  /// A non-negative integer literal.
  mutating func integer(_ what: String) throws(Diagnostic) -> Int {
    guard case .integer(let text) = current.kind else {
      throw Diagnostic("expected \(what), found \(current.quoted)", at: current.location)
    }
    guard let value = Int(text) else {
      throw Diagnostic("the integer \(text) is too large", at: current.location)
    }
    try advance()
    return value
  }

  /// The next statement, or `nil` at the end of the text.
  mutating func nextStatement() throws(Diagnostic) -> Statement? {
    let start = current.location
    guard let word = current.identifier else {
      if current.kind == .endOfFile { return nil }
      throw Diagnostic("expected a statement (\(Self.statementList)), found \(current.quoted)", at: start)
    }
    switch word {
    case "OPENQASM": return try version()
    case "include":
      try advance()
      guard case .string(let file) = current.kind else {
        throw Diagnostic(
          "expected a file name in double quotes after 'include', found \(current.quoted)",
          at: current.location)
      }
      try advance()
      try expectSemicolon(after: "include \"\(file)\"")
      return .include(file, start)
    case "qreg", "creg": return try register(isQuantum: word == "qreg")
    case "gate", "opaque": return .gate(try gateDeclaration(isOpaque: word == "opaque"))
    case "barrier":
      try advance()
      let operands = try operandList(of: "barrier")
      try expectSemicolon(after: "the barrier")
      return .barrier(operands, start)
    case "measure": return try measure()
    case "reset":
      throw Diagnostic(
        "'reset' is not supported: the reader builds a unitary circuit for "
          + "state-vector simulation, and reset is not unitary", at: start)
    case "if":
      throw Diagnostic(
        "'if' is not supported: a classically controlled gate depends on "
          + "measurement outcomes, and the reader simulates unitary evolution only", at: start)
    case "U", "CX": return .call(try call())
    default:
      guard !reservedWords.contains(word) else {
        throw Diagnostic("expected a statement (\(Self.statementList)), found \(current.quoted)", at: start)
      }
      return .call(try call())
    }
  }

  private mutating func version() throws(Diagnostic) -> Statement {
    let start = current.location
    try advance()
    let text: String
    switch current.kind {
    case .integer(let t), .real(let t): text = t
    default:
      throw Diagnostic(
        "expected the version number 2.0 after 'OPENQASM', found \(current.quoted)",
        at: current.location)
    }
    guard Double(text) == 2 else {
      throw Diagnostic(
        "unsupported OpenQASM version \(text): this reader reads OpenQASM 2.0 only",
        at: current.location)
    }
    try advance()
    try expectSemicolon(after: "'OPENQASM \(text)'")
    return .version(start)
  }

  private mutating func register(isQuantum: Bool) throws(Diagnostic) -> Statement {
    let keyword = isQuantum ? "qreg" : "creg"
    try advance()
    let (name, location) = try name("a register name after '\(keyword)'")
    try expect(.leftBracket, "and the size after '\(keyword) \(name)'")
    let size = try integer("the size of register '\(name)' (a positive integer)")
    try expect(.rightBracket, "after the size of register '\(name)'")
    try expectSemicolon(after: "'\(keyword) \(name)[\(size)]'")
    return .register(name: name, size: size, isQuantum: isQuantum, location: location)
  }

  private mutating func measure() throws(Diagnostic) -> Statement {
    let start = current.location
    try advance()
    let qubits = try operand(of: "measure")
    try expect(.arrow, "after the qubits of 'measure'")
    let bits = try operand(of: "measure")
    try expectSemicolon(after: "the measure statement")
    return .measure(qubits, bits, start)
  }

  /// `name(args) operands;` at top level.
  private mutating func call() throws(Diagnostic) -> GateCall {
    let location = current.location
    let name = current.identifier ?? ""
    try advance()
    let arguments = try argumentList(of: name, context: nil)
    let operands = try operandList(of: name)
    try expectSemicolon(after: "the call of '\(name)'")
    return GateCall(name: name, location: location, arguments: arguments, operands: operands)
  }

  /// `(e1, e2, …)` if present; nothing otherwise.
  mutating func argumentList(of gate: String, context: ExpressionContext?) throws(Diagnostic) -> [Expression] {
    guard current.isSymbol(.leftParenthesis) else { return [] }
    try advance()
    var arguments: [Expression] = []
    if current.isSymbol(.rightParenthesis) {
      try advance()
      return arguments
    }
    while true {
      arguments.append(try expression(context))
      if current.isSymbol(.comma) {
        try advance()
        continue
      }
      guard current.isSymbol(.rightParenthesis) else {
        throw Diagnostic(
          "expected ',' or ')' in the parameters of '\(gate)', found \(current.quoted)",
          at: current.location)
      }
      try advance()
      return arguments
    }
  }

  /// `q` or `q[3]`.
  private mutating func operand(of statement: String) throws(Diagnostic) -> Operand {
    let location = current.location
    guard let register = current.identifier, !reservedWords.contains(register) else {
      throw Diagnostic(
        "expected a register or an element like q[0] as an operand of '\(statement)', "
          + "found \(current.quoted)", at: location)
    }
    try advance()
    guard current.isSymbol(.leftBracket) else { return Operand(register: register, index: nil, location: location) }
    try advance()
    let index = try integer("an index (a non-negative integer) after '\(register)['")
    try expect(.rightBracket, "after the index \(register)[\(index)")
    return Operand(register: register, index: index, location: location)
  }

  /// One or more operands separated by commas.
  private mutating func operandList(of statement: String) throws(Diagnostic) -> [Operand] {
    var operands = [try operand(of: statement)]
    while current.isSymbol(.comma) {
      try advance()
      operands.append(try operand(of: statement))
    }
    return operands
  }
}
