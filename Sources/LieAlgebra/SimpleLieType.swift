/// The type of a compact simple Lie algebra (Cartan–Killing classification), with the name of
/// its compact real form as the course writes it.
///
/// | type | compact form | dimension | rank |
/// |---|---|---|---|
/// | A_r (r ≥ 1) | su(r+1) | r(r+2) | r |
/// | B_r (r ≥ 2) | so(2r+1) | r(2r+1) | r |
/// | C_r (r ≥ 3) | sp(r), the compact symplectic algebra usp(2r) | r(2r+1) | r |
/// | D_r (r ≥ 4) | so(2r) | r(2r−1) | r |
/// | E₆, E₇, E₈, F₄, G₂ | e6, e7, e8, f4, g2 | 78, 133, 248, 52, 14 | 6, 7, 8, 4, 2 |
///
/// Low-rank coincidences use the first name: so(3) ≅ su(2) is `a(1)`, sp(1) ≅ su(2),
/// sp(2) ≅ so(5) is `b(2)`, so(6) ≅ su(4) is `a(3)`; so(4) ≅ su(2) ⊕ su(2) is not simple.
///
/// ```swift
/// SimpleLieType.d(4).name        // "so(8)"
/// SimpleLieType.a(3).dimension   // 15
/// ```
public enum SimpleLieType: Hashable, Sendable, CustomStringConvertible {
  case a(Int), b(Int), c(Int), d(Int), e6, e7, e8, f4, g2

  /// The compact real form: "su(4)", "so(8)", "sp(3)", "e7".
  public var name: String {
    switch self {
    case .a(let r): return "su(\(r + 1))"
    case .b(let r): return "so(\(2 * r + 1))"
    case .c(let r): return "sp(\(r))"
    case .d(let r): return "so(\(2 * r))"
    case .e6: return "e6"
    case .e7: return "e7"
    case .e8: return "e8"
    case .f4: return "f4"
    case .g2: return "g2"
    }
  }

  /// Cartan's label: "A3", "D4", "E6".
  public var description: String {
    switch self {
    case .a(let r): return "A\(r)"
    case .b(let r): return "B\(r)"
    case .c(let r): return "C\(r)"
    case .d(let r): return "D\(r)"
    case .e6: return "E6"
    case .e7: return "E7"
    case .e8: return "E8"
    case .f4: return "F4"
    case .g2: return "G2"
    }
  }

  /// The real dimension.
  public var dimension: Int {
    switch self {
    case .a(let r): return r * (r + 2)
    case .b(let r), .c(let r): return r * (2 * r + 1)
    case .d(let r): return r * (2 * r - 1)
    case .e6: return 78
    case .e7: return 133
    case .e8: return 248
    case .f4: return 52
    case .g2: return 14
    }
  }

  /// The rank (dimension of a Cartan subalgebra).
  public var rank: Int {
    switch self {
    case .a(let r), .b(let r), .c(let r), .d(let r): return r
    case .e6: return 6
    case .e7: return 7
    case .e8: return 8
    case .f4: return 4
    case .g2: return 2
    }
  }

  /// Root counts by length: (short, long); a simply laced type has only long roots.
  var rootLengthCounts: (short: Int, long: Int) {
    let roots = dimension - rank
    switch self {
    case .b(let r): return (2 * r, roots - 2 * r)
    case .c(let r): return (roots - 2 * r, 2 * r)
    case .f4: return (24, 24)
    case .g2: return (6, 6)
    default: return (0, roots)
    }
  }

  /// Every simple type with this dimension and rank (canonical low-rank names).
  static func candidates(dimension: Int, rank r: Int) -> [SimpleLieType] {
    guard r >= 1 else { return [] }
    var all: [SimpleLieType] = [.a(r)]
    if r >= 2 { all.append(.b(r)) }
    if r >= 3 { all.append(.c(r)) }
    if r >= 4 { all.append(.d(r)) }
    all += [.e6, .e7, .e8, .f4, .g2]
    return all.filter { $0.dimension == dimension && $0.rank == r }
  }

  /// The type with this dimension and rank, using root-length counts to tell B from C and E₆
  /// from B₆/C₆; nil when nothing fits (or the counts are needed but missing).
  static func identify(dimension: Int, rank: Int, rootLengths: [Int: Int]?) -> SimpleLieType? {
    let candidates = candidates(dimension: dimension, rank: rank)
    if candidates.count <= 1 { return candidates.first }
    guard let lengths = rootLengths else { return nil }
    let sorted = lengths.keys.sorted()
    let counts: (short: Int, long: Int)
    switch sorted.count {
    case 1: counts = (0, lengths[sorted[0]]!)
    case 2: counts = (lengths[sorted[0]]!, lengths[sorted[1]]!)
    default: return nil
    }
    let matches = candidates.filter { $0.rootLengthCounts == counts }
    return matches.count == 1 ? matches[0] : nil
  }
}
