// The Pfaffian of a complex antisymmetric matrix, for Wick's theorem.

import Numerics

/// Pf(A) of an antisymmetric k×k matrix (row-major), by skew-symmetric Gaussian elimination with
/// pivoting (the Parlett–Reid "LTLᵀ" reduction; Wimmer, arXiv:1102.3440).
///
/// Pf(A)² = det A; for k = 2, Pf = A₀₁; for k = 4, Pf = A₀₁A₂₃ − A₀₂A₁₃ + A₀₃A₁₂. Odd k gives 0.
/// Step j (even) brings the largest entry of column j below row j to row j+1 (a swap of rows and
/// columns flips the sign), multiplies the result by A[j][j+1], and eliminates rows and columns
/// j, j+1 from the rest: A' = A + τ·aᵀ − a·τᵀ on the trailing block, τ = A[j][j+2…]/A[j][j+1],
/// a = A[j+2…][j+1].
///
/// - Complexity: O(k³).
func pfaffian(_ matrix: [Complex<Double>], size k: Int) -> Complex<Double> {
  precondition(matrix.count == k * k, "pfaffian: a \(k)×\(k) matrix needs \(k * k) entries")
  guard k % 2 == 0 else { return .zero }
  var a = matrix
  var result = Complex<Double>.one
  for j in stride(from: 0, to: k - 1, by: 2) {
    var pivot = j + 1
    for i in (j + 2)..<max(j + 2, k) where a[i * k + j].length > a[pivot * k + j].length { pivot = i }
    if pivot != j + 1 {
      for c in 0..<k { a.swapAt((j + 1) * k + c, pivot * k + c) }
      for r in 0..<k { a.swapAt(r * k + j + 1, r * k + pivot) }
      result = -result
    }
    let head = a[j * k + j + 1]
    guard head != .zero else { return .zero }
    result *= head
    guard j + 2 < k else { continue }
    let tau = ((j + 2)..<k).map { a[j * k + $0] / head }
    let column = ((j + 2)..<k).map { a[$0 * k + j + 1] }
    for r in 0..<(k - j - 2) {
      for c in 0..<(k - j - 2) {
        a[(j + 2 + r) * k + j + 2 + c] += tau[r] * column[c] - column[r] * tau[c]
      }
    }
  }
  return result
}
