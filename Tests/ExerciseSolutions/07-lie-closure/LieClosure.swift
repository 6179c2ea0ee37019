// Reference solution of exercise 07-lie-closure (stripped from student releases).
import Foundation
import Quantum

/// Products XOR the masks: X·X = I, Z·Z = I, X·Z ∝ Y, bit by bit.
func productString(_ a: PauliString, _ b: PauliString) throws -> PauliString {
  PauliString(xMask: a.xMask ^ b.xMask, zMask: a.zMask ^ b.zMask)
}

/// Two strings anticommute when an odd number of qubits carry anticommuting Paulis: the
/// parity of |x_a ∧ z_b| + |z_a ∧ x_b|.
func anticommute(_ a: PauliString, _ b: PauliString) throws -> Bool {
  ((a.xMask & b.zMask).nonzeroBitCount + (a.zMask & b.xMask).nonzeroBitCount) % 2 == 1
}

/// Breadth-first search: every new string is commuted with every string found so far.
func lieClosure(of generators: [PauliString]) throws -> [PauliString] {
  var basis: [PauliString] = []
  var seen = Set<PauliString>()
  for g in generators where !g.isIdentity && seen.insert(g).inserted { basis.append(g) }
  var next = 0
  while next < basis.count {
    let p = basis[next]
    for q in basis[..<next] where try anticommute(p, q) {
      let r = try productString(p, q)
      if seen.insert(r).inserted { basis.append(r) }
    }
    next += 1
  }
  return basis
}
