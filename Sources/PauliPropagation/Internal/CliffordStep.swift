// One Clifford step (a quarter or half turn, or a local table) as plain data for inner loops.

/// One Clifford step with its gate noise, as plain data for the inner loop.
struct CliffordStep<Key: PackedPauli>: Sendable {
  enum Kind: UInt8, Sendable {
    /// exp(−iθP/2) with sin θ = `sign` (θ = ±π/2): anticommuting Q ↦ sign · iPQ.
    case quarterTurn
    /// exp(−iπP/2) = −iP: anticommuting Q ↦ −Q.
    case halfTurn
    /// A signed permutation of the local strings on one or two qubits.
    case table
  }

  let kind: Kind
  /// The generator of a turn.
  let rule: GeneratorRule<Key>
  /// sin θ of a quarter turn.
  let sign: Double
  /// The table's image of local string l in bits 4l…4l+3.
  let images: UInt64
  /// Bit l set when the image of local string l has sign −1.
  let negative: UInt16
  /// The table's qubits (q1 = −1 for a one-qubit table).
  let q0: Int
  let q1: Int
  let damping: Damping<Key>?
  /// The qubits the step can change or damp.
  let mask: Key

  private init(
    kind: Kind, rule: GeneratorRule<Key>, sign: Double, images: UInt64, negative: UInt16, qubits: [Int],
    damping: Damping<Key>?
  ) {
    self.kind = kind
    self.rule = rule
    self.sign = sign
    self.images = images
    self.negative = negative
    q0 = qubits.first ?? -1
    q1 = qubits.count > 1 ? qubits[1] : -1
    self.damping = damping
    var m = (damping?.mask ?? .identity) | rule.generator.supportMask
    for q in qubits { m.setBits(3, at: q) }
    mask = m
  }

  static func quarterTurn(_ rule: GeneratorRule<Key>, sign: Double, damping: Damping<Key>?) -> Self {
    Self(kind: .quarterTurn, rule: rule, sign: sign, images: 0, negative: 0, qubits: [], damping: damping)
  }

  static func halfTurn(_ rule: GeneratorRule<Key>, damping: Damping<Key>?) -> Self {
    Self(kind: .halfTurn, rule: rule, sign: 0, images: 0, negative: 0, qubits: [], damping: damping)
  }

  static func table(_ t: CliffordTable, qubits: [Int], damping: Damping<Key>?) -> Self {
    var images: UInt64 = 0, negative: UInt16 = 0
    for l in 0..<t.image.count {
      images |= UInt64(t.image[l]) << UInt64(4 * l)
      if t.sign[l] < 0 { negative |= 1 << UInt16(l) }
    }
    return Self(
      kind: .table, rule: GeneratorRule(.identity, qubits: []), sign: 0, images: images, negative: negative,
      qubits: qubits, damping: damping)
  }

  /// Applies the noise, then the map, to one term.
  ///
  /// Returns whether the string changed.
  @inline(__always)
  func apply(to key: inout Key, _ coefficient: inout Double) -> Bool {
    if let damping, key.overlaps(damping.mask) { coefficient *= damping.factor(key) }
    switch kind {
    case .quarterTurn:
      let (anti, negative) = rule.classify(key)
      guard anti else { return false }
      coefficient *= negative ? -sign : sign
      key = key ^ rule.generator
      return true
    case .halfTurn:
      if rule.classify(key).anticommutes { coefficient = -coefficient }
      return false
    case .table:
      let b0 = Int(key.bits(at: q0))
      var local: Int
      if q1 < 0 {
        local = b0
      } else {
        let b1 = Int(key.bits(at: q1))
        local = (b0 & 1) | (b1 & 1) << 1 | (b0 >> 1) << 2 | (b1 >> 1) << 3
      }
      guard local != 0 else { return false }
      if (negative >> UInt16(local)) & 1 == 1 { coefficient = -coefficient }
      let image = Int((images >> UInt64(4 * local)) & 15)
      guard image != local else { return false }
      if q1 < 0 {
        key.setBits(UInt8(image), at: q0)
      } else {
        key.setBits(UInt8((image & 1) | ((image >> 2) & 1) << 1), at: q0)
        key.setBits(UInt8(((image >> 1) & 1) | ((image >> 3) & 1) << 1), at: q1)
      }
      return true
    }
  }
}
