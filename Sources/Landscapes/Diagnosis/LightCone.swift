// The backward light cone of an observable: the qubits that can influence it.

public import Quantum

extension Circuit {
  /// The qubits whose initial state can change ⟨ψ|U†OU|ψ⟩ for an observable on `qubits`, and
  /// the gates that act inside that set.
  ///
  /// Walking the gates from last to first, a gate that touches the current set adds all its
  /// qubits to it: in the Heisenberg picture U†OU is supported on the final set, and every gate
  /// that never touches it cancels in U†OU. So ⟨O⟩ can be computed exactly on a statevector of
  /// only the cone's qubits, running only `gateIndices` (a light-cone simulation).
  ///
  /// Consecutive diagonal gates (Z, S, T, RZ, P, CZ, CRZ, CP, RZZ) commute, so a run of them is
  /// taken as one layer: only the gates of the run that touch the set as it was before the run
  /// widen it. A ladder CZ(0,1), CZ(1,2), … therefore widens a cone by one qubit each way, as
  /// it does physically, not down the whole ladder.
  ///
  /// ```swift
  /// let hea = Circuit.hardwareEfficient(qubits: 50, layers: 2)
  /// print(hea.backwardLightCone(of: [25]).qubits)   // [23, 24, 25, 26, 27]
  /// ```
  ///
  /// - Complexity: O(gates · qubits per gate).
  public func backwardLightCone(of qubits: [Int]) -> (qubits: [Int], gateIndices: [Int]) {
    var inside = Set(qubits)
    var gateIndices: [Int] = []
    var index = gates.count - 1
    while index >= 0 {
      if gates[index].isDiagonalInComputationalBasis {
        // The run of diagonal gates ending here: all commute, so the cone before the run decides.
        var start = index
        while start > 0 && gates[start - 1].isDiagonalInComputationalBasis { start -= 1 }
        let before = inside
        for k in stride(from: index, through: start, by: -1) where gates[k].qubits.contains(where: before.contains) {
          inside.formUnion(gates[k].qubits)
          gateIndices.append(k)
        }
        index = start - 1
      } else {
        if gates[index].qubits.contains(where: inside.contains) {
          inside.formUnion(gates[index].qubits)
          gateIndices.append(index)
        }
        index -= 1
      }
    }
    return (inside.sorted(), gateIndices.reversed())
  }
}

extension Gate {
  /// Whether the gate's matrix is diagonal in the computational basis for every angle.
  var isDiagonalInComputationalBasis: Bool {
    switch kind {
    case .identity, .z, .s, .sdg, .t, .tdg, .rz, .phase, .cz, .crz, .cp, .rzz: true
    case .pauliRotation(let p): p.isDiagonal
    default: false
    }
  }
}
