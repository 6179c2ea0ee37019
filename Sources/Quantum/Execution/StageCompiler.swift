/// Rewrites the instructions of one stage for fewer passes over the chunk.
///
/// Rewrites the instructions of one stage for fewer passes over the chunk:
///
/// 1. Diagonal instructions are collected into one ``DiagonalBlock``, emitted just before
///    the first later instruction that mixes one of its qubits (everything they pass
///    commutes with them: it is diagonal on their qubits). Diagonal probes commute with
///    diagonal gates applied to both states of the backward pass, so they are not held up.
/// 2. Runs of real rotations on distinct qubits become one ``Instruction/rotationsY(_:)``
///    (up to three per pass).
enum StageCompiler {
  static let maximumRotationsPerPass = 3

  static func compile(_ instructions: [Instruction]) -> [Instruction] {
    let folded = foldDiagonals(instructions)
    let hasProbes = folded.contains { if case .generator = $0 { return true } else { return false } }
    return groupRotations(hasProbes ? folded : scaleRotations(folded))
  }

  /// Rewrites rotations in the cheaper scaled form.
  ///
  /// Every rotation [[c, −s], [s, c]] with |c| ≥ 10⁻³ becomes c·[[1, −t], [t, 1]], t = s/c,
  /// which costs one FMA per output instead of two, and multiplies the product of the
  /// factors c into the stage's first diagonal block (or a final scalar pass). A scalar
  /// commutes with every gate, but not with probes (they read two states), so stages with
  /// probes keep plain rotations. Rounding: (a − t·b)·c has the same error bound as c·a − s·b.
  static func scaleRotations(_ instructions: [Instruction]) -> [Instruction] {
    var scale = 1.0
    var out: [Instruction] = []
    func scaled(_ r: RotationY) -> RotationY {
      guard abs(r.c) >= 1e-3 else { return r }
      scale *= r.c
      return RotationY(qubit: r.qubit, c: 1, s: r.s / r.c)
    }
    for inst in instructions {
      switch inst {
      case .rotationY(let q, let c, let s):
        let r = scaled(RotationY(qubit: q, c: c, s: s))
        out.append(.rotationY(qubit: r.qubit, c: r.c, s: r.s))
      case .rotationsY(let rotations):
        out.append(.rotationsY(rotations.map(scaled)))
      default:
        out.append(inst)
      }
      // The amplitudes grow by 1/c ≤ 1000 per rotation; settle the scale long before overflow.
      if abs(scale.exponent) > 400 {
        out.append(.phaseMask(mask: 0, phase: Complex(scale)))
        scale = 1
      }
    }
    guard scale != 1 else { return out }
    if let k = out.firstIndex(where: { if case .diagonalBlock = $0 { return true } else { return false } }),
      case .diagonalBlock(var block) = out[k]
    {
      block.scalar = block.scalar * Complex(scale)
      out[k] = .diagonalBlock(block)
    } else {
      out.append(.phaseMask(mask: 0, phase: Complex(scale)))
    }
    return out
  }

  static func foldDiagonals(_ instructions: [Instruction]) -> [Instruction] {
    var out: [Instruction] = []
    var pending = DiagonalBlock()
    var pendingMask: UInt64 = 0
    var hasPending = false
    func flush() {
      guard hasPending else { return }
      if !pending.factors.isEmpty || pending.scalar != .one { out.append(.diagonalBlock(pending)) }
      pending = DiagonalBlock()
      pendingMask = 0
      hasPending = false
    }
    for inst in instructions {
      if case .generator = inst {
        if inst.mixingMask & pendingMask != 0 { flush() }
        out.append(inst)
        continue
      }
      if inst.isDiagonal, pending.absorb(inst) {
        pendingMask |= inst.diagonalMask
        hasPending = true
        continue
      }
      if inst.mixingMask & pendingMask != 0 { flush() }
      out.append(inst)
    }
    flush()
    return out
  }

  static func groupRotations(_ instructions: [Instruction]) -> [Instruction] {
    var out: [Instruction] = []
    var group: [RotationY] = []
    func flush() {
      if group.count == 1 {
        out.append(.rotationY(qubit: group[0].qubit, c: group[0].c, s: group[0].s))
      } else if !group.isEmpty {
        out.append(.rotationsY(group))
      }
      group = []
    }
    for inst in instructions {
      if case .rotationY(let q, let c, let s) = inst {
        // A group is all scaled (c = 1, cheaper kernel) or all plain.
        if group.contains(where: { $0.qubit == q }) || group.count == maximumRotationsPerPass
          || group.first.map({ ($0.c == 1) != (c == 1) }) == true
        {
          flush()
        }
        group.append(RotationY(qubit: q, c: c, s: s))
      } else {
        flush()
        out.append(inst)
      }
    }
    flush()
    return out
  }
}
