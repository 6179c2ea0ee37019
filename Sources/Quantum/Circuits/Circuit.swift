/// A quantum circuit: gates in time order on a fixed number of qubits, with optional
/// symbolic parameters.
///
/// A circuit is a value: copy it, append to it, bind its parameters. Angles are either
/// constants or refer to parameter θₖ (see ``Angle``); ``parameterCount`` is the length of
/// the parameter vector the circuit expects.
///
/// ```swift
/// var bell = Circuit(qubitCount: 2)
/// bell.append(.h(0))
/// bell.append(.cx(control: 0, target: 1))
/// let psi = try StateVector(running: bell)
/// print(psi.probabilities())        // [0.4999999999999999, 0.0, 0.0, 0.4999999999999999]
/// ```
public struct Circuit: Hashable, Sendable {
  /// The number of qubits; gates act on qubits `0..<qubitCount`.
  public let qubitCount: Int
  /// The gates, first applied first.
  public private(set) var gates: [Gate]
  /// The number of parameters θ₀, θ₁, … the circuit expects.
  public private(set) var parameterCount: Int

  /// An empty circuit.
  public init(qubitCount: Int, parameterCount: Int = 0) {
    precondition(qubitCount >= 0, "a circuit needs a non-negative number of qubits")
    precondition(parameterCount >= 0, "parameterCount must be non-negative")
    self.qubitCount = qubitCount
    self.gates = []
    self.parameterCount = parameterCount
  }

  /// Appends a gate.
  /// - Precondition: the gate's qubits are below ``qubitCount``.
  public mutating func append(_ gate: Gate) {
    precondition(
      gate.qubits.allSatisfy { $0 < qubitCount },
      "\(gate) acts outside the circuit's \(qubitCount) qubit(s)")
    for angle in gate.angles {
      if let k = angle.parameter { parameterCount = max(parameterCount, k + 1) }
    }
    gates.append(gate)
  }

  /// Replaces the gate at `index` (same qubit range rules as ``append(_:)``).
  public mutating func replaceGate(at index: Int, with gate: Gate) {
    precondition(gate.qubits.allSatisfy { $0 < qubitCount }, "\(gate) acts outside the circuit")
    for angle in gate.angles {
      if let k = angle.parameter { parameterCount = max(parameterCount, k + 1) }
    }
    gates[index] = gate
  }

  /// Appends several gates.
  public mutating func append(contentsOf newGates: some Sequence<Gate>) {
    for gate in newGates { append(gate) }
  }

  /// Appends another circuit on the same qubits (its parameters keep their indices).
  public mutating func append(_ other: Circuit) {
    precondition(other.qubitCount <= qubitCount, "cannot append a wider circuit")
    append(contentsOf: other.gates)
    parameterCount = max(parameterCount, other.parameterCount)
  }

  /// Declares a new parameter and returns the angle `scale·θ_new`.
  public mutating func makeParameter(scale: Double = 1) -> Angle {
    parameterCount += 1
    return .parameter(parameterCount - 1, scale: scale)
  }

  /// The circuit with every angle evaluated at `parameters` (no parameters left).
  /// - Precondition: `parameters.count == parameterCount`.
  public func bound(to parameters: [Double]) -> Circuit {
    precondition(
      parameters.count == parameterCount,
      "the circuit has \(parameterCount) parameter(s), got \(parameters.count)")
    var result = Circuit(qubitCount: qubitCount)
    result.gates = gates.map { gate in
      gate.isBound ? gate : gate.withAngles(gate.angles.map { .constant($0.value(with: parameters)) })
    }
    return result
  }

  /// The circuit with every angle of every gate turned into its own parameter, in order of
  /// appearance (a U gate gives θ, φ, λ), and the values that reproduce the original.
  ///
  /// This is the parameterization `plateau lab expect --gradient` differentiates.
  /// - Precondition: the circuit is bound (no symbolic angles).
  public func parameterizingEveryAngle() -> (circuit: Circuit, values: [Double]) {
    var result = Circuit(qubitCount: qubitCount)
    var values: [Double] = []
    for gate in gates {
      precondition(gate.isBound, "parameterizingEveryAngle needs a bound circuit")
      let angles = gate.angles.map { angle -> Angle in
        values.append(angle.offset)
        return .parameter(values.count - 1)
      }
      result.append(gate.withAngles(angles))
    }
    result.parameterCount = values.count
    return (result, values)
  }

  /// The inverse circuit U†, gate by gate in reverse order.
  /// - Precondition: the circuit is bound.
  public var inverse: Circuit {
    var result = Circuit(qubitCount: qubitCount)
    for gate in gates.reversed() {
      precondition(gate.isBound, "inverse needs a bound circuit")
      result.append(.unitaryOrNamedInverse(of: gate))
    }
    return result
  }
}

extension Gate {
  /// The inverse of a bound gate, as a named gate where one exists.
  static func unitaryOrNamedInverse(of gate: Gate) -> Gate {
    let a = gate.angles.map { -$0 }
    switch gate.kind {
    case .identity, .x, .y, .z, .h, .cx, .cy, .cz, .ch, .swap, .ccx, .cswap, .mcx: return gate
    case .s: return .sdg(gate.qubits[0])
    case .sdg: return .s(gate.qubits[0])
    case .t: return .tdg(gate.qubits[0])
    case .tdg: return .t(gate.qubits[0])
    case .sx: return .sxdg(gate.qubits[0])
    case .sxdg: return .sx(gate.qubits[0])
    case .rx, .ry, .rz, .phase, .crx, .cry, .crz, .cp, .rxx, .ryy, .rzz, .pauliRotation:
      return gate.withAngles(a)
    case .u: return gate.withAngles([a[0], a[2], a[1]])
    case .cu3: return gate.withAngles([a[0], a[2], a[1]])
    case .cu: return gate.withAngles([a[0], a[2], a[1], a[3]])
    case .u2, .csx, .unitary:
      return .unitary(gate.matrix.adjoint, on: gate.qubits)
    }
  }
}
