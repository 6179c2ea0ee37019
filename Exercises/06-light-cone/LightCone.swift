// Exercise 06-light-cone: which parameters of the hardware-efficient ansatz a local term sees.
//
// The statement is README.md in this folder. Replace each `throw NotImplemented(…)` line with
// your code, then grade it:  swift run plateau grade 06-light-cone
// Keep the functions' names and signatures: the grader calls them.
//
// The ansatz is `Circuit.hardwareEfficient(qubits: n, layers: L)`: layer l applies RY(θ[2nl+q])
// to every qubit q, then RZ(θ[2nl+n+q]), then CZ(q, q+1) for q = 0…n−2; it starts from |0…0⟩.
import Foundation
import Quantum

/// The indices k, in increasing order, of the parameters θₖ on which ⟨Z_j⟩ depends: those for
/// which ∂⟨Z_j⟩/∂θₖ is not identically zero (the backward light cone of Z_j).
func backwardLightCone(qubits n: Int, layers: Int, observableQubit j: Int) throws -> [Int] {
  throw NotImplemented("backwardLightCone(qubits:layers:observableQubit:)")
}

/// The qubits j, in increasing order, whose ⟨Z_j⟩ depends on the parameter θₖ (its forward
/// light cone, as seen by the local cost).
func influencedQubits(qubits n: Int, layers: Int, parameter k: Int) throws -> [Int] {
  throw NotImplemented("influencedQubits(qubits:layers:parameter:)")
}

/// Thrown by the functions you have not written yet.
struct NotImplemented: Error, CustomStringConvertible {
  let function: String
  init(_ function: String) { self.function = function }
  var description: String {
    "\(function) is not implemented yet: replace its `throw NotImplemented(…)` line with your code"
  }
}
