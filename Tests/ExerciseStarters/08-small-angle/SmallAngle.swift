// Exercise 08-small-angle: how small must initial angles be for a gradient to survive?
//
// The statement is README.md in this folder. Replace each `throw NotImplemented(…)` line with
// your code, then grade it:  swift run plateau grade 08-small-angle
// Keep the functions' names and signatures: the grader calls them.
//
// The circuit is the warm-up of lesson 06, `Circuit.hardwareEfficient(qubits: n, layers: 1)`,
// with the global cost C_G = 1 − |⟨0…0|U(θ)|0…0⟩|², and θⱼ ~ N(0, σ²) for every parameter.
import Foundation
import Quantum

/// The closed form of Var[∂C_G/∂θ₀] when every θⱼ ~ N(0, σ²):
/// (1 − e^(−2σ²))/8 · ((3 + 4e^(−σ²/2) + e^(−2σ²))/8)^(n−1).
func smallAngleVariance(qubits n: Int, sigma: Double) throws -> Double {
  throw NotImplemented("smallAngleVariance(qubits:sigma:)")
}

/// Var[∂C_G/∂θ₀] estimated from `samples` parameter vectors, each θⱼ = σ·rng.nextGaussian() with
/// one `SeededGenerator(seed: seed)`, and the standard error of that estimate.
func estimateSmallAngleVariance(
  qubits n: Int, sigma: Double, samples: Int, seed: UInt64
) throws -> (
  variance: Double, standardError: Double
) {
  throw NotImplemented("estimateSmallAngleVariance(qubits:sigma:samples:seed:)")
}

/// The σ > 0 that maximizes smallAngleVariance(qubits: n, sigma: σ), for n ≥ 2.
func optimalSigma(qubits n: Int) throws -> Double {
  throw NotImplemented("optimalSigma(qubits:)")
}

/// Thrown by the functions you have not written yet.
struct NotImplemented: Error, CustomStringConvertible {
  let function: String
  init(_ function: String) { self.function = function }
  var description: String {
    "\(function) is not implemented yet: replace its `throw NotImplemented(…)` line with your code"
  }
}
