/// A quantum gate on specific qubits: the kind of gate, its qubits and its angles.
///
/// Qubit order follows Qiskit: controls first, then targets (`cx(control, target)`).
/// For ``matrix`` the first listed qubit is the least significant bit of the matrix
/// index. Rotations are `exp(-iθP/2)`.
///
/// ```swift
/// let g = Gate.rx(0.5, on: 2)
/// print(g)                          // rx(0.5) q[2]
/// print(Gate.cx(control: 0, target: 1).matrix[1, 3])   // (1.0, 0.0)
/// ```
public struct Gate: Hashable, Sendable {
  /// What the gate does; the qubits and angles say where and how much.
  public enum Kind: Hashable, Sendable {
    // One qubit, fixed.
    case identity, x, y, z, h, s, sdg, t, tdg, sx, sxdg
    // One qubit, with angles.
    case rx, ry, rz, phase, u, u2
    // Two qubits, fixed (controls first).
    case cx, cy, cz, ch, csx, swap
    // Two qubits, with angles.
    case crx, cry, crz, cp, cu3, cu, rxx, ryy, rzz
    // Three or more qubits.
    case ccx, cswap
    /// X on the last qubit, controlled by all the others (at least one).
    case mcx
    /// exp(-iθP/2) for a Pauli string P; the gate's qubits are P's support in order.
    case pauliRotation(PauliString)
    /// A fixed unitary on one or two qubits (first qubit = least significant matrix bit).
    case unitary(ComplexMatrix)
  }

  /// The kind of gate.
  public let kind: Kind
  /// The qubits, controls first.
  public let qubits: [Int]
  /// The angles, in the order the gate's definition lists them (U: θ, φ, λ).
  public let angles: [Angle]

  /// A gate from its parts; use the named constructors (`.h(0)`, `.rx(θ, on: 1)`) instead.
  /// - Precondition: the number of qubits and angles fits the kind; qubits are distinct.
  public init(_ kind: Kind, qubits: [Int], angles: [Angle] = []) {
    let arity = kind.qubitCount
    precondition(
      arity == nil || arity == qubits.count,
      "\(kind.name) acts on \(arity ?? 0) qubit(s), got \(qubits.count)")
    precondition(
      angles.count == kind.angleCount,
      "\(kind.name) takes \(kind.angleCount) angle(s), got \(angles.count)")
    precondition(qubits.allSatisfy { $0 >= 0 }, "qubit indices must be non-negative: \(qubits)")
    precondition(Set(qubits).count == qubits.count, "\(kind.name) acts on repeated qubits \(qubits)")
    if case .mcx = kind { precondition(qubits.count >= 2, "mcx needs at least one control and a target") }
    if case .unitary(let m) = kind {
      precondition(
        m.rows == 1 << qubits.count && m.columns == m.rows,
        "a unitary on \(qubits.count) qubit(s) must be \(1 << qubits.count)×\(1 << qubits.count)")
      precondition(qubits.count <= 2, "unitary gates act on one or two qubits")
    }
    if case .pauliRotation(let p) = kind {
      precondition(qubits == p.support, "a Pauli rotation acts on its string's support \(p.support)")
    }
    self.kind = kind
    self.qubits = qubits
    self.angles = angles
  }

  /// The same gate with its angles replaced.
  public func withAngles(_ newAngles: [Angle]) -> Gate {
    Gate(kind, qubits: qubits, angles: newAngles)
  }

  /// The same gate on other qubits: qubit `q` becomes `map(q)`.
  public func relabeled(_ map: (Int) -> Int) -> Gate {
    if case .pauliRotation(let p) = kind {
      let moved = p.relabeled(map)
      return Gate(.pauliRotation(moved), qubits: moved.support, angles: angles)
    }
    return Gate(kind, qubits: qubits.map(map), angles: angles)
  }

  /// Whether every angle is a constant.
  public var isBound: Bool { angles.allSatisfy { $0.parameter == nil } }
}

extension Gate.Kind {
  /// The gate's name as OpenQASM 2 / Qiskit spell it (`"cx"`, `"u"`, `"p"`).
  public var name: String {
    switch self {
    case .identity: "id"
    case .x: "x"
    case .y: "y"
    case .z: "z"
    case .h: "h"
    case .s: "s"
    case .sdg: "sdg"
    case .t: "t"
    case .tdg: "tdg"
    case .sx: "sx"
    case .sxdg: "sxdg"
    case .rx: "rx"
    case .ry: "ry"
    case .rz: "rz"
    case .phase: "p"
    case .u: "u"
    case .u2: "u2"
    case .cx: "cx"
    case .cy: "cy"
    case .cz: "cz"
    case .ch: "ch"
    case .csx: "csx"
    case .swap: "swap"
    case .crx: "crx"
    case .cry: "cry"
    case .crz: "crz"
    case .cp: "cp"
    case .cu3: "cu3"
    case .cu: "cu"
    case .rxx: "rxx"
    case .ryy: "ryy"
    case .rzz: "rzz"
    case .ccx: "ccx"
    case .cswap: "cswap"
    case .mcx: "mcx"
    case .pauliRotation: "pauli_rotation"
    case .unitary: "unitary"
    }
  }

  /// The number of qubits, or `nil` when it varies (mcx, Pauli rotations, unitaries).
  public var qubitCount: Int? {
    switch self {
    case .identity, .x, .y, .z, .h, .s, .sdg, .t, .tdg, .sx, .sxdg, .rx, .ry, .rz, .phase, .u, .u2:
      1
    case .cx, .cy, .cz, .ch, .csx, .swap, .crx, .cry, .crz, .cp, .cu3, .cu, .rxx, .ryy, .rzz:
      2
    case .ccx, .cswap: 3
    case .mcx, .pauliRotation, .unitary: nil
    }
  }

  /// The number of angles the gate takes.
  public var angleCount: Int {
    switch self {
    case .rx, .ry, .rz, .phase, .crx, .cry, .crz, .cp, .rxx, .ryy, .rzz, .pauliRotation: 1
    case .u2: 2
    case .u, .cu3: 3
    case .cu: 4
    default: 0
    }
  }

  /// The number of leading qubits that are controls.
  public func controlCount(qubits: Int) -> Int {
    switch self {
    case .cx, .cy, .cz, .ch, .csx, .crx, .cry, .crz, .cp, .cu3, .cu, .cswap: 1
    case .ccx: 2
    case .mcx: qubits - 1
    default: 0
    }
  }
}
