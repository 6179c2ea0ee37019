/// A diagonal operator kept as a product of simple factors, so that many diagonal gates
/// (RZ, phases, CZ, RZZ, controlled phases) cost one pass over a chunk instead of one each.
///
/// A factor multiplies the amplitude of basis state b by `value` when
/// - `parity == false`: every bit of `mask` is set in b (a phase on |1…1⟩), or
/// - `parity == true`: popcount(b & mask) is odd (the odd-parity half of a Z-string).
/// `scalar` multiplies every amplitude. Diagonal gates commute, so the order of factors
/// does not matter.
struct DiagonalBlock: Sendable, Hashable {
  struct Factor: Sendable, Hashable {
    var mask: UInt64
    var parity: Bool
    var value: Complex<Double>

    func applies(to b: UInt64) -> Bool {
      parity ? (b & mask).nonzeroBitCount & 1 == 1 : b & mask == mask
    }
  }

  var scalar: Complex<Double> = .one
  var factors: [Factor] = []

  /// The qubits some factor reads.
  var qubitMask: UInt64 { factors.reduce(0) { $0 | $1.mask } }

  /// Adds a diagonal instruction; returns false (and changes nothing) for anything else.
  mutating func absorb(_ inst: Instruction) -> Bool {
    switch inst {
    case .diagonal1(let controls, let q, let d):
      let d0 = Complex(d[0], d[1]), d1 = Complex(d[2], d[3])
      let bit: UInt64 = 1 << UInt64(q)
      if controls == 0 {
        scalar = scalar * d0
      } else {
        factors.append(Factor(mask: controls, parity: false, value: d0))
      }
      factors.append(Factor(mask: controls | bit, parity: false, value: d1 / d0))
    case .phaseMask(let mask, let phase):
      if mask == 0 { scalar = scalar * phase } else { factors.append(Factor(mask: mask, parity: false, value: phase)) }
    case .zRotation(let z, let theta):
      scalar = scalar * Complex(.cos(theta / 2), -.sin(theta / 2))
      factors.append(Factor(mask: z, parity: true, value: Complex(.cos(theta), .sin(theta))))
    case .diagonalBlock(let other):
      scalar = scalar * other.scalar
      factors += other.factors
    default:
      return false
    }
    return true
  }

  /// The inverse (every value replaced by its reciprocal).
  var inverse: DiagonalBlock {
    DiagonalBlock(
      scalar: .one / scalar,
      factors: factors.map { Factor(mask: $0.mask, parity: $0.parity, value: .one / $0.value) })
  }
}
