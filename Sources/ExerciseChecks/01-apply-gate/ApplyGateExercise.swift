public import Grading
public import Quantum

/// Exercise 01-apply-gate: the pair-of-amplitudes loop, and a product state built with it.
public enum ApplyGateExercise: ExerciseDefinition {
  /// The learner's functions (see Exercises/01-apply-gate/ApplyGate.swift).
  public struct Implementation: Sendable {
    public var apply: @Sendable (ComplexMatrix, Int, inout [Amplitude]) throws -> Void
    public var productState: @Sendable ([(theta: Double, phi: Double)]) throws -> [Amplitude]

    public init(
      apply: @escaping @Sendable (ComplexMatrix, Int, inout [Amplitude]) throws -> Void,
      productState: @escaping @Sendable ([(theta: Double, phi: Double)]) throws -> [Amplitude]
    ) {
      self.apply = apply
      self.productState = productState
    }
  }

  public static let id = "01-apply-gate"
  public static let binding = ".init(apply: apply(_:toQubit:of:), productState: productState(blochAngles:))"

  public static var checks: [Check<Implementation>] {
    [xOnBasisStates, randomGatesOnEveryQubit, missingQubitThrows, productStateUpToPhase]
      // plateau-release: hidden-begin
      + [tenQubits]
    // plateau-release: hidden-end
  }

  /// X on qubit k of |0…0⟩ is the basis state 2ᵏ, for n = 1…4 and every k.
  static let xOnBasisStates = Check<Implementation>.cases(
    "x-on-basis-states",
    inputs: { _ in
      (1...4).flatMap { n in
        (0..<n).map { k in
          var zero = [Amplitude](repeating: .zero, count: 1 << n)
          zero[0] = .one
          return GateInput(state: zero, gate: ComplexMatrix([[.zero, .one], [.one, .zero]]), qubit: k)
        }
      }
    },
    describe: {
      "X = [[0, 1], [1, 0]] on qubit \($0.qubit) of |\(String(repeating: "0", count: $0.qubitCount))⟩ (\(qubits($0.qubitCount)))"
    },
    call: callApply,
    judge: judgeApply)

  /// Random unitaries on random states, n = 1…5, at every qubit k; expected from the
  /// simulator's own kernels (`StateVector.apply`), an independent implementation.
  static let randomGatesOnEveryQubit = Check<Implementation>.cases(
    "random-gates-every-qubit",
    inputs: { rng in
      (1...5).flatMap { n in
        (0..<n).map { k in
          GateInput(
            state: RandomInputs.state(qubits: n, using: &rng), gate: RandomInputs.unitary(using: &rng), qubit: k)
        }
      }
    },
    describe: describeGateInput,
    call: callApply,
    judge: judgeApply)

  /// A qubit the state does not have: `GateError.qubitOutOfRange(k)`, not a crash.
  static let missingQubitThrows = Check<Implementation>.cases(
    "qubit-out-of-range-throws",
    inputs: { rng in [GateInput(state: RandomInputs.state(qubits: 2, using: &rng), gate: .identity(2), qubit: 2)] },
    describe: describeGateInput,
    call: callApply,
    judge: { input, outcome in
      switch outcome {
      case .threw(let error) where error.type == "GateError" && error.description == "qubitOutOfRange(\(input.qubit))":
        return .pass
      case .threw(let error) where error.isNotImplemented: return .fail(Feedback(error.description))
      case .threw(let error):
        return .fail(
          Feedback(
            "apply threw \(error.type).\(error.description) for qubit \(input.qubit) of a 2-qubit state",
            expected: "throws GateError.qubitOutOfRange(\(input.qubit))",
            actual: "throws \(error.type).\(error.description)"))
      case .returned:
        return .fail(
          Feedback(
            "apply returned normally for qubit \(input.qubit) of a 2-qubit state (qubits 0 and 1): check k against n first",
            expected: "throws GateError.qubitOutOfRange(\(input.qubit))", actual: "returned without an error"))
      }
    })

