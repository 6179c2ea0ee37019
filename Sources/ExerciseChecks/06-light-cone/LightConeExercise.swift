import Foundation
public import Grading
import Quantum

/// Exercise 06-light-cone: the backward light cone of ⟨Z_j⟩ and the forward light cone of θₖ in
/// the hardware-efficient ansatz, judged against the simulator's gradients.
///
/// The grader decides "⟨Z_j⟩ depends on θₖ" numerically: ∂⟨Z_j⟩/∂θₖ (adjoint differentiation)
/// at three random parameter vectors, nonzero when any exceeds 10⁻⁸ in size. An analytic
/// function that is not identically zero vanishes at a random point with probability 0, and
/// derivatives outside the cone are zero to rounding (about 10⁻¹⁶).
public enum LightConeExercise: ExerciseDefinition {
  /// The learner's functions (see Exercises/06-light-cone/LightCone.swift).
  public struct Implementation: Sendable {
    public var backwardLightCone: @Sendable (Int, Int, Int) throws -> [Int]
    public var influencedQubits: @Sendable (Int, Int, Int) throws -> [Int]

    public init(
      backwardLightCone: @escaping @Sendable (Int, Int, Int) throws -> [Int],
      influencedQubits: @escaping @Sendable (Int, Int, Int) throws -> [Int]
    ) {
      self.backwardLightCone = backwardLightCone
      self.influencedQubits = influencedQubits
    }
  }

  public static let id = "06-light-cone"
  public static let binding =
    ".init(backwardLightCone: backwardLightCone(qubits:layers:observableQubit:), influencedQubits: influencedQubits(qubits:layers:parameter:))"

  public static var checks: [Check<Implementation>] { [smallCones, wideCones, forwardCones] }

  /// Backward cones on short chains: n = 2…5, L = 1…3, every j.
  static let smallCones = backwardCheck(
    "backward-cone-small", cases: [(2, 1), (3, 2), (4, 2), (5, 3)].flatMap { n, l in (0..<n).map { (n, l, $0) } })

  /// Backward cones that reach and do not reach the ends of a 10-qubit chain.
  static let wideCones = backwardCheck("backward-cone-wide", cases: [(10, 3, 0), (10, 3, 5), (10, 4, 9), (8, 6, 4)])

  /// Forward cones: the qubits whose ⟨Z_j⟩ depends on θₖ, for RY and RZ angles of every layer.
  static let forwardCones = Check<Implementation>.cases(
    "forward-cone",
    inputs: { _ in
      [(6, 3, 0), (6, 3, 2), (6, 3, 8), (6, 3, 14), (6, 3, 27), (6, 3, 33), (7, 2, 3), (7, 2, 10)].map {
        Input(qubits: $0.0, layers: $0.1, index: $0.2)
      }
    },
    describe: { "n = \($0.qubits), L = \($0.layers), k = \($0.index) (\(name(of: $0.index, qubits: $0.qubits)))" },
    call: { implementation, input in try implementation.influencedQubits(input.qubits, input.layers, input.index) },
    judge: { input, outcome in
      let got: [Int]
      switch outcome.value(of: "influencedQubits(qubits:layers:parameter:)") {
      case .success(let value): got = value
      case .failure(let failed): return failed.verdict
      }
      let dependence = dependenceTable(qubits: input.qubits, layers: input.layers)
      let expected = (0..<input.qubits).filter { dependence[$0][input.index] }
      return compare(got, expected, what: "the qubits j whose ⟨Z_j⟩ depends on θ\(input.index)")
    })

  static func backwardCheck(_ id: String, cases: [(Int, Int, Int)]) -> Check<Implementation> {
    Check<Implementation>.cases(
      id,
      inputs: { _ in cases.map { Input(qubits: $0.0, layers: $0.1, index: $0.2) } },
      describe: { "n = \($0.qubits), L = \($0.layers), j = \($0.index)" },
      call: { implementation, input in try implementation.backwardLightCone(input.qubits, input.layers, input.index) },
      judge: { input, outcome in
        let got: [Int]
        switch outcome.value(of: "backwardLightCone(qubits:layers:observableQubit:)") {
        case .success(let value): got = value
        case .failure(let failed): return failed.verdict
        }
        let dependence = dependenceTable(qubits: input.qubits, layers: input.layers)
        let expected = dependence[input.index].indices.filter { dependence[input.index][$0] }
        return compare(got, expected, what: "the parameters on which ⟨Z\(input.index)⟩ depends", qubits: input.qubits)
      })
  }

  /// dependence[j][k]: whether ∂⟨Z_j⟩/∂θₖ is nonzero at one of three seeded random points.
  static func dependenceTable(qubits n: Int, layers: Int) -> [[Bool]] {
    let circuit = Circuit.hardwareEfficient(qubits: n, layers: layers)
    var rng = SeededGenerator(seed: UInt64(1000 * n + layers))
    var table = [[Bool]](repeating: [Bool](repeating: false, count: circuit.parameterCount), count: n)
    for _ in 0..<3 {
      let theta = (0..<circuit.parameterCount).map { _ in Double.random(in: 0..<(2 * Double.pi), using: &rng) }
      for j in 0..<n {
        guard
          let g = try? Simulator.default.gradient(of: PauliSum(PauliString(.z, on: j)), in: circuit, parameters: theta)
        else { continue }
        for k in g.gradient.indices where abs(g.gradient[k]) > 1e-8 { table[j][k] = true }
      }
    }
    return table
  }

  /// "RY on qubit 2 in layer 1" for parameter k.
  static func name(of k: Int, qubits n: Int) -> String {
    let (layer, slot) = (k / (2 * n), k % (2 * n))
    return slot < n ? "RY on qubit \(slot), layer \(layer)" : "RZ on qubit \(slot - n), layer \(layer)"
  }

  /// Compares two index lists and names the first missing and the first extra element.
  static func compare(_ got: [Int], _ expected: [Int], what: String, qubits: Int? = nil) -> CaseVerdict {
    if got == expected { return .pass }
    if got.sorted() == expected {
      return .fail(Feedback("the right set, but not in increasing order", expected: "\(expected)", actual: "\(got)"))
    }
    let missing = expected.filter { !got.contains($0) }
    let extra = got.filter { !expected.contains($0) }
    var parts: [String] = []
    func label(_ k: Int) -> String { qubits.map { "\(k) (\(name(of: k, qubits: $0)))" } ?? "\(k)" }
    if let m = missing.first { parts.append("\(label(m)) is missing") }
    if let e = extra.first { parts.append("\(label(e)) does not belong") }
    return .fail(
      Feedback(
        "\(what): " + parts.joined(separator: ", ") + " (\(missing.count) missing, \(extra.count) extra)",
        expected: "\(expected)", actual: "\(got)"))
  }
}

extension LightConeExercise {
  /// One case: n, L and the observable qubit j (backward) or the parameter k (forward).
  struct Input: Sendable {
    var qubits: Int
    var layers: Int
    var index: Int
  }
}
