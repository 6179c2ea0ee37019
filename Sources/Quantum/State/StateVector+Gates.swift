extension StateVector {
  /// Applies one gate.
  ///
  /// Applies one gate. Angles that refer to parameters are evaluated at `parameters`.
  ///
  /// ```swift
  /// var psi = try StateVector(qubitCount: 1)
  /// psi.apply(.ry(.pi / 2, on: 0))       // (|0⟩ + |1⟩)/√2
  /// ```
  /// - Precondition: the gate's qubits exist in the state.
  /// - Complexity: O(2ⁿ).
  public mutating func apply(_ gate: Gate, parameters: [Double] = []) {
    precondition(
      gate.qubits.allSatisfy { $0 < qubitCount },
      "\(gate) acts outside the state's \(qubitCount) qubit(s)")
    let values = gate.angles.map { $0.value(with: parameters) }
    let instructions = Lowering.instructions(for: gate, values: values)
    let n = qubitCount
    withMutableDoubles { s in
      for inst in instructions { inst.apply(to: s, qubits: n) }
    }
  }

  /// Runs a circuit on this state.
  /// - Throws: ``SimulationError/parameterCountMismatch(expected:got:)`` when `parameters`
  ///   does not match the circuit.
  /// - Precondition: the circuit has no more qubits than the state.
  public mutating func apply(
    _ circuit: Circuit, parameters: [Double] = [], simulator: Simulator = .default
  ) throws(SimulationError) {
    try simulator.run(circuit, parameters: parameters, on: &self)
  }
}
