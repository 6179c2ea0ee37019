public import Grading
import PauliPropagation
public import Quantum

/// Exercise 11-clifford-light-cone: the light cone of a Z observable in the kicked-Ising
/// circuit, and the circuit's exact Clifford points, on small graphs and on IBM's heavy-hex
/// lattice.
///
/// Light cones are judged against the grader's own all-pairs graph distances (Floyd–Warshall);
/// Clifford propagation against the `PauliPropagation` engine, which propagates the same
/// circuit (`KickedIsing.circuit`) gate by gate and keeps one signed string.
public enum CliffordLightConeExercise: ExerciseDefinition {
  /// The learner's functions (see Exercises/11-clifford-light-cone/CliffordLightCone.swift).
  public struct Implementation: Sendable {
    public var lightCone: @Sendable (PauliString, Int, Graph) throws -> [Int]
    public var cliffordPropagate:
      @Sendable (PauliString, Int, Double, Graph) throws -> (sign: Double, string: PauliString)

    public init(
      lightCone: @escaping @Sendable (PauliString, Int, Graph) throws -> [Int],
      cliffordPropagate:
        @escaping @Sendable (PauliString, Int, Double, Graph) throws -> (
          sign: Double, string: PauliString
        )
    ) {
      self.lightCone = lightCone
      self.cliffordPropagate = cliffordPropagate
    }
  }

  public static let id = "11-clifford-light-cone"
  public static let binding =
    ".init(lightCone: lightCone(of:steps:on:), cliffordPropagate: cliffordPropagate(_:steps:thetaH:on:))"

  public static var checks: [Check<Implementation>] {
    [coneHeavyHex, coneZStrings, coneRejectsXY, cliffordSmallGraphs, cliffordPointsZ62, notCliffordThrows]
      // plateau-release: hidden-begin
      + [cliffordHeavyHexStrings]
    // plateau-release: hidden-end
  }

  /// Z62 for T = 0…20 and random single qubits on the heavy-hex lattice.
  static let coneHeavyHex = Check<Implementation>.cases(
    "cone-heavy-hex",
    inputs: { rng in
      (0...20).map { ConeInput(observable: PauliString(.z, on: 62), steps: $0, graph: .ibmEagle, name: "heavy-hex") }
        + (0..<8).map { _ in
          ConeInput(
            observable: PauliString(.z, on: Int.random(in: 0..<127, using: &rng)),
            steps: Int.random(in: 1...12, using: &rng),
            graph: .ibmEagle, name: "heavy-hex")
        }
    },
    describe: { $0.text },
    call: { implementation, input in try implementation.lightCone(input.observable, input.steps, input.graph) },
    judge: judgeCone)

  /// Strings of several Z factors on a chain, a ring and the heavy-hex lattice.
  static let coneZStrings = Check<Implementation>.cases(
    "cone-z-strings",
    inputs: { rng in
      let graphs: [(Graph, String)] = [(.line(9), "line(9)"), (.ring(7), "ring(7)"), (.ibmEagle, "heavy-hex")]
      return graphs.flatMap { graph, name in
        (0..<3).map { _ in
          let qubits = (0..<graph.vertexCount).shuffled(using: &rng).prefix(Int.random(in: 2...3, using: &rng))
          return ConeInput(
            observable: PauliString(Dictionary(uniqueKeysWithValues: qubits.map { ($0, Pauli.z) })),
            steps: Int.random(in: 0...5, using: &rng), graph: graph, name: name)
        }
      }
    },
    describe: { $0.text },
    call: { implementation, input in try implementation.lightCone(input.observable, input.steps, input.graph) },
    judge: judgeCone)

  /// An observable with an X or Y factor: `CliffordLightConeError.notDiagonal`.
  static let coneRejectsXY = Check<Implementation>.cases(
    "cone-rejects-xy",
    inputs: { _ in [ConeInput(observable: "Z0 X1", steps: 2, graph: .line(4), name: "line(4)")] },
    describe: { $0.text },
    call: { implementation, input in try implementation.lightCone(input.observable, input.steps, input.graph) },
    judge: { _, outcome in
      switch outcome {
      case .threw(let error) where error.isNotImplemented: return .fail(Feedback(error.description))
      case .threw(let error) where error.type == "CliffordLightConeError" && error.description == "notDiagonal":
        return .pass
      case .threw(let error):
        return .fail(
          Feedback(
            "lightCone threw \(error.type).\(error.description)", expected: "throws CliffordLightConeError.notDiagonal",
            actual: "throws \(error.type).\(error.description)"))
      case .returned(let cone):
        return .fail(
          Feedback(
            "lightCone returned a cone for an observable with an X factor; its last R_ZZ layer does not commute with it",
            expected: "throws CliffordLightConeError.notDiagonal", actual: "\(cone)"))
      }
    })

