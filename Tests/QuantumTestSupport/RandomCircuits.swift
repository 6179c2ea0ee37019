public import Quantum

/// Seeded random gates and circuits covering every gate kind.
public enum RandomCircuits {
  /// A random angle in (−π, π].
  public static func angle(_ rng: inout SeededGenerator) -> Double {
    Double.random(in: -Double.pi...Double.pi, using: &rng)
  }

  /// `count` distinct qubits below n, in random order.
  public static func qubits(_ count: Int, below n: Int, _ rng: inout SeededGenerator) -> [Int] {
    Array(Array(0..<n).shuffled(using: &rng).prefix(count))
  }

  /// A Haar-random 2^k×2^k unitary (QR of a complex Gaussian matrix via Gram–Schmidt).
  public static func unitary(qubits k: Int, _ rng: inout SeededGenerator) -> ComplexMatrix {
    let size = 1 << k
    var columns: [[Complex<Double>]] = []
    while columns.count < size {
      var v = (0..<size).map { _ in Complex(rng.nextGaussian(), rng.nextGaussian()) }
      for u in columns {
        let overlap = zip(u, v).reduce(Complex<Double>.zero) { $0 + $1.0.conjugate * $1.1 }
        v = zip(v, u).map { $0 - overlap * $1 }
      }
      let norm = v.reduce(0) { $0 + $1.lengthSquared }.squareRoot()
      if norm > 1e-6 { columns.append(v.map { $0 / Complex(norm) }) }
    }
    var m = ComplexMatrix.identity(size)
    for c in 0..<size { for r in 0..<size { m[r, c] = columns[c][r] } }
    return m
  }

  /// One example of every gate kind on the given qubits (enough qubits for the widest gate),
  /// with random constant angles.
  public static func everyGate(on q: [Int], _ rng: inout SeededGenerator) -> [Gate] {
    func a() -> Angle { .constant(angle(&rng)) }
    return [
      .identity(q[0]), .x(q[0]), .y(q[0]), .z(q[0]), .h(q[0]), .s(q[0]), .sdg(q[0]), .t(q[0]),
      .tdg(q[0]), .sx(q[0]), .sxdg(q[0]), .rx(a(), on: q[0]), .ry(a(), on: q[0]), .rz(a(), on: q[0]),
      .phase(a(), on: q[0]), .u(a(), a(), a(), on: q[0]), .u2(a(), a(), on: q[0]),
      .cx(control: q[0], target: q[1]), .cy(control: q[0], target: q[1]), .cz(q[0], q[1]),
      .ch(control: q[0], target: q[1]), .csx(control: q[0], target: q[1]), .swap(q[0], q[1]),
      .crx(a(), control: q[0], target: q[1]), .cry(a(), control: q[0], target: q[1]),
      .crz(a(), control: q[0], target: q[1]), .cp(a(), control: q[0], target: q[1]),
      .cu3(a(), a(), a(), control: q[0], target: q[1]), .cu(a(), a(), a(), a(), control: q[0], target: q[1]),
      .rxx(a(), q[0], q[1]), .ryy(a(), q[0], q[1]), .rzz(a(), q[0], q[1]),
      .ccx(q[0], q[1], target: q[2]), .cswap(control: q[0], q[1], q[2]),
      .mcx(controls: [q[0], q[1], q[2]], target: q[3]),
      .pauliRotation(a(), PauliString([q[0]: .x, q[1]: .y, q[3]: .z])),
      .pauliRotation(a(), PauliString([q[1]: .z, q[2]: .z])),
      .unitary(unitary(qubits: 1, &rng), on: [q[0]]),
      .unitary(unitary(qubits: 2, &rng), on: [q[0], q[1]]),
    ]
  }

  /// A random circuit of `gateCount` gates drawn from every kind, each angle its own
  /// parameter (so gradients see every gate), with parameter values.
  public static func parameterized(
    qubits n: Int, gateCount: Int, _ rng: inout SeededGenerator
  ) -> (circuit: Circuit, parameters: [Double]) {
    precondition(n >= 4)
    var c = Circuit(qubitCount: n)
    for _ in 0..<gateCount {
      let q = qubits(4, below: n, &rng)
      let options = everyGate(on: q, &rng)
      c.append(options[Int.random(in: 0..<options.count, using: &rng)])
    }
    let (circuit, values) = c.parameterizingEveryAngle()
    return (circuit, values)
  }
}
