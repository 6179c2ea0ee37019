import Foundation
public import Grading
public import Quantum

/// Exercise 08-polynomial-ansatz: an entangling ansatz for ⟨Z₀Z₁⟩ whose dynamical Lie algebra
/// has dimension at most 2n² and whose cost keeps a variance far above the barren-plateau value.
public enum PolynomialAnsatzExercise: ExerciseDefinition {
  /// The learner's functions (see Exercises/08-polynomial-ansatz/PolynomialAnsatz.swift).
  public struct Implementation: Sendable {
    public var generators: @Sendable (Int) throws -> [PauliString]
    public var ansatz: @Sendable (Int, Int) throws -> Circuit

    public init(
      generators: @escaping @Sendable (Int) throws -> [PauliString],
      ansatz: @escaping @Sendable (Int, Int) throws -> Circuit
    ) {
      self.generators = generators
      self.ansatz = ansatz
    }
  }

  public static let id = "08-polynomial-ansatz"
  public static let binding = ".init(generators: generators(qubits:), ansatz: ansatz(qubits:layers:))"

  public static var checks: [Check<Implementation>] { [gatesFromGenerators, polynomialAlgebra, survivingVariance] }

  /// What the child reports about the learner's circuit: the generators (as text) and, per
  /// gate, its Pauli string or the reason it is not an allowed rotation.
  struct CircuitReport: Codable, Sendable {
    var generators: [String]
    var gates: [String]
    var parameterCount: Int
    var qubitCount: Int
  }

  /// Every gate is a parameterized rotation about one of the generators, and every bond
  /// (i, i + 1) carries a two-qubit generator (the ansatz entangles), for n = 3, 4, 5.
  static let gatesFromGenerators = Check<Implementation>.cases(
    "gates-from-generators",
    inputs: { _ in [3, 4, 5] },
    describe: { "n = \($0), L = 2" },
    call: { implementation, n in
      let circuit = try implementation.ansatz(n, 2)
      return CircuitReport(
        generators: try implementation.generators(n).map(\.description), gates: circuit.gates.map(generatorText),
        parameterCount: circuit.parameterCount, qubitCount: circuit.qubitCount)
    },
    judge: { n, outcome in
      let report: CircuitReport
      switch outcome.value(of: "ansatz(qubits:layers:) or generators(qubits:)") {
      case .success(let value): report = value
      case .failure(let failed): return failed.verdict
      }
      guard report.qubitCount == n else {
        return .fail(
          Feedback("the circuit has \(report.qubitCount) qubits", expected: "\(n)", actual: "\(report.qubitCount)"))
      }
      guard report.parameterCount > 0 else {
        return .fail(
          Feedback("the circuit has no parameters", expected: "rotations with parameters", actual: "0 parameters"))
      }
      let allowed = Set(report.generators.compactMap { PauliString($0) })
      for (k, gate) in report.gates.enumerated() {
        if gate.hasPrefix("!") {
          return .fail(
            Feedback(
              "gate \(k) \(gate.dropFirst())", expected: "parameterized rotations only",
              actual: String(gate.dropFirst())))
        }
        guard let p = PauliString(gate), allowed.contains(p) else {
          return .fail(
            Feedback(
              "gate \(k) rotates about \(gate), which is not among generators(qubits: \(n))",
              expected: report.generators.joined(separator: ", "), actual: gate))
        }
      }
      for i in 0..<(n - 1) {
        let bonded = allowed.contains { p in p.support.contains(i) && p.support.contains(i + 1) }
        if !bonded {
          return .fail(
            Feedback(
              "no generator acts on both qubits \(i) and \(i + 1), so the ansatz cannot entangle them",
              expected: "a two-qubit generator on every bond", actual: report.generators.joined(separator: ", ")))
        }
      }
      return .pass
    })

