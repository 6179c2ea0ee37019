import Quantum

/// A Pauli string in fixed-width bit masks (no phase): the closure loops' working type.
///
/// ```text
/// qubit:  3 2 1 0
/// string: I Y Z X     x = 0101  (bit set: X or Y)
///                     z = 0110  (bit set: Z or Y)
/// ```
/// Multiplying two strings XORs the masks; the phase is tracked separately when needed.
struct PackedPauli<W: PauliWords>: Hashable, Sendable {
  var x: W
  var z: W

  init(x: W, z: W) {
    self.x = x
    self.z = z
  }

  /// The packed form of a string.
  ///
  /// - Precondition: the string fits in `W.wordCount` words.
  init(_ string: PauliString) {
    precondition(string.xWords.count <= W.wordCount, "\(string) does not fit in \(64 * W.wordCount) qubits")
    var x = W.zero
    var z = W.zero
    for w in string.xWords.indices {
      x[word: w] = string.xWords[w]
      z[word: w] = string.zWords[w]
    }
    self.init(x: x, z: z)
  }

  /// The public form (words trimmed here, so the initializer has nothing left to normalize).
  var string: PauliString {
    var count = W.wordCount
    while count > 0 && x[word: count - 1] | z[word: count - 1] == 0 { count -= 1 }
    if count == 0 { return PauliString() }
    let xs = [UInt64](unsafeUninitializedCapacity: count) { buffer, n in
      for w in 0..<count { buffer[w] = x[word: w] }
      n = count
    }
    let zs = [UInt64](unsafeUninitializedCapacity: count) { buffer, n in
      for w in 0..<count { buffer[w] = z[word: w] }
      n = count
    }
    return PauliString(xWords: xs, zWords: zs)
  }

  var isIdentity: Bool { x.isZero && z.isZero }

  /// Whether the strings anticommute: odd popcount of `x₁∧z₂ ⊕ z₁∧x₂`.
  @inline(__always)
  func anticommutes(with other: PackedPauli) -> Bool {
    ((x & other.z) ^ (z & other.x)).bitCount & 1 == 1
  }

  /// The string part of the product (masks XORed; phase dropped).
  @inline(__always)
  func times(_ other: PackedPauli) -> PackedPauli { PackedPauli(x: x ^ other.x, z: z ^ other.z) }

  /// The exponent k of the phase in `self · other = i^k · (self ⊕ other)`, k in 0…3.
  ///
  /// Per qubit XY = iZ, YZ = iX, ZX = iY (+1) and the reversed orders give −i (−1); with
  /// X = x∧¬z, Y = x∧z, Z = ¬x∧z the two cases are counted with bit masks.
  @inline(__always)
  func phaseExponent(times other: PackedPauli) -> Int {
    let x1 = x, z1 = z, x2 = other.x, z2 = other.z
    let xOnly1 = x1 & (x1 ^ z1), yy1 = x1 & z1, zOnly1 = z1 & (x1 ^ z1)
    let xOnly2 = x2 & (x2 ^ z2), yy2 = x2 & z2, zOnly2 = z2 & (x2 ^ z2)
    let plus = ((xOnly1 & yy2) | (yy1 & zOnly2) | (zOnly1 & xOnly2)).bitCount
    let minus = ((xOnly1 & zOnly2) | (yy1 & xOnly2) | (zOnly1 & yy2)).bitCount
    return (plus - minus) & 3
  }

  /// `[self, other]/(2i) = sign · (self ⊕ other)` for anticommuting strings: sign = +1 when the
  /// product's phase is +i, −1 when it is −i.
  @inline(__always)
  func commutatorSign(with other: PackedPauli) -> Double {
    phaseExponent(times: other) == 1 ? 1 : -1
  }

  /// A well-mixed 64-bit hash (SplitMix64 finalizer over both masks).
  @inline(__always)
  var digest: UInt64 {
    var h = x.folded &* 0x9E37_79B9_7F4A_7C15 ^ z.folded
    h = (h ^ (h >> 30)) &* 0xBF58_476D_1CE4_E5B9
    h = (h ^ (h >> 27)) &* 0x94D0_49BB_1331_11EB
    return h ^ (h >> 31)
  }
}
