/// The executor's instruction set: what a gate becomes after its angles are evaluated.
///
/// Gates are lowered (``Lowering``) into these few kernels; each maps one-to-one to a C
/// kernel in `_QuantumKernels`. Masks and qubit indices are positions in the buffer the
/// instruction runs on (physical qubits of the state, or local qubits of a chunk).
enum Instruction: Sendable {
  /// A 2×2 complex matrix (row-major, interleaved re/im) on `qubit`, applied where every
  /// bit of `controls` is 1.
  case matrix1(controls: UInt64, qubit: Int, matrix: SIMD8<Double>)
  /// The real rotation [[c, −s], [s, c]] (RY(θ): c = cos θ/2, s = sin θ/2).
  case rotationY(qubit: Int, c: Double, s: Double)
  /// A 4×4 complex matrix on (q0, q1), index bit 0 ↔ q0.
  case matrix2(q0: Int, q1: Int, matrix: [Double])
  /// diag(d0, d1) on `qubit` where every bit of `controls` is 1; d = (re0, im0, re1, im1).
  case diagonal1(controls: UInt64, qubit: Int, d: SIMD4<Double>)
  /// Multiplies by `phase` every amplitude whose index contains `mask` (mask 0: all).
  case phaseMask(mask: UInt64, phase: Complex<Double>)
  /// exp(−iθ/2 · Z^zMask).
  case zRotation(zMask: UInt64, theta: Double)
  /// exp(−iθ/2 · P) for P = (xMask, zMask) with xMask ≠ 0.
  case pauliRotation(xMask: UInt64, zMask: UInt64, theta: Double)
  /// X on `qubit` where every bit of `controls` is 1.
  case xControlled(controls: UInt64, qubit: Int)
  /// Exchanges two qubits.
  case swap(Int, Int)
  /// Real rotations on distinct qubits, applied in one pass (targets' rotations commute).
  case rotationsY([RotationY])
  /// A product of diagonal factors applied in one pass (see ``DiagonalBlock``).
  case diagonalBlock(DiagonalBlock)
  /// Not a gate: an adjoint-gradient probe. In the backward pass it adds
  /// 2·coefficient·Im Σ_{b ⊇ controls} conj(λ_b)(Pφ)_b to gradient slot `slot`,
  /// with P = (xMask, zMask). The forward pass ignores it.
  case generator(slot: Int, coefficient: Double, controls: UInt64, xMask: UInt64, zMask: UInt64)
}

extension Instruction {
  /// The inverse instruction (generators are their own "inverse": they change nothing).
  var inverse: Instruction {
    switch self {
    case .matrix1(let c, let q, let m):
      // Conjugate transpose of [[a, b], [c, d]] is [[a*, c*], [b*, d*]].
      let t = SIMD8(m[0], -m[1], m[4], -m[5], m[2], -m[3], m[6], -m[7])
      return .matrix1(controls: c, qubit: q, matrix: t)
    case .rotationY(let q, let c, let s): return .rotationY(qubit: q, c: c, s: -s)
    case .matrix2(let q0, let q1, let m):
      var t = [Double](repeating: 0, count: 32)
      for r in 0..<4 {
        for c in 0..<4 {
          t[2 * (4 * c + r)] = m[2 * (4 * r + c)]
          t[2 * (4 * c + r) + 1] = -m[2 * (4 * r + c) + 1]
        }
      }
      return .matrix2(q0: q0, q1: q1, matrix: t)
    case .diagonal1(let c, let q, let d): return .diagonal1(controls: c, qubit: q, d: SIMD4(d[0], -d[1], d[2], -d[3]))
    case .phaseMask(let mask, let p): return .phaseMask(mask: mask, phase: p.conjugate)
    case .zRotation(let z, let theta): return .zRotation(zMask: z, theta: -theta)
    case .pauliRotation(let x, let z, let theta): return .pauliRotation(xMask: x, zMask: z, theta: -theta)
    case .xControlled, .swap, .generator: return self
    case .rotationsY(let rotations):
      return .rotationsY(rotations.map { RotationY(qubit: $0.qubit, c: $0.c, s: -$0.s) })
    case .diagonalBlock(let block): return .diagonalBlock(block.inverse)
    }
  }

  /// Qubits whose basis states the instruction mixes: they must be local to a chunk.
  var mixingMask: UInt64 {
    switch self {
    case .matrix1(_, let q, _), .rotationY(let q, _, _), .xControlled(_, let q): return 1 << UInt64(q)
    case .matrix2(let a, let b, _), .swap(let a, let b): return (1 << UInt64(a)) | (1 << UInt64(b))
    case .pauliRotation(let x, _, _): return x
    case .generator(_, _, _, let x, _): return x
    case .rotationsY(let rotations): return rotations.reduce(0) { $0 | (1 << UInt64($1.qubit)) }
    case .diagonal1, .phaseMask, .zRotation, .diagonalBlock: return 0
    }
  }

  /// Qubits the instruction only reads diagonally (controls, Z factors, diagonal targets):
  /// they may be fixed bits of a chunk.
  var diagonalMask: UInt64 {
    switch self {
    case .matrix1(let c, _, _), .xControlled(let c, _): return c
    case .rotationY, .matrix2, .swap, .rotationsY: return 0
    case .diagonalBlock(let block): return block.qubitMask
    case .diagonal1(let c, let q, _): return c | (1 << UInt64(q))
    case .phaseMask(let mask, _): return mask
    case .zRotation(let z, _): return z
    case .pauliRotation(let x, let z, _): return z & ~x
    case .generator(_, _, let c, let x, let z): return c | (z & ~x)
    }
  }

  /// Whether the instruction is diagonal in the computational basis.
  var isDiagonal: Bool { mixingMask == 0 }
}

/// One real rotation [[c, −s], [s, c]] on a qubit.
struct RotationY: Sendable, Hashable {
  var qubit: Int
  var c: Double
  var s: Double
}
