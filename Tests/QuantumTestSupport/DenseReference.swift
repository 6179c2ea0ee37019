// An obviously-correct simulator: every gate as a full 2ⁿ×2ⁿ matrix. Slow, small n only.

public import Quantum

/// Dense matrix-vector reference computations for tests (n ≤ 8).
public enum DenseReference {
  /// The 2ⁿ×2ⁿ matrix of `m` acting on `qubits` (qubits[0] = least significant bit of m's
  /// index) and the identity elsewhere.
  public static func expand(_ m: ComplexMatrix, on qubits: [Int], qubitCount n: Int) -> ComplexMatrix {
    let size = 1 << n
    var full = ComplexMatrix(rows: size, columns: size, elements: .init(repeating: .zero, count: size * size))
    let mask = qubits.reduce(0) { $0 | (1 << $1) }
    func sub(_ index: Int) -> Int {
      qubits.enumerated().reduce(0) { $0 | ((index >> $1.element) & 1) << $1.offset }
    }
    for i in 0..<size {
      for j in 0..<size where i & ~mask == j & ~mask {
        full[i, j] = m[sub(i), sub(j)]
      }
    }
    return full
  }

  /// `matrix · vector`.
  public static func multiply(_ m: ComplexMatrix, _ v: [Complex<Double>]) -> [Complex<Double>] {
    precondition(m.columns == v.count)
    return (0..<m.rows).map { r in (0..<m.columns).reduce(Complex<Double>.zero) { $0 + m[r, $1] * v[$1] } }
  }

  /// The state after `gate`, computed with the expanded dense matrix.
  public static func apply(_ gate: Gate, parameters: [Double] = [], to v: [Complex<Double>]) -> [Complex<Double>] {
    let n = v.count.trailingZeroBitCount
    return multiply(expand(gate.matrix(parameters: parameters), on: gate.qubits, qubitCount: n), v)
  }

  /// The state a circuit prepares from |0…0⟩.
  public static func run(_ circuit: Circuit, parameters: [Double] = []) -> [Complex<Double>] {
    var v = [Complex<Double>](repeating: .zero, count: 1 << circuit.qubitCount)
    v[0] = .one
    for gate in circuit.gates { v = apply(gate, parameters: parameters, to: v) }
    return v
  }

  /// ⟨v|M|v⟩ (real part).
  public static func expectation(_ m: ComplexMatrix, _ v: [Complex<Double>]) -> Double {
    let mv = multiply(m, v)
    return zip(v, mv).reduce(Complex<Double>.zero) { $0 + $1.0.conjugate * $1.1 }.real
  }
}

/// The largest |a_k − b_k|.
public func maximumDifference(_ a: [Complex<Double>], _ b: [Complex<Double>]) -> Double {
  precondition(a.count == b.count)
  return zip(a, b).map { ($0 - $1).length }.max() ?? 0
}

/// The largest |a_k − b_k| for real vectors.
public func maximumDifference(_ a: [Double], _ b: [Double]) -> Double {
  precondition(a.count == b.count)
  return zip(a, b).map { abs($0 - $1) }.max() ?? 0
}

/// Whether |a − b| ≤ tolerance (the one float comparison the tests use).
public func isClose(_ a: Double, _ b: Double, tolerance: Double) -> Bool { abs(a - b) <= tolerance }
