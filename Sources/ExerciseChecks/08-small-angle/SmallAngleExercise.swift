import Foundation
public import Grading
import Quantum

/// Exercise 08-small-angle: the warm-up global-cost gradient with Gaussian angles θⱼ ~ N(0, σ²):
/// its closed-form variance, a sampled estimate within standard errors, and the σ that
/// maximizes the variance (about √2/√n, where the variance is about 0.18/n).
public enum SmallAngleExercise: ExerciseDefinition {
  /// The learner's functions (see Exercises/08-small-angle/SmallAngle.swift).
  public struct Implementation: Sendable {
    public var smallAngleVariance: @Sendable (Int, Double) throws -> Double
    public var estimateSmallAngleVariance:
      @Sendable (Int, Double, Int, UInt64) throws -> (variance: Double, standardError: Double)
    public var optimalSigma: @Sendable (Int) throws -> Double

    public init(
      smallAngleVariance: @escaping @Sendable (Int, Double) throws -> Double,
      estimateSmallAngleVariance:
        @escaping @Sendable (Int, Double, Int, UInt64) throws -> (variance: Double, standardError: Double),
      optimalSigma: @escaping @Sendable (Int) throws -> Double
    ) {
      self.smallAngleVariance = smallAngleVariance
      self.estimateSmallAngleVariance = estimateSmallAngleVariance
      self.optimalSigma = optimalSigma
    }
  }

  public static let id = "08-small-angle"
  public static let binding =
    ".init(smallAngleVariance: smallAngleVariance(qubits:sigma:), estimateSmallAngleVariance: estimateSmallAngleVariance(qubits:sigma:samples:seed:), optimalSigma: optimalSigma(qubits:))"

  public static var checks: [Check<Implementation>] { [closedForm, sampled, optimum] }

  /// One (n, σ) case.
  struct Input: Sendable {
    var qubits: Int
    var sigma: Double
  }

  /// The closed form at several (n, σ) (exactly: 10⁻⁹ relative).
  static let closedForm = Check<Implementation>.cases(
    "closed-form",
    inputs: { _ in
      [(1, 0.5), (2, 1.0), (4, 0.1), (8, 0.5), (20, 0.3), (3, 4.0)].map { Input(qubits: $0.0, sigma: $0.1) }
    },
    describe: { "n = \($0.qubits), σ = \($0.sigma)" },
    call: { implementation, input in try implementation.smallAngleVariance(input.qubits, input.sigma) },
    judge: { input, outcome in
      let got: Double
      switch outcome.value(of: "smallAngleVariance(qubits:sigma:)") {
      case .success(let value): got = value
      case .failure(let failed): return failed.verdict
      }
      let expected = variance(input.qubits, input.sigma)
      if abs(got - expected) <= 1e-9 * expected { return .pass }
      return .fail(
        Feedback(
          "Var[∂C_G/∂θ₀] = (1 − e^(−2σ²))/8 · ((3 + 4e^(−σ²/2) + e^(−2σ²))/8)^(n−1) = \(StateText.number(expected)), not \(StateText.number(got))",
          expected: StateText.number(expected), actual: StateText.number(got)))
    })

