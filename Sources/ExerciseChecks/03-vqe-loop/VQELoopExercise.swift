public import Grading
public import Quantum

/// Exercise 03-vqe-loop: an optimization loop that takes a variational circuit to the ground
/// energy.
///
/// The learner's final parameters are judged by the energy they give (computed by the grader
/// with the simulator) against the exact ground energy (Lanczos). Every instance was checked to
/// reach the ground state from its starting point with plain gradient descent (step 0.05) and
/// with Adam (steps 0.02–0.1).
public enum VQELoopExercise: ExerciseDefinition {
  /// The learner's function (see Exercises/03-vqe-loop/VQELoop.swift).
  public struct Implementation: Sendable {
    public var vqe: @Sendable (PauliSum, Circuit, [Double]) throws -> [Double]

    public init(vqe: @escaping @Sendable (PauliSum, Circuit, [Double]) throws -> [Double]) {
      self.vqe = vqe
    }
  }

  public static let id = "03-vqe-loop"
  public static let binding = ".init(vqe: vqe(hamiltonian:ansatz:initial:))"

  /// The relative energy error a passing answer must reach: (E − E₀)/|E₀| ≤ 10⁻⁶.
  static let tolerance = 1e-6

  public static var checks: [Check<Implementation>] {
    [oneQubit, ringOfFour, ringOfSix]
      // plateau-release: hidden-begin
      + [moreRingsOfSix]
    // plateau-release: hidden-end
  }

  /// One qubit, one RY: the minimum of ⟨Z⟩ is −1 at θ = π, of ⟨X⟩ is −1 at θ = −π/2.
  static let oneQubit = Check<Implementation>.cases(
    "one-qubit",
    inputs: { _ in
      var ry = Circuit(qubitCount: 1)
      ry.append(.ry(.parameter(0), on: 0))
      return [
        VQEInput(name: "H = Z0 with RY(θ₀)|0⟩", hamiltonian: "Z0", ansatz: ry, initial: [0.3]),
        VQEInput(name: "H = X0 with RY(θ₀)|0⟩", hamiltonian: "X0", ansatz: ry, initial: [0.2]),
      ]
    },
    describe: { $0.description },
    call: callVQE,
    judge: judgeVQE)

  /// The TFIM ring of 4 spins with the two-layer Hamiltonian-variational ansatz.
  static let ringOfFour = Check<Implementation>.cases(
    "tfim-ring-four",
    inputs: { _ in [VQEInput.ring(qubits: 4, field: 1, seed: 1), VQEInput.ring(qubits: 4, field: 0.7, seed: 2)] },
    describe: { $0.description },
    call: callVQE,
    judge: judgeVQE)

  /// The TFIM ring of 6 spins with the three-layer Hamiltonian-variational ansatz.
  static let ringOfSix = Check<Implementation>.cases(
    "tfim-ring-six",
    inputs: { _ in [VQEInput.ring(qubits: 6, field: 1, seed: 3), VQEInput.ring(qubits: 6, field: 0.8, seed: 4)] },
    describe: { $0.description },
    call: callVQE,
    judge: judgeVQE)

  // plateau-release: hidden-begin
  /// Two more six-spin rings, one deep in the ferromagnetic phase (hidden until the due date).
  static let moreRingsOfSix = Check<Implementation>.cases(
    "tfim-ring-six-more",
    inputs: { _ in [VQEInput.ring(qubits: 6, field: 1, seed: 5), VQEInput.ring(qubits: 6, field: 0.5, seed: 6)] },
    describe: { $0.description },
    call: callVQE,
    judge: judgeVQE)
  // plateau-release: hidden-end

  @Sendable static func callVQE(_ implementation: Implementation, _ input: VQEInput) throws -> [Double] {
    try implementation.vqe(input.hamiltonian, input.ansatz, input.initial)
  }

  /// Judges the final parameters by their energy: (E(θ) − E₀)/|E₀| ≤ 10⁻⁶.
  @Sendable static func judgeVQE(_ input: VQEInput, _ outcome: CaseOutcome<[Double]>) -> CaseVerdict {
    switch outcome.value(of: "vqe(hamiltonian:ansatz:initial:)") {
    case .failure(let failed): return failed.verdict
    case .success(let theta):
      guard theta.count == input.ansatz.parameterCount else {
        return .fail(
          Feedback(
            "vqe returned \(theta.count) parameter(s); the ansatz has \(input.ansatz.parameterCount)",
            expected: "\(input.ansatz.parameterCount) parameters", actual: StateText.numbers(theta)))
      }
      guard theta.allSatisfy(\.isFinite) else {
        return .fail(
          Feedback(
            "vqe returned parameters that are not finite numbers: the steps diverged; use a smaller learning rate",
            actual: StateText.numbers(theta)))
      }
      let energy: Double
      let start: Double
      let exact: Double
      do {
        energy = try Simulator.default.expectation(of: input.hamiltonian, in: input.ansatz, parameters: theta)
        start = try Simulator.default.expectation(of: input.hamiltonian, in: input.ansatz, parameters: input.initial)
        exact = try input.hamiltonian.groundStateEnergy(qubitCount: input.ansatz.qubitCount)
      } catch {
        return .fail(Feedback("the grader could not evaluate the energy: \(error)"))
      }
      let error = (energy - exact) / abs(exact)
      if error <= tolerance { return .pass }
      let advice =
        energy > start + 1e-12
        ? "the energy went up from the starting point (E = \(StateText.number(start))): step against the gradient, θ ← θ − η∇E"
        : "the energy went down but not far enough: run more iterations (until the gradient is tiny, say |∇E|² < 10⁻²⁰), "
          + "or use a larger learning rate if it creeps, a smaller one if it oscillates"
      return .fail(
        Feedback(
          "E(θ) = \(StateText.number(energy)) is \(StateText.number(error)) above the ground energy E₀ = "
            + "\(StateText.number(exact)) (relative); it must be within \(StateText.number(tolerance)): \(advice)",
          expected: "E(θ) ≤ \(StateText.number(exact + tolerance * abs(exact)))",
          actual: "E(θ) = \(StateText.number(energy)) at θ = \(StateText.numbers(theta))"))
    }
  }
}

/// One VQE problem: a Hamiltonian, an ansatz and the starting parameters.
struct VQEInput: Sendable, CustomStringConvertible {
  var name: String
  var hamiltonian: PauliSum
  var ansatz: Circuit
  var initial: [Double]

  /// The TFIM ring of n spins (J = 1) with the n/2-layer Hamiltonian-variational ansatz, from
  /// θₖ ~ N(0, 0.1²) drawn with `seed`.
  static func ring(qubits n: Int, field h: Double, seed: UInt64) -> VQEInput {
    let ansatz = Circuit.hamiltonianVariational(.tfim, qubits: n, layers: n / 2, periodic: true)
    var rng = SeededGenerator(seed: seed)
    let initial = (0..<ansatz.parameterCount).map { _ in 0.1 * rng.nextGaussian() }
    return VQEInput(
      name: "TFIM ring of \(n) spins, J = 1, h = \(h), Hamiltonian-variational ansatz with \(n / 2) layers",
      hamiltonian: .transverseFieldIsing(on: .ring(n), field: h), ansatz: ansatz, initial: initial)
  }

  var description: String { "\(name); initial θ = \(StateText.numbers(initial))" }
}