  /// Random strings (any factors) on small graphs at θ_h = 0, ±π/2, π, 3π/2, T = 1…4.
  static let cliffordSmallGraphs = Check<Implementation>.cases(
    "clifford-small-graphs",
    inputs: { rng in
      let graphs: [(Graph, String)] = [
        (.line(4), "line(4)"), (.ring(5), "ring(5)"),
        (Graph(vertexCount: 4, edges: [(0, 1), (0, 2), (0, 3)]), "star(4)"),
      ]
      let angles = [0, Double.pi / 2, -Double.pi / 2, Double.pi, 3 * Double.pi / 2]
      return graphs.flatMap { graph, name in
        (0..<4).map { _ in
          var operators: [Int: Pauli] = [:]
          while operators.isEmpty {
            for q in 0..<graph.vertexCount where Bool.random(using: &rng) {
              operators[q] = [Pauli.x, .y, .z].randomElement(using: &rng)!
            }
          }
          return CliffordInput(
            observable: PauliString(operators), steps: Int.random(in: 1...4, using: &rng),
            thetaH: angles.randomElement(using: &rng)!, graph: graph, name: name)
        }
      }
    },
    describe: { $0.text },
    call: callClifford,
    judge: judgeClifford)

  /// Z62 on the heavy-hex lattice at θ_h = 0 and π/2: the string (against the engine) and its
  /// expectation on |0…0⟩, 1 and 0.
  static let cliffordPointsZ62 = Check<Implementation>.cases(
    "clifford-points-z62",
    inputs: { _ in
      [0, Double.pi / 2].flatMap { thetaH in
        [1, 2, 3, 5, 10, 20].map {
          CliffordInput(
            observable: PauliString(.z, on: 62), steps: $0, thetaH: thetaH, graph: .ibmEagle, name: "heavy-hex")
        }
      }
    },
    describe: { $0.text },
    call: callClifford,
    judge: judgeClifford)

  /// θ_h = 0.3 is not a Clifford point.
  static let notCliffordThrows = Check<Implementation>.cases(
    "not-clifford-throws",
    inputs: { _ in
      [CliffordInput(observable: "Z1", steps: 2, thetaH: 0.3, graph: .line(3), name: "line(3)")]
    },
    describe: { $0.text },
    call: callClifford,
    judge: { _, outcome in
      switch outcome {
      case .threw(let error) where error.isNotImplemented: return .fail(Feedback(error.description))
      case .threw(let error) where error.type == "CliffordLightConeError" && error.description.hasPrefix("notClifford"):
        return .pass
      case .threw(let error):
        return .fail(
          Feedback(
            "cliffordPropagate threw \(error.type).\(error.description)",
            expected: "throws CliffordLightConeError.notClifford(0.3)",
            actual: "throws \(error.type).\(error.description)"
          ))
      case .returned(let answer):
        return .fail(
          Feedback(
            "cliffordPropagate returned a single string at θ_h = 0.3, where R_X is not Clifford",
            expected: "throws CliffordLightConeError.notClifford(0.3)", actual: "\(answer.sign) · \(answer.string)"))
      }
    })

  // plateau-release: hidden-begin
  /// Random strings of Z factors on the heavy-hex lattice at θ_h = π/2 and π, T = 4…8.
  static let cliffordHeavyHexStrings = Check<Implementation>.cases(
    "clifford-heavy-hex-strings",
    inputs: { rng in
      (0..<8).map { k in
        let qubits = (0..<127).shuffled(using: &rng).prefix(3)
        return CliffordInput(
          observable: PauliString(Dictionary(uniqueKeysWithValues: qubits.map { ($0, Pauli.z) })),
          steps: Int.random(in: 4...8, using: &rng), thetaH: k % 2 == 0 ? Double.pi / 2 : Double.pi,
          graph: .ibmEagle, name: "heavy-hex")
      }
    },
    describe: { $0.text },
    call: callClifford,
    judge: judgeClifford)
  // plateau-release: hidden-end

