import RealModule

/// Turns gates into ``Instruction``s, optionally with adjoint-gradient probes.
///
/// Every angle of a parameterized gate sits in exactly one factor exp(−iθG) of the gate
/// (U(θ, φ, λ) = P(φ)·RY(θ)·P(λ), cu = controlled U followed by P(γ) on the control). When
/// gradient slots are given, a ``Instruction/generator(slot:coefficient:controls:xMask:zMask:)``
/// probe for G follows that factor: for G = P/2 the coefficient is 1/2; for a phase
/// P(λ) = exp(iλ|1⟩⟨1|), G = −|1⟩⟨1| (coefficient −1, the projector as controls).
enum Lowering {
  /// The instructions of `gate` with angles `values`; `slots[k]` is the gradient slot of
  /// angle k, or `nil` for no probes.
  static func instructions(for gate: Gate, values a: [Double], slots: [Int]? = nil) -> [Instruction] {
    let q = gate.qubits
    func bit(_ k: Int) -> UInt64 { 1 << UInt64(q[k]) }
    var out: [Instruction] = []
    func probe(_ k: Int, _ coefficient: Double, controls: UInt64 = 0, x: UInt64 = 0, z: UInt64 = 0) {
      if let slots {
        out.append(.generator(slot: slots[k], coefficient: coefficient, controls: controls, xMask: x, zMask: z))
      }
    }
    func matrix(_ m: ComplexMatrix, controls: UInt64 = 0, on target: Int) {
      out.append(.matrix1(controls: controls, qubit: target, matrix: pack2(m)))
    }
    func phaseOn(_ target: Int, controls: UInt64 = 0, _ lambda: Double) {
      out.append(.diagonal1(controls: controls, qubit: target, d: SIMD4(1, 0, .cos(lambda), .sin(lambda))))
    }
    func ry(_ theta: Double, controls: UInt64 = 0, on target: Int) {
      if controls == 0 {
        out.append(.rotationY(qubit: target, c: .cos(theta / 2), s: .sin(theta / 2)))
      } else {
        matrix(GateMatrices.ry(theta), controls: controls, on: target)
      }
    }
    func cp(_ lambda: Double, _ mask: UInt64) {
      out.append(.phaseMask(mask: mask, phase: Complex(.cos(lambda), .sin(lambda))))
    }
    /// U(θ, φ, λ) = P(φ)·RY(θ)·P(λ) on `target` (controlled by `controls`), with probes for
    /// the angle indices `k` (θ, φ, λ; nil for a fixed θ as in u2).
    func u3(_ theta: Double, _ phi: Double, _ lambda: Double, controls: UInt64, target: Int, k: (Int?, Int, Int)) {
      guard slots != nil else {
        matrix(GateMatrices.u(theta, phi, lambda), controls: controls, on: target)
        return
      }
      let t = UInt64(1) << UInt64(target)
      phaseOn(target, controls: controls, lambda)
      probe(k.2, -1, controls: controls | t)
      ry(theta, controls: controls, on: target)
      if let kt = k.0 { probe(kt, 0.5, controls: controls, x: t, z: t) }
      phaseOn(target, controls: controls, phi)
      probe(k.1, -1, controls: controls | t)
    }

    switch gate.kind {
    case .identity: break
    case .x: out.append(.xControlled(controls: 0, qubit: q[0]))
    case .y, .h, .sx, .sxdg: matrix(gate.matrix(parameters: []), on: q[0])
    case .z: out.append(.diagonal1(controls: 0, qubit: q[0], d: SIMD4(1, 0, -1, 0)))
    case .s: phaseOn(q[0], .pi / 2)
    case .sdg: phaseOn(q[0], -.pi / 2)
    case .t: phaseOn(q[0], .pi / 4)
    case .tdg: phaseOn(q[0], -.pi / 4)
    case .rx:
      matrix(GateMatrices.rx(a[0]), on: q[0])
      probe(0, 0.5, x: bit(0))
    case .ry:
      ry(a[0], on: q[0])
      probe(0, 0.5, x: bit(0), z: bit(0))
    case .rz:
      out.append(
        .diagonal1(
          controls: 0, qubit: q[0],
          d: SIMD4(.cos(a[0] / 2), -.sin(a[0] / 2), .cos(a[0] / 2), .sin(a[0] / 2))))
      probe(0, 0.5, z: bit(0))
    case .phase:
      phaseOn(q[0], a[0])
      probe(0, -1, controls: bit(0))
    case .u: u3(a[0], a[1], a[2], controls: 0, target: q[0], k: (0, 1, 2))
    case .u2: u3(.pi / 2, a[0], a[1], controls: 0, target: q[0], k: (nil, 0, 1))
    case .cx: out.append(.xControlled(controls: bit(0), qubit: q[1]))
    case .cy: matrix(Pauli.y.matrix, controls: bit(0), on: q[1])
    case .cz: cp(.pi, bit(0) | bit(1))
    case .ch: matrix(Gate.h(0).matrix, controls: bit(0), on: q[1])
    case .csx: matrix(GateMatrices.sx, controls: bit(0), on: q[1])
    case .swap: out.append(.swap(q[0], q[1]))
    case .crx:
      matrix(GateMatrices.rx(a[0]), controls: bit(0), on: q[1])
      probe(0, 0.5, controls: bit(0), x: bit(1))
    case .cry:
      ry(a[0], controls: bit(0), on: q[1])
      probe(0, 0.5, controls: bit(0), x: bit(1), z: bit(1))
    case .crz:
      out.append(
        .diagonal1(
          controls: bit(0), qubit: q[1],
          d: SIMD4(.cos(a[0] / 2), -.sin(a[0] / 2), .cos(a[0] / 2), .sin(a[0] / 2))))
      probe(0, 0.5, controls: bit(0), z: bit(1))
    case .cp:
      cp(a[0], bit(0) | bit(1))
      probe(0, -1, controls: bit(0) | bit(1))
    case .cu3: u3(a[0], a[1], a[2], controls: bit(0), target: q[1], k: (0, 1, 2))
    case .cu:
      u3(a[0], a[1], a[2], controls: bit(0), target: q[1], k: (0, 1, 2))
      phaseOn(q[0], a[3])
      probe(3, -1, controls: bit(0))
    case .rxx:
      out.append(.pauliRotation(xMask: bit(0) | bit(1), zMask: 0, theta: a[0]))
      probe(0, 0.5, x: bit(0) | bit(1))
    case .ryy:
      out.append(.pauliRotation(xMask: bit(0) | bit(1), zMask: bit(0) | bit(1), theta: a[0]))
      probe(0, 0.5, x: bit(0) | bit(1), z: bit(0) | bit(1))
    case .rzz:
      out.append(.zRotation(zMask: bit(0) | bit(1), theta: a[0]))
      probe(0, 0.5, z: bit(0) | bit(1))
    case .ccx: out.append(.xControlled(controls: bit(0) | bit(1), qubit: q[2]))
    case .mcx:
      let controls = q.dropLast().reduce(UInt64(0)) { $0 | (1 << UInt64($1)) }
      out.append(.xControlled(controls: controls, qubit: q[q.count - 1]))
    case .cswap:
      out.append(.xControlled(controls: bit(2), qubit: q[1]))
      out.append(.xControlled(controls: bit(0) | bit(1), qubit: q[2]))
      out.append(.xControlled(controls: bit(2), qubit: q[1]))
    case .pauliRotation(let p):
      if p.isDiagonal {
        out.append(.zRotation(zMask: p.zMask, theta: a[0]))
      } else {
        out.append(.pauliRotation(xMask: p.xMask, zMask: p.zMask, theta: a[0]))
      }
      probe(0, 0.5, x: p.xMask, z: p.zMask)
    case .unitary(let m):
      if q.count == 1 {
        matrix(m, on: q[0])
      } else {
        out.append(.matrix2(q0: q[0], q1: q[1], matrix: m.elements.flatMap { [$0.real, $0.imaginary] }))
      }
    }
    return out
  }

  /// A 2×2 matrix as 8 interleaved doubles, row-major.
  static func pack2(_ m: ComplexMatrix) -> SIMD8<Double> {
    SIMD8(
      m[0, 0].real, m[0, 0].imaginary, m[0, 1].real, m[0, 1].imaginary,
      m[1, 0].real, m[1, 0].imaginary, m[1, 1].real, m[1, 1].imaginary)
  }
}
