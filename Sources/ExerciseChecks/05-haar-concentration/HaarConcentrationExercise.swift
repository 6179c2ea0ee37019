import Foundation
public import Grading
public import Quantum

/// Exercise 05-haar-concentration: Haar-random states, ⟨Z_k⟩, the Haar value 1/(2ⁿ + 1) of
/// Var⟨Z₀⟩, and the shots a plateau costs.
public enum HaarConcentrationExercise: ExerciseDefinition {
  /// The learner's functions (see Exercises/05-haar-concentration/HaarConcentration.swift).
  public struct Implementation: Sendable {
    public var haarRandomState: @Sendable (Int, inout SeededGenerator) throws -> [Amplitude]
    public var expectationOfZ: @Sendable (Int, [Amplitude]) throws -> Double
    public var shotsToResolve: @Sendable (Double) throws -> Int

    public init(
      haarRandomState: @escaping @Sendable (Int, inout SeededGenerator) throws -> [Amplitude],
      expectationOfZ: @escaping @Sendable (Int, [Amplitude]) throws -> Double,
      shotsToResolve: @escaping @Sendable (Double) throws -> Int
    ) {
      self.haarRandomState = haarRandomState
      self.expectationOfZ = expectationOfZ
      self.shotsToResolve = shotsToResolve
    }
  }

  public static let id = "05-haar-concentration"
  public static let binding =
    ".init(haarRandomState: haarRandomState(qubits:using:), expectationOfZ: expectationOfZ(onQubit:in:), shotsToResolve: shotsToResolve(gradientVariance:))"

  public static var checks: [Check<Implementation>] { [normalizedStates, zExpectation, haarVariance, shots] }

  /// 2ⁿ amplitudes of norm 1 for n = 1…6.
  static let normalizedStates = Check<Implementation>.cases(
    "normalized-states",
    inputs: { _ in (1...6).map { UInt64($0) } },
    describe: { "n = \($0), generator seed = \(70 + $0)" },
    call: { implementation, n in
      var rng = SeededGenerator(seed: 70 + n)
      return try implementation.haarRandomState(Int(n), &rng)
    },
    judge: { n, outcome in
      switch outcome.value(of: "haarRandomState(qubits:using:)") {
      case .failure(let failed): return failed.verdict
      case .success(let state):
        guard state.count == 1 << Int(n) else {
          return .fail(
            Feedback(
              "a state of \(n) qubits has \(1 << Int(n)) amplitudes, not \(state.count)",
              expected: "\(1 << Int(n)) amplitudes", actual: "\(state.count) amplitudes"))
        }
        let norm = state.reduce(0.0) { $0 + $1.lengthSquared }
        return Tolerance.agrees(norm, 1)
          ? .pass
          : .fail(
            Feedback(
              "the state is not normalized: Σ|aᵢ|² = \(StateText.number(norm))", expected: "Σ|aᵢ|² = 1",
              actual: StateText.number(norm)))
      }
    })

  /// ⟨Z_k⟩ on random states at every qubit of n = 1…4 (exactly: 10⁻⁹).
  static let zExpectation = Check<Implementation>.cases(
    "z-expectation",
    inputs: { rng in
      (1...4).flatMap { n in
        let a = (0..<(1 << n)).map { _ in Amplitude(rng.nextGaussian(), rng.nextGaussian()) }
        let norm = a.reduce(0.0) { $0 + $1.lengthSquared }.squareRoot()
        let state = a.map { $0.divided(by: norm) }
        return (0..<n).map { ZInput(qubit: $0, state: state) }
      }
    },
    describe: { "k = \($0.qubit), ψ = \(StateText.amplitudes($0.state))" },
    call: { implementation, input in try implementation.expectationOfZ(input.qubit, input.state) },
    judge: { input, outcome in
      let got: Double
      switch outcome.value(of: "expectationOfZ(onQubit:in:)") {
      case .success(let value): got = value
      case .failure(let failed): return failed.verdict
      }
      let expected = zExpectation(input.qubit, input.state)
      if Tolerance.agrees(got, expected) { return .pass }
      let n = input.state.count.trailingZeroBitCount
      let reversed = zExpectation(n - 1 - input.qubit, input.state)
      let hint =
        Tolerance.agrees(got, reversed) && n > 1
        ? " (that is ⟨Z\(n - 1 - input.qubit)⟩: qubit 0 is the least significant bit of the index)" : ""
      return .fail(
        Feedback(
          "⟨Z\(input.qubit)⟩ = \(StateText.number(expected)), not \(StateText.number(got))" + hint,
          expected: StateText.number(expected), actual: StateText.number(got)))
    })

