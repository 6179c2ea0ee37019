public import Grading
import LieAlgebra
public import Quantum

/// Exercise 09-adjoint-rotation: one Pauli rotation in the adjoint representation, the
/// expectation vector of |0…0⟩, and ⟨O⟩ from an expectation vector: together, g-sim.
///
/// Every expected value comes from the statevector (`StateVector`, `Gate.pauliRotation`), never
/// from the algebra: e'[a] = ⟨ψ'|B_a|ψ'⟩ with ψ' = exp(−iθG/2)ψ.
public enum AdjointRotationExercise: ExerciseDefinition {
  /// The learner's functions (see Exercises/09-adjoint-rotation/AdjointRotation.swift).
  public struct Implementation: Sendable {
    public var zeroStateExpectations: @Sendable ([PauliString]) throws -> [Double]
    public var rotate: @Sendable ([Double], [PauliString], PauliString, Double) throws -> [Double]
    public var expectation: @Sendable (PauliSum, [PauliString], [Double]) throws -> Double

    public init(
      zeroStateExpectations: @escaping @Sendable ([PauliString]) throws -> [Double],
      rotate: @escaping @Sendable ([Double], [PauliString], PauliString, Double) throws -> [Double],
      expectation: @escaping @Sendable (PauliSum, [PauliString], [Double]) throws -> Double
    ) {
      self.zeroStateExpectations = zeroStateExpectations
      self.rotate = rotate
      self.expectation = expectation
    }
  }

  public static let id = "09-adjoint-rotation"
  public static let binding =
    ".init(zeroStateExpectations: zeroStateExpectations(basis:), rotate: rotate(_:basis:generator:angle:), expectation: expectation(of:basis:expectations:))"

  public static var checks: [Check<Implementation>] {
    [zeroState, oneRotation, notClosedThrows, expectationValue, wholeCircuit]
      // plateau-release: hidden-begin
      + [eightQubitIsing]
    // plateau-release: hidden-end
  }

  /// ⟨0…0|B_a|0…0⟩ for shuffled bases of several algebras.
  static let zeroState = Check<Implementation>.cases(
    "zero-state-vector",
    inputs: { rng in AlgebraCase.algebras(using: &rng).map { $0.algebra } },
    describe: { $0.text },
    call: { implementation, algebra in try implementation.zeroStateExpectations(algebra.basis) },
    judge: { algebra, outcome in
      switch outcome.value(of: "zeroStateExpectations(basis:)") {
      case .failure(let failed): return failed.verdict
      case .success(let got):
        let zero: StateVector
        do { zero = try StateVector(qubitCount: algebra.qubitCount) } catch {
          return .fail(Feedback("the grader could not build |0…0⟩: \(error)"))
        }
        return judgeVector(
          expected: algebra.basis.map { zero.expectation(of: $0) }, actual: got, basis: algebra.basis,
          what: "⟨0…0|B_a|0…0⟩")
      }
    })

  /// One rotation exp(−iθG/2), G a random basis element, on the expectation vector of a random
  /// state; expected from the statevector after the same gate.
  static let oneRotation = Check<Implementation>.cases(
    "one-rotation",
    inputs: { rng in
      AlgebraCase.algebras(using: &rng).flatMap { algebra in
        (0..<2).map { _ in RotationCase(algebra: algebra.algebra, using: &rng) }
      }
    },
    describe: { $0.text },
    call: { implementation, input in
      try implementation.rotate(input.before, input.algebra.basis, input.generator, input.theta)
    },
    judge: { input, outcome in
      switch outcome.value(of: "rotate(_:basis:generator:angle:)") {
      case .failure(let failed): return failed.verdict
      case .success(let got):
        var psi = input.state
        psi.apply(.pauliRotation(.constant(input.theta), input.generator))
        return judgeVector(
          expected: input.algebra.basis.map { psi.expectation(of: $0) }, actual: got, basis: input.algebra.basis,
          what: "e'[a] = ⟨ψ'|B_a|ψ'⟩ after exp(−iθG/2)")
      }
    })

  /// A basis that is not closed under ad_G: {X0, Z0} with G = X0 ([X, Z]/(2i) = −Y is missing).
  static let notClosedThrows = Check<Implementation>.cases(
    "not-closed-throws",
    inputs: { _ in [0] },
    describe: { _ in "basis = [X0, Z0], e = [0, 1], G = X0, θ = 0.3 ([X0, Z0]/(2i) = −Y0 is not in the basis)" },
    call: { implementation, _ in try implementation.rotate([0, 1], ["X0", "Z0"], "X0", 0.3) },
    judge: { _, outcome in
      switch outcome {
      case .threw(let error) where error.isNotImplemented: return .fail(Feedback(error.description))
      case .threw: return .pass
      case .returned(let got):
        return .fail(
          Feedback(
            "rotate returned a vector although Y0 = ±[G, Z0]/(2i) is not in the basis: look each C up and throw when it is missing",
            expected: "an error", actual: "\(got)"))
      }
    })

