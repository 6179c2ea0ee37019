import Foundation
public import Grading
import Quantum

/// Exercise 05-gradient-variance: sample statistics, the warm-up derivative of Cerezo et al.,
/// its variance against the closed form (1/8)(3/8)^(n−1), and an exponential decay fit.
public enum GradientVarianceExercise: ExerciseDefinition {
  /// The learner's functions (see Exercises/05-gradient-variance/GradientVariance.swift).
  public struct Implementation: Sendable {
    public var varianceWithStandardError: @Sendable ([Double]) throws -> (variance: Double, standardError: Double)
    public var globalCostDerivative: @Sendable (Int, [Double]) throws -> Double
    public var estimateGlobalCostVariance:
      @Sendable (Int, Int, UInt64) throws -> (variance: Double, standardError: Double)
    public var decayRate: @Sendable ([Int], [Double], [Double]) throws -> Double

    public init(
      varianceWithStandardError: @escaping @Sendable ([Double]) throws -> (variance: Double, standardError: Double),
      globalCostDerivative: @escaping @Sendable (Int, [Double]) throws -> Double,
      estimateGlobalCostVariance:
        @escaping @Sendable (Int, Int, UInt64) throws -> (variance: Double, standardError: Double),
      decayRate: @escaping @Sendable ([Int], [Double], [Double]) throws -> Double
    ) {
      self.varianceWithStandardError = varianceWithStandardError
      self.globalCostDerivative = globalCostDerivative
      self.estimateGlobalCostVariance = estimateGlobalCostVariance
      self.decayRate = decayRate
    }
  }

  public static let id = "05-gradient-variance"
  public static let binding =
    ".init(varianceWithStandardError: varianceWithStandardError(_:), globalCostDerivative: globalCostDerivative(qubits:parameters:), estimateGlobalCostVariance: estimateGlobalCostVariance(qubits:samples:seed:), decayRate: decayRate(qubits:variances:standardErrors:))"

  public static var checks: [Check<Implementation>] {
    [sampleStatistics, warmUpDerivative, closedFormVariance, decayFit]
  }

  /// s² and its standard error on small and large samples (exactly: 10⁻⁹).
  static let sampleStatistics = Check<Implementation>.cases(
    "sample-statistics",
    inputs: { rng in
      [[1, 2, 3, 4], [0.5, -0.25, 2, 7, 1, 1]]
        + [10, 1000].map { count in (0..<count).map { _ in 0.3 * rng.nextGaussian() + 0.1 } }
    },
    describe: { samples in
      samples.count <= 6
        ? "samples = \(StateText.numbers(samples))" : "\(samples.count) Gaussian samples (mean 0.1, σ = 0.3)"
    },
    call: { implementation, samples in
      let r = try implementation.varianceWithStandardError(samples)
      return [r.variance, r.standardError]
    },
    judge: { samples, outcome in
      let got: [Double]
      switch outcome.value(of: "varianceWithStandardError(_:)") {
      case .success(let value): got = value
      case .failure(let failed): return failed.verdict
      }
      let (variance, se) = statistics(samples)
      let expected = StateText.numbers([variance, se])
      if !Tolerance.agrees(got[0], variance) {
        let biased = variance * Double(samples.count - 1) / Double(samples.count)
        let hint = Tolerance.agrees(got[0], biased) ? " (that is Σ(x − x̄)²/N: divide by N − 1 for the unbiased s²)" : ""
        return .fail(
          Feedback(
            "the variance is \(StateText.number(variance)), not \(StateText.number(got[0]))" + hint,
            expected: "(variance, standardError) = " + expected, actual: StateText.numbers(got)))
      }
      if !Tolerance.agrees(got[1], se) {
        return .fail(
          Feedback(
            "the standard error of s² is √((m₄ − (N − 3)/(N − 1)·s⁴)/N) = \(StateText.number(se)), not \(StateText.number(got[1]))",
            expected: "(variance, standardError) = " + expected, actual: StateText.numbers(got)))
      }
      return .pass
    })

