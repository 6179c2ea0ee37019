// The Quantum module: state vectors, gates, circuits, Pauli algebra and gradients.
//
// Conventions used everywhere in this module:
// - Qubit 0 is the least significant bit of a basis-state index (Qiskit's order):
//   in a 3-qubit state, index 6 = 0b110 is |q2 q1 q0> = |110>.
// - Rotations are RX/RY/RZ(θ) = exp(-iθP/2); RZZ(θ) = exp(-iθ Z⊗Z/2); CZ = diag(1,1,1,-1).
// - Pauli strings are written sparsely: "X0 Z3" is X on qubit 0 and Z on qubit 3.

@_exported public import Numerics

/// A complex amplitude: `Complex<Double>` from swift-numerics.
public typealias Amplitude = Complex<Double>
