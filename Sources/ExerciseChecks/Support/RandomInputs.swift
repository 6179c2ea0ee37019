import Grading
import Quantum

/// Random inputs for checks, drawn from a check's own seeded generator.
enum RandomInputs {
  /// 2ⁿ complex Gaussian amplitudes times `scale`: a random direction, not normalized.
  static func amplitudes(qubits n: Int, scale: Double = 1, using rng: inout SeededGenerator) -> [Amplitude] {
    (0..<(1 << n)).map { _ in Amplitude(scale * rng.nextGaussian(), scale * rng.nextGaussian()) }
  }

  /// A random normalized state of `n` qubits (Haar-distributed).
  static func state(qubits n: Int, using rng: inout SeededGenerator) -> [Amplitude] {
    let a = amplitudes(qubits: n, using: &rng)
    let norm = a.reduce(0.0) { $0 + $1.lengthSquared }.squareRoot()
    return a.map { $0.divided(by: norm) }
  }

  /// A random 2×2 unitary e^{iα}·U(θ, φ, λ) (Qiskit's U with a global phase), exactly unitary
  /// up to rounding.
  static func unitary(using rng: inout SeededGenerator) -> ComplexMatrix {
    let theta = Double.random(in: 0...Double.pi, using: &rng)
    let (phi, lambda, alpha) = (
      Double.random(in: -Double.pi...Double.pi, using: &rng), Double.random(in: -Double.pi...Double.pi, using: &rng),
      Double.random(in: -Double.pi...Double.pi, using: &rng)
    )
    let c = Double.cos(theta / 2)
    let s = Double.sin(theta / 2)
    let g = Amplitude(length: 1, phase: alpha)
    return ComplexMatrix([
      [g * Amplitude(c), -g * Amplitude(length: s, phase: lambda)],
      [g * Amplitude(length: s, phase: phi), g * Amplitude(length: c, phase: phi + lambda)],
    ])
  }

  /// A gate matrix as `[[a, b], [c, d]]`.
  static func describe(_ m: ComplexMatrix) -> String {
    "[[\(StateText.amplitude(m[0, 0])), \(StateText.amplitude(m[0, 1]))], "
      + "[\(StateText.amplitude(m[1, 0])), \(StateText.amplitude(m[1, 1]))]]"
  }
}
