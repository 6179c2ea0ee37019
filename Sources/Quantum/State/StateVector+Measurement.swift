import _QuantumKernels

extension StateVector {
  /// |amplitude|² for every basis state (qubit 0 = least significant bit of the index).
  /// - Complexity: O(2ⁿ).
  public func probabilities() -> [Double] {
    var p = [Double](repeating: 0, count: count)
    p.withUnsafeMutableBufferPointer { out in
      withDoubles { qk_probabilities($0, Int32(qubitCount), out.baseAddress!) }
    }
    return p
  }

  /// The probability that measuring `qubit` gives `outcome` (0 or 1).
  public func probability(ofQubit qubit: Int, being outcome: Int) -> Double {
    precondition((0..<qubitCount).contains(qubit), "qubit \(qubit) is outside 0..<\(qubitCount)")
    precondition(outcome == 0 || outcome == 1, "an outcome is 0 or 1")
    let pz = expectation(of: PauliString(.z, on: qubit))  // P(0) − P(1)
    return outcome == 0 ? (1 + pz) / 2 : (1 - pz) / 2
  }

  /// Σ |amplitude|² (1 for a normalized state).
  public var normSquared: Double { withDoubles { qk_norm_squared($0, Int32(qubitCount)) } }

  /// Samples `shots` measurements of all qubits in the computational basis.
  ///
  /// Returns the basis-state index of each shot (qubit 0 = least significant bit); the same
  /// seed gives the same shots.
  ///
  /// ```swift
  /// let shots = bell.sample(shots: 1000, seed: 1)
  /// print(Set(shots))                    // [0, 3]
  /// ```
  /// - Complexity: O(2ⁿ + shots · n).
  public func sample(shots: Int, seed: UInt64) -> [Int] {
    var rng = SeededGenerator(seed: seed)
    return sample(shots: shots, using: &rng)
  }

  /// Samples `shots` measurements with the given generator.
  public func sample<G: RandomNumberGenerator>(shots: Int, using rng: inout G) -> [Int] {
    precondition(shots >= 0, "the number of shots must be non-negative")
    var cumulative = probabilities()
    var total = 0.0
    for k in cumulative.indices {
      total += cumulative[k]
      cumulative[k] = total
    }
    return (0..<shots).map { _ in
      let u = Double.random(in: 0..<total, using: &rng)
      var lo = 0
      var hi = cumulative.count - 1
      while lo < hi {
        let mid = (lo + hi) / 2
        if cumulative[mid] > u { hi = mid } else { lo = mid + 1 }
      }
      return lo
    }
  }

  /// Counts of each outcome in `shots` samples, sorted by basis index.
  public func counts(shots: Int, seed: UInt64) -> [(outcome: Int, count: Int)] {
    var tally: [Int: Int] = [:]
    for s in sample(shots: shots, seed: seed) { tally[s, default: 0] += 1 }
    return tally.keys.sorted().map { ($0, tally[$0]!) }
  }

  /// The basis index as a bit string, most significant qubit first (`"011"` is q0 = q1 = 1).
  public static func bitString(_ index: Int, qubitCount: Int) -> String {
    String((0..<qubitCount).reversed().map { index >> $0 & 1 == 1 ? "1" : "0" })
  }
}
