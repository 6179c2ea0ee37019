// Gate and opaque declarations: `gate name(params) qubits { body }`.

extension Parser {
  /// Statements that only make sense at top level; meeting one in a body means a missing `}`.
  private static let topLevelWords: Set<String> = ["OPENQASM", "include", "qreg", "creg", "gate", "opaque"]

  mutating func gateDeclaration(isOpaque: Bool) throws(Diagnostic) -> GateDeclaration {
    let keyword = isOpaque ? "opaque" : "gate"
    try advance()
    let (name, location) = try name("a gate name after '\(keyword)'")
    var parameters: [String] = []
    if current.isSymbol(.leftParenthesis) {
      try advance()
      if !current.isSymbol(.rightParenthesis) {
        parameters = try nameList(of: name, what: "parameter")
      }
      try expect(.rightParenthesis, "after the parameters of gate '\(name)'")
    }
    guard current.identifier != nil else {
      throw Diagnostic(
        "expected the qubit arguments of gate '\(name)', found \(current.quoted)",
        at: current.location)
    }
    let qubits = try nameList(of: name, what: "qubit", others: parameters)
    if isOpaque {
      try expectSemicolon(after: "the opaque declaration of '\(name)'")
      return GateDeclaration(name: name, location: location, parameters: parameters, qubits: qubits, body: nil)
    }
    let open = current.location
    try expect(.leftBrace, "to start the body of gate '\(name)'")
    let context = ExpressionContext(gate: name, parameters: parameters)
    var body: [BodyCall] = []
    while !current.isSymbol(.rightBrace) {
      guard let word = current.identifier else {
        if current.kind == .endOfFile {
          throw Diagnostic(
            "unterminated body of gate '\(name)': expected '}' to close the '{' at \(open), "
              + "found end of file", at: current.location)
        }
        throw Diagnostic(
          "expected a gate call or '}' in the body of gate '\(name)', found \(current.quoted)",
          at: current.location)
      }
      if Self.topLevelWords.contains(word) {
        throw Diagnostic(
          "expected '}' to close the body of gate '\(name)' (opened at \(open)), "
            + "found '\(word)'", at: current.location)
      }
      if word == "measure" || word == "reset" || word == "if" {
        throw Diagnostic(
          "'\(word)' is not allowed in the body of gate '\(name)': a gate body holds "
            + "only gate calls and barriers", at: current.location)
      }
      if word == "barrier" {
        try advance()
        _ = try bodyQubits(of: "barrier", context: context, qubits: qubits)
        try expectSemicolon(after: "the barrier")
        continue
      }
      if reservedWords.contains(word) && word != "U" && word != "CX" {
        throw Diagnostic(
          "expected a gate call or '}' in the body of gate '\(name)', found '\(word)'",
          at: current.location)
      }
      body.append(try bodyCall(context: context, qubits: qubits))
    }
    try advance()
    return GateDeclaration(name: name, location: location, parameters: parameters, qubits: qubits, body: body)
  }

  /// `a, b, c`: distinct names, none reserved, none in `others`.
  private mutating func nameList(of gate: String, what: String, others: [String] = []) throws(Diagnostic) -> [String] {
    var names: [String] = []
    while true {
      let (text, location) = try name("a \(what) name of gate '\(gate)'")
      if names.contains(text) {
        throw Diagnostic("\(what) '\(text)' of gate '\(gate)' is declared twice", at: location)
      }
      if others.contains(text) {
        throw Diagnostic("'\(text)' names both a parameter and a qubit of gate '\(gate)'", at: location)
      }
      names.append(text)
      guard current.isSymbol(.comma) else { return names }
      try advance()
    }
  }

  private mutating func bodyCall(context: ExpressionContext, qubits: [String]) throws(Diagnostic) -> BodyCall {
    let location = current.location
    let name = current.identifier ?? ""
    try advance()
    let arguments = try argumentList(of: name, context: context)
    let (indices, locations) = try bodyQubits(of: name, context: context, qubits: qubits)
    try expectSemicolon(after: "the call of '\(name)'")
    return BodyCall(name: name, location: location, arguments: arguments, qubits: indices, qubitLocations: locations)
  }

  /// The qubits of a call inside a body, as positions in the gate's qubit list.
  private mutating func bodyQubits(
    of call: String, context: ExpressionContext, qubits: [String]
  ) throws(Diagnostic) -> ([Int], [SourceLocation]) {
    var indices: [Int] = [], locations: [SourceLocation] = []
    while true {
      let location = current.location
      guard let text = current.identifier else {
        throw Diagnostic(
          "expected a qubit of gate '\(context.gate)' (\(qubits.joined(separator: ", "))) "
            + "as an operand of '\(call)', found \(current.quoted)", at: location)
      }
      guard let index = qubits.firstIndex(of: text) else {
        throw Diagnostic(
          "unknown qubit '\(text)' in the body of gate '\(context.gate)': expected one of "
            + qubits.joined(separator: ", "), at: location)
      }
      try advance()
      if current.isSymbol(.leftBracket) {
        throw Diagnostic(
          "qubit '\(text)' of gate '\(context.gate)' is a single qubit and cannot be indexed",
          at: current.location)
      }
      if call != "barrier" && indices.contains(index) {
        throw Diagnostic("qubit '\(text)' is used twice in one call of '\(call)'", at: location)
      }
      indices.append(index)
      locations.append(location)
      guard current.isSymbol(.comma) else { return (indices, locations) }
      try advance()
    }
  }
}
