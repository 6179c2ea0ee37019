// Expressions: `+ -` < `* /` < unary minus < `^` (right-associative), then atoms.

/// The gate whose body an expression sits in: its parameters are the names it may use.
struct ExpressionContext {
  var gate: String
  var parameters: [String]
}

extension Parser {
  /// Deeper nesting than this is refused rather than risking the stack.
  static let maximumExpressionDepth = 100

  /// The largest expression tree accepted (operators in a row count one level each).
  static let maximumExpressionHeight = 500

  /// A node, refused when its tree grows taller than ``maximumExpressionHeight``.
  private func node(_ node: Expression.Node, location: SourceLocation) throws(Diagnostic) -> Expression {
    let e = Expression(node: node, location: location)
    guard e.height <= Self.maximumExpressionHeight else {
      throw Diagnostic(
        "expression too long (more than \(Self.maximumExpressionHeight) operations in a row)",
        at: location)
    }
    return e
  }

  /// Counts one more level of nesting; the caller undoes it with `defer`.
  private mutating func enterNesting() throws(Diagnostic) {
    expressionDepth += 1
    guard expressionDepth <= Self.maximumExpressionDepth else {
      throw Diagnostic(
        "expression nested too deeply (more than \(Self.maximumExpressionDepth) levels)",
        at: current.location)
    }
  }

  /// An expression; `context` is nil at top level, where only constants are allowed.
  mutating func expression(_ context: ExpressionContext?) throws(Diagnostic) -> Expression {
    try enterNesting()
    defer { expressionDepth -= 1 }
    var lhs = try term(context)
    while case .symbol(let s) = current.kind, s == .plus || s == .minus {
      let location = current.location
      try advance()
      let rhs = try term(context)
      lhs = try node(.binary(s == .plus ? .add : .subtract, lhs, rhs), location: location)
    }
    return lhs
  }

  private mutating func term(_ context: ExpressionContext?) throws(Diagnostic) -> Expression {
    var lhs = try unary(context)
    while case .symbol(let s) = current.kind, s == .star || s == .slash {
      let location = current.location
      try advance()
      let rhs = try unary(context)
      lhs = try node(.binary(s == .star ? .multiply : .divide, lhs, rhs), location: location)
    }
    return lhs
  }

  /// A signed operand: `-x`, `+x` or a power.
  ///
  /// Unary minus binds more loosely than `^`: `-2^2` is −4.
  private mutating func unary(_ context: ExpressionContext?) throws(Diagnostic) -> Expression {
    guard case .symbol(let s) = current.kind, s == .minus || s == .plus else { return try power(context) }
    let location = current.location
    try enterNesting()
    defer { expressionDepth -= 1 }
    try advance()
    let operand = try unary(context)
    guard s == .minus else { return operand }
    return try node(.negate(operand), location: location)
  }

  /// `a ^ b`, right-associative: `2^3^2` is 2^9; the exponent may carry a sign (`2^-1`).
  private mutating func power(_ context: ExpressionContext?) throws(Diagnostic) -> Expression {
    let base = try atom(context)
    guard current.isSymbol(.caret) else { return base }
    let location = current.location
    try enterNesting()
    defer { expressionDepth -= 1 }
    try advance()
    let exponent = try unary(context)
    return try node(.binary(.power, base, exponent), location: location)
  }

  private mutating func atom(_ context: ExpressionContext?) throws(Diagnostic) -> Expression {
    let location = current.location
    switch current.kind {
    case .integer(let text), .real(let text):
      guard let value = Double(text) else {
        throw Diagnostic("malformed number '\(text)'", at: location)
      }
      try advance()
      return try node(.number(value), location: location)
    case .symbol(.leftParenthesis):
      try advance()
      let inner = try expression(context)
      try expect(.rightParenthesis, "to close the '(' at \(location)")
      return inner
    case .identifier(let name):
      try advance()
      return try identifier(name, at: location, context)
    default:
      throw Diagnostic(
        "expected an expression (a number, pi, a parameter, a function or '('), "
          + "found \(current.quoted)", at: location)
    }
  }

  private mutating func identifier(
    _ name: String, at location: SourceLocation, _ context: ExpressionContext?
  ) throws(Diagnostic) -> Expression {
    if name == "pi" { return try node(.pi, location: location) }
    if let function = MathFunction(rawValue: name) {
      try expect(.leftParenthesis, "after the function '\(name)'")
      let argument = try expression(context)
      try expect(.rightParenthesis, "to close the argument of '\(name)'")
      return try node(.function(function, argument), location: location)
    }
    if let context, let k = context.parameters.firstIndex(of: name) {
      return try node(.parameter(k), location: location)
    }
    if current.isSymbol(.leftParenthesis) {
      throw Diagnostic("unknown function '\(name)': expected one of \(MathFunction.list)", at: location)
    }
    guard let context else {
      throw Diagnostic(
        "unknown identifier '\(name)': outside a gate body an expression may use only "
          + "numbers, pi and the functions \(MathFunction.list)", at: location)
    }
    if context.parameters.isEmpty {
      throw Diagnostic("unknown identifier '\(name)': gate '\(context.gate)' has no parameters", at: location)
    }
    throw Diagnostic(
      "unknown parameter '\(name)' in gate '\(context.gate)': expected one of "
        + context.parameters.joined(separator: ", "), at: location)
  }
}
