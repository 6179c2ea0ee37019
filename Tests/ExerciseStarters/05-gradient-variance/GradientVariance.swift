// Exercise 05-gradient-variance: estimate a gradient variance with its standard error and
// fit how fast it decays with the number of qubits.
//
// The statement is README.md in this folder. Replace each `throw NotImplemented(…)` line with
// your code, then grade it:  swift run plateau grade 05-gradient-variance
// Keep the functions' names and signatures: the grader calls them.
//
// Conventions: qubit 0 is the least significant bit of a basis index; RY(θ) = exp(−iθY/2).
import Foundation
import Quantum

/// The unbiased sample variance s² = Σ(x − x̄)²/(N − 1) of `samples` (N ≥ 2) and its standard
/// error √((m₄ − (N − 3)/(N − 1)·s⁴)/N), where m₄ = Σ(x − x̄)⁴/N is the fourth central moment.
func varianceWithStandardError(_ samples: [Double]) throws -> (variance: Double, standardError: Double) {
  throw NotImplemented("varianceWithStandardError(_:)")
}

/// ∂C_G/∂θ₀ for the hardware-efficient ansatz with one layer on `n` qubits
/// (`Circuit.hardwareEfficient(qubits: n, layers: 1)`, 2n parameters), where
/// C_G = 1 − |⟨0…0|U(θ)|0…0⟩|² is the global cost.
func globalCostDerivative(qubits n: Int, parameters theta: [Double]) throws -> Double {
  throw NotImplemented("globalCostDerivative(qubits:parameters:)")
}

/// Var[∂C_G/∂θ₀] over θ drawn uniformly from [0, 2π)^(2n), estimated from `samples` draws
/// made with `SeededGenerator(seed: seed)`, and the standard error of that estimate.
func estimateGlobalCostVariance(
  qubits n: Int, samples: Int, seed: UInt64
) throws -> (
  variance: Double, standardError: Double
) {
  throw NotImplemented("estimateGlobalCostVariance(qubits:samples:seed:)")
}

/// The rate r of an exponential decay Var ≈ A·e^(−r·n), fitted by weighted least squares to
/// the points (nᵢ, log Varᵢ) with weights wᵢ = (Varᵢ/SEᵢ)² (the inverse variance of log Varᵢ).
func decayRate(qubits: [Int], variances: [Double], standardErrors: [Double]) throws -> Double {
  throw NotImplemented("decayRate(qubits:variances:standardErrors:)")
}

/// Thrown by the functions you have not written yet.
struct NotImplemented: Error, CustomStringConvertible {
  let function: String
  init(_ function: String) { self.function = function }
  var description: String {
    "\(function) is not implemented yet: replace its `throw NotImplemented(…)` line with your code"
  }
}
