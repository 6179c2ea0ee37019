// Gate noise in the Heisenberg picture: a factor per term from its weight on the gate's qubits.

import Quantum

/// The noise after one gate: a term P is multiplied by `(1 − p_dep)^w · (1 − p_deph)^x`, with w
/// the number of non-identity factors and x the number of X/Y factors of P on the gate's qubits
/// (see ``NoiseModel``).
struct Damping<Key: PackedPauli>: Sendable {
  /// X and Z bits set on the gate's qubits.
  let mask: Key
  /// 1 − p for depolarizing noise.
  let depolarizingKeep: Double
  /// 1 − p for dephasing noise.
  let dephasingKeep: Double

  /// The damping of a gate on `qubits`; nil when it changes nothing.
  ///
  /// The model must have passed ``NoiseModel/pauliShrinkFactors()`` (the propagator checks it).
  init?(qubits: [Int], noise: NoiseModel) {
    guard !noise.isNoiseless, !qubits.isEmpty, let factors = try? noise.pauliShrinkFactors() else { return nil }
    var m = Key.identity
    for q in qubits { m.setBits(3, at: q) }
    mask = m
    depolarizingKeep = factors.all
    dephasingKeep = factors.xy
  }

  /// The factor for `key` (1 when it has no factor on the gate's qubits).
  @inline(__always)
  func factor(_ key: Key) -> Double {
    var f = 1.0
    for _ in 0..<key.weight(within: mask) { f *= depolarizingKeep }
    for _ in 0..<key.xCount(within: mask) { f *= dephasingKeep }
    return f
  }
}
