// Exercise 08-polynomial-ansatz: design an entangling ansatz without a barren plateau.
//
// The statement is README.md in this folder. Replace each `throw NotImplemented(…)` line with
// your code, then grade it:  swift run plateau grade 08-polynomial-ansatz
// Keep the functions' names and signatures: the grader calls them.
//
// Build circuits only from parameterized rotations exp(−iθP/2): `.rx`, `.ry`, `.rz`, `.rxx`,
// `.ryy`, `.rzz` or `.pauliRotation(θ, P)`, each with its own parameter, e.g.
//     var c = Circuit(qubitCount: n)
//     c.append(.rzz(c.makeParameter(), 0, 1))
// Qubit 0 is the least significant bit; the circuit starts from |0…0⟩.
import Foundation
import Quantum

/// The Pauli strings P whose rotations exp(−iθP/2) make up `ansatz(qubits: n, layers:)`, on n
/// qubits (each string once).
func generators(qubits n: Int) throws -> [PauliString] {
  throw NotImplemented("generators(qubits:)")
}

/// Your ansatz: `layers` layers on n qubits, every gate a parameterized rotation about one of
/// `generators(qubits: n)`.
func ansatz(qubits n: Int, layers: Int) throws -> Circuit {
  throw NotImplemented("ansatz(qubits:layers:)")
}

/// Thrown by the functions you have not written yet.
struct NotImplemented: Error, CustomStringConvertible {
  let function: String
  init(_ function: String) { self.function = function }
  var description: String {
    "\(function) is not implemented yet: replace its `throw NotImplemented(…)` line with your code"
  }
}
