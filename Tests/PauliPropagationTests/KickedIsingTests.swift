import PauliPropagation
import Quantum
import QuantumTestSupport
import Testing

@Suite("Kicked Ising")
struct KickedIsingTests {
  @Test(
    "exact propagation equals the statevector on chains and rings",
    arguments: [(8, 3, 0.3), (10, 4, 0.8), (12, 3, 1.1), (9, 5, 0.5)])
  func matchesStatevector(qubits n: Int, steps: Int, thetaH: Double) throws {
    for graph in [Graph.line(n), .ring(n)] {
      let circuit = KickedIsing.circuit(on: graph, steps: steps, thetaH: thetaH)
      let observable = PauliSum(PauliString(.z, on: n / 2))
      let expected = try StateVector(running: circuit).expectation(of: observable)
      let got = try PauliPropagator().expectation(of: observable, after: circuit)
      #expect(
        isClose(got, expected, tolerance: 1e-10), "n = \(n), T = \(steps), θ_h = \(thetaH): \(got) vs \(expected)")
    }
  }

  @Test("Clifford points are exact on the 127-qubit Eagle lattice", arguments: [5, 20])
  func cliffordPointsOnEagle(steps: Int) throws {
    let propagator = PauliPropagator(truncation: TruncationPolicy(minAbsCoefficient: 1e-4))
    let zero = KickedIsing.circuit(on: .ibmEagle, steps: steps, thetaH: 0)
    let half = KickedIsing.circuit(on: .ibmEagle, steps: steps, thetaH: .pi / 2)
    for q in [0, 62, 126] {
      let observable = PauliSum(PauliString(.z, on: q))
      let one = try propagator.propagate(observable, through: zero)
      #expect(one.expectation() == 1 && one.termCount == 1 && one.discardedNorm == 0)
      let none = try propagator.propagate(observable, through: half)
      #expect(none.expectation() == 0 && none.termCount == 1 && none.discardedNorm == 0)
    }
  }

  @Test("Clifford points are exact on a 300-qubit chain (the widest layouts)")
  func cliffordPointsOnLongChain() throws {
    let circuit = KickedIsing.circuit(on: .line(300), steps: 6, thetaH: .pi / 2)
    for observable: PauliSum in ["Z150", "Z299"] {
      let result = try PauliPropagator().propagate(observable, through: circuit)
      #expect(result.termCount == 1 && result.expectation() == 0)
    }
    let identity = KickedIsing.circuit(on: .line(300), steps: 6, thetaH: 0)
    #expect(try PauliPropagator().expectation(of: "Z150 Z299", after: identity) == 1)
  }
}
