import ExerciseChecks
import Grading
import Quantum
import Testing

/// What a learner reads when a check fails: the input, expected and actual values, a diff for
/// states, and the right notion of equality (exact for "apply this matrix", up to a global
/// phase for "prepare this state").
@Suite struct CheckFeedbackTests {
  static func judgement(
    _ exercise: String, _ check: String, _ results: [(id: String, judgement: CheckJudgement)]
  )
    -> CheckJudgement?
  {
    results.first { $0.id == check }?.judgement
  }

  /// The pair loop with g₀₁ and g₁₀ swapped (the transpose): a typical slip.
  @Sendable static func transposedApply(_ g: ComplexMatrix, _ k: Int, _ state: inout [Amplitude]) throws {
    guard k < state.count.trailingZeroBitCount else { throw GateErrorForTests.outOfRange }
    let stride = 1 << k
    for i in 0..<state.count where i & stride == 0 {
      let (a0, a1) = (state[i], state[i + stride])
      state[i] = g[0, 0] * a0 + g[1, 0] * a1
      state[i + stride] = g[0, 1] * a0 + g[1, 1] * a1
    }
  }

  /// The exact pair loop.
  @Sendable static func goodApply(_ g: ComplexMatrix, _ k: Int, _ state: inout [Amplitude]) throws {
    let n = state.count.trailingZeroBitCount
    guard k < n else { throw GateErrorForTests.outOfRange }
    let stride = 1 << k
    for i in 0..<state.count where i & stride == 0 {
      let (a0, a1) = (state[i], state[i + stride])
      state[i] = g[0, 0] * a0 + g[0, 1] * a1
      state[i + stride] = g[1, 0] * a0 + g[1, 1] * a1
    }
  }

  enum GateErrorForTests: Error { case outOfRange }

  /// RZ(φ) instead of P(φ): the same state up to the global phase e^{-iφ/2} per qubit.
  @Sendable static func productStateWithRZ(_ angles: [(theta: Double, phi: Double)]) throws -> [Amplitude] {
    var state = [Amplitude](repeating: .zero, count: 1 << angles.count)
    state[0] = .one
    for (k, a) in angles.enumerated() {
      let (c, s) = (Amplitude(Double.cos(a.theta / 2)), Amplitude(Double.sin(a.theta / 2)))
      try goodApply(ComplexMatrix([[c, -s], [s, c]]), k, &state)
      let rz = ComplexMatrix([
        [Amplitude(length: 1, phase: -a.phi / 2), .zero], [.zero, Amplitude(length: 1, phase: a.phi / 2)],
      ])
      try goodApply(rz, k, &state)
    }
    return state
  }

  static func applyGate(
    apply: @escaping @Sendable (ComplexMatrix, Int, inout [Amplitude]) throws -> Void,
    productState: @escaping @Sendable ([(theta: Double, phi: Double)]) throws -> [Amplitude] = productStateWithRZ
  ) -> [(id: String, judgement: CheckJudgement)] {
    ApplyGateExercise.judgeInProcess(.init(apply: apply, productState: productState), seed: 102)
  }

  @Test func aWrongGateShowsTheInputExpectedActualAndAnAmplitudeDiff() throws {
    let judgement = Self.judgement(
      "01-apply-gate", "random-gates-every-qubit", Self.applyGate(apply: Self.transposedApply))
    guard case .failed(let feedback) = judgement else {
      Issue.record("expected a failure, got \(String(describing: judgement))")
      return
    }
    #expect(feedback.message.hasPrefix("case 1 of 15: the state after the gate differs from the expected one"))
    #expect(feedback.input?.contains("on qubit 0 of ψ = [") == true)
    #expect(feedback.expected != nil && feedback.actual != nil)
    #expect(feedback.diff?.contains("diff (qubit 0 is the rightmost bit):") == true)
    #expect(feedback.diff?.contains("|1⟩") == true)
  }

  @Test func aPreparedStateIsRightUpToAGlobalPhase() {
    let results = Self.applyGate(apply: Self.goodApply)
    for (id, judgement) in results where id != "qubit-out-of-range-throws" {
      #expect(judgement == .passed(caseCount: judgementCaseCount(judgement)), "\(id): \(judgement)")
    }
  }

  @Test func aGlobalPhaseOnAppliedGatesIsCalledOutButNotAccepted() throws {
    let phased: @Sendable (ComplexMatrix, Int, inout [Amplitude]) throws -> Void = { g, k, state in
      try Self.goodApply(g, k, &state)
      state = state.map { $0 * Amplitude(length: 1, phase: 0.5) }
    }
    guard
      case .failed(let feedback) = Self.judgement(
        "01-apply-gate", "random-gates-every-qubit", Self.applyGate(apply: phased))
    else {
      Issue.record("a global phase on apply must fail: the function must return exactly G·ψ")
      return
    }
    #expect(feedback.message.contains("equals the expected state times the global phase e^{iφ}, φ = 0.5"))
  }

