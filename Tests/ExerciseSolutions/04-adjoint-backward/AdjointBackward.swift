// Reference solution of exercise 04-adjoint-backward (stripped from student releases).
import Quantum

/// One forward pass, then the backward sweep over |φ⟩ and |λ⟩.
func adjointGradient(of observable: PauliSum, in circuit: Circuit, at parameters: [Double]) throws -> [Double] {
  var phi = try StateVector(running: circuit, parameters: parameters)
  var lambda = try phi.applying(observable)
  var gradient = [Double](repeating: 0, count: circuit.parameterCount)
  for gate in circuit.gates.reversed() {
    if let p = generator(of: gate), let angle = gate.angles.first, let k = angle.parameter {
      // ∂f/∂α = Im⟨λ|P|φ⟩, times ∂α/∂θₖ = scale.
      gradient[k] += angle.scale * lambda.inner(try phi.applying(PauliSum(p))).imaginary
    }
    try undo(gate, parameters: parameters, on: &phi)
    try undo(gate, parameters: parameters, on: &lambda)
  }
  return gradient
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
