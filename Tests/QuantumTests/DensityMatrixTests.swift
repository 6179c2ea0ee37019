import Quantum
import QuantumTestSupport
import Testing

@Suite("Density matrices and noise")
struct DensityMatrixTests {
  @Test("without noise the density matrix is |ψ⟩⟨ψ| of the state-vector simulation")
  func noiselessMatchesStateVector() throws {
    let seed: UInt64 = 21
    var rng = SeededGenerator(seed: seed)
    let (circuit, theta) = RandomCircuits.parameterized(qubits: 4, gateCount: 40, &rng)
    let rho = try DensityMatrix(running: circuit, parameters: theta)
    let psi = try StateVector(running: circuit, parameters: theta)
    for r in 0..<16 {
      for c in 0..<16 {
        #expect((rho[r, c] - psi[r] * psi[c].conjugate).length < 1e-12, "seed \(seed)")
      }
    }
    #expect(abs(rho.purity - 1) < 1e-12 && abs(rho.trace - 1) < 1e-12)
    let h = try PauliSum(parsing: "0.5*X0 Y1 - Z2 Z3 + 0.3*Y0 X3")
    #expect(abs(rho.expectation(of: h) - psi.expectation(of: h)) < 1e-12, "seed \(seed)")
  }

  @Test("closed forms: depolarizing ⟨Z⟩ = 1 − p, dephasing ⟨X⟩ = 1 − p, damping ⟨Z⟩ = −1 + 2γ")
  func channelClosedForms() throws {
    let p = 0.12
    var idle = Circuit(qubitCount: 1)
    idle.append(.identity(0))
    let depolarized = try DensityMatrix(running: idle, noise: NoiseModel([.depolarizing(p)]))
    #expect(abs(depolarized.expectation(of: PauliString(.z, on: 0)) - (1 - p)) < 1e-14)
    var plus = Circuit(qubitCount: 1)
    plus.append(.h(0))
    let dephased = try DensityMatrix(running: plus, noise: NoiseModel([.dephasing(p)]))
    #expect(abs(dephased.expectation(of: PauliString(.x, on: 0)) - (1 - p)) < 1e-14)
    var one = Circuit(qubitCount: 1)
    one.append(.x(0))
    let damped = try DensityMatrix(running: one, noise: NoiseModel([.amplitudeDamping(p)]))
    #expect(abs(damped.expectation(of: PauliString(.z, on: 0)) - (-1 + 2 * p)) < 1e-14)
    #expect(abs(damped.trace - 1) < 1e-14 && damped.purity < 1)
  }

  @Test("noisy parameter-shift derivatives agree with finite differences")
  func noisyDerivative() throws {
    let circuit = Circuit.hardwareEfficient(qubits: 3, layers: 2)
    let theta = (0..<circuit.parameterCount).map { 0.3 + 0.17 * Double($0) }
    let noise = NoiseModel([.depolarizing(0.02), .amplitudeDamping(0.01)])
    let o = Observable.pauliSum("Z0 Z1 + 0.5*X2")
    for k in [0, 5, 9] {
      let shift = try DensityMatrix.partialDerivative(of: o, in: circuit, parameters: theta, index: k, noise: noise)
      let h = 1e-4
      var plus = theta, minus = theta
      plus[k] += h
      minus[k] -= h
      let fd =
        (try DensityMatrix.expectation(of: o, in: circuit, parameters: plus, noise: noise)
          - DensityMatrix.expectation(of: o, in: circuit, parameters: minus, noise: noise)) / (2 * h)
      #expect(abs(shift - fd) < 1e-7, "parameter \(k): shift \(shift), finite difference \(fd)")
    }
  }

  @Test("noise specifications name the allowed forms")
  func parsing() throws {
    #expect(try NoiseChannel(parsing: "depolarizing:0.01") == .depolarizing(0.01))
    #expect(throws: NoiseError.self) { try NoiseChannel(parsing: "depolarising:0.01") }
    #expect(throws: NoiseError.self) { try NoiseChannel(parsing: "dephasing:1.5") }
  }
}
