// The numerical check that lets a user definition stand for a native gate.

import Quantum

/// Decides whether a gate definition's body equals a native gate up to global phase.
///
/// Both are applied to a Haar-random state (fixed seed) at two generic sets of angles. With
/// probability one, a random state is an eigenvector of U†V only if U†V is a multiple of the
/// identity, so agreement up to phase on it means the unitaries agree up to global phase. The check is
/// skipped (answer: no, so the body is expanded) when it would cost more than about
/// 2²⁴ amplitude updates, or if evaluating the body fails.
enum Equivalence {
  static let maximumCost = 1 << 24
  static let maximumQubits = 20

  /// Generic angles (no multiples of π/8): one list per trial, cycled over the parameters.
  private static let trialAngles: [[Double]] = [
    [0.7318, -1.2049, 2.3187, 0.4177, -0.9631, 1.6552],
    [-2.0713, 0.3391, 1.1154, -0.5867, 2.7423, -1.4472],
  ]

  static func matches(_ definition: GateDefinition, _ native: NativeMapping) -> Bool {
    let k = definition.qubitCount
    guard k >= 1, k <= maximumQubits else { return false }
    let (cost, overflow) = definition.bodyFlattenedCount.multipliedReportingOverflow(by: 1 << k)
    guard !overflow, cost <= maximumCost else { return false }
    let qubits = Array(0..<k)
    let trials = definition.parameterCount == 0 ? 1 : trialAngles.count
    for trial in 0..<trials {
      let row = trialAngles[trial]
      let angles = (0..<definition.parameterCount).map { row[$0 % row.count] + Double($0 / row.count) }
      var gates: [Gate] = []
      do {
        try definition.expand(
          angles: angles, qubits: qubits, into: &gates,
          at: SourceLocation(line: 0, column: 0), useNative: false)
      } catch {
        return false
      }
      guard var expanded = try? StateVector.random(qubitCount: k, seed: 0x9A5E + UInt64(trial)) else {
        return false
      }
      var reference = expanded
      for gate in gates { expanded.apply(gate) }
      reference.apply(native.gate(angles: angles, qubits: qubits))
      guard expanded.isEqual(upToGlobalPhase: reference, tolerance: 1e-9) else { return false }
    }
    return true
  }
}
