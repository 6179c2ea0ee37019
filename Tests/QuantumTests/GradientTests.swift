import Quantum
import QuantumTestSupport
import Testing

@Suite("Gradients: adjoint, parameter shift and finite differences agree")
struct GradientTests {
  @Test("the three methods agree to 1e-9 on random circuits of every gate kind", arguments: [1, 2, 3, 4, 5])
  func methodsAgreeOnRandomCircuits(seed: UInt64) throws {
    var rng = SeededGenerator(seed: seed)
    let (circuit, theta) = RandomCircuits.parameterized(qubits: 5, gateCount: 40, &rng)
    let observable = try PauliSum(parsing: "0.7*Z0 Z1 - 0.3*X2 + 0.5*Y3 X4 + 0.2*Y1")
    let simulator = Simulator(threads: 1)
    let adjoint = try simulator.gradient(of: observable, in: circuit, parameters: theta, method: .adjoint)
    let shift = try simulator.gradient(of: observable, in: circuit, parameters: theta, method: .parameterShift)
    let finite = try simulator.gradient(of: observable, in: circuit, parameters: theta, method: .finiteDifference)
    let expected = DenseReference.expectation(
      observable.matrix(qubitCount: 5), DenseReference.run(circuit, parameters: theta))
    #expect(isClose(adjoint.value, expected, tolerance: 1e-12), "seed \(seed)")
    #expect(maximumDifference(adjoint.gradient, shift.gradient) < 1e-9, "adjoint vs shift, seed \(seed)")
    #expect(maximumDifference(adjoint.gradient, finite.gradient) < 1e-9, "adjoint vs finite differences, seed \(seed)")
    #expect(adjoint.gradient.count == circuit.parameterCount)
  }

  @Test("adjoint differentiation through small chunks matches the unchunked result", arguments: [3, 4, 6])
  func chunkedAdjointMatches(chunkQubits: Int) throws {
    let seed: UInt64 = 31
    var rng = SeededGenerator(seed: seed)
    let (circuit, theta) = RandomCircuits.parameterized(qubits: 7, gateCount: 60, &rng)
    let observable = try PauliSum(parsing: "Z0 Z6 + 0.5*X3 Y4")
    let reference = try Simulator(threads: 1, chunkQubits: 7).gradient(of: observable, in: circuit, parameters: theta)
    let chunked = try Simulator(threads: 2, chunkQubits: chunkQubits).gradient(
      of: observable, in: circuit, parameters: theta)
    #expect(maximumDifference(reference.gradient, chunked.gradient) < 1e-12, "seed \(seed)")
    #expect(isClose(reference.value, chunked.value, tolerance: 1e-12))
  }

  @Test("shared parameters sum their gates' derivatives (chain rule)")
  func sharedParameters() throws {
    // QAOA on a triangle shares γ and β across gates.
    let c = Circuit.qaoa(maxCut: .ring(3), layers: 2)
    let theta = [0.4, 0.9, -0.3, 0.2]
    let h = try PauliSum(parsing: "Z0 Z1 + Z1 Z2 + Z0 Z2")
    let a = try Simulator.default.gradient(of: h, in: c, parameters: theta, method: .adjoint)
    let f = try Simulator.default.gradient(of: h, in: c, parameters: theta, method: .finiteDifference)
    #expect(maximumDifference(a.gradient, f.gradient) < 1e-9)
  }

  @Test("the gradient of ⟨Z0⟩ after RY(θ0) is −sin θ0")
  func closedForm() throws {
    let c = Circuit.hardwareEfficient(qubits: 3, layers: 1)
    let theta = Array(repeating: 0.3, count: 6)
    let (value, gradient) = try Simulator.default.gradient(of: "Z0", in: c, parameters: theta)
    #expect(isClose(value, Double.cos(0.3), tolerance: 1e-14))
    #expect(isClose(gradient[0], -Double.sin(0.3), tolerance: 1e-14))
    #expect(gradient[1...].allSatisfy { abs($0) < 1e-14 })
  }

  @Test("a wrong number of parameters is an error")
  func parameterCountMismatch() {
    let c = Circuit.hardwareEfficient(qubits: 2, layers: 1)
    #expect(throws: SimulationError.parameterCountMismatch(expected: 4, got: 3)) {
      try Simulator.default.gradient(of: "Z0", in: c, parameters: [0, 0, 0])
    }
  }

  @Test("an observable outside the circuit's qubits is an error")
  func observableOutOfRange() {
    let c = Circuit.hardwareEfficient(qubits: 2, layers: 1)
    #expect(throws: SimulationError.self) {
      try Simulator.default.expectation(of: "Z5", in: c, parameters: [0, 0, 0, 0])
    }
  }
}