  /// ⟨O⟩ for O a random combination of basis strings plus a constant, on a random state.
  static let expectationValue = Check<Implementation>.cases(
    "expectation-value",
    inputs: { rng in
      AlgebraCase.algebras(using: &rng).map { algebra in ObservableCase(algebra: algebra.algebra, using: &rng) }
    },
    describe: { $0.text },
    call: { implementation, input in try implementation.expectation(input.observable, input.algebra.basis, input.vector)
    },
    judge: { input, outcome in
      switch outcome.value(of: "expectation(of:basis:expectations:)") {
      case .failure(let failed): return failed.verdict
      case .success(let got):
        let expected = input.state.expectation(of: input.observable)
        if Tolerance.agrees(got, expected) { return .pass }
        return .fail(
          Feedback(
            "⟨O⟩ differs from Σₐ oₐ e[a] + o₀ (the statevector's ⟨ψ|O|ψ⟩)", expected: StateText.number(expected),
            actual: StateText.number(got)))
      }
    })

  /// Your three functions as a complete g-sim: |0…0⟩, 12 random rotations, ⟨O⟩.
  static let wholeCircuit = Check<Implementation>.cases(
    "whole-circuit",
    inputs: { rng in
      AlgebraCase.algebras(using: &rng).map { CircuitCase(algebra: $0.algebra, gates: 12, using: &rng) }
    },
    describe: { $0.text },
    call: runCircuit,
    judge: judgeCircuit)

  // plateau-release: hidden-begin
  /// The transverse-field Ising algebra so(16) of 8 qubits (dim 120), 40 rotations.
  static let eightQubitIsing = Check<Implementation>.cases(
    "eight-qubit-ising",
    inputs: { rng in
      let n = 8
      let generators = (0..<n - 1).map { PauliString([$0: .z, $0 + 1: .z]) } + (0..<n).map { PauliString(.x, on: $0) }
      return [
        CircuitCase(algebra: AlgebraCase(generators: generators, qubitCount: n, using: &rng), gates: 40, using: &rng)
      ]
    },
    describe: { $0.text },
    call: runCircuit,
    judge: judgeCircuit)
  // plateau-release: hidden-end

  @Sendable static func runCircuit(_ implementation: Implementation, _ input: CircuitCase) throws -> Double {
    let basis = input.algebra.basis
    var e = try implementation.zeroStateExpectations(basis)
    for (g, theta) in input.gates { e = try implementation.rotate(e, basis, g, theta) }
    return try implementation.expectation(input.observable, basis, e)
  }

  @Sendable static func judgeCircuit(_ input: CircuitCase, _ outcome: CaseOutcome<Double>) -> CaseVerdict {
    switch outcome.value(of: "your g-sim (zeroStateExpectations, then rotate per gate, then expectation)") {
    case .failure(let failed): return failed.verdict
    case .success(let got):
      var circuit = Circuit(qubitCount: input.algebra.qubitCount)
      for (g, theta) in input.gates { circuit.append(.pauliRotation(.constant(theta), g)) }
      let expected: Double
      do { expected = try StateVector(running: circuit).expectation(of: input.observable) } catch {
        return .fail(Feedback("the grader could not run the statevector: \(error)"))
      }
      if Tolerance.agrees(got, expected) { return .pass }
      return .fail(
        Feedback(
          "⟨O⟩ after the circuit differs from the statevector's", expected: StateText.number(expected),
          actual: StateText.number(got)))
    }
  }

  /// Compares two expectation vectors entry by entry; names the first basis string that differs.
  static func judgeVector(expected: [Double], actual: [Double], basis: [PauliString], what: String) -> CaseVerdict {
    guard actual.count == expected.count else {
      return .fail(
        Feedback(
          "the vector has \(actual.count) entries but the basis has \(expected.count): one per basis string",
          expected: "\(expected.count) entries", actual: "\(actual.count) entries"))
    }
    for a in expected.indices where !Tolerance.agrees(actual[a], expected[a]) {
      return .fail(
        Feedback(
          "entry \(a) (B = \(basis[a])) is wrong; expected \(what)", expected: StateText.number(expected[a]),
          actual: StateText.number(actual[a])))
    }
    return .pass
  }
}

/// A dynamical Lie algebra with a shuffled Pauli-string basis.
struct AlgebraCase: Sendable {
  var generators: [PauliString]
  var qubitCount: Int
  var basis: [PauliString]

  init(generators: [PauliString], qubitCount: Int, using rng: inout SeededGenerator) {
    self.generators = generators
    self.qubitCount = qubitCount
    let algebra = try? DynamicalLieAlgebra(generators: generators, qubitCount: qubitCount, maximumDimension: 4096)
    basis = (algebra?.pauliStrings ?? generators).shuffled(using: &rng)
  }

