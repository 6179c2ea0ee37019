public import Grading
public import Quantum

/// Exercise 02-pauli-expectation: P|ψ⟩ from the bit masks, ⟨ψ|P|ψ⟩, and ⟨ψ|H|ψ⟩ for Pauli sums.
///
/// Expected values come from the simulator's own kernels (`StateVector.applying`,
/// `StateVector.expectation`), an implementation independent of the learner's loop.
public enum PauliExpectationExercise: ExerciseDefinition {
  /// The learner's functions (see Exercises/02-pauli-expectation/PauliExpectation.swift).
  public struct Implementation: Sendable {
    public var applyPauli: @Sendable (PauliString, [Amplitude]) throws -> [Amplitude]
    public var expectation: @Sendable (PauliString, [Amplitude]) throws -> Double
    public var energy: @Sendable (PauliSum, [Amplitude]) throws -> Double

    public init(
      applyPauli: @escaping @Sendable (PauliString, [Amplitude]) throws -> [Amplitude],
      expectation: @escaping @Sendable (PauliString, [Amplitude]) throws -> Double,
      energy: @escaping @Sendable (PauliSum, [Amplitude]) throws -> Double
    ) {
      self.applyPauli = applyPauli
      self.expectation = expectation
      self.energy = energy
    }
  }

  public static let id = "02-pauli-expectation"
  public static let binding =
    ".init(applyPauli: applyPauli(_:to:), expectation: expectation(of:in:), energy: energy(of:in:))"

  public static var checks: [Check<Implementation>] {
    [singleQubitPaulis, randomStringsApplied, randomExpectations, energyOfSums]
      // plateau-release: hidden-begin
      + [twelveQubits]
    // plateau-release: hidden-end
  }

  /// X, Y and Z on every qubit of random 1–3-qubit states: P|ψ⟩ exactly, phases included.
  static let singleQubitPaulis = Check<Implementation>.cases(
    "single-qubit-paulis",
    inputs: { rng in
      (1...3).flatMap { n in
        (0..<n).flatMap { q in
          [Pauli.x, .y, .z].map { p in
            PauliInput(pauli: PauliString(p, on: q), state: RandomInputs.state(qubits: n, using: &rng))
          }
        }
      }
    },
    describe: describe,
    call: { implementation, input in try implementation.applyPauli(input.pauli, input.state) },
    judge: judgeApplied)

  /// Random strings on random states of 1–6 qubits: P|ψ⟩ exactly.
  static let randomStringsApplied = Check<Implementation>.cases(
    "random-strings-applied",
    inputs: { rng in
      (1...6).flatMap { n in
        (0..<2).map { _ in
          PauliInput(pauli: randomString(qubits: n, using: &rng), state: RandomInputs.state(qubits: n, using: &rng))
        }
      }
    },
    describe: describe,
    call: { implementation, input in try implementation.applyPauli(input.pauli, input.state) },
    judge: judgeApplied)

  /// ⟨ψ|P|ψ⟩ for random strings (always some Y) on random states of 1–6 qubits.
  static let randomExpectations = Check<Implementation>.cases(
    "expectation-random",
    inputs: { rng in
      (1...6).flatMap { n in
        (0..<3).map { k in
          var p = randomString(qubits: n, using: &rng)
          if k == 0 { p[Int.random(in: 0..<n, using: &rng)] = .y }
          return PauliInput(pauli: p, state: RandomInputs.state(qubits: n, using: &rng))
        }
      }
    },
    describe: describe,
    call: { implementation, input in try implementation.expectation(input.pauli, input.state) },
    judge: { input, outcome in
      judgeNumber(
        outcome, function: "expectation(of:in:)", what: "⟨ψ|\(input.pauli)|ψ⟩",
        expected: libraryState(input.state).expectation(of: input.pauli),
        advice:
          "compare a Y-free string first; then check the factor i^popcount(x & z) and the sign (−1)^popcount(k & z)"
      )
    })

  /// ⟨ψ|H|ψ⟩ for the TFIM, the Heisenberg chain and a sum with an identity term, 2–5 qubits.
  static let energyOfSums = Check<Implementation>.cases(
    "energy-of-sums",
    inputs: { rng in
      (2...5).flatMap { n in
        let field = Double.random(in: 0.2...2, using: &rng)
        let sums: [PauliSum] = [
          .transverseFieldIsing(on: .line(n), field: field), .heisenberg(on: .line(n), coupling: -0.7),
          PauliSum([(PauliString(), 1.5), (randomString(qubits: n, using: &rng), -0.25)]),
        ]
        return sums.map { SumInput(sum: $0, state: RandomInputs.state(qubits: n, using: &rng)) }
      }
    },
    describe: { "H = \($0.sum) on ψ = \(StateText.amplitudes($0.state)) (\(qubits($0.state.count)))" },
    call: { implementation, input in try implementation.energy(input.sum, input.state) },
    judge: { input, outcome in
      judgeNumber(
        outcome, function: "energy(of:in:)", what: "⟨ψ|H|ψ⟩",
        expected: libraryState(input.state).expectation(of: input.sum),
        advice:
          "⟨H⟩ = Σⱼ cⱼ⟨Pⱼ⟩ over hamiltonian.terms (term.coefficient, term.string); the identity string has ⟨I⟩ = 1")
    })