  /// The cone judged against the qubits within distance max(T − 1, 0) of the support.
  @Sendable static func judgeCone(_ input: ConeInput, _ outcome: CaseOutcome<[Int]>) -> CaseVerdict {
    switch outcome.value(of: "lightCone(of:steps:on:)") {
    case .failure(let failed): return failed.verdict
    case .success(let got):
      let distance = input.graph == .ibmEagle ? eagleDistances : allPairsDistances(input.graph)
      let radius = max(input.steps - 1, 0)
      let support = input.observable.support
      let expected = (0..<input.graph.vertexCount).filter { q in support.contains { distance[$0][q] <= radius } }
      if got == expected { return .pass }
      let missing = Set(expected).subtracting(got).sorted()
      let extra = Set(got).subtracting(expected).sorted()
      var message = "the light cone has \(got.count) qubit(s), expected \(expected.count)"
      if !missing.isEmpty { message += "; missing \(missing)" }
      if !extra.isEmpty { message += "; not in the cone: \(extra)" }
      if missing.isEmpty && extra.isEmpty { message = "the qubits are right but not sorted ascending (or repeated)" }
      return .fail(Feedback(message, expected: "\(expected)", actual: "\(got)"))
    }
  }

  /// The heavy-hex lattice's distances, computed once.
  static let eagleDistances = allPairsDistances(.ibmEagle)

  /// Shortest-path lengths between all pairs of vertices (Floyd–Warshall; unreachable = Int.max / 2).
  static func allPairsDistances(_ graph: Graph) -> [[Int]] {
    let n = graph.vertexCount
    let far = Int.max / 2
    var d = [[Int]](repeating: [Int](repeating: far, count: n), count: n)
    for q in 0..<n { d[q][q] = 0 }
    for (a, b) in graph.edges {
      d[a][b] = 1
      d[b][a] = 1
    }
    for k in 0..<n {
      for i in 0..<n where d[i][k] < far {
        for j in 0..<n where d[i][k] + d[k][j] < d[i][j] { d[i][j] = d[i][k] + d[k][j] }
      }
    }
    return d
  }

  @Sendable static func callClifford(_ implementation: Implementation, _ input: CliffordInput) throws -> SignedString {
    let (sign, string) = try implementation.cliffordPropagate(input.observable, input.steps, input.thetaH, input.graph)
    return SignedString(sign: sign, string: "\(string)")
  }

  /// The signed string against the engine's single term, and ⟨0…0|±P|0…0⟩ against the engine's
  /// expectation value.
  @Sendable static func judgeClifford(_ input: CliffordInput, _ outcome: CaseOutcome<SignedString>) -> CaseVerdict {
    switch outcome.value(of: "cliffordPropagate(_:steps:thetaH:on:)") {
    case .failure(let failed): return failed.verdict
    case .success(let got):
      let result: PropagationResult
      do {
        result = try PauliPropagator().propagate(
          PauliSum(input.observable),
          through: KickedIsing.circuit(on: input.graph, steps: input.steps, thetaH: input.thetaH))
      } catch {
        return .fail(Feedback("the grader could not propagate: \(error)"))
      }
      let terms = result.propagatedObservable.terms.filter { abs($0.coefficient) > 1e-9 }
      guard terms.count == 1, let term = terms.first else {
        return .fail(Feedback("the grader's propagation did not give a single string (\(terms.count) terms)"))
      }
      let expected = "\(term.coefficient < 0 ? "-" : "+")\(term.string)"
      let actual = "\(got.sign < 0 ? "-" : "+")\(got.string)"
      guard Tolerance.agrees(abs(got.sign), 1), expected == actual else {
        return .fail(
          Feedback(
            "U†PU is the wrong signed string (go backwards: the R_ZZ layer of the last step first, then its R_X layer)",
            expected: expected, actual: "\(StateText.number(got.sign)) · \(got.string)"))
      }
      return .pass
    }
  }
}

/// A Z observable, a number of steps and a graph.
struct ConeInput: Sendable {
  var observable: PauliString
  var steps: Int
  var graph: Graph
  var name: String
  var text: String { "O = \(observable), T = \(steps) steps on \(name)" }
}

/// An observable propagated through the Clifford kicked-Ising circuit.
struct CliffordInput: Sendable {
  var observable: PauliString
  var steps: Int
  var thetaH: Double
  var graph: Graph
  var name: String
  var text: String {
    "P = \(observable), T = \(steps) steps, θ_h = \(StateText.number(thetaH)), θ_J = −π/2 on \(name)"
  }
}

/// A signed Pauli string as it crosses the process boundary.
struct SignedString: Codable, Sendable {
  var sign: Double
  var string: String
}
