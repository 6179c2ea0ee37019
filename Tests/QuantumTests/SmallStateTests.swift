import Quantum
import QuantumTestSupport
import Testing

/// One- to three-qubit states, smaller than any kernel's vector width or cache chunk: every
/// gate that fits, run through the whole pipeline (fusion, stages, diagonal tables), against the
/// dense reference. (A one-qubit diagonal once wrote past the end of the state.)
@Suite("Small states")
struct SmallStateTests {
  @Test("every gate that fits, on 1, 2 and 3 qubits, equals the dense reference", arguments: [1, 2, 3])
  func everyGateOnSmallStates(n: Int) throws {
    var rng = SeededGenerator(seed: UInt64(40 + n))
    let gates = RandomCircuits.everyGate(on: [0, 1, 2, 3], &rng).filter { $0.qubits.allSatisfy { $0 < n } }
    for gate in gates {
      var circuit = Circuit(qubitCount: n)
      circuit.append(.h(0))
      circuit.append(gate)
      circuit.append(.rz(.constant(0.3), on: 0))
      for _ in 0..<20 {
        let got = try StateVector(running: circuit).amplitudes
        let expected = DenseReference.run(circuit)
        let error = zip(got, expected).map { ($0 - $1).length }.max() ?? 0
        #expect(error < 1e-12, "n = \(n), gate \(gate): max amplitude error \(error), seed \(40 + n)")
      }
    }
  }

  @Test("a one-qubit circuit of random gates, run many times, stays exact")
  func oneQubitRuns() throws {
    var rng = SeededGenerator(seed: 7)
    let gates = RandomCircuits.everyGate(on: [0, 1, 2, 3], &rng).filter { $0.qubits == [0] }
    var circuit = Circuit(qubitCount: 1)
    for _ in 0..<30 { circuit.append(gates.randomElement(using: &rng)!) }
    let expected = DenseReference.run(circuit)
    for _ in 0..<200 {
      let got = try StateVector(running: circuit).amplitudes
      #expect(zip(got, expected).allSatisfy { ($0 - $1).length < 1e-12 }, "seed 7: \(got) vs \(expected)")
    }
  }
}
