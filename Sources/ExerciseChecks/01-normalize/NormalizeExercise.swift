import Foundation
public import Grading
public import Quantum

/// Exercise 01-normalize: normalize a state, Born-rule probabilities, sampled counts.
public enum NormalizeExercise: ExerciseDefinition {
  /// The learner's functions (see Exercises/01-normalize/Normalize.swift).
  public struct Implementation: Sendable {
    public var normalized: @Sendable ([Amplitude]) throws -> [Amplitude]
    public var probabilities: @Sendable ([Amplitude]) throws -> [Double]
    public var sampleCounts: @Sendable ([Amplitude], Int, inout SeededGenerator) throws -> [Int]

    public init(
      normalized: @escaping @Sendable ([Amplitude]) throws -> [Amplitude],
      probabilities: @escaping @Sendable ([Amplitude]) throws -> [Double],
      sampleCounts: @escaping @Sendable ([Amplitude], Int, inout SeededGenerator) throws -> [Int]
    ) {
      self.normalized = normalized
      self.probabilities = probabilities
      self.sampleCounts = sampleCounts
    }
  }

  public static let id = "01-normalize"
  public static let binding =
    ".init(normalized: normalized(_:), probabilities: probabilities(of:), sampleCounts: sampleCounts(of:shots:using:))"

  public static var checks: [Check<Implementation>] {
    [unitNorm, zeroVectorThrows, bornProbabilities, samplingStatistics]
      // plateau-release: hidden-begin
      + [largeAndScaled]
    // plateau-release: hidden-end
  }

  /// ψ/‖ψ‖ for random vectors of 1–4 qubits whose norms are far from 1.
  static let unitNorm = Check<Implementation>.cases(
    "unit-norm",
    inputs: { rng in
      (1...4).flatMap { n in [0.2, 3.5].map { RandomInputs.amplitudes(qubits: n, scale: $0, using: &rng) } }
    },
    describe: { "ψ = \(StateText.amplitudes($0)) (‖ψ‖ = \(StateText.number(norm($0))))" },
    call: { implementation, psi in try implementation.normalized(psi) },
    judge: { psi, outcome in judgeNormalized(psi, outcome) })

  /// The zero vector has no direction: `NormalizationError.zeroVector`, not NaNs.
  static let zeroVectorThrows = Check<Implementation>.cases(
    "zero-vector-throws",
    inputs: { _ in [[Amplitude](repeating: .zero, count: 4)] },
    describe: { "ψ = \(StateText.amplitudes($0))" },
    call: { implementation, psi in try implementation.normalized(psi) },
    judge: { _, outcome in
      switch outcome {
      case .threw(let error) where error.type == "NormalizationError" && error.description == "zeroVector": return .pass
      case .threw(let error) where error.isNotImplemented: return .fail(Feedback(error.description))
      case .threw(let error):
        return .fail(
          Feedback(
            "normalized(_:) threw \(error.type).\(error.description); the zero vector should throw NormalizationError.zeroVector",
            expected: "throws NormalizationError.zeroVector", actual: "throws \(error.type).\(error.description)"))
      case .returned(let state):
        return .fail(
          Feedback(
            "normalized(_:) returned a state for the zero vector, which has no direction: throw NormalizationError.zeroVector",
            expected: "throws NormalizationError.zeroVector", actual: StateText.amplitudes(state)))
      }
    })

  /// pₖ = |aₖ|² for random states and for basis states.
  static let bornProbabilities = Check<Implementation>.cases(
    "born-probabilities",
    inputs: { rng in
      (1...4).map { RandomInputs.state(qubits: $0, using: &rng) }
        + [[.zero, .zero, .zero, .one, .zero, .zero, .zero, .zero]]
    },
    describe: { "ψ = \(StateText.amplitudes($0))" },
    call: { implementation, psi in try implementation.probabilities(psi) },
    judge: { psi, outcome in
      let got: [Double]
      switch outcome.value(of: "probabilities(of:)") {
      case .success(let value): got = value
      case .failure(let failed): return failed.verdict
      }
      let expected = psi.map(\.lengthSquared)
      guard got.count == expected.count else {
        return .fail(
          Feedback(
            "probabilities(of:) returned \(got.count) numbers; a state of \(psi.count) amplitudes has \(psi.count) outcomes",
            expected: StateText.numbers(expected), actual: StateText.numbers(got)))
      }
      guard let k = got.indices.first(where: { !Tolerance.agrees(got[$0], expected[$0]) }) else { return .pass }
      return .fail(
        Feedback(
          "outcome \(k) has probability |a\(k)|² = \(StateText.number(expected[k])), not \(StateText.number(got[k]))"
            + (Tolerance.agrees(got[k], psi[k].length) ? " (that is |a\(k)|: square it)" : ""),
          expected: StateText.numbers(expected), actual: StateText.numbers(got)))
    })

