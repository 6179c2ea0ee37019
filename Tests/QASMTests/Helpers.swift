import QASM
import Quantum
import QuantumTestSupport

/// Shared helpers for the QASM tests.
enum Check {
  /// The full 2ⁿ×2ⁿ unitary of a small bound circuit.
  static func unitary(_ circuit: Circuit) -> ComplexMatrix {
    var u = ComplexMatrix.identity(1 << circuit.qubitCount)
    for gate in circuit.gates {
      u = DenseReference.expand(gate.matrix, on: gate.qubits, qubitCount: circuit.qubitCount) * u
    }
    return u
  }

  /// Whether `a` = e^{iφ}·`b` for some φ, entry by entry to `tolerance`.
  static func equalUpToGlobalPhase(_ a: ComplexMatrix, _ b: ComplexMatrix, tolerance: Double = 1e-10) -> Bool {
    guard a.rows == b.rows, a.columns == b.columns else { return false }
    guard let k = b.elements.indices.max(by: { b.elements[$0].length < b.elements[$1].length }),
      b.elements[k].length > 0
    else { return false }
    let phase = a.elements[k] / b.elements[k]
    guard abs(phase.length - 1) <= tolerance else { return false }
    return a.maximumDifference(from: phase * b) <= tolerance
  }

  /// Whether two amplitude lists agree up to a global phase.
  static func equalUpToGlobalPhase(_ a: [Complex<Double>], _ b: [Complex<Double>], tolerance: Double) -> Bool {
    equalUpToGlobalPhase(
      ComplexMatrix(rows: 1, columns: a.count, elements: a), ComplexMatrix(rows: 1, columns: b.count, elements: b),
      tolerance: tolerance)
  }

  /// The standard header.
  static let header = "OPENQASM 2.0;\ninclude \"qelib1.inc\";\n"
}
