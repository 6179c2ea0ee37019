// Reference solution of exercise 05-gradient-variance (stripped from student releases).
import Foundation
import Quantum

/// s² and its standard error from the second and fourth central moments.
func varianceWithStandardError(_ samples: [Double]) throws -> (variance: Double, standardError: Double) {
  let n = Double(samples.count)
  let mean = samples.reduce(0, +) / n
  var m2 = 0.0
  var m4 = 0.0
  for x in samples {
    let d = (x - mean) * (x - mean)
    m2 += d
    m4 += d * d
  }
  let s2 = m2 / (n - 1)
  let fourth = m4 / n
  return (s2, max(0, (fourth - (n - 3) / (n - 1) * s2 * s2) / n).squareRoot())
}

/// The projector onto |0…0⟩ and the adjoint gradient of the simulator; C_G = 1 − ⟨P₀⟩, so
/// ∂C_G = −∂⟨P₀⟩.
func globalCostDerivative(qubits n: Int, parameters theta: [Double]) throws -> Double {
  let circuit = Circuit.hardwareEfficient(qubits: n, layers: 1)
  let (_, gradient) = try Simulator.default.gradient(
    of: .projector(basisState: 0), in: circuit, parameters: theta)
  return -gradient[0]
}

/// Uniform angles from one seeded generator, then the sample statistics.
func estimateGlobalCostVariance(
  qubits n: Int, samples: Int, seed: UInt64
) throws -> (
  variance: Double, standardError: Double
) {
  var rng = SeededGenerator(seed: seed)
  var values: [Double] = []
  for _ in 0..<samples {
    let theta = (0..<(2 * n)).map { _ in Double.random(in: 0..<(2 * Double.pi), using: &rng) }
    values.append(try globalCostDerivative(qubits: n, parameters: theta))
  }
  return try varianceWithStandardError(values)
}

/// Weighted least squares for log Var = a − r·n.
func decayRate(qubits: [Int], variances: [Double], standardErrors: [Double]) throws -> Double {
  let x = qubits.map(Double.init)
  let y = variances.map { log($0) }
  let w = zip(variances, standardErrors).map { ($0 / $1) * ($0 / $1) }
  let s = w.reduce(0, +)
  let sx = zip(w, x).map(*).reduce(0, +)
  let sy = zip(w, y).map(*).reduce(0, +)
  let sxx = zip(w, x).map { $0 * $1 * $1 }.reduce(0, +)
  let sxy = zip(w, zip(x, y)).map { $0 * $1.0 * $1.1 }.reduce(0, +)
  let slope = (s * sxy - sx * sy) / (s * sxx - sx * sx)
  return -slope
}
