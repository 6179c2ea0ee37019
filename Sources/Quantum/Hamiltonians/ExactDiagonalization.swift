import _QuantumKernels

/// The lowest eigenvalues of a Pauli-sum Hamiltonian by the Lanczos method, for reference
/// energies of small systems (VQE lessons compare against it).
///
/// Lanczos builds an orthonormal Krylov basis v₀, Hv₀, H²v₀, … (fully re-orthogonalized, so no
/// ghost eigenvalues), in which H is tridiagonal; the smallest eigenvalue of that small matrix
/// converges to the ground energy from above, typically in a few dozen steps.
///
/// ```swift
/// let h = PauliSum.transverseFieldIsing(on: .line(8), field: 1)
/// let e0 = try h.groundStateEnergy(qubitCount: 8)   // −9.837951447459439…
/// ```
/// - Complexity: O(k · terms · 2ⁿ + k² · 2ⁿ) time for k steps (k ≤ 200), O(k · 2ⁿ) memory.
extension PauliSum {
  /// The ground-state energy, converged to `tolerance` (absolute).
  /// - Throws: ``SimulationError`` when n is too large for k state vectors in memory.
  public func groundStateEnergy(
    qubitCount n: Int, tolerance: Double = 1e-12, seed: UInt64 = 1
  ) throws(SimulationError)
    -> Double
  {
    precondition(minimumQubitCount <= n, "the Hamiltonian acts outside \(n) qubit(s)")
    let dimension = 1 << n
    let maximumSteps = min(200, dimension)
    try MemoryBudget.check(qubits: n, states: min(maximumSteps, 64) + 2)
    var basis: [StateVector] = [try StateVector.random(qubitCount: n, seed: seed)]
    var alphas: [Double] = []
    var betas: [Double] = []
    var previous = Double.infinity
    for step in 0..<maximumSteps {
      var w = try basis[step].applying(self)
      let alpha = basis[step].inner(w).real
      alphas.append(alpha)
      // Full re-orthogonalization (twice is enough).
      for _ in 0..<2 {
        for v in basis {
          let overlap = v.inner(w)
          w.addScaled(v, by: -overlap)
        }
      }
      let beta = w.normSquared.squareRoot()
      let lowest = Self.smallestEigenvalue(diagonal: alphas, offDiagonal: betas)
      if beta < 1e-12 || abs(lowest - previous) < tolerance || step == maximumSteps - 1 { return lowest }
      previous = lowest
      betas.append(beta)
      w.scale(by: 1 / beta)
      basis.append(w)
    }
    return previous
  }

  /// The smallest eigenvalue of the symmetric tridiagonal matrix with the given diagonal and
  /// off-diagonal, by bisection on the Sturm sequence (exact to rounding).
  static func smallestEigenvalue(diagonal a: [Double], offDiagonal b: [Double]) -> Double {
    // Gershgorin bounds.
    var lo = Double.infinity, hi = -Double.infinity
    for i in a.indices {
      let r = (i > 0 ? abs(b[i - 1]) : 0) + (i < b.count ? abs(b[i]) : 0)
      lo = min(lo, a[i] - r)
      hi = max(hi, a[i] + r)
    }
    // count(x) = number of eigenvalues < x.
    func count(_ x: Double) -> Int {
      var c = 0
      var d = 1.0
      for i in a.indices {
        let off = i > 0 ? b[i - 1] * b[i - 1] : 0
        d = a[i] - x - (i > 0 ? off / (d == 0 ? 1e-300 : d) : 0)
        if d < 0 { c += 1 }
      }
      return c
    }
    for _ in 0..<200 {
      let mid = (lo + hi) / 2
      if mid == lo || mid == hi { break }
      if count(mid) >= 1 { hi = mid } else { lo = mid }
    }
    return (lo + hi) / 2
  }
}

extension StateVector {
  /// self += factor · other.
  mutating func addScaled(_ other: StateVector, by factor: Complex<Double>) {
    precondition(qubitCount == other.qubitCount)
    let n = count
    withMutableDoubles { s in
      other.withDoubles { o in
        for k in 0..<n {
          let (re, im) = (o[2 * k], o[2 * k + 1])
          s[2 * k] += factor.real * re - factor.imaginary * im
          s[2 * k + 1] += factor.real * im + factor.imaginary * re
        }
      }
    }
  }

  /// self *= factor.
  mutating func scale(by factor: Double) {
    let n = 2 * count
    withMutableDoubles { s in for k in 0..<n { s[k] *= factor } }
  }
}
