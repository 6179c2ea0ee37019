// Reference solution of exercise 06-local-cost (stripped from student releases).
import Foundation
import Quantum

/// Σⱼ Prob(qubit j = 1) / n: each amplitude contributes |a|² once per 1-bit of its index.
func localCost(of state: [Amplitude]) throws -> Double {
  let n = state.count.trailingZeroBitCount
  var ones = 0.0
  for (i, a) in state.enumerated() { ones += Double(i.nonzeroBitCount) * a.lengthSquared }
  return ones / Double(n)
}

/// The parameter-shift rule: ∂C/∂θₖ = [C(θ + π/2 eₖ) − C(θ − π/2 eₖ)]/2 for exp(−iθP/2) gates.
func localCostDerivative(qubits n: Int, parameters theta: [Double], index k: Int) throws -> Double {
  let circuit = Circuit.hardwareEfficient(qubits: n, layers: 1)
  func cost(_ shift: Double) throws -> Double {
    var shifted = theta
    shifted[k] += shift
    return try localCost(of: StateVector(running: circuit, parameters: shifted).amplitudes)
  }
  return (try cost(.pi / 2) - cost(-.pi / 2)) / 2
}

/// Uniform samples, then s² and √((m₄ − (N − 3)/(N − 1)s⁴)/N).
func estimateLocalCostVariance(
  qubits n: Int, samples: Int, seed: UInt64
) throws -> (
  variance: Double, standardError: Double
) {
  var rng = SeededGenerator(seed: seed)
  var values: [Double] = []
  for _ in 0..<samples {
    let theta = (0..<(2 * n)).map { _ in Double.random(in: 0..<(2 * Double.pi), using: &rng) }
    values.append(try localCostDerivative(qubits: n, parameters: theta, index: 0))
  }
  let count = Double(samples)
  let mean = values.reduce(0, +) / count
  let s2 = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / (count - 1)
  let m4 = values.reduce(0) { $0 + pow($1 - mean, 4) } / count
  return (s2, max(0, (m4 - (count - 3) / (count - 1) * s2 * s2) / count).squareRoot())
}
