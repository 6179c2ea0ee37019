import Landscapes
import Quantum
import Testing

/// The closed forms of the barren-plateau literature, reproduced within statistical error.
///
/// Every statistical check uses a fixed seed and a tolerance of 4 standard errors of the
/// estimated variance (a false failure has probability below 10⁻⁴).
@Suite("Gradient variances reproduce the closed forms")
struct GradientVarianceTests {
  @Test("global cost, one hea layer: Var[∂C_G/∂θ₀] = (1/8)(3/8)^(n−1)", arguments: [2, 3, 4, 5])
  func globalCostClosedForm(n: Int) throws {
    var experiment = GradientVarianceExperiment(ansatz: .hardwareEfficient, cost: .global)
    experiment.samples = 1500
    experiment.seed = 11
    let point = try experiment.point(qubits: n, layers: 1)
    let exact = 0.125 * Double.pow(0.375, Double(n - 1))
    #expect(
      abs(point.variance - exact) <= 4 * point.standardError,
      "n = \(n): measured \(point.variance) ± \(point.standardError), exact \(exact), seed 11")
    #expect(abs(point.mean) <= 4 * (point.variance / Double(point.samples)).squareRoot(), "mean \(point.mean), seed 11")
  }

  @Test("local cost, one hea layer: Var[∂C_L/∂θ₀] = 1/(8n²)", arguments: [2, 3, 4, 6])
  func localCostClosedForm(n: Int) throws {
    var experiment = GradientVarianceExperiment(ansatz: .hardwareEfficient, cost: .local)
    experiment.samples = 1500
    experiment.seed = 12
    let point = try experiment.point(qubits: n, layers: 1)
    let exact = 1 / (8 * Double(n * n))
    #expect(
      abs(point.variance - exact) <= 4 * point.standardError,
      "n = \(n): measured \(point.variance) ± \(point.standardError), exact \(exact), seed 12")
  }

  @Test("deep random circuits reach the Haar value Var[⟨Z0⟩] = 1/(2ⁿ + 1)")
  func haarLimit() throws {
    var experiment = GradientVarianceExperiment(ansatz: .hardwareEfficient, cost: .observable("Z0"))
    experiment.quantity = .cost
    experiment.samples = 1000
    experiment.seed = 13
    let n = 3
    let point = try experiment.point(qubits: n, layers: 30)
    let haar = 1 / (Double(1 << n) + 1)
    #expect(
      abs(point.variance - haar) <= 4 * point.standardError,
      "measured \(point.variance) ± \(point.standardError), Haar \(haar), seed 13")
  }

  @Test("results do not depend on the number of threads")
  func threadIndependence() throws {
    var experiment = GradientVarianceExperiment(ansatz: .hardwareEfficient, cost: .global)
    experiment.samples = 200
    experiment.threads = 1
    let one = try experiment.point(qubits: 3, layers: 2)
    experiment.threads = 3
    let three = try experiment.point(qubits: 3, layers: 2)
    #expect(one == three)
  }

  @Test("the decay fit prefers an exponential for the global cost and a polynomial for the local one")
  func decayModels() throws {
    let n = [2, 4, 6, 8, 10]
    let exponential = n.map { 0.125 * Double.pow(0.375, Double($0 - 1)) }
    let polynomial = n.map { 1 / (8 * Double($0 * $0)) }
    let e = try #require(DecayFit(qubits: n, variances: exponential, standardErrors: exponential.map { $0 * 0.05 }))
    let p = try #require(DecayFit(qubits: n, variances: polynomial, standardErrors: polynomial.map { $0 * 0.05 }))
    #expect(e.preferred == "exponential" && abs(e.exponential.rate - Double.log(8.0 / 3)) < 1e-9)
    #expect(abs(e.exponentialBase - 8.0 / 3) < 1e-9)
    #expect(p.preferred == "polynomial" && abs(p.polynomial.rate - 2) < 1e-9)
    #expect(e.exponential.rateInterval[0] <= e.exponential.rate && e.exponential.rate <= e.exponential.rateInterval[1])
  }

  @Test("identity-block initialization starts the circuit at the identity")
  func identityBlocks() throws {
    let n = 3
    let circuit = Ansatz.identityBlocks.circuit(qubits: n, layers: 2)
    var rng = SeededGenerator(seed: 5)
    let theta = ParameterInitialization.identityBlocks(blockSize: Ansatz.identityBlocks.blockSize(qubits: n))
      .sample(count: circuit.parameterCount, using: &rng)
    let psi = try StateVector(running: circuit, parameters: theta)
    #expect(abs(psi[0].lengthSquared - 1) < 1e-12, "seed 5")
  }

  @Test("bad settings are clear errors")
  func errors() {
    #expect(throws: LandscapeError.self) { try ParameterInitialization(parsing: "gaussian") }
    #expect(throws: LandscapeError.self) { try ParameterInitialization(parsing: "small-angle:-1") }
    var experiment = GradientVarianceExperiment(ansatz: .hardwareEfficient, cost: .global)
    experiment.parameterIndex = 99
    #expect(throws: LandscapeError.self) { try experiment.point(qubits: 2, layers: 1) }
  }

  @Test("the QCNN shrinks to one qubit and its cost on the last qubit has a gradient")
  func qcnn() throws {
    let c = Ansatz.qcnn.circuit(qubits: 8, layers: 0)
    #expect(c.parameterCount == 3 * 6)  // three conv+pool layers (8 → 4 → 2 → 1), 6 parameters each
    let cost = CostFunction.energy("Z7")
    let theta = (0..<c.parameterCount).map { 0.1 * Double($0 + 1) }
    let g = try cost.valueAndGradient(of: c, at: theta)
    let fd = try cost.valueAndGradient(of: c, at: theta, method: .finiteDifference)
    #expect(zip(g.gradient, fd.gradient).allSatisfy { abs($0 - $1) < 1e-8 })
  }
}
