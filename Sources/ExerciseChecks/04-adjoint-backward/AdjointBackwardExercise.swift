public import Grading
public import Quantum

/// Exercise 04-adjoint-backward: adjoint differentiation's backward sweep for circuits of Pauli
/// rotations.
///
/// Expected gradients come from closed forms (one rotation) and from the library's
/// parameter-shift rule, a different method.
public enum AdjointBackwardExercise: ExerciseDefinition {
  /// The learner's function (see Exercises/04-adjoint-backward/AdjointBackward.swift).
  public struct Implementation: Sendable {
    public var gradient: @Sendable (PauliSum, Circuit, [Double]) throws -> [Double]

    public init(gradient: @escaping @Sendable (PauliSum, Circuit, [Double]) throws -> [Double]) {
      self.gradient = gradient
    }
  }

  public static let id = "04-adjoint-backward"
  public static let binding = ".init(gradient: adjointGradient(of:in:at:))"

  public static var checks: [Check<Implementation>] {
    [singleRotation, hardwareEfficient, entanglingRotations]
      // plateau-release: hidden-begin
      + [tenQubits]
    // plateau-release: hidden-end
  }

  /// One rotation on one qubit: −sin θ and −cos θ in closed form.
  static let singleRotation = Check<Implementation>.cases(
    "single-rotation",
    inputs: { _ in GradientInput.singleRotations().map(\.input) },
    describe: { $0.description },
    call: callGradient,
    judge: { input, outcome in
      let exact = GradientInput.singleRotations().first { $0.input.description == input.description }?.exact ?? .nan
      return judge(input, outcome, expected: [exact])
    })

  /// Hardware-efficient circuits (RY, RZ and CZ).
  static let hardwareEfficient = Check<Implementation>.cases(
    "hardware-efficient",
    inputs: { rng in GradientInput.hardwareEfficient(using: &rng) },
    describe: { $0.description },
    call: callGradient,
    judge: judgeAgainstShift)

  /// Two-qubit rotations, fixed gates, and parameters shared by many gates with scales.
  static let entanglingRotations = Check<Implementation>.cases(
    "entangling-rotations",
    inputs: { rng in
      GradientInput.sharedParameters(using: &rng) + [GradientInput.mixedRotations(qubits: 3, using: &rng)]
    },
    describe: { $0.description },
    call: callGradient,
    judge: judgeAgainstShift)

  // plateau-release: hidden-begin
  /// A ten-qubit hardware-efficient circuit with 60 parameters (hidden until the due date).
  static let tenQubits = Check<Implementation>.cases(
    "ten-qubits",
    inputs: { rng in
      let circuit = Circuit.hardwareEfficient(qubits: 10, layers: 3)
      return [
        GradientInput(
          name: "hea with 10 qubits and 3 layers", observable: .transverseFieldIsing(on: .line(10), field: 1.1),
          circuit: circuit, parameters: GradientInput.randomAngles(circuit.parameterCount, using: &rng))
      ]
    },
    describe: { $0.description },
    call: callGradient,
    judge: judgeAgainstShift)
  // plateau-release: hidden-end

  @Sendable static func callGradient(_ implementation: Implementation, _ input: GradientInput) throws -> [Double] {
    try implementation.gradient(input.observable, input.circuit, input.parameters)
  }

  @Sendable static func judgeAgainstShift(_ input: GradientInput, _ outcome: CaseOutcome<[Double]>) -> CaseVerdict {
    do {
      let expected = try Simulator.default.gradient(
        of: input.observable, in: input.circuit, parameters: input.parameters, method: .parameterShift
      ).gradient
      return judge(input, outcome, expected: expected)
    } catch {
      return .fail(Feedback("the grader could not compute its expected gradient: \(error)"))
    }
  }

  static func judge(_ input: GradientInput, _ outcome: CaseOutcome<[Double]>, expected: [Double]) -> CaseVerdict {
    switch outcome.value(of: "adjointGradient(of:in:at:)") {
    case .failure(let failed): return failed.verdict
    case .success(let got):
      return GradientComparison.verdict(input, expected: expected, actual: got, function: "adjointGradient(of:in:at:)")
      {
        k in
        let (gates, scaled) = input.uses(of: k)
        var advice =
          "at each rotation, before undoing it, add scale · Im⟨λ|P|φ⟩ with |λ⟩ first: `lambda.inner(Pφ).imaginary` "
          + "(⟨φ|P|λ⟩ has the opposite sign; 2·Im or Re are the other common slips)"
        if gates > 1 { advice += "; θ\(k) drives \(gates) gates: add (+=) their contributions" }
        if scaled { advice += "; some angles of θ\(k) have scale ≠ 1: multiply by angle.scale" }
        return advice + "; undo every gate, rotations and fixed gates alike, on both |φ⟩ and |λ⟩"
      }
    }
  }
}
