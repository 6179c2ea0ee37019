// Fixed-width bit masks for the closure loops: one UInt64 for up to 64 qubits, SIMD vectors of
// UInt64 lanes beyond (SIMD2 = 128 qubits covers IBM's 127-qubit devices, up to SIMD16 = 1024).
// Fixed width means no heap allocation per string and loops the optimizer unrolls.

/// A fixed number of 64-bit words holding one Pauli mask (bit q = qubit q).
protocol PauliWords: Hashable, Sendable {
  /// How many 64-bit words (64 qubits each) the type holds.
  static var wordCount: Int { get }
  /// All bits clear.
  static var zero: Self { get }
  /// Word `index` (qubits 64·index … 64·index + 63).
  subscript(word index: Int) -> UInt64 { get set }
  static func & (lhs: Self, rhs: Self) -> Self
  static func | (lhs: Self, rhs: Self) -> Self
  static func ^ (lhs: Self, rhs: Self) -> Self
  /// The number of set bits.
  var bitCount: Int { get }
  /// Whether no bit is set.
  var isZero: Bool { get }
  /// One 64-bit value that mixes every word (for hashing).
  var folded: UInt64 { get }
}

extension UInt64: PauliWords {
  static var wordCount: Int { 1 }
  subscript(word index: Int) -> UInt64 {
    get { self }
    set { self = newValue }
  }
  @inline(__always) var bitCount: Int { nonzeroBitCount }
  @inline(__always) var isZero: Bool { self == 0 }
  @inline(__always) var folded: UInt64 { self }
}

/// SIMD vectors of UInt64 lanes as Pauli masks.
protocol SIMDPauliWords: PauliWords, SIMD where Scalar == UInt64 {}

extension SIMDPauliWords {
  static var wordCount: Int { scalarCount }
  subscript(word index: Int) -> UInt64 {
    get { self[index] }
    set { self[index] = newValue }
  }
  @inline(__always) var bitCount: Int {
    var count = 0
    for i in 0..<Self.scalarCount { count &+= self[i].nonzeroBitCount }
    return count
  }
  @inline(__always) var isZero: Bool { self == Self.zero }
  @inline(__always) var folded: UInt64 {
    var h: UInt64 = 0
    for i in 0..<Self.scalarCount { h = (h &* 0x9E37_79B9_7F4A_7C15) ^ self[i] }
    return h
  }
}

extension SIMD2: PauliWords, SIMDPauliWords where Scalar == UInt64 {}
extension SIMD4: PauliWords, SIMDPauliWords where Scalar == UInt64 {}
extension SIMD8: PauliWords, SIMDPauliWords where Scalar == UInt64 {}
extension SIMD16: PauliWords, SIMDPauliWords where Scalar == UInt64 {}
