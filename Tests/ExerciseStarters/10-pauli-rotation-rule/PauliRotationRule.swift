// Exercise 10-pauli-rotation-rule: propagate a Pauli sum through Pauli rotations (Heisenberg
// picture), with weight truncation, and account for what the truncation dropped.
//
// The statement is README.md in this folder. Replace each `throw NotImplemented(…)` line with
// your code, then grade it:  swift run plateau grade 10-pauli-rotation-rule
// Keep the functions' names and signatures: the grader calls them.
//
// Useful API from `import Quantum`: `p.anticommutes(with: q)`; `p * q` is the product as a
// `PhasedPauliString` (`.string`, and `.phaseExponent` k with PQ = iᵏ·string); `p.weight`
// (non-identity factors); `p.isDiagonal` (only I and Z); `sum.terms` (each with `.string` and
// `.coefficient`); `var s = PauliSum(); s.add(c, p)` adds c·p, merging equal strings.
import Quantum

/// U†OU for the one rotation U = exp(−iθP/2), with weight truncation.
///
/// Each term c·Q of O becomes c·Q if Q commutes with P, and otherwise
///
///     c·cos θ · Q  +  c·sin θ · (iPQ)            (iPQ is ± a Pauli string)
///
/// The new string iPQ (the sine branch) is dropped when `maxWeight` is not nil and its weight
/// exceeds it; `discardedSquares` is the sum of (c·sin θ)² over the dropped branches. Equal
/// strings are merged; terms whose coefficient is exactly 0 are left out.
func propagate(
  _ observable: PauliSum, throughRotation generator: PauliString, angle theta: Double, maxWeight: Int?
) throws -> (observable: PauliSum, discardedSquares: Double) {
  throw NotImplemented("propagate(_:throughRotation:angle:maxWeight:)")
}

/// ⟨0…0| U†OU |0…0⟩ for the circuit U that applies `rotations[0]` first (to the state), then
/// `rotations[1]`, and so on; each rotation is exp(−iθP/2) with (P, θ) = (generator, angle).
///
/// Propagate O backwards, one rotation at a time, with the weight truncation of
/// `propagate(_:throughRotation:angle:maxWeight:)`, and evaluate the result on |0…0⟩.
/// `discardedNorm` is √(Σ c²) over every branch dropped on the way.
func truncatedExpectation(
  of observable: PauliSum, rotations: [(generator: PauliString, angle: Double)], maxWeight: Int?
) throws -> (value: Double, discardedNorm: Double) {
  throw NotImplemented("truncatedExpectation(of:rotations:maxWeight:)")
}

/// Thrown by the functions you have not written yet.
struct NotImplemented: Error, CustomStringConvertible {
  let function: String
  init(_ function: String) { self.function = function }
  var description: String {
    "\(function) is not implemented yet: replace its `throw NotImplemented(…)` line with your code"
  }
}
