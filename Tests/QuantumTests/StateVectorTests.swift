import Quantum
import QuantumTestSupport
import Testing

@Suite("State vectors")
struct StateVectorTests {
  @Test("qubit 0 is the least significant bit of the basis index")
  func bitOrder() throws {
    var psi = try StateVector(qubitCount: 3)
    psi.apply(.x(0))
    #expect(psi[1] == .one)
    psi.apply(.x(2))
    #expect(psi[5] == .one)
    #expect(StateVector.bitString(5, qubitCount: 3) == "101")
  }

  @Test("a Bell pair has ⟨Z0 Z1⟩ = 1, ⟨X0 X1⟩ = 1, ⟨Y0 Y1⟩ = −1 and ⟨Z0⟩ = 0")
  func bellExpectations() throws {
    var c = Circuit(qubitCount: 2)
    c.append(.h(0))
    c.append(.cx(control: 0, target: 1))
    let psi = try StateVector(running: c)
    #expect(isClose(psi.expectation(of: "Z0 Z1"), 1, tolerance: 1e-14))
    #expect(isClose(psi.expectation(of: "X0 X1"), 1, tolerance: 1e-14))
    #expect(isClose(psi.expectation(of: "Y0 Y1"), -1, tolerance: 1e-14))
    #expect(isClose(psi.expectation(of: "Z0"), 0, tolerance: 1e-14))
    #expect(isClose(psi.expectation(of: "0.5*Z0 Z1 - 2*Y0 Y1 + 0.25"), 2.75, tolerance: 1e-14))
  }

  @Test("expectations of random Pauli sums match the dense matrices")
  func expectationsMatchDense() throws {
    let seed: UInt64 = 42
    var rng = SeededGenerator(seed: seed)
    let psi = try StateVector.random(qubitCount: 5, seed: seed)
    for _ in 0..<40 {
      var terms: [(PauliString, Double)] = []
      for _ in 0..<3 {
        var p = PauliString()
        for q in 0..<5 { p[q] = Pauli.allCases[Int.random(in: 0..<4, using: &rng)] }
        terms.append((p, rng.nextGaussian()))
      }
      let h = PauliSum(terms)
      let dense = DenseReference.expectation(h.matrix(qubitCount: 5), psi.amplitudes)
      #expect(isClose(psi.expectation(of: h), dense, tolerance: 1e-12), "\(h), seed \(seed)")
    }
  }

  @Test("⟨Z0⟩ after RY(θ) is cos θ", arguments: [0.0, 0.3, 1.2, 2.5, Double.pi])
  func rotationClosedForm(theta: Double) throws {
    var psi = try StateVector(qubitCount: 1)
    psi.apply(.ry(.constant(theta), on: 0))
    #expect(isClose(psi.expectation(of: "Z0"), Double.cos(theta), tolerance: 1e-14))
    #expect(isClose(psi.expectation(of: "X0"), Double.sin(theta), tolerance: 1e-14))
  }

  @Test("too many qubits is an error, not a crash", arguments: [31, 40, 64])
  func tooManyQubits(n: Int) {
    #expect(throws: SimulationError.tooManyQubits(requested: n, limit: 30)) { try StateVector(qubitCount: n) }
  }

  @Test("asking for more memory than the machine has is an error naming the sizes")
  func insufficientMemory() {
    #expect {
      try MemoryBudget.check(qubits: 30, states: 1_000)
    } throws: { error in
      guard case .insufficientMemory(30, _, _) = error as? SimulationError else { return false }
      return "\(error)".contains("needs 15.6 TiB, but only")
    }
  }

  @Test("amplitude lists must be normalized powers of two")
  func invalidAmplitudes() {
    #expect(throws: SimulationError.self) { try StateVector(amplitudes: [.one, .one, .zero]) }
    #expect(throws: SimulationError.self) { try StateVector(amplitudes: [.one, .one]) }
  }

  @Test("sampling is reproducible and follows the Born rule within 5 standard errors")
  func sampling() throws {
    var psi = try StateVector(qubitCount: 2)
    psi.apply(.ry(.constant(2 * Double.acos(0.6)), on: 0))  // P(q0 = 0) = 0.36
    let shots = 20_000
    let a = psi.sample(shots: shots, seed: 7), b = psi.sample(shots: shots, seed: 7)
    #expect(a == b)
    let zeros = Double(a.filter { $0 == 0 }.count)
    let p = 0.36
    let standardError = (Double(shots) * p * (1 - p)).squareRoot()
    #expect(abs(zeros - p * Double(shots)) < 5 * standardError, "seed 7: \(zeros) zeros")
    #expect(Set(a).isSubset(of: [0, 1]))
    #expect(isClose(psi.probability(ofQubit: 0, being: 0), 0.36, tolerance: 1e-14))
  }

  @Test("copies are independent values")
  func copyOnWrite() throws {
    let a = try StateVector(qubitCount: 2)
    var b = a
    b.apply(.x(1))
    #expect(a[0] == .one && b[2] == .one && a[2] == .zero)
  }

  @Test("equality up to global phase")
  func globalPhase() throws {
    var a = try StateVector.random(qubitCount: 3, seed: 1)
    let b = a
    a.apply(.rz(0.4, on: 0))
    a.apply(.phase(-0.4, on: 0))  // RZ(θ)·P(−θ) = e^{−iθ/2}·I
    #expect(a.isEqual(upToGlobalPhase: b))
    a.apply(.x(1))
    #expect(!a.isEqual(upToGlobalPhase: b))
  }
}
