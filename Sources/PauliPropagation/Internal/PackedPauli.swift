// Fixed-width Pauli strings for the propagation engine's hash table.

import Quantum

/// A Pauli string packed into a fixed number of machine words, with the operations the
/// engine needs in its inner loops (no allocation, no bounds checks).
///
/// Bit q of the X mask marks X or Y on qubit q, bit q of the Z mask marks Z or Y, exactly as in
/// `PauliString`; the operator is `i^popcount(x & z) · Xˣ · Zᶻ`:
///
/// ```text
/// qubit:    3 2 1 0
/// string:   I Y Z X        x = 0101   (X or Y)
///                          z = 0110   (Z or Y)
/// ```
///
/// The highest qubit a layout could hold is reserved: the two sentinels ``empty`` (every bit
/// set) and ``tombstone`` (every bit set except the top Z bit) have a non-identity factor there,
/// so no real string ever equals them. That is why ``capacity`` is one less than the bits per mask.
protocol PackedPauli: Hashable, Sendable {
  /// The number of qubits this layout holds.
  static var capacity: Int { get }
  /// The marker of a never-used hash slot.
  static var empty: Self { get }
  /// The marker of a slot whose term was removed (probing continues past it).
  static var tombstone: Self { get }
  /// The identity string.
  static var identity: Self { get }

  /// The packed form of `string`.
  /// - Precondition: `string.minimumQubitCount <= Self.capacity`.
  init(_ string: PauliString)
  /// The string as the library's public type.
  var pauliString: PauliString { get }

  /// Component-wise XOR of both masks: the string of the product `self · other` (phase dropped).
  static func ^ (lhs: Self, rhs: Self) -> Self
  /// Component-wise OR of both masks.
  static func | (lhs: Self, rhs: Self) -> Self
  /// The string that has X and Z bits on every qubit where `self` has a non-identity factor.
  var supportMask: Self { get }
  /// Whether `self` and `other` have a non-identity factor on a common qubit.
  func overlaps(_ other: Self) -> Bool
  /// The number of non-identity factors.
  var weight: Int { get }
  /// `popcount(x & z)`: the number of Y factors.
  var yCount: Int { get }
  /// `popcount(x)`: the number of X and Y factors (the strings with none are diagonal).
  var xyWeight: Int { get }
  /// `popcount(self.z & other.x)`.
  func zxOverlap(_ other: Self) -> Int
  /// Whether the two strings anticommute: `popcount(x₁z₂ ⊕ z₁x₂)` is odd.
  func anticommutes(with other: Self) -> Bool
  /// The number of non-identity factors of `self` on the qubits where `mask` has an X bit.
  func weight(within mask: Self) -> Int
  /// The number of X or Y factors of `self` on the qubits where `mask` has an X bit.
  func xCount(within mask: Self) -> Int
  /// Whether the string has no X bit (only I and Z: diagonal in the computational basis).
  var isDiagonal: Bool { get }
  /// `popcount(z & ones.x)`: the Z factors on the qubits marked by the X mask of `ones`.
  func zParity(with ones: Self) -> Int
  /// Whether `self` shares a set bit with `mask` (in either mask).
  func sharesBit(with mask: Self) -> Bool
  /// Whether this is ``empty`` or ``tombstone``: one bit test, the X bit of the reserved qubit,
  /// which both sentinels set and no real string does.
  var isSentinel: Bool { get }
  /// Calls `body` with every qubit that has an X or Y factor, in increasing order.
  func forEachXQubit(_ body: (Int) -> Void)
  /// Calls `body` with every qubit that has a Z or Y factor, in increasing order.
  func forEachZQubit(_ body: (Int) -> Void)
  /// The two bits (x, z) of qubit `q` as `x | z << 1`.
  func bits(at q: Int) -> UInt8
  /// Sets the two bits of qubit `q` from `x | z << 1`.
  mutating func setBits(_ bits: UInt8, at q: Int)
  /// A well-mixed 64-bit hash of the whole string: its low bits pick the slot in a shard.
  var mixedHash: UInt64 { get }
  /// The string with every Y turned into Z: `(x & ~z, z)`. An X rotation on qubit q pairs Q
  /// with Q·X_q only when Q has Z or Y there, so both fold to the same string: hashing the fold
  /// to pick the shard keeps every X-rotation partner in its shard.
  var yFoldedToZ: Self { get }
}

