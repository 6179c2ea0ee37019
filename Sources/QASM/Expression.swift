// Angle expressions: the arithmetic OpenQASM 2.0 allows in gate arguments.

import Quantum

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The functions OpenQASM 2.0 allows in expressions.
enum MathFunction: String, CaseIterable, Sendable {
  case sin, cos, tan, exp, ln, sqrt

  /// `"sin, cos, tan, exp, ln, sqrt"`, for error messages.
  static let list = allCases.map(\.rawValue).joined(separator: ", ")
}

/// A binary operator, by precedence: `+ -` < `* /` < `^` (right-associative).
enum BinaryOperator: String, Sendable {
  case add = "+", subtract = "-", multiply = "*", divide = "/", power = "^"
}

/// A parsed expression; gate parameters are resolved to their position in the gate's list.
struct Expression: Sendable {
  indirect enum Node: Sendable {
    case number(Double)
    case pi
    /// The gate parameter at this index.
    case parameter(Int)
    case negate(Expression)
    case binary(BinaryOperator, Expression, Expression)
    case function(MathFunction, Expression)
  }

  var node: Node
  /// Where the expression starts (for an operator: where the operator is).
  var location: SourceLocation
  /// The depth of the tree (1 for a leaf); bounded by the parser so evaluation cannot
  /// overflow the stack.
  let height: Int

  init(node: Node, location: SourceLocation) {
    self.node = node
    self.location = location
    switch node {
    case .number, .pi, .parameter: height = 1
    case .negate(let e), .function(_, let e): height = e.height + 1
    case .binary(_, let a, let b): height = max(a.height, b.height) + 1
    }
  }

  /// The value with the gate's parameters bound to `parameters`.
  /// - Throws: division by zero, `ln` or `sqrt` outside their domain, a value that is not
  ///   finite.
  func value(parameters: [Double]) throws(Diagnostic) -> Double {
    let result = try evaluate(parameters)
    guard result.isFinite else {
      throw Diagnostic("the expression evaluates to \(result), expected a finite number", at: location)
    }
    return result
  }

  private func evaluate(_ parameters: [Double]) throws(Diagnostic) -> Double {
    switch node {
    case .number(let x): return x
    case .pi: return .pi
    case .parameter(let k):
      guard parameters.indices.contains(k) else {
        throw Diagnostic("internal error: parameter \(k) is unbound", at: location)
      }
      return parameters[k]
    case .negate(let e): return -(try e.evaluate(parameters))
    case .binary(let op, let lhs, let rhs):
      let a = try lhs.evaluate(parameters), b = try rhs.evaluate(parameters)
      switch op {
      case .add: return a + b
      case .subtract: return a - b
      case .multiply: return a * b
      case .divide:
        guard b != 0 else { throw Diagnostic("division by zero", at: location) }
        return a / b
      case .power: return pow(a, b)
      }
    case .function(let f, let argument):
      let x = try argument.evaluate(parameters)
      switch f {
      case .sin: return Double.sin(x)
      case .cos: return Double.cos(x)
      case .tan: return Double.tan(x)
      case .exp: return Double.exp(x)
      case .ln:
        guard x > 0 else { throw Diagnostic("ln of \(x): expected a positive argument", at: location) }
        return Double.log(x)
      case .sqrt:
        guard x >= 0 else { throw Diagnostic("sqrt of \(x): expected a non-negative argument", at: location) }
        return x.squareRoot()
      }
    }
  }
}
