// How a rotation generator acts on a term, with a table for generators on one or two qubits.

/// For a generator P and a term Q: whether they anticommute, and the sign s in `iPQ = s·(P ^ Q)`.
///
/// For P on one or two qubits both depend only on Q's four bits there (outside P's support, Q
/// and P ^ Q agree, so their Y counts cancel in the phase), so they come from a 16-entry table
/// indexed by `bits(q0) | bits(q1) << 2`; wider generators use popcounts.
///
/// ```text
/// P = X:  Q = Z (index 2): XZ = −iY, iXZ = +Y  → anticommutes, sign +1
///         Q = Y (index 3): XY = +iZ, iXY = −Z  → anticommutes, sign −1
/// ```
struct GeneratorRule<Key: PackedPauli>: Sendable {
  let generator: Key
  /// The generator's qubits when it has at most two (q1 = −1 for one), else both −1.
  let q0: Int
  let q1: Int
  /// Bit l set: the local string l anticommutes with P.
  let anticommuting: UInt16
  /// Bit l set: iPQ = −(P ^ Q) for local string l.
  let negative: UInt16
  /// Whether P is X on one qubit (such rotations keep strings in their shard).
  let isSingleQubitX: Bool
  /// Single-bit masks: the X and Z bits of q0 and q1 (so that reading a term's local string
  /// takes four AND tests instead of indexing words).
  let x0: Key
  let z0: Key
  let x1: Key
  let z1: Key

  init(_ p: Key, qubits: [Int]) {
    generator = p
    isSingleQubitX = qubits.count == 1 && p.bits(at: qubits[0]) == 1
    func bit(_ value: UInt8, _ q: Int?) -> Key {
      var k = Key.identity
      if let q { k.setBits(value, at: q) }
      return k
    }
    let small = qubits.count <= 2
    x0 = bit(1, small ? qubits.first : nil)
    z0 = bit(2, small ? qubits.first : nil)
    x1 = bit(1, small && qubits.count == 2 ? qubits[1] : nil)
    z1 = bit(2, small && qubits.count == 2 ? qubits[1] : nil)
    guard qubits.count <= 2, let first = qubits.first else {
      q0 = -1
      q1 = -1
      anticommuting = 0
      negative = 0
      return
    }
    q0 = first
    q1 = qubits.count == 2 ? qubits[1] : -1
    var anti: UInt16 = 0, neg: UInt16 = 0
    for l in 0..<(qubits.count == 2 ? 16 : 4) {
      var q = Key.identity
      q.setBits(UInt8(l & 3), at: first)
      if qubits.count == 2 { q.setBits(UInt8(l >> 2), at: qubits[1]) }
      if q.anticommutes(with: p) {
        anti |= 1 << UInt16(l)
        if p.productPhase(with: q, result: q ^ p) == 1 { neg |= 1 << UInt16(l) }
      }
    }
    anticommuting = anti
    negative = neg
  }

  /// (Q anticommutes with P, iPQ = −(P ^ Q)).
  @inline(__always)
  func classify(_ key: Key) -> (anticommutes: Bool, negative: Bool) {
    if q0 >= 0 {
      var l = (key.sharesBit(with: x0) ? 1 : 0) | (key.sharesBit(with: z0) ? 2 : 0)
      if q1 >= 0 { l |= (key.sharesBit(with: x1) ? 4 : 0) | (key.sharesBit(with: z1) ? 8 : 0) }
      return ((anticommuting >> UInt16(l)) & 1 == 1, (negative >> UInt16(l)) & 1 == 1)
    }
    let anti = key.anticommutes(with: generator)
    return (anti, anti && generator.productPhase(with: key, result: key ^ generator) == 1)
  }
}