extension PackedPauli {
  /// The hash whose top bits pick a term's shard (see ``yFoldedToZ``).
  @inline(__always)
  var shardHash: UInt64 { yFoldedToZ.mixedHash }

  /// The phase exponent e of the product `self · other = i^e · (self ^ other)`, in 0...3.
  ///
  /// With `P = i^{|x₁z₁|} X^{x₁} Z^{z₁}` and moving `Z^{z₁}` past `X^{x₂}` (a sign
  /// `(-1)^{|z₁x₂|}`), the product is `i^{|x₁z₁| + |x₂z₂| + 2|z₁x₂| − |x₃z₃|} · R` for
  /// `R = self ^ other` with masks x₃, z₃.
  @inline(__always)
  func productPhase(with other: Self, result: Self) -> Int {
    (yCount + other.yCount + 2 * zxOverlap(other) - result.yCount) & 3
  }
}

/// Up to 31 qubits in one word: X mask in bits 0–31, Z mask in bits 32–63 (qubit 31 reserved).
struct PackedPauli1: PackedPauli {
  var bits: UInt64

  static var capacity: Int { 31 }
  static var empty: PackedPauli1 { PackedPauli1(bits: ~0) }
  static var tombstone: PackedPauli1 { PackedPauli1(bits: ~0 & ~(UInt64(1) << 63)) }
  static var identity: PackedPauli1 { PackedPauli1(bits: 0) }

  init(bits: UInt64) { self.bits = bits }

  init(_ string: PauliString) {
    precondition(string.minimumQubitCount <= Self.capacity, "\(string) needs more than \(Self.capacity) qubits")
    let x = string.xWords.first ?? 0, z = string.zWords.first ?? 0
    bits = x | z << 32
  }

  var x: UInt64 { bits & 0xFFFF_FFFF }
  var z: UInt64 { bits >> 32 }

  var pauliString: PauliString { PauliString(xMask: x, zMask: z) }

  static func ^ (lhs: Self, rhs: Self) -> Self { Self(bits: lhs.bits ^ rhs.bits) }
  static func | (lhs: Self, rhs: Self) -> Self { Self(bits: lhs.bits | rhs.bits) }
  var supportMask: Self {
    let s = x | z
    return Self(bits: s | s << 32)
  }
  func overlaps(_ other: Self) -> Bool { (x | z) & (other.x | other.z) != 0 }
  var weight: Int { (x | z).nonzeroBitCount }
  var yCount: Int { (x & z).nonzeroBitCount }
  var xyWeight: Int { x.nonzeroBitCount }
  func zxOverlap(_ other: Self) -> Int { (z & other.x).nonzeroBitCount }
  func anticommutes(with other: Self) -> Bool { oddParity((x & other.z) ^ (z & other.x)) }
  func weight(within mask: Self) -> Int { ((x | z) & mask.x).nonzeroBitCount }
  func xCount(within mask: Self) -> Int { (x & mask.x).nonzeroBitCount }
  var isDiagonal: Bool { x == 0 }
  func zParity(with ones: Self) -> Int { (z & ones.x).nonzeroBitCount }
  func sharesBit(with mask: Self) -> Bool { bits & mask.bits != 0 }
  var isSentinel: Bool { bits & (1 << 31) != 0 }
  @inline(__always)
  func forEachXQubit(_ body: (Int) -> Void) { forEachSetBit(x, body) }
  @inline(__always)
  func forEachZQubit(_ body: (Int) -> Void) { forEachSetBit(z, body) }
  func bits(at q: Int) -> UInt8 { UInt8((bits >> UInt64(q)) & 1 | ((bits >> UInt64(q + 32)) & 1) << 1) }
  mutating func setBits(_ value: UInt8, at q: Int) {
    let clear = ~(UInt64(1) << UInt64(q) | UInt64(1) << UInt64(q + 32))
    bits = bits & clear | UInt64(value & 1) << UInt64(q) | UInt64(value >> 1) << UInt64(q + 32)
  }
  var mixedHash: UInt64 { mix64(bits) }
  var yFoldedToZ: Self { Self(bits: bits & ~((bits >> 32) & 0xFFFF_FFFF)) }
}

