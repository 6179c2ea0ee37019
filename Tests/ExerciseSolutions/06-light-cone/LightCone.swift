// Reference solution of exercise 06-light-cone (stripped from student releases).
import Foundation
import Quantum

/// The cone by the Heisenberg picture, layer by layer from the last.
///
/// With d = L − 1 − l layers after layer l: Z_j commutes with the last CZ chain and RZ, so in the last layer only RY on j acts. Each
/// earlier CZ chain turns an X on qubit q into Z X Z on q − 1, q, q + 1, so the operator reaching
/// layer l has X or Z on |q − j| ≤ d, and an X component only on |q − j| ≤ d − 1: RY(q) matters
/// for |q − j| ≤ d, RZ(q) (which commutes with Z) only for |q − j| ≤ d − 1.
func backwardLightCone(qubits n: Int, layers: Int, observableQubit j: Int) throws -> [Int] {
  var cone: [Int] = []
  for l in 0..<layers {
    let d = layers - 1 - l
    for q in 0..<n where abs(q - j) <= d { cone.append(2 * n * l + q) }
    for q in 0..<n where abs(q - j) <= d - 1 { cone.append(2 * n * l + n + q) }
  }
  return cone.sorted()
}

/// The dual question: every j whose backward cone contains k.
func influencedQubits(qubits n: Int, layers: Int, parameter k: Int) throws -> [Int] {
  try (0..<n).filter { try backwardLightCone(qubits: n, layers: layers, observableQubit: $0).contains(k) }
}
