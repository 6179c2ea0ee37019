// Circuit → OpenQASM 2.0 text, one gate per line.

import Quantum

/// Writes a bound circuit with qelib1 gate names, adding `gate` definitions for the native
/// gates qelib1 lacks (see `Writer+Definitions.swift`).
struct Writer {
  /// `gate …` lines, in the order they must appear (each after the ones it uses).
  var definitions: [String] = []
  var defined: Set<String> = []
  private var lines: [String] = []

  static func write(_ circuit: Circuit) throws(QASMError) -> String {
    var writer = Writer()
    for (index, gate) in circuit.gates.enumerated() {
      writer.lines.append(try writer.line(for: gate, index: index))
    }
    var text = "OPENQASM 2.0;\ninclude \"qelib1.inc\";\n"
    for definition in writer.definitions { text += definition + "\n" }
    if circuit.qubitCount > 0 { text += "qreg q[\(circuit.qubitCount)];\n" }
    for line in writer.lines { text += line + "\n" }
    return text
  }

  private static func failure(_ gate: Gate, _ index: Int, _ reason: String) -> QASMError {
    QASMError(file: "<output>", line: 0, column: 0, message: "cannot write gate \(index) (\(gate)): \(reason)")
  }

  /// The gate's line: `name(angles) q[a],q[b];`.
  private mutating func line(for gate: Gate, index: Int) throws(QASMError) -> String {
    var angles: [Double] = []
    for angle in gate.angles {
      guard let value = angle.constantValue else {
        throw Self.failure(
          gate, index,
          "its angle \(angle) is symbolic; bind the circuit's parameters "
            + "first (circuit.bound(to:))")
      }
      angles.append(value)
    }
    let name: String
    switch gate.kind {
    case .identity: name = "id"
    case .ryy:
      defineRYY()
      name = "ryy"
    case .mcx: name = multiControlledXName(controls: gate.qubits.count - 1)
    case .pauliRotation(let pauli):
      let letters = gate.qubits.map { pauli[$0] }
      name = definePauliRotation(letters)
    case .unitary(let matrix):
      guard gate.qubits.count == 1 else {
        throw Self.failure(
          gate, index,
          "OpenQASM 2 cannot express a two-qubit unitary without decomposing "
            + "it into gates, which this writer does not do")
      }
      let (theta, phi, lambda) = EulerAngles.of(matrix)
      angles = [theta, phi, lambda]
      name = "u"
    default: name = gate.kind.name
    }
    var texts: [String] = []
    for value in angles {
      guard let text = AngleText.format(value) else {
        throw Self.failure(gate, index, "its angle \(value) is not a finite number")
      }
      texts.append(text)
    }
    let arguments = texts.isEmpty ? "" : "(" + texts.joined(separator: ",") + ")"
    return name + arguments + " " + gate.qubits.map { "q[\($0)]" }.joined(separator: ",") + ";"
  }
}
