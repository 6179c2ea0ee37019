/// Multiplies runs of one-qubit instructions on the same qubit into one instruction.
///
/// An uncontrolled one-qubit instruction is merged into the previous one on the same qubit
/// when nothing in between touched that qubit (so moving it back is exact). Two diagonals
/// stay diagonal; anything else becomes a general 2×2 matrix. Generator probes touch their
/// qubits, so gradients never see fused gates.
enum GateFusion {
  static func fuse(_ program: [Instruction]) -> [Instruction] {
    var out: [Instruction] = []
    out.reserveCapacity(program.count)
    var open = [Int](repeating: -1, count: 64)  // qubit → index in `out` of a fusable instruction
    for inst in program {
      if let (q, m) = oneQubitMatrix(inst) {
        if open[q] >= 0, let (_, previous) = oneQubitMatrix(out[open[q]]) {
          out[open[q]] = merged(
            later: m, earlier: previous, qubit: q,
            diagonal: inst.isDiagonal && out[open[q]].isDiagonal)
          continue
        }
        out.append(inst)
        open[q] = out.count - 1
        continue
      }
      var touched = inst.mixingMask | inst.diagonalMask
      while touched != 0 {
        open[touched.trailingZeroBitCount] = -1
        touched &= touched - 1
      }
      out.append(inst)
    }
    return out.flatMap(decomposed)
  }

  /// Splits a one-qubit unitary into a real rotation and a diagonal when it can.
  ///
  /// An uncontrolled 2×2 unitary U written, when it can be, as diag(p₀, p₁) · RY, so that the
  /// diagonal joins a diagonal block and the rotation can share a pass with others.
  /// Otherwise the instruction passes through unchanged.
  ///
  /// With U = [[a, b], [c, d]] this works when c/d is real (RZ·RY, RX = RZ·RY·RZ… do not;
  /// RZ(φ)·RY(θ), the hea layer, does): p₁ = d/|d|, cos = |d|, sin = c/p₁, p₀ = a/cos.
  /// Diagonal U stays diagonal; antidiagonal U = diag(−b, c) · RY(π).
  static func decomposed(_ inst: Instruction) -> [Instruction] {
    guard case .matrix1(0, let q, let m) = inst else { return [inst] }
    let a = Complex(m[0], m[1]), b = Complex(m[2], m[3]), c = Complex(m[4], m[5]), d = Complex(m[6], m[7])
    let tiny = 1e-14
    func diagonal(_ p0: Complex<Double>, _ p1: Complex<Double>) -> Instruction {
      .diagonal1(controls: 0, qubit: q, d: SIMD4(p0.real, p0.imaginary, p1.real, p1.imaginary))
    }
    if b.length < tiny && c.length < tiny { return [diagonal(a, d)] }
    if a.length < tiny && d.length < tiny { return [.rotationY(qubit: q, c: 0, s: 1), diagonal(-b, c)] }
    guard d.length > tiny, abs((c * d.conjugate).imaginary) <= tiny else { return [inst] }
    let p1 = d / Complex(d.length)
    let cosine = d.length
    let sine = (c / p1).real
    let p0 = a / Complex(cosine)
    let rotation = Instruction.rotationY(qubit: q, c: cosine, s: sine)
    return p0 == .one && p1 == .one ? [rotation] : [rotation, diagonal(p0, p1)]
  }

  /// The 2×2 matrix of an uncontrolled one-qubit instruction.
  private static func oneQubitMatrix(_ inst: Instruction) -> (Int, SIMD8<Double>)? {
    switch inst {
    case .matrix1(0, let q, let m): return (q, m)
    case .rotationY(let q, let c, let s): return (q, SIMD8(c, 0, -s, 0, s, 0, c, 0))
    case .diagonal1(0, let q, let d): return (q, SIMD8(d[0], d[1], 0, 0, 0, 0, d[2], d[3]))
    default: return nil
    }
  }

  private static func merged(
    later a: SIMD8<Double>, earlier b: SIMD8<Double>, qubit: Int, diagonal: Bool
  ) -> Instruction {
    // (a·b)[r][c] = Σ_k a[r][k] b[k][c], complex entries interleaved.
    func entry(_ m: SIMD8<Double>, _ r: Int, _ c: Int) -> Complex<Double> {
      Complex(m[2 * (2 * r + c)], m[2 * (2 * r + c) + 1])
    }
    var p = SIMD8<Double>()
    for r in 0..<2 {
      for c in 0..<2 {
        let v = entry(a, r, 0) * entry(b, 0, c) + entry(a, r, 1) * entry(b, 1, c)
        p[2 * (2 * r + c)] = v.real
        p[2 * (2 * r + c) + 1] = v.imaginary
      }
    }
    if diagonal { return .diagonal1(controls: 0, qubit: qubit, d: SIMD4(p[0], p[1], p[6], p[7])) }
    return .matrix1(controls: 0, qubit: qubit, matrix: p)
  }
}
