// Exercise 06-local-cost: the local cost, its gradient, and the closed form 1/(8n²).
//
// The statement is README.md in this folder. Replace each `throw NotImplemented(…)` line with
// your code, then grade it:  swift run plateau grade 06-local-cost
// Keep the functions' names and signatures: the grader calls them.
//
// Conventions: qubit 0 is the least significant bit of a basis index; RY(θ) = exp(−iθY/2),
// RZ(θ) = exp(−iθZ/2).
import Foundation
import Quantum

/// C_L = 1 − (1/n) Σⱼ Prob(qubit j = 0) for a normalized state of n qubits (2ⁿ amplitudes).
func localCost(of state: [Amplitude]) throws -> Double {
  throw NotImplemented("localCost(of:)")
}

/// ∂C_L/∂θₖ for the hardware-efficient ansatz with one layer on `n` qubits
/// (`Circuit.hardwareEfficient(qubits: n, layers: 1)`, 2n parameters), started from |0…0⟩.
func localCostDerivative(qubits n: Int, parameters theta: [Double], index k: Int) throws -> Double {
  throw NotImplemented("localCostDerivative(qubits:parameters:index:)")
}

/// Var[∂C_L/∂θ₀] over θ drawn uniformly from [0, 2π)^(2n) with `SeededGenerator(seed: seed)`,
/// from `samples` draws, and the standard error of that estimate.
func estimateLocalCostVariance(
  qubits n: Int, samples: Int, seed: UInt64
) throws -> (
  variance: Double, standardError: Double
) {
  throw NotImplemented("estimateLocalCostVariance(qubits:samples:seed:)")
}

/// Thrown by the functions you have not written yet.
struct NotImplemented: Error, CustomStringConvertible {
  let function: String
  init(_ function: String) { self.function = function }
  var description: String {
    "\(function) is not implemented yet: replace its `throw NotImplemented(…)` line with your code"
  }
}
