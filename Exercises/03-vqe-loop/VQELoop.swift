// Exercise 03-vqe-loop: a variational quantum eigensolver loop that reaches the ground energy.
//
// The statement is README.md in this folder. Replace the `throw NotImplemented(…)` line with
// your code, then grade it:  swift run plateau grade 03-vqe-loop
// Keep the function's name and signature: the grader calls it.
//
// The library gives you the energy and its gradient in one call:
//
//     let (energy, gradient) = try Simulator.default.gradient(of: hamiltonian, in: ansatz, parameters: theta)
//
// Write the optimization loop yourself (do not call the Landscapes module's `train`).
import Quantum

/// Minimizes E(θ) = ⟨ψ(θ)|H|ψ(θ)⟩ for ψ(θ) = ansatz(θ)|0…0⟩, starting from `initial`, and
/// returns the final parameters (as many as `ansatz.parameterCount`).
func vqe(hamiltonian: PauliSum, ansatz: Circuit, initial: [Double]) throws -> [Double] {
  throw NotImplemented("vqe(hamiltonian:ansatz:initial:)")
}

/// Thrown by the functions you have not written yet.
struct NotImplemented: Error, CustomStringConvertible {
  let function: String
  init(_ function: String) { self.function = function }
  var description: String {
    "\(function) is not implemented yet: replace its `throw NotImplemented(…)` line with your code"
  }
}