  /// The sampled variance within 5 exact standard errors of the closed form, with a standard
  /// error within 30% of the exact one √((μ₄ − Var²)/N), μ₄ = E[sin⁴θ]/16 · E[cos⁸(θ/2)]^(n−1).
  static let sampled = Check<Implementation>.cases(
    "sampled-variance",
    inputs: { _ in [(3, 0.3), (6, 0.5), (4, 1.5)].map { Input(qubits: $0.0, sigma: $0.1) } },
    describe: { "n = \($0.qubits), σ = \($0.sigma), samples = 3000, seed = 88" },
    call: { implementation, input in
      let r = try implementation.estimateSmallAngleVariance(input.qubits, input.sigma, 3000, 88)
      return [r.variance, r.standardError]
    },
    judge: { input, outcome in
      let got: [Double]
      switch outcome.value(of: "estimateSmallAngleVariance(qubits:sigma:samples:seed:)") {
      case .success(let value): got = value
      case .failure(let failed): return failed.verdict
      }
      let exact = variance(input.qubits, input.sigma)
      let trueSE = ((fourthMoment(input.qubits, input.sigma) - exact * exact) / 3000).squareRoot()
      let expected = "\(StateText.number(exact)) ± \(StateText.number(trueSE)) (within 5 standard errors)"
      let actual = "\(StateText.number(got[0])) ± \(StateText.number(got[1]))"
      let z = (got[0] - exact) / trueSE
      guard abs(z) <= 5 else {
        return .fail(
          Feedback(
            "the sampled variance is \(String(format: "%.1f", z)) standard errors from the closed form; are the angles σ·nextGaussian() and the derivative that of θ₀ (RY on qubit 0)?",
            expected: expected, actual: actual))
      }
      guard abs(got[1] - trueSE) <= 0.3 * trueSE else {
        return .fail(
          Feedback(
            "the standard error is not within 30% of the exact one, \(StateText.number(trueSE))", expected: expected,
            actual: actual))
      }
      return .pass
    })

  /// The returned σ reaches the maximum of the closed form to a relative 10⁻⁶ (n = 2, 4, 16, 64).
  static let optimum = Check<Implementation>.cases(
    "optimal-sigma",
    inputs: { _ in [2, 4, 16, 64] },
    describe: { "n = \($0)" },
    call: { implementation, n in try implementation.optimalSigma(n) },
    judge: { n, outcome in
      let got: Double
      switch outcome.value(of: "optimalSigma(qubits:)") {
      case .success(let value): got = value
      case .failure(let failed): return failed.verdict
      }
      // A dense scan of log σ over [10⁻³, 10], then golden-section refinement.
      var best = -3.0
      for k in 0...4000 {
        let x = -3 + 4 * Double(k) / 4000
        if variance(n, pow(10, x)) > variance(n, pow(10, best)) { best = x }
      }
      var (a, b) = (best - 0.001, best + 0.001)
      for _ in 0..<100 {
        let c = b - 0.618_033_988_749_895 * (b - a)
        let d = a + 0.618_033_988_749_895 * (b - a)
        if variance(n, pow(10, c)) > variance(n, pow(10, d)) { b = d } else { a = c }
      }
      let sigmaStar = pow(10, (a + b) / 2)
      let maximum = variance(n, sigmaStar)
      if got > 0, got.isFinite, variance(n, got) >= maximum * (1 - 1e-6) { return .pass }
      return .fail(
        Feedback(
          "the variance peaks at σ ≈ \(StateText.number(sigmaStar)) with \(StateText.number(maximum)); at σ = \(StateText.number(got)) it is \(StateText.number(got > 0 ? variance(n, got) : 0))",
          expected: "σ ≈ \(StateText.number(sigmaStar))", actual: StateText.number(got)))
    })

  /// (1 − e^(−2σ²))/8 · ((3 + 4e^(−σ²/2) + e^(−2σ²))/8)^(n−1).
  static func variance(_ n: Int, _ sigma: Double) -> Double {
    let s2 = sigma * sigma
    return (1 - exp(-2 * s2)) / 8 * pow((3 + 4 * exp(-s2 / 2) + exp(-2 * s2)) / 8, Double(n - 1))
  }

  /// E[(∂C_G/∂θ₀)⁴] = E[sin⁴θ]/16 · E[cos⁸(θ/2)]^(n−1), with E[cos kθ] = e^(−k²σ²/2).
  static func fourthMoment(_ n: Int, _ sigma: Double) -> Double {
    func a(_ k: Double) -> Double { exp(-k * k * sigma * sigma / 2) }
    let sin4 = (3 - 4 * a(2) + a(4)) / 8
    let c1 = a(1)
    let c2 = (1 + a(2)) / 2
    let c3 = (3 * a(1) + a(3)) / 4
    let c4 = (3 + 4 * a(2) + a(4)) / 8
    let cos8Half = (1 + 4 * c1 + 6 * c2 + 4 * c3 + c4) / 16
    return sin4 / 16 * pow(cos8Half, Double(n - 1))
  }
}
