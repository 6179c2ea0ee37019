import Foundation
import QASM
import Quantum
import QuantumTestSupport
import Testing

@Suite("Reader semantics")
struct ReaderTests {
  @Test("registers flatten in declaration order; broadcasting applies per element")
  func registersAndBroadcast() throws {
    let c = try OpenQASM.read(
      Check.header + """
        qreg a[2];
        creg m[2];
        qreg b[2];
        h a;
        cx a, b;
        cz a[1], b;
        x b[1];
        """)
    #expect(c.qubitCount == 4)
    #expect(
      c.gates == [
        .h(0), .h(1), .cx(control: 0, target: 2), .cx(control: 1, target: 3), .cz(1, 2), .cz(1, 3), .x(3),
      ])
  }

  @Test("barrier and measure are checked and dropped; comments are skipped")
  func barrierMeasureComments() throws {
    let c = try OpenQASM.read(
      """
      // a Bell pair
      OPENQASM 2.0;
      include "qelib1.inc";   // the standard library
      qreg q[2]; creg c[2];
      h q[0]; barrier q;
      cx q[0],q[1]; // entangle
      barrier q[0], q[1];
      measure q -> c;
      measure q[0] -> c[1];
      """)
    #expect(c.gates == [.h(0), .cx(control: 0, target: 1)])
  }

  @Test("the version line and the include are optional; U and CX need no include")
  func builtinsOnly() throws {
    let c = try OpenQASM.read("qreg q[2]; U(pi/2, 0, pi) q[0]; CX q[0], q[1];")
    #expect(c.gates == [.u(.constant(.pi / 2), 0, .constant(.pi), on: 0), .cx(control: 0, target: 1)])
  }

  @Test("user gates are expanded inline, with parameters and nesting")
  func userGates() throws {
    let c = try OpenQASM.read(
      Check.header + """
        gate pair(theta) a, b { ry(theta/2) a; cx a, b; }
        gate twice(theta, phi) a, b, c {
          pair(theta) a, b;
          barrier a, c;
          pair(-phi) c, b;
          U(theta, phi, theta*phi) c;
        }
        qreg q[3];
        twice(1, 2) q[2], q[0], q[1];
        """)
    #expect(
      c.gates == [
        .ry(0.5, on: 2), .cx(control: 2, target: 0), .ry(-1, on: 1), .cx(control: 1, target: 0),
        .u(1, 2, 2, on: 1),
      ])
  }

  @Test("angles come in flattened gate order, U's as θ, φ, λ (the gradient parameter order)")
  func angleOrder() throws {
    let c = try OpenQASM.read(
      Check.header + """
        gate g(a, b, c) q { U(a, b, c) q; rz(c - a) q; }
        qreg q[2];
        u3(0.1, 0.2, 0.3) q[0];
        g(0.4, 0.5, 0.6) q[1];
        cu(0.7, 0.8, 0.9, 1.0) q[0], q[1];
        """)
    let (parameterized, values) = c.parameterizingEveryAngle()
    #expect(values == [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.6 - 0.4, 0.7, 0.8, 0.9, 1.0])
    #expect(parameterized.parameterCount == 11)
  }

  @Test("a definition named like a native gate becomes it only when its unitary matches")
  func nativeNamedDefinitions() throws {
    let matching = try OpenQASM.read(
      Check.header + """
        gate ryy(t) a, b { rx(pi/2) a; rx(pi/2) b; cx a, b; rz(t) b; cx a, b; rx(-pi/2) a; rx(-pi/2) b; }
        qreg q[2];
        ryy(0.3) q[1], q[0];
        """)
    #expect(matching.gates == [.ryy(0.3, 1, 0)])

    let wrong = try OpenQASM.read(Check.header + "gate ryy(t) a, b { rzz(t) a, b; }\nqreg q[2];\nryy(0.3) q[0], q[1];")
    #expect(wrong.gates == [.rzz(0.3, 0, 1)])

    // Without the include, even h and cx can be user gates; a Qiskit-style suffix is understood.
    let builtins = try OpenQASM.read(
      """
      gate h a { U(pi/2, 0, pi) a; }
      gate cx_1401 c, t { CX c, t; }
      gate c3x_2 a, b, c, d { U(0, 0, 0) a; }
      qreg q[4];
      h q[0]; cx_1401 q[0], q[1]; c3x_2 q[0], q[1], q[2], q[3];
      """)
    #expect(builtins.gates == [.h(0), .cx(control: 0, target: 1), .u(0, 0, 0, on: 0)])
  }

  @Test("reading from a file, and a file that cannot be read")
  func files() throws {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("plateau-qasm-\(getpid()).qasm").path
    try (Check.header + "qreg q[1];\nx q[0];\nfoo q[0];\n").write(toFile: path, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(atPath: path) }
    #expect(throws: QASMError(file: path, line: 5, column: 1, message: "unknown gate 'foo'")) {
      try OpenQASM.read(contentsOf: path)
    }
    #expect(
      throws: QASMError(
        file: "/nonexistent/x.qasm", line: 0, column: 0,
        message: "cannot read the file: No such file or directory")
    ) {
      try OpenQASM.read(contentsOf: "/nonexistent/x.qasm")
    }
  }

  @Test("QASMError's description is file:line:column: message")
  func errorDescription() {
    #expect(QASMError(file: "a.qasm", line: 3, column: 7, message: "oops").description == "a.qasm:3:7: oops")
  }

  @Test("mangled programs throw QASMError and never crash", arguments: 0..<4)
  func mangledPrograms(seed: UInt64) throws {
    let text = try String(contentsOf: QiskitFixtureTests.url("custom_gates", "qasm"), encoding: .utf8)
    let pieces = [
      "(", ")", ";", "[", "]", "{", "}", ",", "-", "/0", "^", "q", "99999999999999999999", "pi", "\"",
      "gate", "//", "\n", "->", "e", ".", "é", "measure", "if", "0",
    ]
    var rng = SeededGenerator(seed: seed)
    let chars = Array(text)
    for _ in 0..<60 {
      var mangled = chars
      for _ in 0..<Int.random(in: 1...4, using: &rng) {
        let at = Int.random(in: 0..<mangled.count, using: &rng)
        if Bool.random(using: &rng) {
          mangled.remove(at: at)
        } else {
          mangled.insert(contentsOf: pieces[Int.random(in: 0..<pieces.count, using: &rng)], at: at)
        }
      }
      do {
        _ = try OpenQASM.read(String(mangled))
      } catch {
        #expect(error.line >= 1 && error.column >= 1, "\(error)")
      }
    }
  }
}
