// A one-qubit unitary as U(θ, φ, λ) times a global phase.

import Quantum

enum EulerAngles {
  /// θ, φ, λ with `matrix` = e^{iγ}·U(θ, φ, λ) for some γ (Qiskit's U).
  ///
  /// U = [[cos(θ/2), −e^{iλ} sin(θ/2)], [e^{iφ} sin(θ/2), e^{i(φ+λ)} cos(θ/2)]]: θ comes
  /// from the magnitudes of the first column, γ from the phase of the top-left entry, and
  /// φ and λ from the phases of the off-diagonal entries. When cos(θ/2) vanishes γ is free
  /// (only γ+φ and γ+λ matter) and φ is taken as 0; when sin(θ/2) vanishes only φ+λ matters
  /// and φ is again 0.
  static func of(_ m: ComplexMatrix) -> (theta: Double, phi: Double, lambda: Double) {
    let a = m[0, 0], b = m[0, 1], c = m[1, 0], d = m[1, 1]
    let theta = 2 * Double.atan2(y: c.length, x: a.length)
    let tiny = 1e-14
    guard a.length > tiny else { return (theta, 0, wrapped((-b).phase - c.phase)) }
    let gamma = a.phase
    guard c.length > tiny else { return (theta, 0, wrapped(d.phase - gamma)) }
    return (theta, wrapped(c.phase - gamma), wrapped((-b).phase - gamma))
  }

  /// The angle moved into [−π, π] by a multiple of 2π.
  private static func wrapped(_ angle: Double) -> Double { angle.remainder(dividingBy: 2 * .pi) }
}