  @Test func aWrongPreparedStateFailsEvenAfterAligningThePhase() throws {
    let wrong: @Sendable ([(theta: Double, phi: Double)]) throws -> [Amplitude] = { angles in
      try Self.productStateWithRZ(angles.map { ($0.theta, -$0.phi) })
    }
    let judgement = Self.judgement(
      "01-apply-gate", "product-state-up-to-phase", Self.applyGate(apply: Self.goodApply, productState: wrong))
    guard case .failed(let feedback) = judgement else {
      Issue.record("expected a failure, got \(String(describing: judgement))")
      return
    }
    #expect(feedback.message.contains("even after removing the best global phase"))
    #expect(feedback.input?.hasPrefix("blochAngles = [(θ: ") == true)
  }

  @Test func samplingProportionalToTheAmplitudeIsManyStandardErrorsOff() throws {
    let byAmplitude: @Sendable ([Amplitude], Int, inout SeededGenerator) throws -> [Int] = { state, shots, rng in
      let weights = state.map(\.length)
      let total = weights.reduce(0, +)
      var counts = [Int](repeating: 0, count: state.count)
      for _ in 0..<shots {
        var u = Double.random(in: 0..<total, using: &rng)
        var k = 0
        while k < weights.count - 1 && u >= weights[k] {
          u -= weights[k]
          k += 1
        }
        counts[k] += 1
      }
      return counts
    }
    let results = NormalizeExercise.judgeInProcess(
      .init(normalized: { $0 }, probabilities: { $0.map(\.lengthSquared) }, sampleCounts: byAmplitude), seed: 101)
    guard case .failed(let feedback) = Self.judgement("01-normalize", "sampling-statistics", results) else {
      Issue.record("sampling ∝ |a| must fail")
      return
    }
    #expect(feedback.message.contains("standard errors away"))
    #expect(feedback.expected?.contains("within 5 standard errors") == true)
  }

  @Test func probabilitiesThatForgetToSquareSaySo() throws {
    let results = NormalizeExercise.judgeInProcess(
      .init(normalized: { $0 }, probabilities: { $0.map(\.length) }, sampleCounts: { _, _, _ in [] }), seed: 101)
    guard case .failed(let feedback) = Self.judgement("01-normalize", "born-probabilities", results) else {
      Issue.record("|a| instead of |a|² must fail")
      return
    }
    #expect(feedback.message.contains("(that is |a0|: square it)"))
  }

  @Test func stateComparisonAcceptsAGlobalPhaseOnlyWhenAsked() {
    let psi: [Amplitude] = [Amplitude(0.6), Amplitude(0, 0.8)]
    let phased = psi.map { $0 * Amplitude(length: 1, phase: 1.2) }
    #expect(StateComparison.verdict(expected: psi, actual: phased, upToGlobalPhase: true) == .pass)
    guard case .fail(let feedback) = StateComparison.verdict(expected: psi, actual: phased, upToGlobalPhase: false)
    else {
      Issue.record("exact comparison must fail")
      return
    }
    #expect(feedback.message.contains("φ = 1.2"))
  }

  @Test func stateComparisonExplainsLengthsAndNaNs() {
    let psi: [Amplitude] = [.one, .zero]
    guard case .fail(let short) = StateComparison.verdict(expected: psi, actual: [.one], upToGlobalPhase: false) else {
      Issue.record("a short state must fail")
      return
    }
    #expect(short.message == "the state has 1 amplitudes; expected 2 (1 qubit(s))")
    let nan = Amplitude(.nan, 0)
    guard case .fail(let bad) = StateComparison.verdict(expected: psi, actual: [nan, .zero], upToGlobalPhase: true)
    else {
      Issue.record("NaN must fail")
      return
    }
    #expect(bad.actual?.hasPrefix("[nan") == true)
  }

  @Test func theBinomialToleranceIsTheStandardError() {
    #expect(Tolerance.binomialStandardError(shots: 10_000, probability: 0.5) == 50)
    #expect(Tolerance.binomialStandardError(shots: 100, probability: 0) == 1)
    #expect(Tolerance.agrees(1 + 1e-10, 1) && !Tolerance.agrees(1 + 1e-8, 1) && !Tolerance.agrees(.nan, 1))
  }

  private func judgementCaseCount(_ judgement: CheckJudgement) -> Int {
    if case .passed(let count) = judgement { return count }
    return -1
  }
}
