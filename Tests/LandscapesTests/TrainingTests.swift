import Landscapes
import Quantum
import Testing

@Suite("Training")
struct TrainingTests {
  @Test("Adam on the TFIM Hamiltonian-variational ansatz reaches the ground energy (n = 4)")
  func vqeReachesGroundEnergy() throws {
    let n = 4
    let h = PauliSum.transverseFieldIsing(on: .ring(n), field: 1)
    let exact = try h.groundStateEnergy(qubitCount: n)
    let circuit = Circuit.hamiltonianVariational(.tfim, qubits: n, layers: 2, periodic: true)
    var adam = Adam(learningRate: 0.05)
    let run = try train(.energy(h), circuit: circuit, from: [0.1, 0.1, 0.1, 0.1], optimizer: &adam, iterations: 300)
    #expect(run.losses.last! - exact < 1e-3, "final \(run.losses.last!) vs exact \(exact)")
    #expect(run.losses.last! >= exact - 1e-9)  // variational: never below the ground energy
  }

  @Test("gradient descent lowers the local cost; SPSA with shot noise lowers it too")
  func localCostTrains() throws {
    let n = 4
    let circuit = Circuit.hardwareEfficient(qubits: n, layers: 1)
    var rng = SeededGenerator(seed: 3)
    let theta = ParameterInitialization.uniform.sample(count: circuit.parameterCount, using: &rng)
    var gd = GradientDescent(learningRate: 0.5)
    let run = try train(.local(qubits: n), circuit: circuit, from: theta, optimizer: &gd, iterations: 60)
    #expect(
      run.losses.last! < 0.05 && run.losses.last! < run.losses.first!,
      "seed 3: \(run.losses.first!) → \(run.losses.last!)")
    var spsa = SPSA(a: 3, c: 0.2, seed: 4)
    let noisy = try trainSPSA(
      .local(qubits: n), circuit: circuit, from: theta, optimizer: &spsa, iterations: 150, shots: 500, seed: 5)
    #expect(noisy.losses.last! < noisy.losses.first! - 0.1, "seeds 3–5: \(noisy.losses.first!) → \(noisy.losses.last!)")
    #expect(noisy.evaluations == 2 * 150)
  }

  @Test("shot estimates are unbiased within their standard error")
  func shots() throws {
    var psi = try StateVector(qubitCount: 2)
    psi.apply(.ry(1.1, on: 0))
    let exact = psi.expectation(of: "Z0")
    var rng = SeededGenerator(seed: 9)
    let shots = 4000
    let estimate = ShotEstimator.estimate(.pauliSum("Z0"), in: psi, shots: shots, using: &rng)
    let standardError = ((1 - exact * exact) / Double(shots)).squareRoot()
    #expect(abs(estimate - exact) < 4 * standardError, "seed 9: \(estimate) vs \(exact)")
  }
}