  /// ∂C_G/∂θ₀ = ½ sin θ₀ · Πⱼ₌₁ⁿ⁻¹ cos²(θⱼ/2) at random angles, n = 2…5 (two angles per n).
  static let warmUpDerivative = Check<Implementation>.cases(
    "warm-up-derivative",
    inputs: { rng in
      (2...5).flatMap { n in
        (0..<2).map { _ in
          DerivativeInput(
            qubits: n, theta: (0..<(2 * n)).map { _ in Double.random(in: 0..<(2 * Double.pi), using: &rng) })
        }
      }
    },
    describe: { "n = \($0.qubits), θ = \(StateText.numbers($0.theta))" },
    call: { implementation, input in try implementation.globalCostDerivative(input.qubits, input.theta) },
    judge: { input, outcome in
      let got: Double
      switch outcome.value(of: "globalCostDerivative(qubits:parameters:)") {
      case .success(let value): got = value
      case .failure(let failed): return failed.verdict
      }
      let expected = warmUpDerivative(input.theta, qubits: input.qubits)
      if Tolerance.agrees(got, expected) { return .pass }
      let hint = Tolerance.agrees(got, -expected) ? " (the sign is flipped: C_G = 1 − |⟨0|U|0⟩|²)" : ""
      return .fail(
        Feedback(
          "∂C_G/∂θ₀ = ½ sin θ₀ Πⱼ₌₁ⁿ⁻¹ cos²(θⱼ/2) = \(StateText.number(expected)), not \(StateText.number(got))" + hint,
          expected: StateText.number(expected), actual: StateText.number(got)))
    })

  /// The estimated variance within 5 standard errors of (1/8)(3/8)^(n−1), and a standard
  /// error within 30% of the true one, √((μ₄ − σ⁴)/N) with μ₄ = (3/128)(35/128)^(n−1).
  ///
  /// The true standard error comes from the exact moments, not from the learner's samples, so
  /// a wrong error estimate cannot excuse a wrong variance. The estimate of the standard error
  /// itself fluctuates by about 6% at n = 4 and N = 4000 (from the eighth moment), so 30% is
  /// about 5 of its own standard errors.
  static let closedFormVariance = Check<Implementation>.cases(
    "closed-form-variance",
    inputs: { _ in [2, 3, 4].map { VarianceInput(qubits: $0, samples: 4000, seed: 500 + UInt64($0)) } },
    describe: { "n = \($0.qubits), samples = \($0.samples), seed = \($0.seed)" },
    call: { implementation, input in
      let r = try implementation.estimateGlobalCostVariance(input.qubits, input.samples, input.seed)
      return [r.variance, r.standardError]
    },
    judge: { input, outcome in
      let got: [Double]
      switch outcome.value(of: "estimateGlobalCostVariance(qubits:samples:seed:)") {
      case .success(let value): got = value
      case .failure(let failed): return failed.verdict
      }
      let n = Double(input.qubits)
      let sigma2 = 0.125 * pow(0.375, n - 1)
      let mu4 = 3.0 / 128 * pow(35.0 / 128, n - 1)
      let trueSE = ((mu4 - sigma2 * sigma2) / Double(input.samples)).squareRoot()
      let expected = "\(StateText.number(sigma2)) ± \(StateText.number(trueSE)) (within 5 standard errors)"
      let z = (got[0] - sigma2) / trueSE
      guard abs(z) <= 5 else {
        return .fail(
          Feedback(
            "the variance \(StateText.number(got[0])) is \(String(format: "%.1f", z)) standard errors from (1/8)(3/8)^(n−1) = \(StateText.number(sigma2))",
            expected: expected, actual: "\(StateText.number(got[0])) ± \(StateText.number(got[1]))"))
      }
      guard abs(got[1] - trueSE) <= 0.3 * trueSE else {
        return .fail(
          Feedback(
            "the standard error \(StateText.number(got[1])) is not within 30% of the true one, √((μ₄ − σ⁴)/N) = \(StateText.number(trueSE))",
            expected: expected, actual: "\(StateText.number(got[0])) ± \(StateText.number(got[1]))"))
      }
      return .pass
    })

