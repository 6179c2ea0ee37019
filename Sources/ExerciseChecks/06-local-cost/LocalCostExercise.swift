import Foundation
public import Grading
public import Quantum

/// Exercise 06-local-cost: C_L from amplitudes, ∂C_L/∂θₖ for one hea layer, and
/// Var[∂C_L/∂θ₀] = 1/(8n²) (Cerezo et al., arXiv:2001.00550) within standard errors.
public enum LocalCostExercise: ExerciseDefinition {
  /// The learner's functions (see Exercises/06-local-cost/LocalCost.swift).
  public struct Implementation: Sendable {
    public var localCost: @Sendable ([Amplitude]) throws -> Double
    public var localCostDerivative: @Sendable (Int, [Double], Int) throws -> Double
    public var estimateLocalCostVariance:
      @Sendable (Int, Int, UInt64) throws -> (variance: Double, standardError: Double)

    public init(
      localCost: @escaping @Sendable ([Amplitude]) throws -> Double,
      localCostDerivative: @escaping @Sendable (Int, [Double], Int) throws -> Double,
      estimateLocalCostVariance:
        @escaping @Sendable (Int, Int, UInt64) throws -> (variance: Double, standardError: Double)
    ) {
      self.localCost = localCost
      self.localCostDerivative = localCostDerivative
      self.estimateLocalCostVariance = estimateLocalCostVariance
    }
  }

  public static let id = "06-local-cost"
  public static let binding =
    ".init(localCost: localCost(of:), localCostDerivative: localCostDerivative(qubits:parameters:index:), estimateLocalCostVariance: estimateLocalCostVariance(qubits:samples:seed:))"

  public static var checks: [Check<Implementation>] { [costValue, derivative, closedFormVariance] }

  /// C_L on random states of 1–5 qubits and on two basis states (exactly: 10⁻⁹).
  static let costValue = Check<Implementation>.cases(
    "local-cost-value",
    inputs: { rng in
      (1...5).map { RandomInputs.state(qubits: $0, using: &rng) }
        + [[.zero, .zero, .zero, .one], [.zero, .one, .zero, .zero, .zero, .zero, .zero, .zero]]
    },
    describe: { "ψ = \(StateText.amplitudes($0))" },
    call: { implementation, psi in try implementation.localCost(psi) },
    judge: { psi, outcome in
      let got: Double
      switch outcome.value(of: "localCost(of:)") {
      case .success(let value): got = value
      case .failure(let failed): return failed.verdict
      }
      let expected = localCost(psi)
      if Tolerance.agrees(got, expected) { return .pass }
      var hint = ""
      if Tolerance.agrees(got, 1 - expected) { hint = " (that is 1 − C_L: C_L counts the probability of 1s)" }
      if Tolerance.agrees(got, 1 - psi[0].lengthSquared) { hint = " (that is the global cost 1 − |⟨0|ψ⟩|²)" }
      return .fail(
        Feedback(
          "C_L = \(StateText.number(expected)), not \(StateText.number(got))" + hint,
          expected: StateText.number(expected), actual: StateText.number(got)))
    })

  /// ∂C_L/∂θₖ = sin θₖ/(2n) for an RY angle (k < n) and 0 for an RZ angle, n = 2…5.
  static let derivative = Check<Implementation>.cases(
    "local-derivative",
    inputs: { rng in
      (2...5).flatMap { n in
        let theta = (0..<(2 * n)).map { _ in Double.random(in: 0..<(2 * Double.pi), using: &rng) }
        return [0, n - 1, n].map { DerivativeInput(qubits: n, theta: theta, index: $0) }
      }
    },
    describe: { "n = \($0.qubits), k = \($0.index), θ = \(StateText.numbers($0.theta))" },
    call: { implementation, input in try implementation.localCostDerivative(input.qubits, input.theta, input.index) },
    judge: { input, outcome in
      let got: Double
      switch outcome.value(of: "localCostDerivative(qubits:parameters:index:)") {
      case .success(let value): got = value
      case .failure(let failed): return failed.verdict
      }
      let n = input.qubits
      let expected = input.index < n ? sin(input.theta[input.index]) / (2 * Double(n)) : 0
      if Tolerance.agrees(got, expected) { return .pass }
      var hint = ""
      if Tolerance.agrees(got, -expected) { hint = " (the sign is flipped)" }
      if Tolerance.agrees(got, 2 * expected) { hint = " (twice too large: the shift rule divides by 2)" }
      let which = input.index < n ? "RY on qubit \(input.index): sin θₖ/(2n)" : "an RZ angle: 0"
      return .fail(
        Feedback(
          "∂C_L/∂θ\(input.index) (\(which)) = \(StateText.number(expected)), not \(StateText.number(got))" + hint,
          expected: StateText.number(expected), actual: StateText.number(got)))
    })

  /// The variance within 5 exact standard errors of 1/(8n²) and a standard error within 30%
  /// of the exact one, 1/(n²√(128 N)) (from μ₄ − σ⁴ = 1/(128 n⁴)).
  static let closedFormVariance = Check<Implementation>.cases(
    "closed-form-variance",
    inputs: { _ in
      [2, 4, 8].map { GradientVarianceExercise.VarianceInput(qubits: $0, samples: 3000, seed: 600 + UInt64($0)) }
    },
    describe: { "n = \($0.qubits), samples = \($0.samples), seed = \($0.seed)" },
    call: { implementation, input in
      let r = try implementation.estimateLocalCostVariance(input.qubits, input.samples, input.seed)
      return [r.variance, r.standardError]
    },
    judge: { input, outcome in
      let got: [Double]
      switch outcome.value(of: "estimateLocalCostVariance(qubits:samples:seed:)") {
      case .success(let value): got = value
      case .failure(let failed): return failed.verdict
      }
      let n = Double(input.qubits)
      let exact = 1 / (8 * n * n)
      let trueSE = 1 / (n * n * (128 * Double(input.samples)).squareRoot())
      let expected = "\(StateText.number(exact)) ± \(StateText.number(trueSE)) (within 5 standard errors)"
      let actual = "\(StateText.number(got[0])) ± \(StateText.number(got[1]))"
      let z = (got[0] - exact) / trueSE
      guard abs(z) <= 5 else {
        return .fail(
          Feedback(
            "the variance \(StateText.number(got[0])) is \(String(format: "%.1f", z)) standard errors from 1/(8n²) = \(StateText.number(exact))",
            expected: expected, actual: actual))
      }
      guard abs(got[1] - trueSE) <= 0.3 * trueSE else {
        return .fail(
          Feedback(
            "the standard error \(StateText.number(got[1])) is not within 30% of the true one, 1/(n²√(128N)) = \(StateText.number(trueSE))",
            expected: expected, actual: actual))
      }
      return .pass
    })

  /// Σ over amplitudes of |a|² times the number of 1-bits, divided by n.
  static func localCost(_ psi: [Amplitude]) -> Double {
    let n = psi.count.trailingZeroBitCount
    var total = 0.0
    for (i, a) in psi.enumerated() { total += Double(i.nonzeroBitCount) * a.lengthSquared }
    return total / Double(n)
  }
}

extension LocalCostExercise {
  /// One derivative case: n, the 2n angles and the parameter k.
  struct DerivativeInput: Sendable {
    var qubits: Int
    var theta: [Double]
    var index: Int
  }
}
