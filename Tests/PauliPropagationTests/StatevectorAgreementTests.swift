import PauliPropagation
import Quantum
import QuantumTestSupport
import Testing

@Suite("Exact propagation agrees with the statevector")
struct StatevectorAgreementTests {
  /// A random observable: three weighted strings of weight ≤ 2.
  static func observable(qubits n: Int, _ rng: inout SeededGenerator) -> PauliSum {
    var terms: [(PauliString, Double)] = []
    for _ in 0..<3 {
      var p = PauliString()
      for q in RandomCircuits.qubits(2, below: n, &rng) {
        p[q] = [Pauli.x, .y, .z][Int.random(in: 0..<3, using: &rng)]
      }
      terms.append((p, Double.random(in: -1...1, using: &rng)))
    }
    return PauliSum(terms)
  }

  @Test(
    "seeded random circuits with every gate kind, 1e-10",
    arguments: [(4, 60, UInt64(1)), (6, 30, 2), (8, 16, 3), (10, 20, 4), (12, 18, 5), (12, 20, 6)])
  func randomCircuits(qubits n: Int, gateCount: Int, seed: UInt64) throws {
    var rng = SeededGenerator(seed: seed)
    let (parameterized, values) = RandomCircuits.parameterized(qubits: n, gateCount: gateCount, &rng)
    let circuit = parameterized.bound(to: values)
    let observable = Self.observable(qubits: n, &rng)
    let psi = try StateVector(running: circuit)
    let expected = psi.expectation(of: observable)
    for splits in [true, false] {
      let propagator = PauliPropagator(splitsNearCliffordAngles: splits)
      let result = try propagator.propagate(observable, through: parameterized, parameters: values)
      let got = result.expectation()
      #expect(
        isClose(got, expected, tolerance: 1e-10),
        "seed \(seed), n = \(n), split near-Clifford angles \(splits): \(got) vs \(expected)")
      #expect(result.discardedNorm == 0 && result.dropped.total == 0)
    }
  }

  @Test(
    "computational-basis and product states: prepared by gates for the statevector",
    arguments: ["0110", "1001", "+-rl", "1+0l"])
  func productStates(text: String) throws {
    var rng = SeededGenerator(seed: 77)
    let (parameterized, values) = RandomCircuits.parameterized(qubits: 4, gateCount: 30, &rng)
    let circuit = parameterized.bound(to: values)
    let state = try ProductState(parsing: text)
    var prepared = Circuit(qubitCount: 4)
    for (q, s) in state.qubits.enumerated() {
      switch s {
      case .one: prepared.append(.x(q))
      case .plus: prepared.append(.h(q))
      case .minus: prepared.append(contentsOf: [.x(q), .h(q)])
      case .plusI: prepared.append(contentsOf: [.h(q), .s(q)])
      case .minusI: prepared.append(contentsOf: [.h(q), .sdg(q)])
      default: break
      }
    }
    prepared.append(circuit)
    let observable = Self.observable(qubits: 4, &rng)
    let expected = try StateVector(running: prepared).expectation(of: observable)
    let got = try PauliPropagator().expectation(of: observable, after: circuit, in: state)
    #expect(isClose(got, expected, tolerance: 1e-10), "state \(text): \(got) vs \(expected)")
  }

  @Test(
    "wide layouts: a circuit spread over qubits up to 126 and 254 equals its compact statevector",
    arguments: [(127, UInt64(21)), (255, 22)])
  func wideLayouts(width: Int, seed: UInt64) throws {
    var rng = SeededGenerator(seed: seed)
    let (parameterized, values) = RandomCircuits.parameterized(qubits: 8, gateCount: 16, &rng)
    let compact = parameterized.bound(to: values)
    // Spread the 8 qubits across word boundaries of the packed layout.
    let positions = [0, 31, 62, 63, 64, 100, width - 2, width - 1]
    var wide = Circuit(qubitCount: width)
    for gate in compact.gates { wide.append(gate.relabeled { positions[$0] }) }
    let observable = Self.observable(qubits: 8, &rng)
    let wideObservable = PauliSum(observable.terms.map { ($0.string.relabeled { positions[$0] }, $0.coefficient) })
    let expected = try StateVector(running: compact).expectation(of: observable)
    let kicked = KickedIsing.circuit(on: .line(8), steps: 3, thetaH: 0.7)
    var wideKicked = Circuit(qubitCount: width)
    for gate in kicked.gates { wideKicked.append(gate.relabeled { positions[$0] }) }
    for (c, o, e) in [
      (wide, wideObservable, expected),
      (wideKicked, PauliSum(PauliString(.z, on: positions[4])), try StateVector(running: kicked).expectation(of: "Z4")),
    ] {
      let got = try PauliPropagator().expectation(of: o, after: c)
      #expect(isClose(got, e, tolerance: 1e-10), "width \(width), seed \(seed): \(got) vs \(e)")
    }
  }
}
