// Exercise 04-adjoint-backward: the backward sweep of adjoint differentiation.
//
// The statement is README.md in this folder. Replace the `throw NotImplemented(…)` line with
// your code, then grade it:  swift run plateau grade 04-adjoint-backward
// Keep the function's name and signature: the grader calls it.
//
// What you need from the library:
//   var psi = try StateVector(running: circuit, parameters: theta)   // the forward pass
//   let lambda = try psi.applying(observable)                       // O|ψ⟩ (a new state)
//   a.inner(b)                                                       // ⟨a|b⟩, a Complex<Double>
//   try undo(gate, parameters: theta, on: &state)                    // given below: R† on a state
//   generator(of: gate)                                              // given below: P, or nil
// Do not call the library's `gradient(of:in:parameters:method:)` or `partialDerivative`.
import Quantum

/// ∂⟨O⟩/∂θₖ for every parameter k of `circuit`, at `parameters`, by adjoint differentiation.
///
/// Forward: |φ⟩ = |ψ⟩ = U(θ)|0…0⟩ and |λ⟩ = O|ψ⟩. Backward, for each gate g from the last to
/// the first: if g is a rotation exp(−iαP/2) with α = scale·θₖ + offset, add
/// scale · Im⟨λ|P|φ⟩ to component k; then undo g on both states.
func adjointGradient(of observable: PauliSum, in circuit: Circuit, at parameters: [Double]) throws -> [Double] {
  throw NotImplemented("adjointGradient(of:in:at:)")
}

// MARK: - Given (do not change)

/// The Pauli string P of a rotation gate exp(−iαP/2) (RX, RY, RZ, RXX, RYY, RZZ or a Pauli
/// rotation), or nil for a gate without an angle.
func generator(of gate: Gate) -> PauliString? {
  let q = gate.qubits
  switch gate.kind {
  case .rx: return PauliString(.x, on: q[0])
  case .ry: return PauliString(.y, on: q[0])
  case .rz: return PauliString(.z, on: q[0])
  case .rxx: return PauliString([q[0]: .x, q[1]: .x])
  case .ryy: return PauliString([q[0]: .y, q[1]: .y])
  case .rzz: return PauliString([q[0]: .z, q[1]: .z])
  case .pauliRotation(let p): return p
  default: return nil
  }
}

/// Applies the inverse of `gate` (its angles evaluated at `parameters`) to `state`.
func undo(_ gate: Gate, parameters: [Double], on state: inout StateVector) throws {
  var single = Circuit(qubitCount: state.qubitCount)
  single.append(gate.withAngles(gate.angles.map { .constant($0.value(with: parameters)) }))
  try state.apply(single.inverse)
}

/// Thrown by the functions you have not written yet.
struct NotImplemented: Error, CustomStringConvertible {
  let function: String
  init(_ function: String) { self.function = function }
  var description: String {
    "\(function) is not implemented yet: replace its `throw NotImplemented(…)` line with your code"
  }
}
