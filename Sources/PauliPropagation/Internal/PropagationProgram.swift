// A circuit compiled into the engine's steps, in Heisenberg (reverse) order.

import Quantum

/// One step of the backward pass.
enum PropagationStep<Key: PackedPauli>: Sendable {
  /// exp(−iθP/2) for a generic angle, after the gate's noise.
  case rotation(GeneratorRule<Key>, cos: Double, sin: Double, damping: Damping<Key>?)
  /// Consecutive Clifford steps (quarter and half turns, tables), each with its gate's noise.
  case cliffordRun([CliffordStep<Key>])
  /// A general unitary through its transfer matrix, after the gate's noise.
  case transfer(TransferMatrix, qubits: [Int], damping: Damping<Key>?)
  /// Noise of a gate without any elementary operation (`id`, a zero-angle rotation).
  case damping(Damping<Key>)
}

/// Angles within this distance of a multiple of π/2 are taken as that multiple (Clifford).
let cliffordAngleTolerance = 1e-12

enum PropagationProgram {
  /// The steps for `circuit`: gates from last to first, each gate's elementary operations from
  /// last to first, the gate's noise attached to its first step in this order (noise acts after
  /// the gate in time, so before it when going backwards).
  static func compile<Key: PackedPauli>(
    _ circuit: Circuit, parameters: [Double], noise: NoiseModel, as _: Key.Type
  ) throws -> [PropagationStep<Key>] {
    var steps: [PropagationStep<Key>] = []
    var run: [CliffordStep<Key>] = []
    func flushRun() {
      if !run.isEmpty { steps.append(.cliffordRun(run)) }
      run = []
    }
    for (index, gate) in circuit.gates.enumerated().reversed() {
      var damping = Damping<Key>(qubits: gate.qubits, noise: noise)
      for operation in try gate.elementaryOperations(parameters: parameters, index: index).reversed() {
        switch operation {
        case .rotation(let p, let theta):
          guard !p.isIdentity else { continue }
          let rule = GeneratorRule(Key(p), qubits: p.support)
          let quarter = (theta / (Double.pi / 2)).rounded()
          if abs(theta - quarter * Double.pi / 2) <= cliffordAngleTolerance {
            switch ((Int(quarter) % 4) + 4) % 4 {
            case 1: run.append(.quarterTurn(rule, sign: 1, damping: damping))
            case 2: run.append(.halfTurn(rule, damping: damping))
            case 3: run.append(.quarterTurn(rule, sign: -1, damping: damping))
            default: continue  // the identity: keep the noise for the next step
            }
          } else {
            flushRun()
            steps.append(.rotation(rule, cos: Double.cos(theta), sin: Double.sin(theta), damping: damping))
          }
        case .clifford(let table, let qubits):
          run.append(.table(table, qubits: qubits, damping: damping))
        case .transfer(let matrix, let qubits):
          flushRun()
          steps.append(.transfer(matrix, qubits: qubits, damping: damping))
        }
        damping = nil
      }
      if let damping {
        flushRun()
        steps.append(.damping(damping))
      }
    }
    flushRun()
    return steps
  }
}
