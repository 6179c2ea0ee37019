public import Grading
import PauliPropagation
public import Quantum

/// Exercise 10-pauli-rotation-rule: the Heisenberg-picture rule for one Pauli rotation with
/// weight truncation and the discarded norm, then a whole circuit of rotations.
///
/// Expected values come from the `PauliPropagation` engine (`PauliPropagator` with
/// `TruncationPolicy(maxWeight:)`, its `propagatedObservable` and `discardedNorm`) and, without
/// truncation, from the statevector.
public enum PauliRotationRuleExercise: ExerciseDefinition {
  /// The learner's functions (see Exercises/10-pauli-rotation-rule/PauliRotationRule.swift).
  public struct Implementation: Sendable {
    public var propagate:
      @Sendable (PauliSum, PauliString, Double, Int?) throws -> (observable: PauliSum, discardedSquares: Double)
    public var truncatedExpectation:
      @Sendable (PauliSum, [(generator: PauliString, angle: Double)], Int?) throws -> (
        value: Double, discardedNorm: Double
      )

    public init(
      propagate:
        @escaping @Sendable (PauliSum, PauliString, Double, Int?) throws -> (
          observable: PauliSum, discardedSquares: Double
        ),
      truncatedExpectation:
        @escaping @Sendable (PauliSum, [(generator: PauliString, angle: Double)], Int?) throws -> (
          value: Double, discardedNorm: Double
        )
    ) {
      self.propagate = propagate
      self.truncatedExpectation = truncatedExpectation
    }
  }

  public static let id = "10-pauli-rotation-rule"
  public static let binding =
    ".init(propagate: propagate(_:throughRotation:angle:maxWeight:), truncatedExpectation: truncatedExpectation(of:rotations:maxWeight:))"

  public static var checks: [Check<Implementation>] {
    [textbookRotations, singleRotationExact, singleRotationTruncated, circuitExact, circuitTruncated]
      // plateau-release: hidden-begin
      + [kickedIsingChain]
    // plateau-release: hidden-end
  }

  /// R_X on Z and Y, R_Z on X, and a two-qubit generator: the signs of iPQ.
  static let textbookRotations = Check<Implementation>.cases(
    "textbook-rotations",
    inputs: { _ in
      [
        RotationInput(observable: "Z0", generator: "X0", theta: 0.3, maxWeight: nil),
        RotationInput(observable: "Y0", generator: "X0", theta: 0.3, maxWeight: nil),
        RotationInput(observable: "X0", generator: "Z0", theta: -1.1, maxWeight: nil),
        RotationInput(observable: "Y1", generator: "Z0 Z1", theta: 0.7, maxWeight: nil),
        RotationInput(observable: "2*Z0 - X1", generator: "Y0 Y1", theta: 2.5, maxWeight: nil),
      ]
    },
    describe: { $0.text },
    call: callPropagate,
    judge: judgePropagate)

  /// Random observables and generators on 4 qubits, no truncation.
  static let singleRotationExact = Check<Implementation>.cases(
    "single-rotation-exact",
    inputs: { rng in (0..<10).map { _ in RotationInput.random(qubits: 4, maxWeight: nil, using: &rng) } },
    describe: { $0.text },
    call: callPropagate,
    judge: judgePropagate)

  /// Random observables of weight ≤ 2 through generators of weight 2–3, K = 2: some sine
  /// branches are too heavy, and their (c·sin θ)² must be counted.
  static let singleRotationTruncated = Check<Implementation>.cases(
    "single-rotation-truncated",
    inputs: { rng in (0..<10).map { _ in RotationInput.random(qubits: 5, maxWeight: 2, using: &rng) } },
    describe: { $0.text },
    call: callPropagate,
    judge: judgePropagate)

  /// Circuits of 15 random rotations on 5 qubits, no truncation: ⟨0…0|U†OU|0…0⟩ against the
  /// statevector.
  static let circuitExact = Check<Implementation>.cases(
    "circuit-exact",
    inputs: { rng in (0..<4).map { _ in CircuitInput.random(qubits: 5, gates: 15, maxWeight: nil, using: &rng) } },
    describe: { $0.text },
    call: callCircuit,
    judge: judgeCircuit)

  /// The same circuits with K = 2 and K = 3: value and discarded norm against the engine.
  static let circuitTruncated = Check<Implementation>.cases(
    "circuit-truncated",
    inputs: { rng in
      (0..<6).map { k in CircuitInput.random(qubits: 5, gates: 15, maxWeight: 2 + k % 2, using: &rng) }
    },
    describe: { $0.text },
    call: callCircuit,
    judge: judgeCircuit)

