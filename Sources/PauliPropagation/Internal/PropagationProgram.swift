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
  ///
  /// With `splitsNearCliffordAngles`, a rotation whose angle θ is closer to a nonzero multiple
  /// kπ/2 than to 0 becomes two commuting steps, the small rotation by δ = θ − kπ/2 (carrying
  /// the noise) and the Clifford turn by kπ/2: exact, and its sine branch is sin δ instead of
  /// sin θ, so near-Clifford circuits (θ ≈ π/2) stay small under coefficient truncation. The
  /// Clifford part of a one-qubit rotation is deferred until the next step that touches its
  /// qubit (it commutes with everything in between), so a layer of split rotations stays one run
  /// of rotations followed by one run of Clifford steps; then all deferred parts are emitted
  /// together, before that step.
  static func compile<Key: PackedPauli>(
    _ circuit: Circuit, parameters: [Double], noise: NoiseModel, splitsNearCliffordAngles: Bool = false,
    as _: Key.Type
  ) throws -> [PropagationStep<Key>] {
    var steps: [PropagationStep<Key>] = []
    var run: [CliffordStep<Key>] = []
    /// Clifford parts of split one-qubit rotations, by qubit, not yet emitted.
    var deferred: [Int: [CliffordStep<Key>]] = [:]
    func flushRun() {
      if !run.isEmpty { steps.append(.cliffordRun(run)) }
      run = []
    }
    /// Emits every deferred part once a step touches one of their qubits: each commutes with
    /// all steps since it was deferred, so all can go here, and a layer of them stays one run
    /// of X-type turns (which ``TurnSegments`` indexes as one segment).
    func flushDeferred(on qubits: [Int]) {
      guard qubits.contains(where: { deferred[$0] != nil }) else { return }
      for q in deferred.keys.sorted() { run.append(contentsOf: deferred[q]!) }
      deferred.removeAll()
    }
    func turn(_ rule: GeneratorRule<Key>, quarters: Int, damping: Damping<Key>?) -> CliffordStep<Key>? {
      switch ((quarters % 4) + 4) % 4 {
      case 1: .quarterTurn(rule, sign: 1, damping: damping)
      case 2: .halfTurn(rule, damping: damping)
      case 3: .quarterTurn(rule, sign: -1, damping: damping)
      default: nil
      }
    }
    for (index, gate) in circuit.gates.enumerated().reversed() {
      flushDeferred(on: gate.qubits)
      var damping = Damping<Key>(qubits: gate.qubits, noise: noise)
      for operation in try gate.elementaryOperations(parameters: parameters, index: index).reversed() {
        switch operation {
        case .rotation(let p, let theta):
          guard !p.isIdentity else { continue }
          flushDeferred(on: p.support)
          let rule = GeneratorRule(Key(p), qubits: p.support)
          let quarter = (theta / (Double.pi / 2)).rounded()
          let delta = theta - quarter * Double.pi / 2
          if abs(delta) <= cliffordAngleTolerance {
            guard let step = turn(rule, quarters: Int(quarter) % 4, damping: damping) else {
              continue  // the identity: keep the noise for the next step
            }
            run.append(step)
          } else if splitsNearCliffordAngles && quarter != 0,
            let clifford = turn(rule, quarters: Int(quarter) % 4, damping: nil)
          {
            flushRun()
            steps.append(.rotation(rule, cos: Double.cos(delta), sin: Double.sin(delta), damping: damping))
            if p.weight == 1 {
              deferred[p.support[0], default: []].append(clifford)
            } else {
              run.append(clifford)
            }
          } else {
            flushRun()
            steps.append(.rotation(rule, cos: Double.cos(theta), sin: Double.sin(theta), damping: damping))
          }
        case .clifford(let table, let qubits):
          flushDeferred(on: qubits)
          run.append(.table(table, qubits: qubits, damping: damping))
        case .transfer(let matrix, let qubits):
          flushDeferred(on: qubits)
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
    flushDeferred(on: deferred.keys.sorted())
    flushRun()
    return steps
  }
}
