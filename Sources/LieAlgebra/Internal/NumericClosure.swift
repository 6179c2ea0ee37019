import Quantum

/// The Lie closure of Pauli-sum generators, numerically: an orthonormal basis (normalized
/// Hilbert–Schmidt product ⟨A, B⟩ = Tr(AB)/2ⁿ = Σₚ aₚbₚ) grown by Gram–Schmidt.
///
/// Every new direction is a commutator `[g, B]/(2i)` of a generator g with a basis element B
/// (nested commutators with the generators span the algebra). A candidate is projected out of
/// the current basis twice (classical Gram–Schmidt with reorthogonalization); it is new when
/// the residual norm exceeds `tolerance` times its norm before projection. Overlaps use an
/// inverted index string → (basis element, coefficient), so one projection costs the number
/// of (string, basis element) incidences it touches, not `dim` full inner products.
struct NumericClosure: Sendable {
  private(set) var basis: [PauliSum] = []
  private var inverted: [PauliString: [(index: Int32, coefficient: Double)]] = [:]
  let tolerance: Double

  init(generators: [PauliSum], tolerance: Double, maximumDimension: Int) throws(LieAlgebraError) {
    self.tolerance = tolerance
    let gens = generators.map { $0.pruned() }
    for g in gens {
      if try add(g, maximumDimension: maximumDimension) == false { continue }
    }
    var head = 0
    while head < basis.count {
      let b = basis[head]
      for g in gens { _ = try add(PauliSum.commutator(g, b), maximumDimension: maximumDimension) }
      head += 1
    }
  }

  /// The coordinates ⟨B_a, v⟩ of v in the basis (only the nonzero ones).
  func overlaps(_ v: PauliSum) -> [Int: Double] {
    var result: [Int: Double] = [:]
    for term in v.terms where term.coefficient != 0 {
      guard let column = inverted[term.string] else { continue }
      for (a, c) in column { result[Int(a), default: 0] += term.coefficient * c }
    }
    return result
  }

  /// v minus its projection on the basis.
  func residual(_ v: PauliSum) -> PauliSum {
    var r = v
    for _ in 0..<2 {
      let o = overlaps(r)
      if o.isEmpty { break }
      for (a, c) in o {
        for term in basis[a].terms { r.add(-c * term.coefficient, term.string) }
      }
      r = r.pruned(tolerance: 1e-15 * max(1, v.norm))
    }
    return r
  }

  /// Adds the normalized residual of v when it is a new direction.
  private mutating func add(_ v: PauliSum, maximumDimension: Int) throws(LieAlgebraError) -> Bool {
    let norm = v.norm
    guard norm > 0 else { return false }
    let r = residual(v)
    let rn = r.norm
    guard rn > tolerance * norm else { return false }
    if basis.count >= maximumDimension { throw .dimensionExceeded(maximum: maximumDimension) }
    let unit = (1 / rn) * r
    let index = Int32(basis.count)
    basis.append(unit)
    for term in unit.terms { inverted[term.string, default: []].append((index, term.coefficient)) }
    return true
  }
}
