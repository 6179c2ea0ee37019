// Exercise 02-pauli-expectation: apply a Pauli string to a state and take expectation values.
//
// The statement is README.md in this folder. Replace each `throw NotImplemented(…)` line with
// your code, then grade it:  swift run plateau grade 02-pauli-expectation
// Keep the functions' names and signatures: the grader calls them.
//
// A state of n qubits is an array of 2ⁿ complex amplitudes (`Amplitude` is `Complex<Double>`);
// qubit 0 is the least significant bit of an amplitude's index. A `PauliString` on fewer than
// 64 qubits gives its bit masks as `pauli.xMask` (X or Y on qubit q sets bit q) and
// `pauli.zMask` (Z or Y sets bit q); `pauli[q]` is the factor on qubit q (`.i`, `.x`, `.y`, `.z`).
// Do not call the library's `StateVector.expectation` or `applying`: the point is to write them.
import Quantum

/// P|ψ⟩ for a Pauli string P, amplitude by amplitude, with the exact phases.
///
/// With x = `pauli.xMask`, z = `pauli.zMask` and P = i^popcount(x & z) · Xˣ · Zᶻ,
///
///     P|k⟩ = i^popcount(x & z) · (−1)^popcount(k & z) · |k ⊕ x⟩,
///
/// so the amplitude ψ[k] moves to index k ^ x with that factor.
func applyPauli(_ pauli: PauliString, to state: [Amplitude]) throws -> [Amplitude] {
  throw NotImplemented("applyPauli(_:to:)")
}

/// ⟨ψ|P|ψ⟩ = Σₖ conj(ψ[k ⊕ x]) · (phase of k) · ψ[k], a real number because P is Hermitian.
func expectation(of pauli: PauliString, in state: [Amplitude]) throws -> Double {
  throw NotImplemented("expectation(of:in:)")
}

/// ⟨ψ|H|ψ⟩ for a Pauli sum H = Σⱼ cⱼ Pⱼ: `hamiltonian.terms` lists (string, coefficient) pairs.
func energy(of hamiltonian: PauliSum, in state: [Amplitude]) throws -> Double {
  throw NotImplemented("energy(of:in:)")
}

/// Thrown by the functions you have not written yet.
struct NotImplemented: Error, CustomStringConvertible {
  let function: String
  init(_ function: String) { self.function = function }
  var description: String {
    "\(function) is not implemented yet: replace its `throw NotImplemented(…)` line with your code"
  }
}