  // plateau-release: hidden-begin
  /// A kicked-Ising chain of 8 qubits, 3 steps at generic angles, K = 3.
  static let kickedIsingChain = Check<Implementation>.cases(
    "kicked-ising-chain",
    inputs: { rng in
      let (thetaH, thetaJ) = (Double.random(in: 0.2...1.2, using: &rng), Double.random(in: -1.2 ... -0.3, using: &rng))
      var rotations: [Rotation] = []
      for _ in 0..<3 {
        for q in 0..<8 { rotations.append(Rotation(generator: PauliString(.x, on: q), angle: thetaH)) }
        for q in 0..<7 { rotations.append(Rotation(generator: PauliString([q: .z, q + 1: .z]), angle: thetaJ)) }
      }
      return [CircuitInput(qubitCount: 8, observable: "Z3 + 0.5*Z4 Z5", rotations: rotations, maxWeight: 3)]
    },
    describe: { $0.text },
    call: callCircuit,
    judge: judgeCircuit)
  // plateau-release: hidden-end

  @Sendable static func callPropagate(
    _ implementation: Implementation, _ input: RotationInput
  ) throws
    -> PropagatedSum
  {
    let (o, squares) = try implementation.propagate(input.observable, input.generator, input.theta, input.maxWeight)
    return PropagatedSum(terms: PropagatedSum.table(o), discardedSquares: squares)
  }

  @Sendable static func judgePropagate(_ input: RotationInput, _ outcome: CaseOutcome<PropagatedSum>) -> CaseVerdict {
    switch outcome.value(of: "propagate(_:throughRotation:angle:maxWeight:)") {
    case .failure(let failed): return failed.verdict
    case .success(let got):
      var circuit = Circuit(qubitCount: input.qubitCount)
      circuit.append(.pauliRotation(.constant(input.theta), input.generator))
      let result: PropagationResult
      do {
        result = try PauliPropagator(truncation: TruncationPolicy(maxWeight: input.maxWeight))
          .propagate(input.observable, through: circuit)
      } catch {
        return .fail(Feedback("the grader could not propagate: \(error)"))
      }
      let expected = PropagatedSum.table(result.propagatedObservable)
      for string in Set(expected.keys).union(got.terms.keys).sorted() {
        let (e, a) = (expected[string] ?? 0, got.terms[string] ?? 0)
        if !Tolerance.agrees(a, e) {
          return .fail(
            Feedback(
              "the coefficient of \(string) in U†OU is wrong", expected: PropagatedSum.text(expected),
              actual: PropagatedSum.text(got.terms)))
        }
      }
      let squares = result.discardedNorm * result.discardedNorm
      if !Tolerance.agrees(got.discardedSquares, squares) {
        return .fail(
          Feedback(
            "discardedSquares should be Σ (c·sin θ)² over the dropped sine branches",
            expected: StateText.number(squares), actual: StateText.number(got.discardedSquares)))
      }
      return .pass
    }
  }

  @Sendable static func callCircuit(_ implementation: Implementation, _ input: CircuitInput) throws -> CircuitAnswer {
    let (value, norm) = try implementation.truncatedExpectation(
      input.observable, input.rotations.map { ($0.generator, $0.angle) }, input.maxWeight)
    return CircuitAnswer(value: value, discardedNorm: norm)
  }

  @Sendable static func judgeCircuit(_ input: CircuitInput, _ outcome: CaseOutcome<CircuitAnswer>) -> CaseVerdict {
    switch outcome.value(of: "truncatedExpectation(of:rotations:maxWeight:)") {
    case .failure(let failed): return failed.verdict
    case .success(let got):
      var circuit = Circuit(qubitCount: input.qubitCount)
      for r in input.rotations { circuit.append(.pauliRotation(.constant(r.angle), r.generator)) }
      let value: Double
      let norm: Double
      do {
        if input.maxWeight == nil {
          value = try StateVector(running: circuit).expectation(of: input.observable)
          norm = 0
        } else {
          let result = try PauliPropagator(truncation: TruncationPolicy(maxWeight: input.maxWeight))
            .propagate(input.observable, through: circuit)
          value = result.expectation()
          norm = result.discardedNorm
        }
      } catch {
        return .fail(Feedback("the grader could not compute the expected value: \(error)"))
      }
      if !Tolerance.agrees(got.value, value) {
        let hint =
          input.maxWeight == nil
          ? " (the statevector's value; is the last rotation applied first, and only I/Z strings counted?)"
          : " (with weight truncation K = \(input.maxWeight!))"
        return .fail(
          Feedback(
            "⟨0…0|U†OU|0…0⟩ is wrong" + hint, expected: StateText.number(value), actual: StateText.number(got.value)))
      }
      if !Tolerance.agrees(got.discardedNorm, norm) {
        return .fail(
          Feedback(
            "the discarded norm √(Σ c²) over every dropped branch is wrong", expected: StateText.number(norm),
            actual: StateText.number(got.discardedNorm)))
      }
      return .pass
    }
  }
}

