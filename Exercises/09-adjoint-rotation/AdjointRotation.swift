// Exercise 09-adjoint-rotation: one Pauli rotation in the adjoint representation (g-sim).
//
// The statement is README.md in this folder. Replace each `throw NotImplemented(…)` line with
// your code, then grade it:  swift run plateau grade 09-adjoint-rotation
// Keep the functions' names and signatures: the grader calls them.
//
// A state ρ is described by its expectation vector e[a] = Tr(ρ B_a) on a basis B_0, B_1, … of
// Pauli strings that is closed under commutators (a dynamical Lie algebra): `basis[a]` is B_a.
// Useful API from `import Quantum`: `g.commutator(with: b)` returns [G, B]/(2i) as a
// `PauliSum.Term` (`.string` and `.coefficient`, which is +1 or −1), or nil when G and B commute;
// `p.isDiagonal` is true for strings of I and Z only; `sum.terms`, `sum.identityCoefficient`.
import Quantum

/// The expectation vector of |0…0⟩: e[a] = ⟨0…0| B_a |0…0⟩ for every basis string.
func zeroStateExpectations(basis: [PauliString]) throws -> [Double] {
  throw NotImplemented("zeroStateExpectations(basis:)")
}

/// The expectation vector after the gate exp(−iθG/2), from the one before it.
///
/// For every basis string B that anticommutes with G, with C = [G, B]/(2i) = ±(a basis string),
///
///     e'[B] = cos θ · e[B] − sin θ · e[C],      where e[C] = ±e[index of that string];
///
/// strings that commute with G keep their value. Throws (any error) if some C is not in the
/// basis, that is, if the basis is not closed under commutators with G.
func rotate(
  _ expectations: [Double], basis: [PauliString], generator: PauliString, angle theta: Double
) throws -> [Double] {
  throw NotImplemented("rotate(_:basis:generator:angle:)")
}

/// ⟨O⟩ = Σₐ oₐ e[a] + o₀ for O = Σₐ oₐ B_a + o₀ I: the observable's coefficient of each basis
/// string times its expectation, plus the coefficient of the identity.
///
/// Throws (any error) if O has a term that is neither the identity nor a basis string.
func expectation(of observable: PauliSum, basis: [PauliString], expectations: [Double]) throws -> Double {
  throw NotImplemented("expectation(of:basis:expectations:)")
}

/// Thrown by the functions you have not written yet.
struct NotImplemented: Error, CustomStringConvertible {
  let function: String
  init(_ function: String) { self.function = function }
  var description: String {
    "\(function) is not implemented yet: replace its `throw NotImplemented(…)` line with your code"
  }
}
