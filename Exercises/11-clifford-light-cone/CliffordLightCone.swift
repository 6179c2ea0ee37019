// Exercise 11-clifford-light-cone: the light cone of a Z observable and the exact Clifford points
// of the kicked-Ising circuit on any coupling graph (IBM's heavy-hex lattice among them).
//
// The statement is README.md in this folder. Replace each `throw NotImplemented(…)` line with
// your code, then grade it:  swift run plateau grade 11-clifford-light-cone
// Keep the functions' names and signatures: the grader calls them.
//
// The circuit: T steps, each R_X(θ_h) = exp(−iθ_h X/2) on every qubit, then
// R_ZZ(θ_J) = exp(−iθ_J Z_a Z_b/2) on every edge (a, b) of the graph, with θ_J = −π/2.
// Useful API from `import Quantum`: `graph.vertexCount`, `graph.edges` (pairs (a, b)),
// `graph.adjacency[q]` (the neighbours of q); `p.support` (qubits with a non-identity factor),
// `p[q]` (the factor on qubit q: .x, .y, .z or .i); `p.anticommutes(with: q)`; `p * q` (the
// product as a `PhasedPauliString`: `.string` and `.phaseExponent` k with PQ = iᵏ·string).
import Quantum

/// Why an input is outside what the functions handle.
enum CliffordLightConeError: Error {
  /// The observable has an X or Y factor (only strings of Z are handled).
  case notDiagonal
  /// θ_h is not a multiple of π/2, so the circuit is not Clifford.
  case notClifford(Double)
}

/// The light cone of ⟨O⟩ after `steps` steps, sorted ascending.
///
/// Every qubit whose gates can change ⟨O⟩, for an observable O made of Z factors only.
///
/// Throws `CliffordLightConeError.notDiagonal` if O has an X or Y factor.
func lightCone(of observable: PauliString, steps: Int, on graph: Graph) throws -> [Int] {
  throw NotImplemented("lightCone(of:steps:on:)")
}

/// U†PU for the kicked-Ising circuit U with θ_J = −π/2 and θ_h a multiple of π/2, where every
/// gate is Clifford: the result is one Pauli string with a sign ±1.
///
/// Throws `CliffordLightConeError.notClifford(thetaH)` when θ_h is not a multiple of π/2
/// (to 1e-12).
func cliffordPropagate(
  _ observable: PauliString, steps: Int, thetaH: Double, on graph: Graph
) throws -> (sign: Double, string: PauliString) {
  throw NotImplemented("cliffordPropagate(_:steps:thetaH:on:)")
}

/// Thrown by the functions you have not written yet.
struct NotImplemented: Error, CustomStringConvertible {
  let function: String
  init(_ function: String) { self.function = function }
  var description: String {
    "\(function) is not implemented yet: replace its `throw NotImplemented(…)` line with your code"
  }
}
