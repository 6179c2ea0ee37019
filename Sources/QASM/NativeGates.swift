// Which native `Gate` a gate name stands for.

import Quantum

/// How a gate definition maps to one native ``Gate``: its angles and qubits pass through in
/// the order the definition lists them.
enum NativeMapping: Hashable, Sendable {
  /// A fixed-arity kind: `u3` → `.u`, `cu1` → `.cp`, `ryy` → `.ryy`.
  case kind(Gate.Kind)
  /// `u0(γ)`: an idle of length γ, which for unitary simulation is the identity.
  case identityIgnoringAngles
  /// `c3x`, `c4x`, `mcx`, `c5x`…: X on the last qubit controlled by all the others.
  case multiControlledX
  /// `pauli_rotation_xzy(θ)`: exp(-iθP/2) with the letters on the qubits in argument order.
  case pauliRotation([Pauli])

  /// The native gate for these (evaluated) angles on these qubits.
  /// - Precondition: the counts fit (the reader checks them before calling).
  func gate(angles: [Double], qubits: [Int]) -> Gate {
    switch self {
    case .kind(let kind):
      return Gate(kind, qubits: qubits, angles: angles.map { .constant($0) })
    case .identityIgnoringAngles:
      return .identity(qubits[0])
    case .multiControlledX:
      return .mcx(controls: Array(qubits.dropLast()), target: qubits[qubits.count - 1])
    case .pauliRotation(let letters):
      var pauli = PauliString()
      for (qubit, letter) in zip(qubits, letters) { pauli[qubit] = letter }
      return .pauliRotation(.constant(angles[0]), pauli)
    }
  }
}

extension NativeMapping {
  /// Every fixed-arity native kind by its OpenQASM name, plus qelib1's older spellings.
  private static let fixed: [String: (mapping: NativeMapping, parameters: Int, qubits: Int)] = {
    let kinds: [Gate.Kind] = [
      .identity, .x, .y, .z, .h, .s, .sdg, .t, .tdg, .sx, .sxdg, .rx, .ry, .rz, .phase, .u, .u2,
      .cx, .cy, .cz, .ch, .csx, .swap, .crx, .cry, .crz, .cp, .cu3, .cu, .rxx, .ryy, .rzz, .ccx, .cswap,
    ]
    var table: [String: (mapping: NativeMapping, parameters: Int, qubits: Int)] = [:]
    for kind in kinds {
      table[kind.name] = (.kind(kind), kind.angleCount, kind.qubitCount ?? 0)
    }
    table["u3"] = (.kind(.u), 3, 1)
    table["u1"] = (.kind(.phase), 1, 1)
    table["cu1"] = (.kind(.cp), 1, 2)
    table["u0"] = (.identityIgnoringAngles, 1, 1)
    return table
  }()

  /// The prefix of the names the writer gives Pauli rotations: `pauli_rotation_xyz`.
  static let pauliRotationPrefix = "pauli_rotation_"

  /// The native gate a user definition with this name and shape may stand for, if any.
  ///
  /// Known names are the native kinds (`ryy`, `cu3`, …), qelib1's spellings (`u3`, `u1`,
  /// `cu1`, `u0`), `mcx` and `c<k>x` (k controls), and `pauli_rotation_<letters>`; a Qiskit
  /// disambiguation suffix `_<digits>` (`mcx_140234…`) is ignored. The reader uses the
  /// native gate only when the definition's unitary matches it (see `Equivalence`).
  static func candidate(named name: String, parameterCount: Int, qubitCount: Int) -> NativeMapping? {
    if let mapping = exactCandidate(named: name, parameterCount: parameterCount, qubitCount: qubitCount) {
      return mapping
    }
    guard let underscore = name.lastIndex(of: "_") else { return nil }
    let suffix = name[name.index(after: underscore)...]
    guard !suffix.isEmpty, suffix.allSatisfy(\.isASCIIDigit) else { return nil }
    let base = String(name[..<underscore])
    return exactCandidate(named: base, parameterCount: parameterCount, qubitCount: qubitCount)
  }

  private static func exactCandidate(named name: String, parameterCount: Int, qubitCount: Int) -> NativeMapping? {
    if let entry = fixed[name] {
      return entry.parameters == parameterCount && entry.qubits == qubitCount ? entry.mapping : nil
    }
    if name == "mcx" {
      return parameterCount == 0 && qubitCount >= 2 ? .multiControlledX : nil
    }
    if name.count >= 3, name.hasPrefix("c"), name.hasSuffix("x") {
      let digits = name.dropFirst().dropLast()
      guard digits.allSatisfy(\.isASCIIDigit), digits.first != "0", let k = Int(digits) else { return nil }
      return parameterCount == 0 && qubitCount == k + 1 ? .multiControlledX : nil
    }
    if name.hasPrefix(pauliRotationPrefix) {
      let letters = name.dropFirst(pauliRotationPrefix.count).map { c -> Pauli? in
        switch c {
        case "x": .x
        case "y": .y
        case "z": .z
        default: nil
        }
      }
      guard !letters.isEmpty, letters.count == qubitCount, parameterCount == 1 else { return nil }
      let paulis = letters.compactMap { $0 }
      return paulis.count == letters.count ? .pauliRotation(paulis) : nil
    }
    return nil
  }
}

extension Character {
  fileprivate var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
