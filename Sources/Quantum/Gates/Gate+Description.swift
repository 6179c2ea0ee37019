extension Gate: CustomStringConvertible {
  /// OpenQASM-like text: `rx(0.5) q[2]`, `cx q[0], q[1]`, `pauli_rotation[X0 Z2](θ0)`.
  public var description: String {
    var name = kind.name
    if case .pauliRotation(let p) = kind { name += "[\(p)]" }
    let args = angles.isEmpty ? "" : "(" + angles.map(\.description).joined(separator: ", ") + ")"
    return name + args + " " + qubits.map { "q[\($0)]" }.joined(separator: ", ")
  }
}
