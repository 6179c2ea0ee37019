// Pauli strings wider than 63 qubits: several words per mask in SIMD vectors.

import Quantum

/// A Pauli string on up to `64·Words.scalarCount − 1` qubits (127 for two words, 255 for four,
/// 511 for eight), masks stored as SIMD vectors of words, least significant qubit first.
///
/// ```text
/// qubit:  127 … 64 │ 63 … 0
/// x:      x[1]     │ x[0]       (X or Y)
/// z:      z[1]     │ z[0]       (Z or Y)
/// ```
///
/// The top qubit is reserved for the ``PackedPauli`` sentinels.
struct WidePackedPauli<Words: SIMD & Sendable>: PackedPauli where Words.Scalar == UInt64 {
  var x: Words
  var z: Words

  static var capacity: Int { 64 * Words.scalarCount - 1 }
  static var empty: Self { Self(x: Words(repeating: ~0), z: Words(repeating: ~0)) }
  static var tombstone: Self {
    var z = Words(repeating: ~0)
    z[Words.scalarCount - 1] = ~0 >> 1
    return Self(x: Words(repeating: ~0), z: z)
  }
  static var identity: Self { Self(x: Words(), z: Words()) }

  init(x: Words, z: Words) {
    self.x = x
    self.z = z
  }

  init(_ string: PauliString) {
    precondition(string.minimumQubitCount <= Self.capacity, "\(string) needs more than \(Self.capacity) qubits")
    var x = Words(), z = Words()
    for (w, word) in string.xWords.enumerated() { x[w] = word }
    for (w, word) in string.zWords.enumerated() { z[w] = word }
    self.init(x: x, z: z)
  }

  var pauliString: PauliString {
    PauliString(xWords: x.indices.map { x[$0] }, zWords: z.indices.map { z[$0] })
  }

  @inline(__always)
  static func popcount(_ v: Words) -> Int {
    var n = 0
    for i in v.indices { n &+= v[i].nonzeroBitCount }
    return n
  }

  static func ^ (lhs: Self, rhs: Self) -> Self { Self(x: lhs.x ^ rhs.x, z: lhs.z ^ rhs.z) }
  static func | (lhs: Self, rhs: Self) -> Self { Self(x: lhs.x | rhs.x, z: lhs.z | rhs.z) }
  var supportMask: Self { Self(x: x | z, z: x | z) }
  func overlaps(_ other: Self) -> Bool { (x | z) & (other.x | other.z) != Words() }
  var weight: Int { Self.popcount(x | z) }
  var yCount: Int { Self.popcount(x & z) }
  var xyWeight: Int { Self.popcount(x) }
  func zxOverlap(_ other: Self) -> Int { Self.popcount(z & other.x) }
  func anticommutes(with other: Self) -> Bool {
    let v = (x & other.z) ^ (z & other.x)
    var folded: UInt64 = 0
    for i in v.indices { folded ^= v[i] }
    return oddParity(folded)
  }
  func weight(within mask: Self) -> Int { Self.popcount((x | z) & mask.x) }
  func xCount(within mask: Self) -> Int { Self.popcount(x & mask.x) }
  var isDiagonal: Bool { x == Words() }
  func zParity(with ones: Self) -> Int { Self.popcount(z & ones.x) }
  func sharesBit(with mask: Self) -> Bool { (x & mask.x) | (z & mask.z) != Words() }
  var isSentinel: Bool { x[Words.scalarCount - 1] >> 63 != 0 }
  @inline(__always)
  func forEachXQubit(_ body: (Int) -> Void) {
    for w in x.indices { forEachSetBit(x[w], offset: 64 * w, body) }
  }
  @inline(__always)
  func forEachZQubit(_ body: (Int) -> Void) {
    for w in z.indices { forEachSetBit(z[w], offset: 64 * w, body) }
  }
  func bits(at q: Int) -> UInt8 {
    let w = q >> 6, b = UInt64(q & 63)
    return UInt8((x[w] >> b) & 1 | ((z[w] >> b) & 1) << 1)
  }
  mutating func setBits(_ value: UInt8, at q: Int) {
    let w = q >> 6, bit = UInt64(1) << UInt64(q & 63)
    x[w] = value & 1 == 1 ? x[w] | bit : x[w] & ~bit
    z[w] = value & 2 == 2 ? z[w] | bit : z[w] & ~bit
  }
  var yFoldedToZ: Self { Self(x: x & ~z, z: z) }
  var mixedHash: UInt64 {
    var h: UInt64 = 0x2545_F491_4F6C_DD1D
    for i in x.indices {
      h = (h ^ x[i]) &* 0x9E37_79B9_7F4A_7C15
      h = (h ^ (h >> 29) ^ z[i]) &* 0xBF58_476D_1CE4_E5B9
    }
    return mix64(h)
  }
}

/// 127 qubits: IBM Eagle.
typealias PackedPauli4 = WidePackedPauli<SIMD2<UInt64>>
/// 255 qubits.
typealias PackedPauli8 = WidePackedPauli<SIMD4<UInt64>>
/// 511 qubits: the widest layout.
typealias PackedPauli16 = WidePackedPauli<SIMD8<UInt64>>
