// Exercise 02-pauli-product: multiply Pauli strings with their phase, and decide commutation.
//
// The statement is README.md in this folder. Replace each `throw NotImplemented(…)` line with
// your code, then grade it:  swift run plateau grade 02-pauli-product
// Keep the functions' names and signatures: the grader calls them.
//
// A `PauliString` on fewer than 64 qubits is two bit masks: bit q of `xMask` is set when the
// factor on qubit q is X or Y, bit q of `zMask` when it is Z or Y (so Y sets both). Make a
// string from masks with `PauliString(xMask:zMask:)`; `p[q]` is the factor on qubit q.
// Do not use the library's `*`, `commutes(with:)` or `anticommutes(with:)`: write them.
import Quantum

/// The product a·b = i^k · c of two Pauli strings: the exponent k (any integer; only k mod 4
/// matters) and the string c.
///
/// Qubit by qubit, XY = iZ, YZ = iX, ZX = iY, the reversed orders give −i, and equal factors
/// (or an identity) give no phase. The string c has the masks a.x ⊕ b.x and a.z ⊕ b.z.
func multiply(_ a: PauliString, _ b: PauliString) throws -> (phaseExponent: Int, string: PauliString) {
  throw NotImplemented("multiply(_:_:)")
}

/// Whether a·b = b·a.
///
/// Two strings commute exactly when the number of qubits on which both factors are
/// non-identity and different is even.
func commutes(_ a: PauliString, _ b: PauliString) throws -> Bool {
  throw NotImplemented("commutes(_:_:)")
}

/// Thrown by the functions you have not written yet.
struct NotImplemented: Error, CustomStringConvertible {
  let function: String
  init(_ function: String) { self.function = function }
  var description: String {
    "\(function) is not implemented yet: replace its `throw NotImplemented(…)` line with your code"
  }
}
