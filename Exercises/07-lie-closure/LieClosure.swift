// Exercise 07-lie-closure: close a set of Pauli-string generators under commutators.
//
// The statement is README.md in this folder. Replace each `throw NotImplemented(…)` line with
// your code, then grade it:  swift run plateau grade 07-lie-closure
// Keep the functions' names and signatures: the grader calls them.
//
// A Pauli string on up to 64 qubits is two bit masks: bit q of `xMask` is set when the string
// has X or Y on qubit q, bit q of `zMask` when it has Z or Y (Y = both):
//
//     qubit:   3 2 1 0          "X0 Y1 Z3":  xMask = 0b0011, zMask = 0b1010
//
// `PauliString(xMask:zMask:)` builds a string from its masks.
import Foundation
import Quantum

/// The string part of the product a·b (products of Paulis are strings up to a phase ±1, ±i).
func productString(_ a: PauliString, _ b: PauliString) throws -> PauliString {
  throw NotImplemented("productString(_:_:)")
}

/// Whether a and b anticommute (ab = −ba).
func anticommute(_ a: PauliString, _ b: PauliString) throws -> Bool {
  throw NotImplemented("anticommute(_:_:)")
}

/// A basis of Pauli strings of the dynamical Lie algebra of the generators.
///
/// The generators, and every string ∝ [P, Q] for two anticommuting strings P, Q already found,
/// until nothing new appears. Each string once (no identity), in any order.
func lieClosure(of generators: [PauliString]) throws -> [PauliString] {
  throw NotImplemented("lieClosure(of:)")
}

/// Thrown by the functions you have not written yet.
struct NotImplemented: Error, CustomStringConvertible {
  let function: String
  init(_ function: String) { self.function = function }
  var description: String {
    "\(function) is not implemented yet: replace its `throw NotImplemented(…)` line with your code"
  }
}