  /// The product state ⊗ₖ(cos(θₖ/2)|0⟩ + e^{iφₖ} sin(θₖ/2)|1⟩), compared up to a global phase
  /// (RZ and P differ only by one), for 1–4 qubits at random Bloch angles.
  static let productStateUpToPhase = Check<Implementation>.cases(
    "product-state-up-to-phase",
    inputs: { rng in
      (1...4).map { n in
        (0..<n).map { _ in
          ProductInput.Angles(
            theta: Double.random(in: 0...Double.pi, using: &rng), phi: Double.random(in: -3...3, using: &rng))
        }
      }.map { ProductInput(angles: $0) }
    },
    describe: { input in
      "blochAngles = ["
        + input.angles.map { "(θ: \(StateText.number($0.theta)), φ: \(StateText.number($0.phi)))" }
        .joined(separator: ", ") + "] (qubit k at index k)"
    },
    call: { implementation, input in try implementation.productState(input.angles.map { ($0.theta, $0.phi) }) },
    judge: { input, outcome in
      switch outcome.value(of: "productState(blochAngles:)") {
      case .failure(let failed): return failed.verdict
      case .success(let got):
        return StateComparison.verdict(
          expected: input.expectedState, actual: got, upToGlobalPhase: true, what: "the product state")
      }
    })

  // plateau-release: hidden-begin
  /// Ten qubits, every k (hidden until the due date): catches loops written for small n.
  static let tenQubits = Check<Implementation>.cases(
    "ten-qubits",
    inputs: { rng in
      (0..<10).map { k in
        GateInput(state: RandomInputs.state(qubits: 10, using: &rng), gate: RandomInputs.unitary(using: &rng), qubit: k)
      }
    },
    describe: describeGateInput,
    call: callApply,
    judge: judgeApply)
  // plateau-release: hidden-end

  static func qubits(_ n: Int) -> String { n == 1 ? "1 qubit" : "\(n) qubits" }

  @Sendable static func callApply(_ implementation: Implementation, _ input: GateInput) throws -> [Amplitude] {
    var state = input.state
    try implementation.apply(input.gate, input.qubit, &state)
    return state
  }

  @Sendable static func describeGateInput(_ input: GateInput) -> String {
    "gate = \(RandomInputs.describe(input.gate)) on qubit \(input.qubit) of ψ = \(StateText.amplitudes(input.state)) "
      + "(\(qubits(input.qubitCount)))"
  }

  /// Judges apply(G, k, ψ) against the simulator's G on qubit k, amplitude by amplitude.
  @Sendable static func judgeApply(_ input: GateInput, _ outcome: CaseOutcome<[Amplitude]>) -> CaseVerdict {
    switch outcome.value(of: "apply(_:toQubit:of:)") {
    case .failure(let failed): return failed.verdict
    case .success(let got):
      var expected: [Amplitude]
      do {
        var psi = try StateVector(amplitudes: input.state)
        psi.apply(.unitary(input.gate, on: [input.qubit]))
        expected = psi.amplitudes
      } catch {
        return .fail(Feedback("the grader could not build its expected state: \(error)"))
      }
      return StateComparison.verdict(
        expected: expected, actual: got, upToGlobalPhase: false, what: "the state after the gate")
    }
  }
}

/// One case of `apply`: a state, a 2×2 gate and the qubit it acts on.
struct GateInput: Sendable {
  var state: [Amplitude]
  var gate: ComplexMatrix
  var qubit: Int
  var qubitCount: Int { state.count.trailingZeroBitCount }
}

/// One case of `productState`: the Bloch angles of each qubit.
struct ProductInput: Sendable {
  struct Angles: Sendable {
    var theta: Double
    var phi: Double
  }
  var angles: [Angles]

  /// Amplitude i = ∏ₖ (bit k of i ? e^{iφₖ} sin(θₖ/2) : cos(θₖ/2)), computed directly.
  var expectedState: [Amplitude] {
    (0..<(1 << angles.count)).map { i in
      angles.enumerated().reduce(Amplitude.one) { product, qubit in
        let (k, a) = qubit
        return product
          * (i >> k & 1 == 1
            ? Amplitude(length: Double.sin(a.theta / 2), phase: a.phi) : Amplitude(Double.cos(a.theta / 2)))
      }
    }
  }
}
