import Foundation
import QASM
import Quantum
import QuantumTestSupport
import Testing

/// Qiskit's expected state for a fixture (see Fixtures/generate.py).
private struct Expected: Decodable {
  var qubits: Int
  var exact: Bool
  var amplitudes: [[Double]]
}

@Suite("Reading Qiskit's qasm2.dumps output")
struct QiskitFixtureTests {
  static let fixtures = ["qelib1_gates", "custom_gates", "qft", "random"]

  static func url(_ name: String, _ ext: String) throws -> URL {
    try #require(
      Bundle.module.url(forResource: name, withExtension: ext, subdirectory: "Fixtures"),
      "missing fixture \(name).\(ext)")
  }

  @Test("the state matches Qiskit's Statevector to 1e-10", arguments: fixtures)
  func stateMatchesQiskit(name: String) throws {
    let circuit = try OpenQASM.read(contentsOf: Self.url(name, "qasm").path)
    let expected = try JSONDecoder().decode(Expected.self, from: Data(contentsOf: Self.url(name, "json")))
    #expect(circuit.qubitCount == expected.qubits)
    let psi = try StateVector(running: circuit)
    let qiskit = expected.amplitudes.map { Complex($0[0], $0[1]) }
    if expected.exact {
      // Qiskit's circuits here carry no global phase, so the amplitudes agree exactly.
      let difference = maximumDifference(psi.amplitudes, qiskit)
      #expect(difference <= 1e-10, "\(name)")
    } else {
      let same = Check.equalUpToGlobalPhase(psi.amplitudes, qiskit, tolerance: 1e-10)
      #expect(same, "\(name)")
    }
  }

  @Test("Qiskit's ryy and mcx definitions become native gates; rzx and user gates are expanded")
  func nativeDefinitions() throws {
    let circuit = try OpenQASM.read(contentsOf: Self.url("custom_gates", "qasm").path)
    let kinds = circuit.gates.map(\.kind)
    #expect(kinds.filter { $0 == .ryy }.count == 2)
    // mcx (3 controls), mcx_<id> (4 controls) and mcx_<id> (5 controls).
    #expect(circuit.gates.filter { $0.kind == .mcx }.map { $0.qubits.count } == [4, 5, 6])
    #expect(circuit.gates.contains(.ryy(0.42, 1, 2)))
    #expect(circuit.gates.contains(.mcx(controls: [5, 2, 0, 3, 1], target: 4)))
  }

  @Test("qelib1 gates map to native kinds; rccx, rc3x (Qiskit's rcccx) and c3sqrtx are expanded")
  func qelib1Kinds() throws {
    let circuit = try OpenQASM.read(contentsOf: Self.url("qelib1_gates", "qasm").path)
    let names = Set(circuit.gates.map(\.kind.name))
    for name in [
      "u", "u2", "p", "cx", "id", "x", "y", "z", "h", "s", "sdg", "t", "tdg", "rx", "ry", "rz", "sx",
      "sxdg", "cz", "cy", "swap", "ch", "ccx", "cswap", "crx", "cry", "crz", "cp", "cu3", "csx", "cu", "rxx", "rzz",
      "mcx",
    ] {
      #expect(names.contains(name), "no \(name)")
    }
  }
}