  /// Var⟨Z₀⟩ over 3000 of the learner's states within 5 standard errors of 1/(2ⁿ + 1).
  ///
  /// ⟨Z₀⟩ is computed from the learner's states by the grader's formula (in the child process,
  /// so that only 3000 numbers cross, not 3000 states); the standard error of the sample
  /// variance comes from the sample's fourth moment. A real Gaussian state instead gives
  /// 2/(2ⁿ + 2), and equal magnitudes with random phases give 0: both miss by far.
  static let haarVariance = Check<Implementation>.cases(
    "haar-variance",
    inputs: { _ in [2, 4, 6] },
    describe: { "n = \($0), 3000 states from SeededGenerator(seed: \(900 + $0))" },
    call: { implementation, n in
      var rng = SeededGenerator(seed: 900 + UInt64(n))
      return try (0..<3000).map { _ in zExpectation(0, try implementation.haarRandomState(n, &rng)) }
    },
    judge: { n, outcome in
      let values: [Double]
      switch outcome.value(of: "haarRandomState(qubits:using:)") {
      case .success(let value): values = value
      case .failure(let failed): return failed.verdict
      }
      let (variance, se) = GradientVarianceExercise.statistics(values)
      let haar = 1 / Double((1 << n) + 1)
      let z = (variance - haar) / max(se, 1e-300)
      if abs(z) <= 5 { return .pass }
      return .fail(
        Feedback(
          "over 3000 of your states Var⟨Z0⟩ = \(StateText.number(variance)) ± \(StateText.number(se)), \(String(format: "%.1f", z)) standard errors from the Haar value 1/(2ⁿ + 1) = \(StateText.number(haar)); are the real and imaginary parts independent Gaussians?",
          expected: "\(StateText.number(haar)) (within 5 standard errors)",
          actual: "\(StateText.number(variance)) ± \(StateText.number(se))"))
    })

  /// The smallest N with 1/(2N) ≤ Var.
  static let shots = Check<Implementation>.cases(
    "shots-to-resolve",
    inputs: { _ in [0.125, 0.03, 1.0 / 3, 1e-6, 2.0] },
    describe: { "gradientVariance = \(StateText.number($0))" },
    call: { implementation, variance in try implementation.shotsToResolve(variance) },
    judge: { variance, outcome in
      let got: Int
      switch outcome.value(of: "shotsToResolve(gradientVariance:)") {
      case .success(let value): got = value
      case .failure(let failed): return failed.verdict
      }
      var expected = max(1, Int((1 / (2 * variance)).rounded(.up)))
      while expected > 1 && 1 / (2 * Double(expected - 1)) <= variance { expected -= 1 }
      while 1 / (2 * Double(expected)) > variance { expected += 1 }
      if got == expected { return .pass }
      return .fail(
        Feedback(
          "the smallest N with 1/(2N) ≤ \(StateText.number(variance)) is \(expected), not \(got)",
          expected: "\(expected)", actual: "\(got)"))
    })

  /// Σᵢ ±|aᵢ|² with the sign of bit k of i.
  static func zExpectation(_ k: Int, _ state: [Amplitude]) -> Double {
    var total = 0.0
    for (i, a) in state.enumerated() { total += (i >> k) & 1 == 0 ? a.lengthSquared : -a.lengthSquared }
    return total
  }
}

extension HaarConcentrationExercise {
  /// One ⟨Z_k⟩ case.
  struct ZInput: Sendable {
    var qubit: Int
    var state: [Amplitude]
  }
}
