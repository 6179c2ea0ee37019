public import Grading
public import Quantum

/// Exercise 04-parameter-shift: the gradient by the parameter-shift rule, one shifted pair per
/// gate angle, with the chain rule for shared and scaled parameters.
///
/// Expected gradients come from closed forms (one rotation) and from the library's adjoint
/// differentiation, a different method.
public enum ParameterShiftExercise: ExerciseDefinition {
  /// The learner's function (see Exercises/04-parameter-shift/ParameterShift.swift).
  public struct Implementation: Sendable {
    public var gradient: @Sendable (PauliSum, Circuit, [Double]) throws -> [Double]

    public init(gradient: @escaping @Sendable (PauliSum, Circuit, [Double]) throws -> [Double]) {
      self.gradient = gradient
    }
  }

  public static let id = "04-parameter-shift"
  public static let binding = ".init(gradient: parameterShiftGradient(of:in:at:))"

  public static var checks: [Check<Implementation>] {
    [singleRotation, hardwareEfficient, sharedParameters]
      // plateau-release: hidden-begin
      + [mixedRotations]
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

  /// Hardware-efficient circuits: every parameter drives one gate.
  static let hardwareEfficient = Check<Implementation>.cases(
    "hardware-efficient",
    inputs: { rng in GradientInput.hardwareEfficient(using: &rng) },
    describe: { $0.description },
    call: callGradient,
    judge: judgeAgainstAdjoint)

  /// HVA, QAOA and kicked Ising: parameters drive many gates, some with scales −1 and 2.
  static let sharedParameters = Check<Implementation>.cases(
    "shared-parameters",
    inputs: { rng in GradientInput.sharedParameters(using: &rng) },
    describe: { $0.description },
    call: callGradient,
    judge: judgeAgainstAdjoint)

  // plateau-release: hidden-begin
  /// Two-qubit and Pauli rotations with offsets and scales (hidden until the due date).
  static let mixedRotations = Check<Implementation>.cases(
    "mixed-rotations",
    inputs: { rng in [3, 4].map { GradientInput.mixedRotations(qubits: $0, using: &rng) } },
    describe: { $0.description },
    call: callGradient,
    judge: judgeAgainstAdjoint)
  // plateau-release: hidden-end

  @Sendable static func callGradient(_ implementation: Implementation, _ input: GradientInput) throws -> [Double] {
    try implementation.gradient(input.observable, input.circuit, input.parameters)
  }

  @Sendable static func judgeAgainstAdjoint(_ input: GradientInput, _ outcome: CaseOutcome<[Double]>) -> CaseVerdict {
    do {
      let expected = try Simulator.default.gradient(
        of: input.observable, in: input.circuit, parameters: input.parameters, method: .adjoint
      ).gradient
      return judge(input, outcome, expected: expected)
    } catch {
      return .fail(Feedback("the grader could not compute its expected gradient: \(error)"))
    }
  }

  static func judge(_ input: GradientInput, _ outcome: CaseOutcome<[Double]>, expected: [Double]) -> CaseVerdict {
    switch outcome.value(of: "parameterShiftGradient(of:in:at:)") {
    case .failure(let failed): return failed.verdict
    case .success(let got):
      return GradientComparison.verdict(
        input, expected: expected, actual: got, function: "parameterShiftGradient(of:in:at:)"
      ) { k in
        let (gates, scaled) = input.uses(of: k)
        if gates > 1 {
          return "θ\(k) drives \(gates) gates: shifting θ\(k) itself moves them all at once, which the two-term rule "
            + "does not cover. Shift one gate's angle at a time (its offset by ±π/2) and add up "
            + "scale · [f(+) − f(−)]/2 over the gates" + (scaled ? " (some angles have scale ≠ 1: multiply by it)" : "")
        }
        if scaled {
          return "the angle is scale·θ\(k) + offset with scale ≠ 1: multiply the gate's derivative by the scale"
        }
        return "use the shift ±π/2 and divide the difference by 2: [f(θ + π/2) − f(θ − π/2)]/2, exact for exp(−iθP/2)"
      }
    }
  }
}