  /// Counts from `shots` draws agree with shots·pₖ to within 5 standard errors.
  ///
  /// The states have very uneven probabilities, so the usual mistakes (sampling ∝ |aₖ| or
  /// uniformly, an off-by-one in the cumulative search) miss by tens of standard errors,
  /// while a correct sampler fails a comparison with probability about 6·10⁻⁷ (see
  /// ``Tolerance/binomialStandardError(shots:probability:)``). The learner's generator is
  /// seeded by the check, so a run is reproducible.
  static let samplingStatistics = Check<Implementation>.cases(
    "sampling-statistics",
    inputs: { rng in
      let skewed: [Amplitude] = [0.8, 0.1, 0.3, 0.5].map { Amplitude($0) }
      let uneven = RandomInputs.state(qubits: 3, using: &rng).enumerated().map {
        $0.element.multiplied(by: Double($0.offset + 1))
      }
      return [skewed, uneven, RandomInputs.state(qubits: 2, using: &rng)].enumerated().map { k, a in
        let norm = a.reduce(0.0) { $0 + $1.lengthSquared }.squareRoot()
        return SamplingInput(state: a.map { $0.divided(by: norm) }, shots: 20_000, seed: 1000 + UInt64(k))
      }
    },
    describe: { "ψ = \(StateText.amplitudes($0.state)), shots = \($0.shots), generator seed = \($0.seed)" },
    call: { implementation, input in
      var generator = SeededGenerator(seed: input.seed)
      return try implementation.sampleCounts(input.state, input.shots, &generator)
    },
    judge: { input, outcome in
      let counts: [Int]
      switch outcome.value(of: "sampleCounts(of:shots:using:)") {
      case .success(let value): counts = value
      case .failure(let failed): return failed.verdict
      }
      let p = input.state.map(\.lengthSquared)
      let expected = p.map { Double(input.shots) * $0 }
      let expectedText = "about " + StateText.numbers(expected.map { $0.rounded() }) + " (within 5 standard errors)"
      guard counts.count == p.count else {
        return .fail(
          Feedback(
            "sampleCounts returned \(counts.count) counts; there are \(p.count) outcomes", expected: expectedText,
            actual: "\(counts)"))
      }
      guard counts.reduce(0, +) == input.shots else {
        return .fail(
          Feedback(
            "the counts add up to \(counts.reduce(0, +)), not to the \(input.shots) shots", expected: expectedText,
            actual: "\(counts)"))
      }
      for k in p.indices {
        let se = Tolerance.binomialStandardError(shots: input.shots, probability: p[k])
        let z = (Double(counts[k]) - expected[k]) / se
        if abs(z) > 5 {
          return .fail(
            Feedback(
              "outcome \(k) came up \(counts[k]) times; with pₖ = \(StateText.number(p[k])) expect "
                + "\(StateText.number(expected[k])) ± \(StateText.number(se)) (one standard error), "
                + "but this is \(String(format: "%.1f", z)) standard errors away",
              expected: expectedText, actual: "\(counts)"))
        }
      }
      return .pass
    })

  // plateau-release: hidden-begin
  /// Larger states (6–10 qubits) and norms from 10⁻³ to 10³ (hidden until the due date).
  static let largeAndScaled = Check<Implementation>.cases(
    "large-and-scaled",
    inputs: { rng in
      [(6, 1e-3), (8, 1e3), (10, 1.0)].map { n, scale in RandomInputs.amplitudes(qubits: n, scale: scale, using: &rng) }
    },
    describe: { "ψ of \($0.count.trailingZeroBitCount) qubits with ‖ψ‖ = \(StateText.number(norm($0)))" },
    call: { implementation, psi in try implementation.normalized(psi) },
    judge: { psi, outcome in judgeNormalized(psi, outcome) })
  // plateau-release: hidden-end

  static func norm(_ psi: [Amplitude]) -> Double { psi.reduce(0.0) { $0 + $1.lengthSquared }.squareRoot() }

  /// Judges normalized(ψ) against ψ/‖ψ‖ (exactly: the direction, phases included, must stay).
  static func judgeNormalized(_ psi: [Amplitude], _ outcome: CaseOutcome<[Amplitude]>) -> CaseVerdict {
    switch outcome.value(of: "normalized(_:)") {
    case .failure(let failed): return failed.verdict
    case .success(let got):
      let expected = psi.map { $0.divided(by: norm(psi)) }
      return StateComparison.verdict(expected: expected, actual: got, upToGlobalPhase: false, what: "normalized(ψ)")
    }
  }
}

/// One sampling case: a normalized state, the number of shots and the generator's seed.
struct SamplingInput: Sendable {
  var state: [Amplitude]
  var shots: Int
  var seed: UInt64
}
