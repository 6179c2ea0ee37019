// Exercise 07-predicted-variance: g-purities and the deep-circuit variance of Ragone et al.
//
// The statement is README.md in this folder. Replace each `throw NotImplemented(…)` line with
// your code, then grade it:  swift run plateau grade 07-predicted-variance
// Keep the functions' names and signatures: the grader calls them.
//
// An algebra is given by its basis of Pauli strings (as `DynamicalLieAlgebra` finds it for
// string generators); the identity is never among them. Qubit 0 is the least significant bit.
import Foundation
import Quantum

/// P_g(O) = Σₐ Tr(Bₐ O)² over the orthonormal basis Bₐ = Pₐ/√(2ⁿ) of the algebra: the terms
/// c·P of O whose string P is in the basis contribute 2ⁿ·c² each; the others nothing.
func gPurity(of observable: PauliSum, basis: [PauliString], qubits n: Int) throws -> Double {
  throw NotImplemented("gPurity(of:basis:qubits:)")
}

/// P_g(ρ) for ρ = |0…0⟩⟨0…0|: Σₐ ⟨0…0|Pₐ|0…0⟩² / 2ⁿ over the basis strings Pₐ.
func zeroStatePurity(basis: [PauliString], qubits n: Int) throws -> Double {
  throw NotImplemented("zeroStatePurity(basis:qubits:)")
}

/// The deep-circuit variance of ⟨O⟩ from |0…0⟩ for a simple algebra: P_g(ρ)·P_g(O)/dim g.
func predictedVariance(of observable: PauliSum, basis: [PauliString], qubits n: Int) throws -> Double {
  throw NotImplemented("predictedVariance(of:basis:qubits:)")
}

/// Thrown by the functions you have not written yet.
struct NotImplemented: Error, CustomStringConvertible {
  let function: String
  init(_ function: String) { self.function = function }
  var description: String {
    "\(function) is not implemented yet: replace its `throw NotImplemented(…)` line with your code"
  }
}
