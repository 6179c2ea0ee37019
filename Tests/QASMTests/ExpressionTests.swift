import QASM
import Quantum
import Testing

@Suite("Angle expressions")
struct ExpressionTests {
  /// The angle `expression` gives when used as rx's argument.
  static func value(_ expression: String) throws -> Double {
    let c = try OpenQASM.read(Check.header + "qreg q[1];\nrx(\(expression)) q[0];")
    return try #require(c.gates.first?.angles.first?.constantValue)
  }

  static let cases: [(String, Double)] = [
    ("1+2*3", 7), ("(1+2)*3", 9), ("8-3-2", 3), ("10/4/5", 0.5), ("2*3/4", 1.5), ("7-2*3+1", 2),
    ("2^3^2", 512), ("(2^3)^2", 64), ("-2^2", -4), ("(-2)^2", 4), ("(-2)^3", -8), ("2^-1", 0.5), ("3*-2", -6),
    ("--1", 1), ("-(1-3)", 2), ("+3", 3), ("2*2^3", 16), ("-2^2*3", -12),
    ("pi", .pi), ("-pi/2", -.pi / 2), ("3*pi/4", 3 * .pi / 4), ("pi/2+pi/2", .pi), ("2*pi", 2 * .pi),
    ("1.5e1", 15), (".5", 0.5), ("2.", 2), ("1.e1", 10), ("6.25E-2", 0.0625), ("0.1", 0.1),
    ("sin(0)", 0), ("cos(0)", 1), ("sqrt(16)+1", 5), ("exp(0)", 1), ("ln(1)", 0), ("ln(exp(2))", 2),
    ("sin(pi/6)", Double.sin(.pi / 6)), ("tan(pi/4)", Double.tan(.pi / 4)), ("exp(1)", Double.exp(1)),
    ("cos(-pi)*sqrt(2)^2", -2), ("((((1))))", 1),
  ]

  @Test("precedence, associativity, unary minus, pi and functions", arguments: cases)
  func evaluates(expression: String, expected: Double) throws {
    let value = try Self.value(expression)
    #expect(abs(value - expected) <= 1e-15 * max(1, abs(expected)), "\(expression) = \(value), expected \(expected)")
  }

  @Test("pi fractions are exact: the writer relies on it")
  func piFractionsExact() throws {
    #expect(try Self.value("-pi/2").bitPattern == (-Double.pi / 2).bitPattern)
    #expect(try Self.value("-3*pi/4").bitPattern == (-(3 * Double.pi / 4)).bitPattern)
    #expect(try Self.value("-0.0").bitPattern == (-0.0).bitPattern)
  }

  @Test("parameters inside gate bodies")
  func parameters() throws {
    let c = try OpenQASM.read(
      Check.header + """
        gate g(a, b) q { rx(a*b - a/b) q; ry(-a^2) q; rz(sin(b)^2 + cos(b)^2) q; }
        qreg q[1];
        g(2, 4) q[0];
        """)
    let values = c.gates.map { $0.angles[0].offset }
    #expect(values[0] == 7.5)
    #expect(values[1] == -4)
    #expect(abs(values[2] - 1) <= 1e-15)
  }
}
