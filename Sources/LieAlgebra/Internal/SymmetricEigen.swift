/// Eigenvalues and eigenvectors of a real symmetric matrix by the cyclic Jacobi method.
///
/// Each rotation zeroes one off-diagonal pair; sweeps repeat until the off-diagonal mass is
/// below 1e-14 of the total (quadratic convergence near the end). Stable and simple; meant
/// for the few-hundred-dimensional matrices of the numerical structure analysis.
/// - Complexity: O(d³) per sweep, typically 6–10 sweeps.
struct SymmetricEigen {
  /// Eigenvalues, ascending.
  var values: [Double]
  /// Eigenvectors as rows: vectors[k] belongs to values[k].
  var vectors: [[Double]]

  /// - Parameter matrix: row-major d×d, symmetric.
  init(_ matrix: [Double], dimension d: Int) {
    var a = matrix
    var v = [Double](repeating: 0, count: d * d)
    for i in 0..<d { v[i * d + i] = 1 }
    let total = a.reduce(0) { $0 + $1 * $1 }
    for _ in 0..<60 {
      var off = 0.0
      for p in 0..<d { for q in (p + 1)..<max(p + 1, d) { off += a[p * d + q] * a[p * d + q] } }
      if off <= 1e-28 * max(total, 1e-300) { break }
      for p in 0..<d {
        for q in (p + 1)..<max(p + 1, d) {
          let apq = a[p * d + q]
          if apq == 0 { continue }
          let theta = (a[q * d + q] - a[p * d + p]) / (2 * apq)
          let t = (theta >= 0 ? 1 : -1) / (abs(theta) + (theta * theta + 1).squareRoot())
          let c = 1 / (t * t + 1).squareRoot(), s = t * c
          for k in 0..<d {
            let akp = a[k * d + p], akq = a[k * d + q]
            a[k * d + p] = c * akp - s * akq
            a[k * d + q] = s * akp + c * akq
          }
          for k in 0..<d {
            let apk = a[p * d + k], aqk = a[q * d + k]
            a[p * d + k] = c * apk - s * aqk
            a[q * d + k] = s * apk + c * aqk
          }
          for k in 0..<d {
            let vkp = v[k * d + p], vkq = v[k * d + q]
            v[k * d + p] = c * vkp - s * vkq
            v[k * d + q] = s * vkp + c * vkq
          }
        }
      }
    }
    let order = (0..<d).sorted { a[$0 * d + $0] < a[$1 * d + $1] }
    values = order.map { a[$0 * d + $0] }
    vectors = order.map { k in (0..<d).map { v[$0 * d + k] } }
  }
}

/// Dense helpers on coordinate vectors.
enum Dense {
  static func dot(_ a: [Double], _ b: [Double]) -> Double {
    var s = 0.0
    for i in a.indices { s += a[i] * b[i] }
    return s
  }

  /// `matrix · v` for a row-major d×d matrix.
  static func apply(_ m: [Double], _ v: [Double]) -> [Double] {
    let d = v.count
    var out = [Double](repeating: 0, count: d)
    for r in 0..<d {
      var s = 0.0
      for c in 0..<d where v[c] != 0 { s += m[r * d + c] * v[c] }
      out[r] = s
    }
    return out
  }

  /// v with its components along the orthonormal `basis` removed (twice, for stability).
  static func residual(_ v: [Double], against basis: [[Double]]) -> [Double] {
    var r = v
    for _ in 0..<2 {
      for b in basis {
        let c = dot(b, r)
        if c != 0 { for i in r.indices { r[i] -= c * b[i] } }
      }
    }
    return r
  }

  /// The smallest subspace containing `seeds` and invariant under `maps`, orthonormal.
  static func invariantClosure(of seeds: [[Double]], under maps: [[Double]], tolerance: Double = 1e-8) -> [[Double]] {
    var basis: [[Double]] = []
    func add(_ v: [Double]) {
      let norm = dot(v, v).squareRoot()
      guard norm > 0 else { return }
      let r = residual(v, against: basis)
      let rn = dot(r, r).squareRoot()
      if rn > tolerance * norm { basis.append(r.map { $0 / rn }) }
    }
    for s in seeds { add(s) }
    var head = 0
    while head < basis.count {
      let q = basis[head]
      for m in maps { add(apply(m, q)) }
      head += 1
    }
    return basis
  }
}

/// x².
@inline(__always) func squared(_ x: Double) -> Double { x * x }

/// 2ⁿ as a Double (exact; infinity beyond n = 1023).
func twoToThe(_ n: Int) -> Double { Double(sign: .plus, exponent: n, significand: 1) }
