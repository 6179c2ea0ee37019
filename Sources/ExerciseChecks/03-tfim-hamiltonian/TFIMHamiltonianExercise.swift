public import Grading
public import Quantum

/// Exercise 03-tfim-hamiltonian: the TFIM as a Pauli sum on a chain or a ring, and the ring's
/// free-fermion ground energy.
///
/// Hamiltonians are judged term by term against `PauliSum.transverseFieldIsing`; energies
/// against Lanczos diagonalization (`groundStateEnergy`), an independent method.
public enum TFIMHamiltonianExercise: ExerciseDefinition {
  /// The learner's functions (see Exercises/03-tfim-hamiltonian/TFIMHamiltonian.swift).
  public struct Implementation: Sendable {
    public var hamiltonian: @Sendable (Int, Double, Double, Bool) throws -> PauliSum
    public var ringGroundEnergy: @Sendable (Int, Double, Double) throws -> Double

    public init(
      hamiltonian: @escaping @Sendable (Int, Double, Double, Bool) throws -> PauliSum,
      ringGroundEnergy: @escaping @Sendable (Int, Double, Double) throws -> Double
    ) {
      self.hamiltonian = hamiltonian
      self.ringGroundEnergy = ringGroundEnergy
    }
  }

  public static let id = "03-tfim-hamiltonian"
  public static let binding =
    ".init(hamiltonian: tfimHamiltonian(qubits:coupling:field:periodic:), ringGroundEnergy: ringGroundEnergy(qubits:coupling:field:))"

  public static var checks: [Check<Implementation>] {
    [openChain, ring, freeFermionEnergy]
      // plateau-release: hidden-begin
      + [twelveSpinRing]
    // plateau-release: hidden-end
  }

  /// Open chains of 2–6 spins with random J and h.
  static let openChain = Check<Implementation>.cases(
    "open-chain",
    inputs: { rng in (2...6).map { ModelInput(qubits: $0, periodic: false, using: &rng) } },
    describe: { $0.description },
    call: callHamiltonian,
    judge: judgeHamiltonian)

  /// Rings of 3–7 spins with random J and h: the bond (n−1, 0) closes the ring.
  static let ring = Check<Implementation>.cases(
    "ring",
    inputs: { rng in (3...7).map { ModelInput(qubits: $0, periodic: true, using: &rng) } },
    describe: { $0.description },
    call: callHamiltonian,
    judge: judgeHamiltonian)

  /// The ring's ground energy for n = 4, 6, 8, 10, against Lanczos, including the critical point.
  static let freeFermionEnergy = Check<Implementation>.cases(
    "free-fermion-energy",
    inputs: { rng in
      [4, 6, 8, 10].map { ModelInput(qubits: $0, periodic: true, using: &rng) }
        + [ModelInput(qubits: 6, coupling: 1, field: 1, periodic: true)]
    },
    describe: { "ringGroundEnergy(qubits: \($0.qubits), coupling: \($0.coupling), field: \($0.field))" },
    call: { implementation, input in try implementation.ringGroundEnergy(input.qubits, input.coupling, input.field) },
    judge: judgeEnergy)

  // plateau-release: hidden-begin
  /// A 12-spin ring in each phase (hidden until the due date).
  static let twelveSpinRing = Check<Implementation>.cases(
    "twelve-spin-ring",
    inputs: { _ in
      [0.4, 1.7].map { ModelInput(qubits: 12, coupling: 1, field: $0, periodic: true) }
    },
    describe: { "ringGroundEnergy(qubits: \($0.qubits), coupling: \($0.coupling), field: \($0.field))" },
    call: { implementation, input in try implementation.ringGroundEnergy(input.qubits, input.coupling, input.field) },
    judge: judgeEnergy)
  // plateau-release: hidden-end

  @Sendable static func callHamiltonian(_ implementation: Implementation, _ input: ModelInput) throws -> [TermAnswer] {
    try implementation.hamiltonian(input.qubits, input.coupling, input.field, input.periodic).terms.map(TermAnswer.init)
  }

