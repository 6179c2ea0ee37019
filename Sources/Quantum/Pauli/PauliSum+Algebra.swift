// Lie-algebra operations on real Pauli sums (Hermitian operators): commutator, inner product,
// norm. Products of sums are not Hermitian in general, so they are not offered here.

extension PauliSum {
  /// `[A, B] / (2i)`: Hermitian when A and B are, so its Pauli coefficients are real.
  ///
  /// Expands term by term with ``PauliString/commutator(with:)``:
  /// `[Σ aₚP, Σ b_Q Q]/(2i) = Σ aₚ b_Q [P, Q]/(2i)`; equal strings are merged, exact zeros
  /// dropped.
  ///
  /// ```swift
  /// PauliSum.commutator("X0 + Z0", "Y0")   // Z0 - X0
  /// ```
  /// - Complexity: O(|A| · |B|) string commutators.
  public static func commutator(_ lhs: PauliSum, _ rhs: PauliSum) -> PauliSum {
    var result = PauliSum()
    for a in lhs.terms where a.coefficient != 0 {
      for b in rhs.terms where b.coefficient != 0 {
        if let c = a.string.commutator(with: b.string) {
          result.add(a.coefficient * b.coefficient * c.coefficient, c.string)
        }
      }
    }
    return result.pruned()
  }

  /// The normalized Hilbert–Schmidt inner product `Tr(A B) / 2ⁿ = Σₚ aₚ bₚ`.
  ///
  /// Pauli strings are orthonormal in this product, which does not depend on the number of
  /// qubits n.
  /// - Complexity: O(|A|) dictionary look-ups.
  public func inner(_ other: PauliSum) -> Double {
    let (small, large) = terms.count <= other.terms.count ? (self, other) : (other, self)
    return small.terms.reduce(0) { $0 + $1.coefficient * large[$1.string] }
  }

  /// The norm `√(Tr(A²)/2ⁿ) = √(Σₚ aₚ²)` of the normalized Hilbert–Schmidt inner product.
  public var norm: Double { terms.reduce(0) { $0 + $1.coefficient * $1.coefficient }.squareRoot() }

  /// `sum · scalar`.
  public static func * (sum: PauliSum, scalar: Double) -> PauliSum { scalar * sum }

  /// Adds `rhs` to `lhs` in place.
  public static func += (lhs: inout PauliSum, rhs: PauliSum) {
    for term in rhs.terms { lhs.add(term.coefficient, term.string) }
  }

  /// The coefficient of the identity string: `Tr(A)/2ⁿ`.
  public var identityCoefficient: Double { self[PauliString()] }

  /// The sum without its identity term (the traceless part).
  public var traceless: PauliSum {
    PauliSum(terms.filter { !$0.string.isIdentity }.map { ($0.string, $0.coefficient) })
  }
}
