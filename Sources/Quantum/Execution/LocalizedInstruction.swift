/// An instruction rewritten for the chunks of one stage: local indices, plus the
/// conditions its non-local qubits impose on each chunk.
struct LocalizedInstruction: Sendable {
  /// The instruction on local qubits (masks compressed to chunk positions).
  var local: Instruction
  /// Physical bits that must all be 1 in a chunk for the instruction to act there
  /// (non-local controls); otherwise the chunk skips it.
  var requiredBits: UInt64
  /// Physical bits of non-local Z factors: an odd number of them set in a chunk flips
  /// the sign of the rotation angle (or of a probe).
  var signBits: UInt64
  /// For `diagonal1` whose target is non-local: the physical bit selecting d0 or d1.
  var selectorBit: UInt64
  /// For a diagonal block: its tables for this stage (`local` is then a placeholder).
  var diagonal: LocalizedDiagonalBlock?

  init(_ inst: Instruction, localQubits: [Int]) {
    var position = [Int](repeating: -1, count: 64)
    for (i, q) in localQubits.enumerated() { position[q] = i }
    let localMask = localQubits.reduce(UInt64(0)) { $0 | (1 << UInt64($1)) }
    func compress(_ mask: UInt64) -> UInt64 {
      var bits = mask & localMask
      var out: UInt64 = 0
      while bits != 0 {
        let q = bits.trailingZeroBitCount
        out |= 1 << UInt64(position[q])
        bits &= bits - 1
      }
      return out
    }
    func local(_ q: Int) -> Int {
      precondition(position[q] >= 0, "qubit \(q) must be local to the chunk")
      return position[q]
    }
    requiredBits = 0
    signBits = 0
    selectorBit = 0
    diagonal = nil
    switch inst {
    case .rotationsY(let rotations):
      self.local = .rotationsY(rotations.map { RotationY(qubit: local($0.qubit), c: $0.c, s: $0.s) })
    case .diagonalBlock(let block):
      diagonal = LocalizedDiagonalBlock(block, localQubits: localQubits, compress: compress)
      self.local = .phaseMask(mask: 0, phase: .one)
    case .matrix1(let c, let q, let u):
      requiredBits = c & ~localMask
      self.local = .matrix1(controls: compress(c), qubit: local(q), matrix: u)
    case .rotationY(let q, let c, let s):
      self.local = .rotationY(qubit: local(q), c: c, s: s)
    case .matrix2(let q0, let q1, let u):
      self.local = .matrix2(q0: local(q0), q1: local(q1), matrix: u)
    case .diagonal1(let c, let q, let d):
      requiredBits = c & ~localMask
      if position[q] >= 0 {
        self.local = .diagonal1(controls: compress(c), qubit: local(q), d: d)
      } else {
        selectorBit = 1 << UInt64(q)
        // Placeholder; the chunk picks d0 or d1 (see `resolved(forChunk:)`).
        self.local = .diagonal1(controls: compress(c), qubit: -1, d: d)
      }
    case .phaseMask(let mask, let phase):
      requiredBits = mask & ~localMask
      self.local = .phaseMask(mask: compress(mask), phase: phase)
    case .zRotation(let z, let theta):
      signBits = z & ~localMask
      self.local = .zRotation(zMask: compress(z), theta: theta)
    case .pauliRotation(let x, let z, let theta):
      precondition(x & ~localMask == 0, "a Pauli rotation's X/Y qubits must be local")
      signBits = z & ~localMask
      self.local = .pauliRotation(xMask: compress(x), zMask: compress(z), theta: theta)
    case .xControlled(let c, let q):
      requiredBits = c & ~localMask
      self.local = .xControlled(controls: compress(c), qubit: local(q))
    case .swap(let a, let b):
      self.local = .swap(local(a), local(b))
    case .generator(let slot, let coefficient, let c, let x, let z):
      precondition(x & ~localMask == 0, "a probe's X/Y qubits must be local")
      requiredBits = c & ~localMask
      signBits = z & ~localMask
      self.local = .generator(
        slot: slot, coefficient: coefficient, controls: compress(c),
        xMask: compress(x), zMask: compress(z))
    }
  }

  /// The instruction to run on the chunk whose non-local bits are `base`, or `nil` when
  /// the chunk is unaffected.
  @inline(__always)
  func resolved(forChunk base: UInt64) -> Instruction? {
    if base & requiredBits != requiredBits { return nil }
    let flip = (base & signBits).nonzeroBitCount & 1 == 1
    switch local {
    case .diagonal1(let c, let q, let d) where q < 0:
      let pick = base & selectorBit != 0
      return .phaseMask(mask: c, phase: pick ? Complex(d[2], d[3]) : Complex(d[0], d[1]))
    case .zRotation(let z, let theta):
      let t = flip ? -theta : theta
      if z == 0 { return .phaseMask(mask: 0, phase: Complex(.cos(t / 2), -.sin(t / 2))) }
      return flip ? .zRotation(zMask: z, theta: t) : local
    case .pauliRotation(let x, let z, let theta) where flip:
      return .pauliRotation(xMask: x, zMask: z, theta: -theta)
    case .generator(let slot, let coefficient, let c, let x, let z) where flip:
      return .generator(slot: slot, coefficient: -coefficient, controls: c, xMask: x, zMask: z)
    default:
      return local
    }
  }
}
