import Quantum

extension IdealProjector {
  /// ‖proj_z H‖² and ‖proj_{gₖ} H‖² for every simple ideal (normalized Hilbert–Schmidt norm),
  /// or nil when no decomposition is available.
  func squaredNorms(of h: PauliSum, in algebra: DynamicalLieAlgebra) -> (center: Double, ideals: [Double])? {
    switch self {
    case .unavailable:
      return nil
    case .dense(let center, let ideals):
      let x = algebra.coordinates(of: h)
      func norm2(_ basis: [[Double]]) -> Double { basis.reduce(0) { $0 + squared(Dense.dot($1, x)) } }
      return (norm2(center), ideals.map(norm2))
    case .strings(let componentOf, let centerIndices, let splittings, let ideals):
      guard case .strings(let basis) = algebra.storage else { return nil }
      let centerSet = Set(centerIndices)
      var centerNorm = 0.0
      var parts = [[(PauliString, Double)]](repeating: [], count: splittings.count)
      for term in h.terms {
        guard let a = basis.index(of: term.string) else { continue }
        if centerSet.contains(a) {
          centerNorm += term.coefficient * term.coefficient
        } else if componentOf[a] >= 0 {
          parts[Int(componentOf[a])].append((term.string, term.coefficient))
        }
      }
      let norms = ideals.map { (component, pattern) -> Double in
        let split = splittings[component]
        var v = parts[component]
        // Π (1 + εᵢ Lᵢ)/2 with Lᵢ(P) = P·Rᵢ (a real sign times a string, since P and Rᵢ commute).
        for (i, r) in split.enumerated() {
          let epsilon: Double = (pattern >> i) & 1 == 0 ? 1 : -1
          var next: [PauliString: Double] = [:]
          for (p, c) in v {
            next[p, default: 0] += c / 2
            let (q, sign) = basis.product(p, r)
            next[q, default: 0] += epsilon * sign * c / 2
          }
          v = next.map { ($0.key, $0.value) }
        }
        return v.reduce(0) { $0 + $1.1 * $1.1 }
      }
      return (centerNorm, norms)
    }
  }
}
