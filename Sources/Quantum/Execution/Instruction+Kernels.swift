import _QuantumKernels

extension Instruction {
  /// Runs the instruction on a buffer of 2^m amplitudes (interleaved doubles).
  /// - Precondition: not a generator probe; every index and mask lies below m.
  func apply(to s: UnsafeMutablePointer<Double>, qubits m: Int) {
    let m32 = Int32(m)
    switch self {
    case .matrix1(let controls, let q, let u):
      withUnsafeBytes(of: u) { raw in
        let p = raw.baseAddress!.assumingMemoryBound(to: Double.self)
        if controls == 0 {
          qk_matrix1(s, m32, Int32(q), p)
        } else {
          qk_matrix1_controlled(s, m32, controls, Int32(q), p)
        }
      }
    case .rotationY(let q, let c, let sn): qk_rotation_y(s, m32, Int32(q), c, sn)
    case .matrix2(let q0, let q1, let u):
      u.withUnsafeBufferPointer { qk_matrix2(s, m32, Int32(q0), Int32(q1), $0.baseAddress!) }
    case .diagonal1(let controls, let q, let d):
      withUnsafeBytes(of: d) { raw in
        qk_diagonal1(s, m32, controls, Int32(q), raw.baseAddress!.assumingMemoryBound(to: Double.self))
      }
    case .phaseMask(let mask, let phase): qk_phase_mask(s, m32, mask, phase.real, phase.imaginary)
    case .zRotation(let z, let theta): qk_z_rotation(s, m32, z, theta)
    case .pauliRotation(let x, let z, let theta): qk_pauli_rotation(s, m32, x, z, theta)
    case .xControlled(let controls, let q): qk_x_controlled(s, m32, controls, Int32(q))
    case .swap(let a, let b): qk_swap(s, m32, Int32(a), Int32(b))
    case .rotationsY(let rotations):
      var targets = rotations.map { Int32($0.qubit) }
      var cs = rotations.flatMap { [$0.c, $0.s] }
      qk_rotations_y(s, m32, Int32(rotations.count), &targets, &cs)
    case .diagonalBlock(let block):
      // Outside the chunked executor (which uses tables): one factor at a time.
      let scalar = block.scalar
      if scalar != .one { qk_phase_mask(s, m32, 0, scalar.real, scalar.imaginary) }
      for f in block.factors {
        if f.parity {
          let theta = f.value.phase
          qk_z_rotation(s, m32, f.mask, theta)
          qk_phase_mask(s, m32, 0, .cos(theta / 2), .sin(theta / 2))
        } else {
          qk_phase_mask(s, m32, f.mask, f.value.real, f.value.imaginary)
        }
      }
    case .generator: preconditionFailure("a generator probe is not a gate")
    }
  }

  /// For a generator probe: 2·coefficient·Im Σ_{b ⊇ controls} conj(λ_b)(Pφ)_b.
  static func probe(
    coefficient: Double, controls: UInt64, xMask: UInt64, zMask: UInt64,
    lambda: UnsafePointer<Double>, phi: UnsafePointer<Double>, qubits m: Int
  ) -> Double {
    var re = 0.0
    var im = 0.0
    qk_pauli_inner(lambda, phi, Int32(m), controls, xMask, zMask, &re, &im)
    return 2 * coefficient * im
  }
}
