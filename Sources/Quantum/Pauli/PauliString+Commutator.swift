// Commutators and anticommutation of Pauli strings, with the normalization the Lie-algebra
// code uses everywhere: [A, B] / (2i).

extension PauliString {
  /// Whether the two strings anticommute: `AB = −BA`.
  ///
  /// ```text
  /// x₁ z₁   x₂ z₂        qubit q contributes 1 to the parity when the factors differ
  ///  1  0    0  1  X,Z   and neither is I: (x₁∧z₂) ⊕ (z₁∧x₂) = 1
  ///  1  1    1  0  Y,X
  /// ```
  /// The strings anticommute when the parity over all qubits is odd.
  ///
  /// ```swift
  /// PauliString("X0 X1")!.anticommutes(with: "Z0")   // true
  /// ```
  /// - Complexity: O(number of words).
  public func anticommutes(with other: PauliString) -> Bool { !commutes(with: other) }

  /// The commutator divided by 2i: `[A, B] / (2i) = ±C`, or `nil` when A and B commute.
  ///
  /// Two anticommuting Hermitian strings satisfy `AB = −BA = i^k·C` with k odd, so
  /// `[A, B] = 2AB` and `[A, B]/(2i) = i^(k−1)·C` is a Hermitian string with sign ±1. This
  /// normalization keeps coefficients real: for Hermitian A and B, `[A, B]/(2i)` is again
  /// Hermitian. Examples: `[X, Y]/(2i) = Z`, `[Y, X]/(2i) = −Z`.
  ///
  /// ```swift
  /// let c = PauliString("X0")!.commutator(with: "Y0")   // Term(Z0, 1.0)
  /// ```
  /// - Returns: the term `(C, ±1)`, or `nil` if the strings commute.
  /// - Complexity: O(number of words).
  public func commutator(with other: PauliString) -> PauliSum.Term? {
    guard anticommutes(with: other) else { return nil }
    let product = self * other
    // i^(k−1) with k odd: k = 1 → +1, k = 3 → −1.
    return PauliSum.Term(product.string, product.phaseExponent == 1 ? 1 : -1)
  }
}
