import QASM
import Testing

/// A program and the exact description of the error reading it gives.
struct Malformed: Sendable, CustomTestStringConvertible {
  var program: String
  var expected: String

  var testDescription: String { expected }
}

@Suite("Malformed programs: exact error messages")
struct MalformedInputTests {
  /// Four declaration lines, so the line under test is line 5.
  static let h = "OPENQASM 2.0;\ninclude \"qelib1.inc\";\nqreg q[2];\ncreg c[2];\n"

  /// (program, the error's description).
  static let table: [(String, String)] = [
    (
      "OPENQASM 2.0;\ninclude \"qelib1.inc\";\nqreg q[2]\nh q[0];",
      "bad.qasm:3:10: expected ';' after 'qreg q[2]', found 'h'"
    ),
    (h + "U(0,0,0) q[0]\n", "bad.qasm:5:14: expected ';' after the call of 'U', found end of file"),
    (h + "hh q[0];", "bad.qasm:5:1: unknown gate 'hh' (did you mean 'h'?)"),
    (
      "OPENQASM 2.0;\nqreg q[1];\nh q[0];",
      "bad.qasm:3:1: unknown gate 'h': it is defined in qelib1.inc; add 'include \"qelib1.inc\";' after 'OPENQASM 2.0;'"
    ),
    (h + "rx q[0];", "bad.qasm:5:1: gate 'rx' takes 1 parameter, got 0"),
    (h + "u3(1, 2) q[0];", "bad.qasm:5:1: gate 'u3' takes 3 parameters, got 2"),
    (h + "cx q[0];", "bad.qasm:5:1: gate 'cx' acts on 2 qubits, got 1"),
    (h + "rccx q[0], q[1];", "bad.qasm:5:1: gate 'rccx' acts on 3 qubits, got 2"),
    (h + "gate g a { rx a; }", "bad.qasm:5:12: gate 'rx' takes 1 parameter, got 0"),
    (h + "h q[5];", "bad.qasm:5:3: index 5 is out of range for register 'q' of size 2 (valid indices 0...1)"),
    (h + "h q[99999999999999999999];", "bad.qasm:5:5: the integer 99999999999999999999 is too large"),
    (h + "h r[0];", "bad.qasm:5:3: undefined quantum register 'r' (declared: q)"),
    (h + "h c[0];", "bad.qasm:5:3: 'c' is a classical register; 'h' expects a quantum register here"),
    (h + "cx q[1], q[1];", "bad.qasm:5:10: qubit q[1] is used twice in one call of 'cx'"),
    (h + "cx q, q[1];", "bad.qasm:5:7: qubit q[1] is used twice in one call of 'cx'"),
    (h + "gate g a, b { cx a, a; }", "bad.qasm:5:21: qubit 'a' is used twice in one call of 'cx'"),
    (
      h + "qreg r[3];\ncx q, r;",
      "bad.qasm:6:7: cannot broadcast 'cx' over registers of different sizes: 'q' has 2 qubits, 'r' has 3"
    ),
    (
      h + "gate g a {\n  h a;\n",
      "bad.qasm:7:1: unterminated body of gate 'g': expected '}' to close the '{' at 5:10, found end of file"
    ),
    (
      h + "gate g a { h a;\nqreg r[1];",
      "bad.qasm:6:1: expected '}' to close the body of gate 'g' (opened at 5:10), found 'qreg'"
    ),
    (h + "rx(foo(1)) q[0];", "bad.qasm:5:4: unknown function 'foo': expected one of sin, cos, tan, exp, ln, sqrt"),
    (h + "rx(1/0) q[0];", "bad.qasm:5:5: division by zero"),
    (h + "gate g(t) a { rx(1/t) a; }\ng(0) q[0];", "bad.qasm:5:19: division by zero"),
    (h + "rx(ln(0)) q[0];", "bad.qasm:5:4: ln of 0.0: expected a positive argument"),
    (h + "rx(2^1024) q[0];", "bad.qasm:5:5: the expression evaluates to inf, expected a finite number"),
    (
      h + "rx(1+) q[0];",
      "bad.qasm:5:6: expected an expression (a number, pi, a parameter, a function or '('), found ')'"
    ),
    (h + "rx(0.1 q[0];", "bad.qasm:5:8: expected ',' or ')' in the parameters of 'rx', found 'q'"),
    (h + "rx(1e) q[0];", "bad.qasm:5:5: expected digits in the exponent of the number '1e', found ')'"),
    (
      h + "rx(" + String(repeating: "(", count: 300) + "1" + String(repeating: ")", count: 300) + ") q[0];",
      "bad.qasm:5:104: expression nested too deeply (more than 100 levels)"
    ),
    (
      h + "rx(theta) q[0];",
      "bad.qasm:5:4: unknown identifier 'theta': outside a gate body an expression may use only numbers, pi and "
        + "the functions sin, cos, tan, exp, ln, sqrt"
    ),
    (h + "gate g(theta) a { rx(phi) a; }", "bad.qasm:5:22: unknown parameter 'phi' in gate 'g': expected one of theta"),
    (h + "gate g a { h b; }", "bad.qasm:5:14: unknown qubit 'b' in the body of gate 'g': expected one of a"),
    (h + "gate g a { h a[0]; }", "bad.qasm:5:15: qubit 'a' of gate 'g' is a single qubit and cannot be indexed"),
    (h + "gate g(a, a) q { }", "bad.qasm:5:11: parameter 'a' of gate 'g' is declared twice"),
    (h + "gate h a { U(0,0,0) a; }", "bad.qasm:5:6: gate 'h' is already defined (by qelib1.inc)"),
    (
      h + "gate g a { measure a -> c[0]; }",
      "bad.qasm:5:12: 'measure' is not allowed in the body of gate 'g': a gate body holds only gate calls and barriers"
    ),
    ("OPENQASM 3.0;\nqubit q;", "bad.qasm:1:10: unsupported OpenQASM version 3.0: this reader reads OpenQASM 2.0 only"),
    ("qreg q[1];\nOPENQASM 2.0;", "bad.qasm:2:1: 'OPENQASM 2.0;' must be the first statement"),
    (
      h + "reset q[0];",
      "bad.qasm:5:1: 'reset' is not supported: the reader builds a unitary circuit for state-vector simulation, "
        + "and reset is not unitary"
    ),
    (
      h + "if (c==1) x q[0];",
      "bad.qasm:5:1: 'if' is not supported: a classically controlled gate depends on measurement outcomes, and the "
        + "reader simulates unitary evolution only"
    ),
    (
      h + "opaque magic(t) a;\nmagic(0.1) q[0];",
      "bad.qasm:6:1: gate 'magic' is opaque (declared without a body), so it cannot be simulated"
    ),
    (h + "qreg q[1];", "bad.qasm:5:6: register 'q' is already declared"),
    (h + "qreg z[0];", "bad.qasm:5:6: register 'z' must have at least one element, found size 0"),
    (
      "OPENQASM 2.0;\ninclude \"other.inc\";",
      "bad.qasm:2:1: cannot include \"other.inc\": only \"qelib1.inc\" is available (it is built in; the reader does "
        + "not read other files)"
    ),
    (
      "OPENQASM 2.0;\ninclude \"qelib1.inc;\n",
      "bad.qasm:2:9: unterminated string: expected a closing '\"' on the same line"
    ),
    (
      h + "h q[0]; @",
      "bad.qasm:5:9: unexpected character '@': expected a name, a number, a string or one of ; , ( ) [ ] { } -> == "
        + "+ - * / ^"
    ),
    (
      h + "measure q -> c[0];",
      "bad.qasm:5:1: measure needs matching operands: a qubit and a bit, or a quantum and a classical register of "
        + "the same size; found register 'q' of size 2 -> c[0]"
    ),
    (h + "measure q[0] c[0];", "bad.qasm:5:14: expected '->' after the qubits of 'measure', found 'c'"),
    (
      h + "3;",
      "bad.qasm:5:1: expected a statement (OPENQASM, include, qreg, creg, gate, opaque, barrier, measure or a gate "
        + "call), found '3'"
    ),
    (h + "x pi;", "bad.qasm:5:3: expected a register or an element like q[0] as an operand of 'x', found 'pi'"),
    (h + "gate g a b { }", "bad.qasm:5:10: expected '{' to start the body of gate 'g', found 'b'"),
    (h + "gate 3 a { }", "bad.qasm:5:6: expected a gate name after 'gate', found '3'"),
  ]

  static let cases = table.map { Malformed(program: $0.0, expected: $0.1) }

  @Test("the table has at least 20 distinct errors")
  func tableSize() {
    #expect(Set(Self.table.map(\.1)).count >= 20)
  }

  @Test("each malformed program gives its error", arguments: cases)
  func malformed(_ example: Malformed) {
    do {
      let circuit = try OpenQASM.read(example.program, fileName: "bad.qasm")
      Issue.record("no error; read \(circuit.gates)")
    } catch {
      #expect(error.description == example.expected, "program:\n\(example.program)")
    }
  }
}