  // plateau-release: hidden-begin
  /// Twelve qubits, strings of every weight (hidden until the due date).
  static let twelveQubits = Check<Implementation>.cases(
    "twelve-qubits",
    inputs: { rng in
      (0..<4).map { _ in
        PauliInput(pauli: randomString(qubits: 12, using: &rng), state: RandomInputs.state(qubits: 12, using: &rng))
      }
    },
    describe: describe,
    call: { implementation, input in try implementation.expectation(input.pauli, input.state) },
    judge: { input, outcome in
      judgeNumber(
        outcome, function: "expectation(of:in:)", what: "⟨ψ|\(input.pauli)|ψ⟩",
        expected: libraryState(input.state).expectation(of: input.pauli),
        advice: "loop over all 2ⁿ indices of the state, not a fixed number of qubits")
    })
  // plateau-release: hidden-end

  /// A random string on n qubits, each factor I, X, Y or Z with probability 1/4.
  static func randomString(qubits n: Int, using rng: inout SeededGenerator) -> PauliString {
    var p = PauliString()
    for q in 0..<n { p[q] = Pauli.allCases[Int.random(in: 0..<4, using: &rng)] }
    return p
  }

  /// The learner's input as the simulator's state (the inputs are normalized).
  static func libraryState(_ amplitudes: [Amplitude]) -> StateVector {
    // Force-try: every input is a normalized state of 2ⁿ amplitudes made by RandomInputs.
    try! StateVector(amplitudes: amplitudes)
  }

  /// "1 qubit", "3 qubits" for a state of `count` amplitudes.
  static func qubits(_ count: Int) -> String {
    let n = count.trailingZeroBitCount
    return n == 1 ? "1 qubit" : "\(n) qubits"
  }

  @Sendable static func describe(_ input: PauliInput) -> String {
    "P = \(input.pauli) on ψ = \(StateText.amplitudes(input.state)) (\(qubits(input.state.count)))"
  }

  /// Judges P|ψ⟩ against the simulator's, amplitude by amplitude (no global phase allowed).
  @Sendable static func judgeApplied(_ input: PauliInput, _ outcome: CaseOutcome<[Amplitude]>) -> CaseVerdict {
    switch outcome.value(of: "applyPauli(_:to:)") {
    case .failure(let failed): return failed.verdict
    case .success(let got):
      let expected: [Amplitude]
      do {
        expected = try libraryState(input.state).applying(PauliSum(input.pauli)).amplitudes
      } catch {
        return .fail(Feedback("the grader could not build its expected state: \(error)"))
      }
      var verdict = StateComparison.verdict(
        expected: expected, actual: got, upToGlobalPhase: false, what: "P|ψ⟩")
      if case .fail(var feedback) = verdict, input.pauli.support.contains(where: { input.pauli[$0] == .y }) {
        feedback.message += "; the string has a Y: Y = i·X·Z, so Y|0⟩ = i|1⟩ and Y|1⟩ = −i|0⟩"
        verdict = .fail(feedback)
      }
      return verdict
    }
  }

  /// Judges a real number against the expected one (Tolerance.agrees, 10⁻⁹ relative).
  static func judgeNumber(
    _ outcome: CaseOutcome<Double>, function: String, what: String, expected: Double, advice: String
  ) -> CaseVerdict {
    switch outcome.value(of: function) {
    case .failure(let failed): return failed.verdict
    case .success(let got):
      if Tolerance.agrees(got, expected) { return .pass }
      var message = "\(what) is wrong"
      if Tolerance.agrees(got, -expected) { message += " by its sign" }
      return .fail(
        Feedback(
          "\(message): \(advice)", expected: StateText.number(expected), actual: StateText.number(got)))
    }
  }
}

/// One case: a Pauli string and a normalized state.
struct PauliInput: Sendable {
  var pauli: PauliString
  var state: [Amplitude]
}

/// One case: a Pauli sum and a normalized state.
struct SumInput: Sendable {
  var sum: PauliSum
  var state: [Amplitude]
}
