extension Instruction {
  /// The complex-conjugate instruction (U*), used for the column side of a density matrix.
  var conjugated: Instruction {
    switch self {
    case .matrix1(let c, let q, let m):
      return .matrix1(controls: c, qubit: q, matrix: SIMD8(m[0], -m[1], m[2], -m[3], m[4], -m[5], m[6], -m[7]))
    case .rotationY, .xControlled, .swap, .generator: return self
    case .rotationsY: return self
    case .matrix2(let q0, let q1, let m):
      return .matrix2(q0: q0, q1: q1, matrix: m.enumerated().map { $0.offset % 2 == 1 ? -$0.element : $0.element })
    case .diagonal1(let c, let q, let d): return .diagonal1(controls: c, qubit: q, d: SIMD4(d[0], -d[1], d[2], -d[3]))
    case .phaseMask(let mask, let p): return .phaseMask(mask: mask, phase: p.conjugate)
    case .zRotation(let z, let theta): return .zRotation(zMask: z, theta: -theta)
    case .pauliRotation(let x, let z, let theta):
      // exp(−iθP/2)* = exp(+iθP*/2) and P* = (−1)^{#Y} P.
      let ys = (x & z).nonzeroBitCount
      return .pauliRotation(xMask: x, zMask: z, theta: ys % 2 == 0 ? -theta : theta)
    case .diagonalBlock(let block):
      return .diagonalBlock(
        DiagonalBlock(
          scalar: block.scalar.conjugate,
          factors: block.factors.map { .init(mask: $0.mask, parity: $0.parity, value: $0.value.conjugate) }))
    }
  }

  /// The same instruction on qubits shifted up by `n`.
  func shifted(by n: Int) -> Instruction {
    let s = UInt64(n)
    switch self {
    case .matrix1(let c, let q, let m): return .matrix1(controls: c << s, qubit: q + n, matrix: m)
    case .rotationY(let q, let c, let sn): return .rotationY(qubit: q + n, c: c, s: sn)
    case .rotationsY(let r): return .rotationsY(r.map { RotationY(qubit: $0.qubit + n, c: $0.c, s: $0.s) })
    case .matrix2(let q0, let q1, let m): return .matrix2(q0: q0 + n, q1: q1 + n, matrix: m)
    case .diagonal1(let c, let q, let d): return .diagonal1(controls: c << s, qubit: q + n, d: d)
    case .phaseMask(let mask, let p): return .phaseMask(mask: mask << s, phase: p)
    case .zRotation(let z, let theta): return .zRotation(zMask: z << s, theta: theta)
    case .pauliRotation(let x, let z, let theta): return .pauliRotation(xMask: x << s, zMask: z << s, theta: theta)
    case .xControlled(let c, let q): return .xControlled(controls: c << s, qubit: q + n)
    case .swap(let a, let b): return .swap(a + n, b + n)
    case .generator(let slot, let coefficient, let c, let x, let z):
      return .generator(slot: slot, coefficient: coefficient, controls: c << s, xMask: x << s, zMask: z << s)
    case .diagonalBlock(let block):
      return .diagonalBlock(
        DiagonalBlock(
          scalar: block.scalar,
          factors: block.factors.map { .init(mask: $0.mask << s, parity: $0.parity, value: $0.value) }))
    }
  }
}
