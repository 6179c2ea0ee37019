import Quantum
import QuantumTestSupport
import Testing
import _QuantumKernels

/// Every gate, at every placement, against the dense Kronecker-product reference.
@Suite("Gate kernels against the dense reference")
struct GateKernelTests {
  static let qubitCount = 5

  /// All ordered placements of a gate needing `width` qubits on 5 qubits (sampled for width ≥ 3).
  static func placements(width: Int, seed: UInt64) -> [[Int]] {
    var rng = SeededGenerator(seed: seed)
    switch width {
    case 1: return (0..<qubitCount).map { [$0] }
    case 2: return (0..<qubitCount).flatMap { a in (0..<qubitCount).filter { $0 != a }.map { [a, $0] } }
    default: return (0..<24).map { _ in RandomCircuits.qubits(width, below: qubitCount, &rng) }
    }
  }

  @Test("every gate kind matches the dense matrix at every placement", arguments: [false, true])
  func everyGateMatchesDenseReference(portable: Bool) throws {
    qk_force_portable(portable ? 1 : 0)
    defer { qk_force_portable(0) }
    let seed: UInt64 = 20_261_125
    var rng = SeededGenerator(seed: seed)
    let template = RandomCircuits.everyGate(on: [0, 1, 2, 3], &rng)
    for (k, example) in template.enumerated() {
      let width = example.qubits.count
      for placement in Self.placements(width: max(width, 1), seed: seed + UInt64(k)) {
        let gate = example.relabeled { placement[example.qubits.firstIndex(of: $0)!] }
        var psi = try StateVector.random(qubitCount: Self.qubitCount, seed: seed &+ UInt64(k))
        let expected = DenseReference.apply(gate, to: psi.amplitudes)
        psi.apply(gate)
        let error = maximumDifference(psi.amplitudes, expected)
        #expect(error < 1e-12, "\(gate) (portable: \(portable)): error \(error), seed \(seed)")
      }
    }
  }

  @Test("gates run through the chunked executor match the dense reference", arguments: [2, 3, 4, 5, 7])
  func chunkedExecutionMatchesDenseReference(chunkQubits: Int) throws {
    let seed: UInt64 = 77 + UInt64(chunkQubits)
    var rng = SeededGenerator(seed: seed)
    let n = 7
    var circuit = Circuit(qubitCount: n)
    for _ in 0..<120 {
      let q = RandomCircuits.qubits(4, below: n, &rng)
      let options = RandomCircuits.everyGate(on: q, &rng)
      circuit.append(options[Int.random(in: 0..<options.count, using: &rng)])
    }
    let expected = DenseReference.run(circuit)
    for fuses in [false, true] {
      let simulator = Simulator(threads: 2, chunkQubits: chunkQubits, fusesGates: fuses)
      let psi = try StateVector(running: circuit, simulator: simulator)
      let error = maximumDifference(psi.amplitudes, expected)
      #expect(error < 1e-11, "chunkQubits \(chunkQubits), fusion \(fuses): error \(error), seed \(seed)")
    }
  }

  @Test(
    "long-range diagonals, out-of-chunk qubits and scaled rotations match gate-by-gate application",
    arguments: [9, 10, 12])
  func largerChunksMatchGateByGate(chunkQubits: Int) throws {
    // n = 12 with 2⁹–2¹² chunks: diagonal blocks get factors outside both table windows
    // (long-range CZ/RZZ/CP), factors on qubits outside the chunk, and scaled rotations.
    let seed: UInt64 = 4242 + UInt64(chunkQubits)
    var rng = SeededGenerator(seed: seed)
    let n = 12
    var circuit = Circuit(qubitCount: n)
    for layer in 0..<6 {
      for q in 0..<n { circuit.append(.ry(.constant(RandomCircuits.angle(&rng)), on: q)) }
      for q in 0..<n { circuit.append(.rz(.constant(RandomCircuits.angle(&rng)), on: q)) }
      for q in 0..<(n - 1) { circuit.append(.cz(q, q + 1)) }
      let a = RandomCircuits.qubits(2, below: n, &rng)
      circuit.append(.rzz(.constant(RandomCircuits.angle(&rng)), a[0], a[1]))
      circuit.append(.cp(.constant(RandomCircuits.angle(&rng)), control: (layer * 5) % n, target: (layer * 5 + 7) % n))
      circuit.append(.crz(.constant(RandomCircuits.angle(&rng)), control: 11, target: 0))
      circuit.append(.u(.constant(0.3), .constant(0.2), .constant(-0.4), on: layer))
      circuit.append(.ry(.constant(.pi), on: 3))  // cos = 0: stays an unscaled rotation
    }
    var expected = try StateVector(qubitCount: n)
    for gate in circuit.gates { expected.apply(gate) }
    for threads in [1, 2] {
      let psi = try StateVector(running: circuit, simulator: Simulator(threads: threads, chunkQubits: chunkQubits))
      let error = maximumDifference(psi.amplitudes, expected.amplitudes)
      #expect(error < 1e-12, "chunkQubits \(chunkQubits), threads \(threads): error \(error), seed \(seed)")
    }
  }

  @Test("results do not depend on the number of threads")
  func threadCountDoesNotChangeResults() throws {
    let c = Circuit.hardwareEfficient(qubits: 16, layers: 3)
    var rng = SeededGenerator(seed: 5)
    let theta = (0..<c.parameterCount).map { _ in RandomCircuits.angle(&rng) }
    let one = try StateVector(running: c, parameters: theta, simulator: Simulator(threads: 1, chunkQubits: 10))
    let two = try StateVector(running: c, parameters: theta, simulator: Simulator(threads: 2, chunkQubits: 10))
    #expect(one.amplitudes == two.amplitudes, "seed 5")
  }

  @Test("the AVX2 and portable kernels agree to rounding")
  func dispatchedKernelsAgree() throws {
    let c = Circuit.hardwareEfficient(qubits: 10, layers: 4)
    var rng = SeededGenerator(seed: 11)
    let theta = (0..<c.parameterCount).map { _ in RandomCircuits.angle(&rng) }
    qk_force_portable(1)
    let portable = try StateVector(running: c, parameters: theta)
    qk_force_portable(0)
    let fast = try StateVector(running: c, parameters: theta)
    #expect(maximumDifference(portable.amplitudes, fast.amplitudes) < 1e-13, "seed 11")
  }
}
