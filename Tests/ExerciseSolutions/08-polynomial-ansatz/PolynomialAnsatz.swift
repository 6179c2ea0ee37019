// Reference solution of exercise 08-polynomial-ansatz (stripped from student releases).
import Foundation
import Quantum

/// The transverse-field Ising generators, ZᵢZᵢ₊₁ on every bond and Xᵢ on every qubit.
///
/// Their algebra is so(2n), of dimension n(2n − 1), and it contains Z₀Z₁.
func generators(qubits n: Int) throws -> [PauliString] {
  (0..<n - 1).map { PauliString([$0: .z, $0 + 1: .z]) } + (0..<n).map { PauliString(.x, on: $0) }
}

/// Per layer: RZZ on every bond, then RX on every qubit, each with its own angle.
func ansatz(qubits n: Int, layers: Int) throws -> Circuit {
  var c = Circuit(qubitCount: n)
  for _ in 0..<layers {
    for q in 0..<n - 1 { c.append(.rzz(c.makeParameter(), q, q + 1)) }
    for q in 0..<n { c.append(.rx(c.makeParameter(), on: q)) }
  }
  return c
}
