import Quantum

/// The adjoint action of one Pauli-string generator on the algebra's coordinates.
///
/// K = ad_G, normalized as [G, ·]/(2i). Since K³ = −K, exp(φK) = 1 + sin φ·K + (1 − cos φ)·K².
enum GeneratorAction: Sendable {
  /// String bases: K B_a = σ B_b, K B_b = −σ B_a for each pair; exp(φK) is a Givens rotation
  /// by φ in every (a, b) plane.
  case pairs(a: [Int32], b: [Int32], sign: [Double])
  /// Numerical bases: sparse entries K[row, column] = value.
  case sparse(rows: [Int32], columns: [Int32], values: [Double])

  /// v ← exp(φK) v.
  func rotate(_ v: inout [Double], by phi: Double) {
    let c = phi == 0 ? 1 : Double.cos(phi), s = phi == 0 ? 0 : Double.sin(phi)
    switch self {
    case .pairs(let a, let b, let sign):
      v.withUnsafeMutableBufferPointer { v in
        for k in a.indices {
          let i = Int(a[k]), j = Int(b[k]), ss = sign[k] * s
          let vi = v[i], vj = v[j]
          v[i] = c * vi - ss * vj
          v[j] = c * vj + ss * vi
        }
      }
    case .sparse:
      let kv = apply(v)
      let kkv = apply(kv)
      for i in v.indices { v[i] += s * kv[i] + (1 - c) * kkv[i] }
    }
  }

  /// λ·(K e).
  func bilinear(_ lambda: [Double], _ e: [Double]) -> Double {
    switch self {
    case .pairs(let a, let b, let sign):
      var total = 0.0
      for k in a.indices {
        let i = Int(a[k]), j = Int(b[k])
        total += sign[k] * (lambda[j] * e[i] - lambda[i] * e[j])
      }
      return total
    case .sparse:
      let ke = apply(e)
      var total = 0.0
      for i in ke.indices { total += lambda[i] * ke[i] }
      return total
    }
  }

  /// K v (sparse form only).
  private func apply(_ v: [Double]) -> [Double] {
    guard case .sparse(let rows, let columns, let values) = self else { return v }
    var out = [Double](repeating: 0, count: v.count)
    for k in rows.indices { out[Int(rows[k])] += values[k] * v[Int(columns[k])] }
    return out
  }
}
