// Exercise 03-tfim-hamiltonian: the transverse-field Ising Hamiltonian as a Pauli sum, and the
// exact ground energy of the Ising ring from free fermions.
//
// The statement is README.md in this folder. Replace each `throw NotImplemented(…)` line with
// your code, then grade it:  swift run plateau grade 03-tfim-hamiltonian
// Keep the functions' names and signatures: the grader calls them.
//
// Build Pauli sums with `PauliSum()` and `sum.add(coefficient, string)`, and strings with
// `PauliString([i: .z, j: .z])` or `PauliString(.x, on: i)`. Do not call the library's
// `PauliSum.transverseFieldIsing` or `groundStateEnergy`: the grader uses them to check you.
import Quantum

/// H = −J Σ ZᵢZᵢ₊₁ − h Σ Xᵢ on n qubits: bonds (i, i+1) for i = 0 … n−2, plus the bond
/// (n−1, 0) when `periodic` (a ring; n ≥ 3), and one field term per qubit.
func tfimHamiltonian(qubits n: Int, coupling j: Double, field h: Double, periodic: Bool) throws -> PauliSum {
  throw NotImplemented("tfimHamiltonian(qubits:coupling:field:periodic:)")
}

/// The ground energy of the TFIM ring of n spins (n even, n ≥ 4).
///
/// From the free-fermion solution,
///
///     E₀ = −Σₖ √(J² + h² − 2Jh·cos k),   k = π/n, 3π/n, 5π/n, …, (2n−1)π/n.
func ringGroundEnergy(qubits n: Int, coupling j: Double, field h: Double) throws -> Double {
  throw NotImplemented("ringGroundEnergy(qubits:coupling:field:)")
}

/// Thrown by the functions you have not written yet.
struct NotImplemented: Error, CustomStringConvertible {
  let function: String
  init(_ function: String) { self.function = function }
  var description: String {
    "\(function) is not implemented yet: replace its `throw NotImplemented(…)` line with your code"
  }
}
