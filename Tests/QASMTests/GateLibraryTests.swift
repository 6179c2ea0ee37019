import Quantum
import QuantumTestSupport
import Testing

@testable import QASM

@Suite("qelib1.inc: every gate's native mapping equals its definition")
struct GateLibraryTests {
  static let names = GateLibrary.entries.map(\.name)

  @Test("reading a gate from one line equals expanding its qelib1 definition", arguments: names)
  func nativeEqualsDefinition(name: String) throws {
    let entry = try #require(GateLibrary.entries.first { $0.name == name })
    var rng = SeededGenerator(seed: UInt64(name.unicodeScalars.reduce(7) { $0 &* 31 &+ Int($1.value) } & 0xFFFF))
    let k = entry.qubits.count
    let angles = entry.parameters.map { _ in "\(RandomCircuits.angle(&rng))" }
    let parameterList = entry.parameters.isEmpty ? "" : "(" + entry.parameters.joined(separator: ",") + ")"
    let argumentList = angles.isEmpty ? "" : "(" + angles.joined(separator: ",") + ")"
    // Qubits in a scrambled order on a wider register, so the operand mapping is tested too.
    let operands = RandomCircuits.qubits(k, below: k + 1, &rng).map { "q[\($0)]" }.joined(separator: ",")
    let definition = "gate \(name)_def\(parameterList) \(entry.qubits.joined(separator: ",")) { \(entry.body) }\n"
    let native = try OpenQASM.read(Check.header + "qreg q[\(k + 1)];\n\(name)\(argumentList) \(operands);")
    let expanded = try OpenQASM.read(
      Check.header + definition + "qreg q[\(k + 1)];\n\(name)_def\(argumentList) \(operands);")
    if entry.native != nil {
      #expect(native.gates.count == 1, "\(name) should be one native gate, got \(native.gates)")
    }
    let same = Check.equalUpToGlobalPhase(Check.unitary(native), Check.unitary(expanded))
    #expect(same, "\(name): the native gate differs from the qelib1 definition")
  }

  @Test("the native kinds of the qelib1 names")
  func mappedKinds() throws {
    let text =
      Check.header + """
        qreg q[5];
        u3(0.1,0.2,0.3) q[0]; u1(0.4) q[1]; p(0.5) q[2]; cu1(0.6) q[0],q[1]; id q[3]; u0(7) q[4];
        U(0.1,0.2,0.3) q[0]; CX q[0],q[1]; c3x q[0],q[1],q[2],q[3]; c4x q[4],q[3],q[2],q[1],q[0];
        """
    let c = try OpenQASM.read(text)
    #expect(
      c.gates == [
        .u(0.1, 0.2, 0.3, on: 0), .phase(0.4, on: 1), .phase(0.5, on: 2), .cp(0.6, control: 0, target: 1),
        .identity(3), .identity(4), .u(0.1, 0.2, 0.3, on: 0), .cx(control: 0, target: 1),
        .mcx(controls: [0, 1, 2], target: 3), .mcx(controls: [4, 3, 2, 1], target: 0),
      ])
  }

  @Test("c3sqrtx is a triply controlled √X, up to global phase")
  func c3sqrtx() throws {
    let c = try OpenQASM.read(Check.header + "qreg q[4];\nc3sqrtx q[0],q[1],q[2],q[3];")
    var expected = ComplexMatrix.identity(16)
    let sx = Gate.sx(0).matrix
    for r in 0..<2 { for col in 0..<2 { expected[7 + 8 * r, 7 + 8 * col] = sx[r, col] } }
    let same = Check.equalUpToGlobalPhase(Check.unitary(c), expected)
    #expect(same)
  }
}
