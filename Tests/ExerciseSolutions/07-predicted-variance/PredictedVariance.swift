// Reference solution of exercise 07-predicted-variance (stripped from student releases).
import Foundation
import Quantum

/// Tr(Pₐ O)/√(2ⁿ) = √(2ⁿ)·cₐ, squared and summed over the terms in the algebra.
func gPurity(of observable: PauliSum, basis: [PauliString], qubits n: Int) throws -> Double {
  let inAlgebra = Set(basis)
  let d = Double(1 << n)
  return observable.terms.filter { inAlgebra.contains($0.string) }.reduce(0) {
    $0 + d * $1.coefficient * $1.coefficient
  }
}

/// ⟨0…0|P|0…0⟩ is 1 for a string of Z's and I's and 0 otherwise.
func zeroStatePurity(basis: [PauliString], qubits n: Int) throws -> Double {
  Double(basis.filter(\.isDiagonal).count) / Double(1 << n)
}

/// P_g(ρ)·P_g(O)/dim g.
func predictedVariance(of observable: PauliSum, basis: [PauliString], qubits n: Int) throws -> Double {
  try zeroStatePurity(basis: basis, qubits: n) * gPurity(of: observable, basis: basis, qubits: n) / Double(basis.count)
}
