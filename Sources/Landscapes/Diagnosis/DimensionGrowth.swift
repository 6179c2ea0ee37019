// How a dimension (or an inverse variance) grows with the number of qubits: polynomial or exponential.

import RealModule

/// The better of two least-squares fits to points (n, d): a polynomial d ≈ a·nᵏ (a line in
/// log d vs log n) or an exponential d ≈ a·bⁿ (a line in log d vs n).
///
/// Used by ``SimulabilityDiagnosis`` on the dimensions of dynamical Lie algebras at small
/// sizes: so(2n) has n(2n − 1), polynomial of degree 2, while su(2ⁿ) has 4ⁿ − 1, exponential of
/// base 4. The fit with the smaller residual sum of squares (in log d) wins.
///
/// ```swift
/// let growth = DimensionGrowth(points: [(2, 6), (3, 15), (4, 28), (5, 45)])
/// print(growth)    // polynomially (degree 2.3)
/// ```
/// - Complexity: O(points).
public enum DimensionGrowth: Sendable, Hashable, CustomStringConvertible {
  /// d ≈ a·nᵏ.
  case polynomial(degree: Double)
  /// d ≈ a·bⁿ.
  case exponential(base: Double)
  /// Fewer than three usable points.
  case unknown

  /// Fits the points; values ≤ 0 and repeated n are ignored.
  public init(points: [(n: Int, value: Double)]) {
    let usable = points.filter { $0.value > 0 && $0.n > 0 }
    guard Set(usable.map(\.n)).count >= 3 else {
      self = .unknown
      return
    }
    let y = usable.map { Double.log($0.value) }
    let unit = [Double](repeating: 1, count: y.count)
    let polynomial = LinearFit(x: usable.map { Double.log(Double($0.n)) }, y: y, sigma: unit)
    let exponential = LinearFit(x: usable.map { Double($0.n) }, y: y, sigma: unit)
    if exponential.chiSquared < polynomial.chiSquared && exponential.slope > 0.05 {
      self = .exponential(base: Double.exp(exponential.slope))
    } else {
      self = .polynomial(degree: polynomial.slope)
    }
  }

  /// Whether the fit is exponential.
  public var isExponential: Bool {
    if case .exponential = self { return true }
    return false
  }

  public var description: String {
    switch self {
    case .polynomial(let k): "polynomially (degree \(Self.rounded(k)))"
    case .exponential(let b): "exponentially (base \(Self.rounded(b)))"
    case .unknown: "unknown (fewer than three sizes)"
    }
  }

  static func rounded(_ x: Double) -> Double { (x * 10).rounded() / 10 }
}
