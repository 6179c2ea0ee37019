import PauliPropagation
import Quantum
import QuantumTestSupport
import Testing

@Suite("Gate decompositions")
struct GateConjugationTests {
  /// Every gate kind, on qubits (2, 0, 3, 1) of a 4-qubit circuit.
  static let gates: [Gate] = {
    var rng = SeededGenerator(seed: 2024)
    return RandomCircuits.everyGate(on: [2, 0, 3, 1], &rng)
  }()

  @Test(
    "U†PU of every gate kind equals the dense conjugation, for every string on the gate's qubits",
    arguments: gates.indices)
  func everyGateMatchesDense(index: Int) throws {
    let gate = Self.gates[index]
    var circuit = Circuit(qubitCount: 4)
    circuit.append(gate)
    let qubits = gate.qubits
    let k = qubits.count
    // Every input string for gates on one or two qubits; every fifth for wider gates.
    for l in stride(from: 1, to: 1 << (2 * k), by: k <= 2 ? 1 : 5) {
      var p = PauliString()
      for (j, q) in qubits.enumerated() {
        let x = (l >> j) & 1 == 1, z = (l >> (k + j)) & 1 == 1
        p[q] = x ? (z ? .y : .x) : (z ? .z : .i)
      }
      let observable = PauliSum([(p, 1), (PauliString(.x, on: 3 - qubits.count % 4), 0.5)])
      let out = try PauliPropagator().propagate(observable, through: circuit).propagatedObservable
      let dense = DenseHeisenberg.conjugate(observable, by: circuit)
      let difference = out.matrix(qubitCount: 4).maximumDifference(from: dense)
      #expect(difference < 1e-12, "gate \(gate), input \(p): difference \(difference)")
    }
  }
}