  /// The closure of the generators has dimension ≤ 2n² for n = 4, 6, 8 and contains Z₀Z₁.
  static let polynomialAlgebra = Check<Implementation>.cases(
    "polynomial-dla",
    inputs: { _ in [4, 6, 8] },
    describe: { "n = \($0)" },
    call: { implementation, n in try implementation.generators(n).map(\.description) },
    judge: { n, outcome in
      let strings: [String]
      switch outcome.value(of: "generators(qubits:)") {
      case .success(let value): strings = value
      case .failure(let failed): return failed.verdict
      }
      let bound = 2 * n * n
      let (basis, complete) = closure(strings.compactMap { PauliString($0) }, limit: bound)
      guard complete else {
        return .fail(
          Feedback(
            "the Lie closure of your generators passes \(bound) = 2n² strings: the algebra is too large (su(2ⁿ) has 4ⁿ − 1)",
            expected: "dim g ≤ \(bound)", actual: "more than \(bound)"))
      }
      guard basis.contains(PauliString([0: .z, 1: .z])) else {
        return .fail(
          Feedback(
            "Z0 Z1 is not in the algebra (dimension \(basis.count)): the Lie-algebraic formula needs the observable in g",
            expected: "Z0 Z1 ∈ g", actual: "dim g = \(basis.count), without Z0 Z1"))
      }
      return .pass
    })

  /// Var[⟨Z₀Z₁⟩] over uniform angles with L = n layers: at n = 8 it must exceed 0.02, five
  /// times the Haar (barren-plateau) value 1/(2⁸ + 1) ≈ 0.0039.
  ///
  /// The child samples 400 parameter vectors (seeded) and reports the variance and its standard
  /// error. The so(2n) reference gives 0.110 ± 0.007. This check alone does not exclude a
  /// universal circuit, which reaches the plateau value only when much deeper (hea with L = 8
  /// gives about 0.08): the algebra check does.
  static let survivingVariance = Check<Implementation>.cases(
    "gradients-survive",
    inputs: { _ in [8] },
    describe: { "n = \($0), L = n, 400 uniform parameter vectors" },
    call: { implementation, n in
      let circuit = try implementation.ansatz(n, n)
      var rng = SeededGenerator(seed: 808)
      var values: [Double] = []
      for _ in 0..<400 {
        let theta = (0..<circuit.parameterCount).map { _ in Double.random(in: 0..<(2 * Double.pi), using: &rng) }
        values.append(
          try StateVector(running: circuit, parameters: theta).expectation(of: PauliString([0: .z, 1: .z])))
      }
      let (variance, error) = GradientVarianceExercise.statistics(values)
      return [variance, error]
    },
    judge: { n, outcome in
      let got: [Double]
      switch outcome.value(of: "ansatz(qubits:layers:)") {
      case .success(let value): got = value
      case .failure(let failed): return failed.verdict
      }
      let haar = 1 / Double((1 << n) + 1)
      if got[0] >= 0.02 { return .pass }
      return .fail(
        Feedback(
          "Var[⟨Z0 Z1⟩] = \(StateText.number(got[0])) ± \(StateText.number(got[1])) at n = \(n) is too close to the barren-plateau value 1/(2ⁿ + 1) = \(StateText.number(haar))",
          expected: "at least 0.02", actual: StateText.number(got[0])))
    })

  /// A gate's rotation axis as text, or "!reason" when it is not an allowed rotation.
  static func generatorText(_ gate: Gate) -> String {
    guard gate.angles.count == 1, gate.angles[0].parameter != nil else {
      return "!\(gate.kind.name) on \(gate.qubits) is not a parameterized rotation"
    }
    let q = gate.qubits
    switch gate.kind {
    case .rx: return PauliString(.x, on: q[0]).description
    case .ry: return PauliString(.y, on: q[0]).description
    case .rz: return PauliString(.z, on: q[0]).description
    case .rxx: return PauliString([q[0]: .x, q[1]: .x]).description
    case .ryy: return PauliString([q[0]: .y, q[1]: .y]).description
    case .rzz: return PauliString([q[0]: .z, q[1]: .z]).description
    case .pauliRotation(let p): return p.description
    default: return "!\(gate.kind.name) on \(gate.qubits) is not one of rx, ry, rz, rxx, ryy, rzz, pauliRotation"
    }
  }

  /// Breadth-first closure that stops once it passes `limit` strings.
  static func closure(_ generators: [PauliString], limit: Int) -> (basis: Set<PauliString>, complete: Bool) {
    var basis: [PauliString] = []
    var seen = Set<PauliString>()
    for g in generators where !g.isIdentity && seen.insert(g).inserted { basis.append(g) }
    var k = 0
    while k < basis.count {
      if basis.count > limit { return (seen, false) }
      for q in basis[..<k] {
        if let c = basis[k].commutator(with: q), seen.insert(c.string).inserted { basis.append(c.string) }
      }
      k += 1
    }
    return (seen, basis.count <= limit)
  }
}