  /// Compares the learner's sum with the library's term by term (coefficients to 10⁻⁹).
  @Sendable static func judgeHamiltonian(_ input: ModelInput, _ outcome: CaseOutcome<[TermAnswer]>) -> CaseVerdict {
    switch outcome.value(of: "tfimHamiltonian(qubits:coupling:field:periodic:)") {
    case .failure(let failed): return failed.verdict
    case .success(let terms):
      let got = PauliSum(terms.map { ($0.string, $0.coefficient) })
      let graph: Graph = input.periodic ? .ring(input.qubits) : .line(input.qubits)
      let expected = PauliSum.transverseFieldIsing(on: graph, coupling: input.coupling, field: input.field)
      let missing = expected.terms.filter { !Tolerance.agrees(got[$0.string], $0.coefficient) }
      let extra = got.terms.filter { expected[$0.string] == 0 && abs($0.coefficient) > 1e-12 }
      if missing.isEmpty && extra.isEmpty { return .pass }
      var problems: [String] = []
      if let term = missing.first {
        let have = got[term.string]
        problems.append(
          have == 0
            ? "the term \(term.string) is missing (coefficient \(StateText.number(term.coefficient)))"
            : "the term \(term.string) has coefficient \(StateText.number(have)), "
              + "expected \(StateText.number(term.coefficient))")
      }
      if let term = extra.first { problems.append("\(term.string) is not a term of this Hamiltonian") }
      let advice =
        input.periodic
        ? "a ring has n bonds: (0,1), …, (n−2, n−1) and (n−1, 0)"
        : "an open chain has n − 1 bonds: (0,1), …, (n−2, n−1)"
      return .fail(
        Feedback(
          problems.joined(separator: "; ") + " (\(advice); signs: H = −J Σ ZZ − h Σ X)",
          expected: expected.description, actual: got.description))
    }
  }

  /// Judges an energy against Lanczos (to 10⁻⁹ relative).
  @Sendable static func judgeEnergy(_ input: ModelInput, _ outcome: CaseOutcome<Double>) -> CaseVerdict {
    switch outcome.value(of: "ringGroundEnergy(qubits:coupling:field:)") {
    case .failure(let failed): return failed.verdict
    case .success(let got):
      let expected: Double
      do {
        expected = try PauliSum.transverseFieldIsing(
          on: .ring(input.qubits), coupling: input.coupling, field: input.field
        )
        .groundStateEnergy(qubitCount: input.qubits)
      } catch {
        return .fail(Feedback("the grader could not diagonalize the Hamiltonian: \(error)"))
      }
      if Tolerance.agrees(got, expected) { return .pass }
      return .fail(
        Feedback(
          "the energy differs from exact diagonalization: sum over all n momenta k = (2m+1)π/n, m = 0 … n−1 "
            + "(each ± pair once), with a minus sign in front of every square root",
          expected: StateText.number(expected), actual: StateText.number(got)))
    }
  }
}

/// One model: n spins, coupling J, field h, open or periodic.
struct ModelInput: Sendable, CustomStringConvertible {
  var qubits: Int
  var coupling: Double
  var field: Double
  var periodic: Bool

  init(qubits: Int, coupling: Double, field: Double, periodic: Bool) {
    self.qubits = qubits
    self.coupling = coupling
    self.field = field
    self.periodic = periodic
  }

  /// Random J and h in [0.2, 2], rounded to two decimals so feedback reads well.
  init(qubits: Int, periodic: Bool, using rng: inout SeededGenerator) {
    let j = (Double.random(in: 0.2...2, using: &rng) * 100).rounded() / 100
    let h = (Double.random(in: 0.2...2, using: &rng) * 100).rounded() / 100
    self.init(qubits: qubits, coupling: j, field: h, periodic: periodic)
  }

  var description: String {
    "tfimHamiltonian(qubits: \(qubits), coupling: \(coupling), field: \(field), periodic: \(periodic))"
  }
}

/// A Pauli-sum term as it crosses from the child process.
struct TermAnswer: Codable, Sendable {
  var xWords: [UInt64]
  var zWords: [UInt64]
  var coefficient: Double

  init(_ term: PauliSum.Term) {
    xWords = term.string.xWords
    zWords = term.string.zWords
    coefficient = term.coefficient
  }

  var string: PauliString { PauliString(xWords: xWords, zWords: zWords) }
}
