import PauliPropagation
import Quantum
import QuantumTestSupport
import Testing

/// The engine's indexed fast paths (X-rotation runs with slot lists, Clifford runs of commuting
/// Z-type or X-type turns with word operations) against the step-by-step paths they replace.
@Suite("Fast paths equal step-by-step processing")
struct FastPathTests {
  /// Layers of Clifford turns of both families (RZZ(±π/2), CZ, RZ(π), RX(±π/2), RX(π), RXX(π/2),
  /// S, X) between layers of generic RY/RZ rotations (small enough not to be split).
  static func turnLayers(qubits n: Int, layers: Int, _ rng: inout SeededGenerator) -> Circuit {
    var circuit = Circuit(qubitCount: n)
    let quarter = Double.pi / 2
    for _ in 0..<layers {
      for q in 0..<n where Bool.random(using: &rng) {
        circuit.append(.ry(.constant(Double.random(in: -0.7...0.7, using: &rng)), on: q))
      }
      for _ in 0..<n {
        let pair = RandomCircuits.qubits(2, below: n, &rng)
        let q = pair[0]
        switch Int.random(in: 0..<9, using: &rng) {
        case 0: circuit.append(.rzz(.constant(quarter), pair[0], pair[1]))
        case 1: circuit.append(.rzz(.constant(-quarter), pair[0], pair[1]))
        case 2: circuit.append(.cz(pair[0], pair[1]))
        case 3: circuit.append(.rz(.constant(.pi), on: q))
        case 4: circuit.append(.s(q))
        case 5: circuit.append(.rx(.constant(quarter), on: q))
        case 6: circuit.append(.rx(.constant(-quarter), on: q))
        case 7: circuit.append(.rxx(.constant(quarter), pair[0], pair[1]))
        default: circuit.append(.x(q))
        }
      }
      for q in 0..<n where Bool.random(using: &rng) {
        circuit.append(.rz(.constant(Double.random(in: -0.7...0.7, using: &rng)), on: q))
      }
    }
    return circuit
  }

  @Test(
    "Clifford runs of commuting turns: word operations equal one step at a time",
    arguments: [(6, 4, UInt64(11)), (9, 5, 12), (12, 4, 13), (70, 3, 14)])
  func commutingTurns(qubits n: Int, layers: Int, seed: UInt64) throws {
    var rng = SeededGenerator(seed: seed)
    let circuit = Self.turnLayers(qubits: n, layers: layers, &rng)
    let observable = PauliSum([(PauliString(.z, on: n / 2), 1), (PauliString(.x, on: 0), 0.5)])
    // A weight rule that never binds sends Clifford runs through the step-by-step path.
    let indexed = try PauliPropagator(splitsNearCliffordAngles: false).propagate(observable, through: circuit)
    let stepwise = try PauliPropagator(truncation: .init(maxWeight: n), splitsNearCliffordAngles: false)
      .propagate(observable, through: circuit)
    #expect(indexed.termCount == stepwise.termCount, "seed \(seed)")
    let a = indexed.propagatedObservable, b = stepwise.propagatedObservable
    let difference = (a - b).pruned(tolerance: 1e-12)
    #expect(difference.terms.isEmpty, "seed \(seed): \(difference.terms.prefix(3))")
    if n <= 12 {
      let exact = try StateVector(running: circuit).expectation(of: observable)
      #expect(isClose(indexed.expectation(), exact, tolerance: 1e-10), "seed \(seed)")
    }
  }

  @Test(
    "X-rotation runs with slot lists equal gate-by-gate processing under every rule",
    arguments: [
      TruncationPolicy(minAbsCoefficient: 1e-5),
      TruncationPolicy(maxXYWeight: 5, minAbsCoefficient: 1e-6),
      TruncationPolicy(minAbsCoefficient: 1e-6, maxFrequency: 9),
      TruncationPolicy(maxWeight: 7),
    ])
  func xRotationRuns(policy: TruncationPolicy) throws {
    // Enough growth to rehash shards (16 slots at first) in the middle of runs; a cap forces
    // gate-by-gate order.
    let circuit = KickedIsing.circuit(on: .line(13), steps: 6, thetaH: 0.7)
    let observable: PauliSum = "Z6 + 0.5*Z3 Z4 - 0.25*Y9"
    var capped = policy
    capped.maxTerms = 1 << 40
    let runs = try PauliPropagator(truncation: policy).propagate(observable, through: circuit)
    let gates = try PauliPropagator(truncation: capped).propagate(observable, through: circuit)
    #expect(runs.peakTermCount > 1 << 10)
    #expect(runs.termCount == gates.termCount && runs.peakTermCount == gates.peakTermCount)
    #expect(runs.dropped == gates.dropped)
    #expect(isClose(runs.expectation(), gates.expectation(), tolerance: 1e-12))
    #expect(isClose(runs.discardedNorm, gates.discardedNorm, tolerance: 1e-12))
  }
}
