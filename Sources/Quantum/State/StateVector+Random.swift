extension StateVector {
  /// A Haar-random state: independent complex Gaussian amplitudes, normalized.
  ///
  /// ```swift
  /// let psi = try StateVector.random(qubitCount: 5, seed: 42)
  /// ```
  public static func random(qubitCount: Int, seed: UInt64) throws(SimulationError) -> StateVector {
    var rng = SeededGenerator(seed: seed)
    return try random(qubitCount: qubitCount, using: &rng)
  }

  /// A Haar-random state drawn with the given generator.
  public static func random(qubitCount: Int, using rng: inout SeededGenerator) throws(SimulationError) -> StateVector {
    var psi = try StateVector(qubitCount: qubitCount)
    var norm = 0.0
    psi.withMutableDoubles { s in
      for k in 0..<(2 << qubitCount) {
        s[k] = rng.nextGaussian()
        norm += s[k] * s[k]
      }
      let scale = 1 / norm.squareRoot()
      for k in 0..<(2 << qubitCount) { s[k] *= scale }
    }
    return psi
  }

  /// Whether the two states are equal up to a global phase, to `tolerance` per amplitude.
  public func isEqual(upToGlobalPhase other: StateVector, tolerance: Double = 1e-10) -> Bool {
    guard qubitCount == other.qubitCount else { return false }
    let overlap = other.inner(self)  // ⟨other|self⟩
    guard overlap.length > 0 else { return normSquared == 0 && other.normSquared == 0 }
    let phase = overlap / Complex(overlap.length)  // self ≈ e^{iφ}·other with e^{iφ} = ⟨other|self⟩/|⟨other|self⟩|
    for k in 0..<count where (self[k] - phase * other[k]).length > tolerance {
      return false
    }
    return true
  }
}