/// Up to 63 qubits: one word per mask (qubit 63 reserved).
struct PackedPauli2: PackedPauli {
  var x: UInt64
  var z: UInt64

  static var capacity: Int { 63 }
  static var empty: PackedPauli2 { PackedPauli2(x: ~0, z: ~0) }
  static var tombstone: PackedPauli2 { PackedPauli2(x: ~0, z: ~0 >> 1) }
  static var identity: PackedPauli2 { PackedPauli2(x: 0, z: 0) }

  init(x: UInt64, z: UInt64) {
    self.x = x
    self.z = z
  }

  init(_ string: PauliString) {
    precondition(string.minimumQubitCount <= Self.capacity, "\(string) needs more than \(Self.capacity) qubits")
    x = string.xWords.first ?? 0
    z = string.zWords.first ?? 0
  }

  var pauliString: PauliString { PauliString(xMask: x, zMask: z) }

  static func ^ (lhs: Self, rhs: Self) -> Self { Self(x: lhs.x ^ rhs.x, z: lhs.z ^ rhs.z) }
  static func | (lhs: Self, rhs: Self) -> Self { Self(x: lhs.x | rhs.x, z: lhs.z | rhs.z) }
  var supportMask: Self { Self(x: x | z, z: x | z) }
  func overlaps(_ other: Self) -> Bool { (x | z) & (other.x | other.z) != 0 }
  var weight: Int { (x | z).nonzeroBitCount }
  var yCount: Int { (x & z).nonzeroBitCount }
  var xyWeight: Int { x.nonzeroBitCount }
  func zxOverlap(_ other: Self) -> Int { (z & other.x).nonzeroBitCount }
  func anticommutes(with other: Self) -> Bool { oddParity((x & other.z) ^ (z & other.x)) }
  func weight(within mask: Self) -> Int { ((x | z) & mask.x).nonzeroBitCount }
  func xCount(within mask: Self) -> Int { (x & mask.x).nonzeroBitCount }
  var isDiagonal: Bool { x == 0 }
  func zParity(with ones: Self) -> Int { (z & ones.x).nonzeroBitCount }
  func sharesBit(with mask: Self) -> Bool { (x & mask.x) | (z & mask.z) != 0 }
  var isSentinel: Bool { x >> 63 != 0 }
  @inline(__always)
  func forEachXQubit(_ body: (Int) -> Void) { forEachSetBit(x, body) }
  @inline(__always)
  func forEachZQubit(_ body: (Int) -> Void) { forEachSetBit(z, body) }
  func bits(at q: Int) -> UInt8 { UInt8((x >> UInt64(q)) & 1 | ((z >> UInt64(q)) & 1) << 1) }
  mutating func setBits(_ value: UInt8, at q: Int) {
    let bit = UInt64(1) << UInt64(q)
    x = value & 1 == 1 ? x | bit : x & ~bit
    z = value & 2 == 2 ? z | bit : z & ~bit
  }
  var mixedHash: UInt64 { mix64(x &+ mix64(z ^ 0x5851_F42D_4C95_7F2D)) }
  var yFoldedToZ: Self { Self(x: x & ~z, z: z) }
}

/// Whether `v` has an odd number of set bits, by folding (cheaper than a software popcount on
/// CPUs the baseline x86-64 target cannot assume have POPCNT).
@inline(__always)
func oddParity(_ v: UInt64) -> Bool {
  var w = v ^ (v >> 32)
  w ^= w >> 16
  w ^= w >> 8
  w ^= w >> 4
  return (0x6996 >> (w & 15)) & 1 == 1
}

/// Calls `body` with the index of every set bit of `word` (plus `offset`), lowest first.
@inline(__always)
func forEachSetBit(_ word: UInt64, offset: Int = 0, _ body: (Int) -> Void) {
  var v = word
  while v != 0 {
    body(offset + v.trailingZeroBitCount)
    v &= v &- 1
  }
}

/// The SplitMix64 finalizer: a bijective mix whose every output bit depends on every input bit.
@inline(__always)
func mix64(_ value: UInt64) -> UInt64 {
  var h = value &+ 0x9E37_79B9_7F4A_7C15
  h = (h ^ (h >> 30)) &* 0xBF58_476D_1CE4_E5B9
  h = (h ^ (h >> 27)) &* 0x94D0_49BB_1331_11EB
  return h ^ (h >> 31)
}
