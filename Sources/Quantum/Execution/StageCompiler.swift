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
    groupRotations(foldDiagonals(instructions))
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
        if group.contains(where: { $0.qubit == q }) || group.count == maximumRotationsPerPass { flush() }
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
