// Exercise 01-apply-gate: apply a single-qubit gate to qubit k of an n-qubit state.
//
// The statement is README.md in this folder. Replace each `throw NotImplemented(…)` line with
// your code, then grade it:  swift run plateau grade 01-apply-gate
// Keep the functions' names and signatures: the grader calls them.
//
// A state of n qubits is an array of 2ⁿ complex amplitudes (`Amplitude` is `Complex<Double>`);
// qubit 0 is the least significant bit of an amplitude's index. A gate is a 2×2
// `ComplexMatrix`: `gate[row, column]`, rows and columns ordered |0⟩, |1⟩.
import Quantum

/// The error `apply(_:toQubit:of:)` throws for a qubit the state does not have.
enum GateError: Error {
  case qubitOutOfRange(Int)
}

/// Applies the 2×2 matrix `gate` to qubit `k` of `state`, in place.
///
/// The pair-of-amplitudes loop: for every index i whose bit k is 0, the amplitudes a[i] and
/// a[i + 2ᵏ] belong to the same basis state of the other qubits, with qubit k in |0⟩ and |1⟩.
/// Replace each pair by
///
///     a[i]      ← g₀₀·a[i] + g₀₁·a[i + 2ᵏ]
///     a[i + 2ᵏ] ← g₁₀·a[i] + g₁₁·a[i + 2ᵏ]
///
/// Throws `GateError.qubitOutOfRange(k)` when k is not one of the state's qubits 0..<n.
func apply(_ gate: ComplexMatrix, toQubit k: Int, of state: inout [Amplitude]) throws {
  throw NotImplemented("apply(_:toQubit:of:)")
}

/// The product state ⊗ₖ (cos(θₖ/2)|0⟩ + e^{iφₖ} sin(θₖ/2)|1⟩).
///
/// Qubit k is at Bloch angles `blochAngles[k]`. Make it from |0…0⟩ with
/// `apply(_:toQubit:of:)`: a rotation, then a phase, on each qubit. Any global phase is fine:
/// the grader compares states up to a global phase.
func productState(blochAngles: [(theta: Double, phi: Double)]) throws -> [Amplitude] {
  throw NotImplemented("productState(blochAngles:)")
}

/// Thrown by the functions you have not written yet.
struct NotImplemented: Error, CustomStringConvertible {
  let function: String
  init(_ function: String) { self.function = function }
  var description: String {
    "\(function) is not implemented yet: replace its `throw NotImplemented(…)` line with your code"
  }
}