/// One rotation of one observable.
struct RotationInput: Sendable {
  var observable: PauliSum
  var generator: PauliString
  var theta: Double
  var maxWeight: Int?

  var qubitCount: Int { max(observable.minimumQubitCount, generator.minimumQubitCount, 1) }

  var text: String {
    "O = \(observable), P = \(generator), θ = \(StateText.number(theta)), maxWeight = \(maxWeight.map(String.init) ?? "nil")"
  }

  /// Up to 3 strings of weight ≤ min(K, qubits), generator of weight 1–3, random θ.
  static func random(qubits n: Int, maxWeight: Int?, using rng: inout SeededGenerator) -> RotationInput {
    var o = PauliSum()
    for _ in 0..<Int.random(in: 1...3, using: &rng) {
      o.add(
        Double.random(in: -2...2, using: &rng), randomString(qubits: n, weight: 1...(maxWeight ?? 3), using: &rng))
    }
    return RotationInput(
      observable: o, generator: randomString(qubits: n, weight: 1...3, using: &rng),
      theta: Double.random(in: -Double.pi...Double.pi, using: &rng), maxWeight: maxWeight)
  }

  /// A Pauli string on `weight` random distinct qubits of 0..<n, with random X, Y, Z factors.
  static func randomString(qubits n: Int, weight: ClosedRange<Int>, using rng: inout SeededGenerator) -> PauliString {
    let w = Int.random(in: weight.lowerBound...min(weight.upperBound, n), using: &rng)
    let qubits = Array((0..<n).shuffled(using: &rng).prefix(w))
    let paulis: [Pauli] = [.x, .y, .z]
    return PauliString(Dictionary(uniqueKeysWithValues: qubits.map { ($0, paulis.randomElement(using: &rng)!) }))
  }
}

/// A rotation exp(−iθP/2) of a circuit.
struct Rotation: Sendable {
  var generator: PauliString
  var angle: Double
}

/// A circuit of rotations and an observable.
struct CircuitInput: Sendable {
  var qubitCount: Int
  var observable: PauliSum
  var rotations: [Rotation]
  var maxWeight: Int?

  var text: String {
    "O = \(observable) on \(qubitCount) qubits, maxWeight = \(maxWeight.map(String.init) ?? "nil"), rotations (first applied first) = "
      + rotations.map { "(\($0.generator), \(StateText.number($0.angle)))" }.joined(separator: ", ")
  }

  static func random(qubits n: Int, gates: Int, maxWeight: Int?, using rng: inout SeededGenerator) -> CircuitInput {
    let rotations = (0..<gates).map { _ in
      Rotation(
        generator: RotationInput.randomString(qubits: n, weight: 1...2, using: &rng),
        angle: Double.random(in: -Double.pi...Double.pi, using: &rng))
    }
    var o = PauliSum()
    o.add(1, RotationInput.randomString(qubits: n, weight: 1...1, using: &rng))
    o.add(Double.random(in: -1...1, using: &rng), RotationInput.randomString(qubits: n, weight: 2...2, using: &rng))
    return CircuitInput(qubitCount: n, observable: o, rotations: rotations, maxWeight: maxWeight)
  }
}

/// What `propagate` returned, in a form that crosses the process boundary.
struct PropagatedSum: Codable, Sendable {
  /// Coefficient by string (`"X0 Z3"`), exact zeros left out.
  var terms: [String: Double]
  var discardedSquares: Double

  static func table(_ sum: PauliSum) -> [String: Double] {
    var table: [String: Double] = [:]
    for term in sum.terms where abs(term.coefficient) > 1e-14 {
      table["\(term.string)", default: 0] += term.coefficient
    }
    return table
  }

  static func text(_ table: [String: Double]) -> String {
    table.isEmpty
      ? "0"
      : table.sorted { $0.key < $1.key }.map { "\(StateText.number($0.value))·\($0.key)" }.joined(separator: " + ")
  }
}

/// What `truncatedExpectation` returned.
struct CircuitAnswer: Codable, Sendable {
  var value: Double
  var discardedNorm: Double
}
