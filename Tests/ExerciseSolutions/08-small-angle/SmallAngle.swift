// Reference solution of exercise 08-small-angle (stripped from student releases).
import Foundation
import Quantum

/// E[sin²θ] = (1 − e^(−2σ²))/2 and E[cos⁴(θ/2)] = (3 + 4e^(−σ²/2) + e^(−2σ²))/8 for θ ~ N(0, σ²).
func smallAngleVariance(qubits n: Int, sigma: Double) throws -> Double {
  let s2 = sigma * sigma
  return (1 - exp(-2 * s2)) / 8 * pow((3 + 4 * exp(-s2 / 2) + exp(-2 * s2)) / 8, Double(n - 1))
}

/// Gaussian angles, the adjoint gradient of the projector, and the sample statistics.
func estimateSmallAngleVariance(
  qubits n: Int, sigma: Double, samples: Int, seed: UInt64
) throws -> (
  variance: Double, standardError: Double
) {
  let circuit = Circuit.hardwareEfficient(qubits: n, layers: 1)
  var rng = SeededGenerator(seed: seed)
  var values: [Double] = []
  for _ in 0..<samples {
    let theta = (0..<(2 * n)).map { _ in sigma * rng.nextGaussian() }
    let (_, gradient) = try Simulator.default.gradient(of: .projector(basisState: 0), in: circuit, parameters: theta)
    values.append(-gradient[0])
  }
  let count = Double(samples)
  let mean = values.reduce(0, +) / count
  let s2 = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / (count - 1)
  let m4 = values.reduce(0) { $0 + pow($1 - mean, 4) } / count
  return (s2, max(0, (m4 - (count - 3) / (count - 1) * s2 * s2) / count).squareRoot())
}

/// Golden-section search on log σ over [10⁻³, 10].
func optimalSigma(qubits n: Int) throws -> Double {
  func f(_ logSigma: Double) throws -> Double { try smallAngleVariance(qubits: n, sigma: exp(logSigma)) }
  var (a, b) = (log(1e-3), log(10.0))
  let r = (5.0.squareRoot() - 1) / 2
  for _ in 0..<200 {
    let c = b - r * (b - a)
    let d = a + r * (b - a)
    if try f(c) > f(d) { b = d } else { a = c }
  }
  return exp((a + b) / 2)
}
