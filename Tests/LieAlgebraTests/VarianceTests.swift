import LieAlgebra
import Quantum
import QuantumTestSupport
import Testing

@Suite("g-purity and the deep-circuit variance")
struct VarianceTests {
  @Test("su(2ⁿ): Var⟨Z0⟩ = 1/(2ⁿ + 1), the Haar value", arguments: 1...4)
  func fullAlgebra(n: Int) throws {
    let g = try DynamicalLieAlgebra(generators: Generators.hea(n), qubitCount: n)
    let prediction = g.predictedVariance(of: "Z0")
    #expect(isClose(prediction.variance ?? -1, 1 / Double((1 << n) + 1), tolerance: 1e-12))
    #expect(isClose(g.purity(of: "Z0"), Double(1 << n), tolerance: 1e-9))  // P_g(P) = 2ⁿ
    #expect(isClose(g.zeroStatePurity(), Double((1 << n) - 1) / Double(1 << n), tolerance: 1e-12))
  }

  @Test("an observable outside the algebra is refused with the reason")
  func outside() throws {
    let g = try DynamicalLieAlgebra(generators: Generators.tfim(3), qubitCount: 3)
    let prediction = g.predictedVariance(of: "X0 X1")
    #expect(prediction.variance == nil)
    #expect(prediction.reason?.contains("outside the algebra") == true)
    #expect(prediction.reason?.contains("X0 X1") == true)
  }

  /// Monte Carlo check of the prediction.
  ///
  /// Deep random circuits Πₗ Πₖ exp(−iθ G_k), θ uniform in [0, 2π), from |0…0⟩ on
  /// the state-vector simulator. The sample variance s² must match the prediction within
  /// 5 standard errors of s², SE ≈ √((m₄ − s⁴)/N) with m₄ the fourth central moment.
  @Test(
    "Monte Carlo: the sample variance of deep random circuits matches the prediction",
    arguments: [
      ("tfim n=3, simple so(6)", 3, "Z0 Z1 - 0.5*X2", UInt64(61)),
      ("tfim n=2, so(4) = su(2) ⊕ su(2)", 2, "Z0 Z1 + 0.7*X0", UInt64(62)),
    ])
  func monteCarlo(label: String, n: Int, observable: String, seed: UInt64) throws {
    let generators = Generators.tfim(n)
    let g = try DynamicalLieAlgebra(generators: generators, qubitCount: n)
    let o = try PauliSum(parsing: observable)
    let predicted = try #require(g.predictedVariance(of: o).variance)
    var rng = SeededGenerator(seed: seed)
    let samples = 1500, layers = 25
    var values: [Double] = []
    for _ in 0..<samples {
      var psi = try StateVector(qubitCount: n)
      for _ in 0..<layers {
        for p in generators {
          psi.apply(.pauliRotation(.constant(2 * Double.random(in: 0..<(2 * .pi), using: &rng)), p))
        }
      }
      values.append(psi.expectation(of: o))
    }
    let mean = values.reduce(0, +) / Double(samples)
    let s2 = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(samples - 1)
    let m4 = values.reduce(0) { $0 + pow4($1 - mean) } / Double(samples)
    let standardError = ((m4 - s2 * s2) / Double(samples)).squareRoot()
    #expect(
      abs(s2 - predicted) <= 5 * standardError,
      "\(label): sample variance \(s2), predicted \(predicted), SE \(standardError), seed \(seed)")
  }

  func pow4(_ x: Double) -> Double { x * x * x * x }
}