  /// The weighted fit recovers ln(8/3) from exact data, and the grader's weighted fit on data
  /// whose error bars differ (where an unweighted fit gives another rate).
  static let decayFit = Check<Implementation>.cases(
    "decay-rate",
    inputs: { rng in
      let n = [2, 3, 4, 5, 6, 7, 8]
      let exact = n.map { 0.125 * pow(0.375, Double($0 - 1)) }
      let noisy = n.enumerated().map { k, q in
        exp(-0.7 * Double(q)) * (1 + 0.1 * rng.nextGaussian()) * (k == 0 ? 1.5 : 1)
      }
      let errors = n.enumerated().map { k, _ in noisy[k] * (k == 0 ? 0.4 : 0.03) }
      return [
        FitInput(qubits: n, variances: exact, standardErrors: exact.map { $0 * 0.05 }),
        FitInput(qubits: n, variances: noisy, standardErrors: errors),
      ]
    },
    describe: {
      "n = \($0.qubits), Var = \(StateText.numbers($0.variances)), SE = \(StateText.numbers($0.standardErrors))"
    },
    call: { implementation, input in try implementation.decayRate(input.qubits, input.variances, input.standardErrors)
    },
    judge: { input, outcome in
      let got: Double
      switch outcome.value(of: "decayRate(qubits:variances:standardErrors:)") {
      case .success(let value): got = value
      case .failure(let failed): return failed.verdict
      }
      let sigma = zip(input.variances, input.standardErrors).map { $1 / $0 }
      let expected = weightedRate(input.qubits.map(Double.init), input.variances.map { log($0) }, sigma)
      if Tolerance.agrees(got, expected) { return .pass }
      let unweighted = weightedRate(
        input.qubits.map(Double.init), input.variances.map { log($0) }, sigma.map { _ in 1 })
      var hint = ""
      if Tolerance.agrees(got, -expected) { hint = " (that is the slope; the rate is −slope)" }
      if Tolerance.agrees(got, unweighted) { hint = " (that is the unweighted fit: weight each point by (Var/SE)²)" }
      return .fail(
        Feedback(
          "the weighted fit gives r = \(StateText.number(expected)), not \(StateText.number(got))" + hint,
          expected: StateText.number(expected), actual: StateText.number(got)))
    })

  /// s² and √((m₄ − (N − 3)/(N − 1)s⁴)/N).
  static func statistics(_ x: [Double]) -> (Double, Double) {
    let n = Double(x.count)
    let mean = x.reduce(0, +) / n
    let s2 = x.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / (n - 1)
    let m4 = x.reduce(0) { $0 + pow($1 - mean, 4) } / n
    return (s2, max(0, (m4 - (n - 3) / (n - 1) * s2 * s2) / n).squareRoot())
  }

  /// ½ sin θ₀ Πⱼ₌₁ⁿ⁻¹ cos²(θⱼ/2): the RY angles θ₀…θₙ₋₁ are the only ones that matter.
  static func warmUpDerivative(_ theta: [Double], qubits n: Int) -> Double {
    (1..<n).reduce(0.5 * sin(theta[0])) { $0 * cos(theta[$1] / 2) * cos(theta[$1] / 2) }
  }

  /// −slope of the least-squares line through (x, y) with errors σ.
  static func weightedRate(_ x: [Double], _ y: [Double], _ sigma: [Double]) -> Double {
    let w = sigma.map { 1 / ($0 * $0) }
    let s = w.reduce(0, +)
    let mx = zip(w, x).map(*).reduce(0, +) / s
    let my = zip(w, y).map(*).reduce(0, +) / s
    var sxy = 0.0
    var sxx = 0.0
    for k in x.indices {
      sxy += w[k] * (x[k] - mx) * (y[k] - my)
      sxx += w[k] * (x[k] - mx) * (x[k] - mx)
    }
    return -sxy / sxx
  }
}

extension GradientVarianceExercise {
  /// One derivative case: the number of qubits and the 2n angles.
  struct DerivativeInput: Sendable {
    var qubits: Int
    var theta: [Double]
  }

  /// One variance-estimation case.
  struct VarianceInput: Sendable {
    var qubits: Int
    var samples: Int
    var seed: UInt64
  }

  /// One decay-fit case.
  struct FitInput: Sendable {
    var qubits: [Int]
    var variances: [Double]
    var standardErrors: [Double]
  }
}
