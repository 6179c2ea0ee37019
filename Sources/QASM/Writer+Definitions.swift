// `gate` definitions for native gates that qelib1.inc lacks. Each uses a name the reader
// maps back to the native gate after checking the body numerically (see `NativeMapping`).

import Quantum

extension Writer {
  private mutating func add(_ name: String, _ text: String) {
    guard !defined.contains(name) else { return }
    defined.insert(name)
    definitions.append(text)
  }

  private static func qubitList(_ count: Int) -> [String] { (0..<count).map { "q\($0)" } }

  /// RYY(θ), written exactly as Qiskit writes it.
  mutating func defineRYY() {
    add("ryy", "gate ryy(param0) q0,q1 { sxdg q0; sxdg q1; cx q0,q1; rz(param0) q1; cx q0,q1; sx q0; sx q1; }")
  }

  /// The name of X controlled by `controls` qubits: qelib1's `cx`, `ccx`, `c3x`, `c4x`, then
  /// `c5x`, `c6x`, … defined on demand.
  mutating func multiControlledXName(controls: Int) -> String {
    switch controls {
    case ...1: return "cx"
    case 2: return "ccx"
    case 3, 4: return "c\(controls)x"
    default:
      let name = "c\(controls)x"
      guard !defined.contains(name) else { return name }
      let phase = multiControlledPhaseName(controls: controls)
      let q = Self.qubitList(controls + 1)
      let all = q.joined(separator: ","), target = q[controls]
      add(name, "gate \(name) \(all) { h \(target); \(phase)(pi) \(all); h \(target); }")
      return name
    }
  }

  /// The name of the phase gate diag(1, …, 1, e^{iλ}) on `controls` + 1 qubits: `cp`, then
  /// helpers `c2p`, `c3p`, … defined recursively without ancillas:
  /// C^kP(λ) = CP(λ/2)[c_k, t] · C^{k−1}X[c_1…c_{k−1}, c_k] · CP(−λ/2)[c_k, t] ·
  /// C^{k−1}X[c_1…c_{k−1}, c_k] · C^{k−1}P(λ/2)[c_1…c_{k−1}, t].
  private mutating func multiControlledPhaseName(controls k: Int) -> String {
    guard k >= 2 else { return "cp" }
    let name = "c\(k)p"
    guard !defined.contains(name) else { return name }
    let x = multiControlledXName(controls: k - 1)
    let smaller = multiControlledPhaseName(controls: k - 1)
    let q = Self.qubitList(k + 1)
    let last = q[k - 1], target = q[k]
    let upper = q[0..<k].joined(separator: ","), lower = (q[0..<(k - 1)] + [target]).joined(separator: ",")
    add(
      name,
      "gate \(name)(lambda) \(q.joined(separator: ",")) { cp(lambda/2) \(last),\(target); "
        + "\(x) \(upper); cp(-lambda/2) \(last),\(target); \(x) \(upper); \(smaller)(lambda/2) \(lower); }")
    return name
  }

  /// exp(−iθP/2) for the Pauli letters on the gate's qubits in order: a basis change to Z
  /// (H for X, √X for Y), a CNOT ladder onto the last qubit, RZ(θ) there, and back.
  mutating func definePauliRotation(_ letters: [Pauli]) -> String {
    let name = NativeMapping.pauliRotationPrefix + letters.map { String($0.rawValue).lowercased() }.joined()
    guard !defined.contains(name) else { return name }
    let q = Self.qubitList(letters.count)
    var into: [String] = [], out: [String] = []
    for (qubit, letter) in zip(q, letters) {
      switch letter {
      case .x:
        into.append("h \(qubit);")
        out.append("h \(qubit);")
      case .y:
        into.append("sx \(qubit);")
        out.append("sxdg \(qubit);")
      case .z, .i: break
      }
    }
    let ladder = zip(q, q.dropFirst()).map { "cx \($0),\($1);" }
    let body = into + ladder + ["rz(theta) \(q[q.count - 1]);"] + ladder.reversed() + out
    add(name, "gate \(name)(theta) \(q.joined(separator: ",")) { \(body.joined(separator: " ")) }")
    return name
  }
}
