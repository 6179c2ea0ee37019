/// A tensor product of Pauli operators on any number of qubits, stored as bit masks.
///
/// Bit q of `x` marks X or Y on qubit q; bit q of `z` marks Z or Y. The operator is
/// `i^popcount(x & z) · X^x · Z^z`, so a `Y` is one X bit and one Z bit:
///
/// ```text
/// qubit:   3 2 1 0
/// string:  I Y Z X      x = …0101   (X or Y)
///                       z = …0110   (Z or Y)
/// ```
///
/// Masks are 64 qubits per word, as many words as needed (127 qubits take two), with
/// trailing zero words removed so that equal operators compare and hash equal.
/// The text form is sparse: `"X0 Z3"` is X on qubit 0 and Z on qubit 3; `"I"` is the
/// identity.
///
/// ```swift
/// let p = try PauliString(parsing: "X0 Y1")
/// let q = try PauliString(parsing: "Z0")
/// print(p.commutes(with: q))        // false
/// print(p * q)                      // -i·Y0 Y1
/// ```
public struct PauliString: Hashable, Sendable {
  /// X bits, 64 qubits per word, least significant qubit first.
  public private(set) var xWords: [UInt64]
  /// Z bits, 64 qubits per word, least significant qubit first.
  public private(set) var zWords: [UInt64]

  /// The identity.
  public init() {
    xWords = []
    zWords = []
  }

  /// A string from its bit masks (words beyond the last nonzero one are dropped).
  public init(xWords: [UInt64], zWords: [UInt64]) {
    self.xWords = xWords
    self.zWords = zWords
    normalize()
  }

  /// A string on qubits below 64 from two masks.
  public init(xMask: UInt64, zMask: UInt64) {
    self.init(xWords: [xMask], zWords: [zMask])
  }

  /// A string from a qubit → Pauli map.
  ///
  /// ```swift
  /// PauliString([0: .x, 3: .z])      // X0 Z3
  /// ```
  public init(_ operators: [Int: Pauli]) {
    self.init()
    for (qubit, pauli) in operators { self[qubit] = pauli }
  }

  /// A single Pauli on one qubit.
  public init(_ pauli: Pauli, on qubit: Int) {
    self.init()
    self[qubit] = pauli
  }

  /// The Pauli operator on `qubit` (identity beyond the stored words).
  public subscript(qubit: Int) -> Pauli {
    get {
      precondition(qubit >= 0, "qubit index \(qubit) is negative")
      let (w, b) = qubit.quotientAndRemainder(dividingBy: 64)
      let x = w < xWords.count && (xWords[w] >> UInt64(b)) & 1 == 1
      let z = w < zWords.count && (zWords[w] >> UInt64(b)) & 1 == 1
      return Pauli(x: x, z: z)
    }
    set {
      precondition(qubit >= 0, "qubit index \(qubit) is negative")
      let (w, b) = qubit.quotientAndRemainder(dividingBy: 64)
      let words = max(xWords.count, zWords.count, w + 1)
      if xWords.count < words { xWords += Array(repeating: 0, count: words - xWords.count) }
      if zWords.count < words { zWords += Array(repeating: 0, count: words - zWords.count) }
      let bit = UInt64(1) << UInt64(b)
      if newValue.hasX { xWords[w] |= bit } else { xWords[w] &= ~bit }
      if newValue.hasZ { zWords[w] |= bit } else { zWords[w] &= ~bit }
      normalize()
    }
  }

  /// Removes trailing zero words and pads `x` and `z` to the same length.
  private mutating func normalize() {
    let count = max(xWords.count, zWords.count)
    if xWords.count < count { xWords += Array(repeating: 0, count: count - xWords.count) }
    if zWords.count < count { zWords += Array(repeating: 0, count: count - zWords.count) }
    while let last = xWords.indices.last, xWords[last] == 0, zWords[last] == 0 {
      xWords.removeLast()
      zWords.removeLast()
    }
  }

  /// Whether every factor is the identity.
  public var isIdentity: Bool { xWords.isEmpty }

  /// Whether the string is a product of I and Z only (diagonal in the computational basis).
  public var isDiagonal: Bool { xWords.allSatisfy { $0 == 0 } }

  /// The number of non-identity factors.
  /// - Complexity: O(number of words).
  public var weight: Int {
    zip(xWords, zWords).reduce(0) { $0 + ($1.0 | $1.1).nonzeroBitCount }
  }

  /// The qubits with a non-identity factor, in increasing order.
  public var support: [Int] {
    var result: [Int] = []
    for (w, (x, z)) in zip(xWords, zWords).enumerated() {
      var bits = x | z
      while bits != 0 {
        result.append(64 * w + bits.trailingZeroBitCount)
        bits &= bits - 1
      }
    }
    return result
  }

  /// One more than the highest qubit with a non-identity factor (0 for the identity).
  public var minimumQubitCount: Int {
    guard let last = xWords.indices.last else { return 0 }
    let top = xWords[last] | zWords[last]
    return 64 * last + (64 - top.leadingZeroBitCount)
  }

  /// The X mask of a string on fewer than 64 qubits.
  public var xMask: UInt64 {
    precondition(xWords.count <= 1, "the string \(self) acts beyond qubit 63")
    return xWords.first ?? 0
  }

  /// The Z mask of a string on fewer than 64 qubits.
  public var zMask: UInt64 {
    precondition(zWords.count <= 1, "the string \(self) acts beyond qubit 63")
    return zWords.first ?? 0
  }

  /// Equal as operators: the same factor on every qubit.
  /// - Complexity: O(number of words).
  public static func == (lhs: PauliString, rhs: PauliString) -> Bool {
    lhs.xWords == rhs.xWords && lhs.zWords == rhs.zWords
  }

  /// Feeds one 64-bit digest of the masks to the hasher.
  ///
  /// The words are folded with a multiply–xorshift mixer (the finalizer of SplitMix64) and
  /// the hasher sees a single `UInt64`, so hashing costs one SipHash round however long the
  /// string is: sets and dictionaries of millions of strings stay fast.
  /// - Complexity: O(number of words).
  public func hash(into hasher: inout Hasher) {
    hasher.combine(Self.digest(xWords: xWords, zWords: zWords))
  }

  /// The 64-bit digest that ``hash(into:)`` feeds to the hasher.
  static func digest(xWords: [UInt64], zWords: [UInt64]) -> UInt64 {
    var h: UInt64 = 0x9E37_79B9_7F4A_7C15
    for w in xWords.indices {
      h = mix(h ^ xWords[w] &+ 0x632B_E59B_D9B4_E019)
      h = mix(h ^ zWords[w] &+ 0x8CB9_2BA7_2F3D_8DD7)
    }
    return h
  }

  /// SplitMix64's finalizer: a bijective 64-bit mixer.
  static func mix(_ value: UInt64) -> UInt64 {
    var z = value
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// The string moved to other qubits: factor on `q` goes to `map(q)`.
  public func relabeled(_ map: (Int) -> Int) -> PauliString {
    var result = PauliString()
    for q in support { result[map(q)] = self[q] }
    return result
  }
}
