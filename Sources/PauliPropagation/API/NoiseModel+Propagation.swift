// Gate noise in the Heisenberg picture: Quantum's noise model as weight-dependent damping.

public import Quantum

extension NoiseModel {
  /// The factors by which one qubit's X, Y and Z components shrink after a gate, over all the
  /// model's channels: depolarizing(p) multiplies X, Y and Z by (1 − p), dephasing(p) multiplies
  /// X and Y by (1 − p) (Wang et al., arXiv:2007.14384).
  ///
  /// In the Heisenberg picture a Pauli channel maps a string P to itself times a factor, so after
  /// a gate a term c·P becomes `c · all^w · xy^x`, where w counts P's non-identity factors and x
  /// its X/Y factors on the gate's qubits: heavy strings decay fastest. This is what makes deep
  /// noisy circuits flat (noise-induced barren plateaus) and easy to propagate.
  ///
  /// ```swift
  /// let noise = NoiseModel([.depolarizing(0.01), .dephasing(0.02)])
  /// print(try noise.pauliShrinkFactors())   // (all: 0.99, xy: 0.98)
  /// ```
  ///
  /// - Throws: ``PropagationError/invalidNoise(_:)`` for a probability outside 0…1, or for
  ///   amplitude damping, which is not a Pauli channel (it maps Z to (1 − γ)Z + γI).
  /// - Complexity: O(channels).
  public func pauliShrinkFactors() throws -> (all: Double, xy: Double) {
    var all = 1.0
    var xy = 1.0
    for channel in channels {
      switch channel {
      case .depolarizing(let p):
        try Self.checkProbability(p, of: "depolarizing")
        all *= 1 - p
      case .dephasing(let p):
        try Self.checkProbability(p, of: "dephasing")
        xy *= 1 - p
      case .amplitudeDamping:
        throw PropagationError.invalidNoise(
          "\(channel) is not a Pauli channel (it maps Z to (1 − γ)Z + γI); Pauli propagation supports depolarizing:p and dephasing:p"
        )
      }
    }
    return (all, xy)
  }

  private static func checkProbability(_ p: Double, of name: String) throws {
    guard p >= 0 && p <= 1 else {
      throw PropagationError.invalidNoise("\(name) probability must be in 0…1, got \(p)")
    }
  }
}