  /// A Haar-random state of at most 8 qubits (always within the memory budget).
  static func randomState(qubits n: Int, using rng: inout SeededGenerator) -> StateVector {
    do { return try StateVector.random(qubitCount: n, using: &rng) } catch {
      preconditionFailure("a random state of \(n) qubits: \(error)")
    }
  }

  var text: String {
    "the algebra generated by {\(generators.map(\.description).joined(separator: ", "))} on \(qubitCount) qubit(s), "
      + "basis (dim \(basis.count)) = [\(basis.prefix(12).map(\.description).joined(separator: ", "))\(basis.count > 12 ? ", …" : "")]"
  }

  /// su(2); transverse-field Ising on 3 and 4 qubits (so(6), so(8)); an XY-type chain; two random
  /// pairs of 3-qubit strings.
  static func algebras(using rng: inout SeededGenerator) -> [(name: String, algebra: AlgebraCase)] {
    func ising(_ n: Int, _ rng: inout SeededGenerator) -> AlgebraCase {
      AlgebraCase(
        generators: (0..<n - 1).map { PauliString([$0: .z, $0 + 1: .z]) } + (0..<n).map { PauliString(.x, on: $0) },
        qubitCount: n, using: &rng)
    }
    var cases: [(String, AlgebraCase)] = [
      ("su(2)", AlgebraCase(generators: ["X0", "Y0"], qubitCount: 1, using: &rng)),
      ("ising-3", ising(3, &rng)),
      ("ising-4", ising(4, &rng)),
      ("xy-3", AlgebraCase(generators: ["X0 X1", "Y1 Y2", "Z0", "Z2"], qubitCount: 3, using: &rng)),
    ]
    let paulis: [Pauli] = [.x, .y, .z]
    for k in 0..<2 {
      var strings: [PauliString] = []
      while strings.count < 2 {
        var operators: [Int: Pauli] = [:]
        for q in 0..<3 where Bool.random(using: &rng) { operators[q] = paulis.randomElement(using: &rng)! }
        let p = PauliString(operators)
        if !p.isIdentity, !strings.contains(p) { strings.append(p) }
      }
      cases.append(("random-\(k)", AlgebraCase(generators: strings, qubitCount: 3, using: &rng)))
    }
    return cases
  }
}

/// One rotation on the expectation vector of a random state.
struct RotationCase: Sendable {
  var algebra: AlgebraCase
  var state: StateVector
  var before: [Double]
  var generator: PauliString
  var theta: Double

  init(algebra: AlgebraCase, using rng: inout SeededGenerator) {
    self.algebra = algebra
    let psi = AlgebraCase.randomState(qubits: algebra.qubitCount, using: &rng)
    state = psi
    before = algebra.basis.map { psi.expectation(of: $0) }
    generator = algebra.basis.randomElement(using: &rng)!
    theta = Double.random(in: -Double.pi...Double.pi, using: &rng)
  }

  var text: String {
    "\(algebra.text); G = \(generator), θ = \(StateText.number(theta)); e = \(StateText.numbers(before))"
  }
}

/// An observable in the span of the basis plus a constant, on a random state.
struct ObservableCase: Sendable {
  var algebra: AlgebraCase
  var state: StateVector
  var vector: [Double]
  var observable: PauliSum

  init(algebra: AlgebraCase, using rng: inout SeededGenerator) {
    self.algebra = algebra
    let psi = AlgebraCase.randomState(qubits: algebra.qubitCount, using: &rng)
    state = psi
    vector = algebra.basis.map { psi.expectation(of: $0) }
    var o = PauliSum([(PauliString(), Double.random(in: -1...1, using: &rng))])
    for _ in 0..<3 { o.add(Double.random(in: -2...2, using: &rng), algebra.basis.randomElement(using: &rng)!) }
    observable = o
  }

  var text: String { "\(algebra.text); O = \(observable); e = \(StateText.numbers(vector))" }
}

/// Random rotations of basis elements applied to |0…0⟩, then an observable in the algebra.
struct CircuitCase: Sendable {
  var algebra: AlgebraCase
  var gates: [(PauliString, Double)]
  var observable: PauliSum

  init(algebra: AlgebraCase, gates count: Int, using rng: inout SeededGenerator) {
    self.algebra = algebra
    gates = (0..<count).map { _ in
      (algebra.generators.randomElement(using: &rng)!, Double.random(in: -Double.pi...Double.pi, using: &rng))
    }
    var o = PauliSum([(PauliString(), 0.5)])
    for _ in 0..<3 { o.add(Double.random(in: -2...2, using: &rng), algebra.basis.randomElement(using: &rng)!) }
    observable = o
  }

  var text: String {
    "\(algebra.text); from |0…0⟩ apply exp(−iθG/2) for (G, θ) = "
      + gates.map { "(\($0.0), \(StateText.number($0.1)))" }.joined(separator: ", ") + "; O = \(observable)"
  }
}
