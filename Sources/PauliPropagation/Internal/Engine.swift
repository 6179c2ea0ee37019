// Running a compiled program on a term table of the right width.

import Quantum

/// The propagated observable, whatever its packed layout, as the result keeps it: the table's
/// readers as closures made where the layout is known, so they run specialized code (calls
/// through a protocol existential would run the generic, unspecialized bodies).
struct PropagatedTerms: Sendable {
  let count: Int
  /// Σ c² over the terms, in shard and slot order.
  let squaredNorm: Double
  let expectation: @Sendable (ProductState) -> Double
  let pauliSum: @Sendable () -> PauliSum

  init<Key: PackedPauli>(_ table: TermTable<Key>) {
    count = table.count
    squaredNorm = table.squaredNorm
    expectation = { table.expectation(in: $0) }
    pauliSum = { table.pauliSum() }
  }
}

/// What a run produced, before it becomes a public ``PropagationResult``.
struct EngineOutput: Sendable {
  let terms: PropagatedTerms
  let peakCount: Int
  let capEvents: Int
  let ledger: DiscardLedger
  let steps: Int
}

enum Engine {
  /// Propagates `observable` through `circuit` with the narrowest layout holding `qubitCount`.
  static func run(
    _ observable: PauliSum, through circuit: Circuit, parameters: [Double], qubitCount: Int,
    policy: TruncationPolicy, noise: NoiseModel, splitsAngles: Bool, threads: Int
  ) throws -> EngineOutput {
    switch qubitCount {
    case ...PackedPauli1.capacity:
      return try run(PackedPauli1.self, observable, circuit, parameters, policy, noise, splitsAngles, threads)
    case ...PackedPauli2.capacity:
      return try run(PackedPauli2.self, observable, circuit, parameters, policy, noise, splitsAngles, threads)
    case ...PackedPauli4.capacity:
      return try run(PackedPauli4.self, observable, circuit, parameters, policy, noise, splitsAngles, threads)
    case ...PackedPauli8.capacity:
      return try run(PackedPauli8.self, observable, circuit, parameters, policy, noise, splitsAngles, threads)
    case ...PackedPauli16.capacity:
      return try run(PackedPauli16.self, observable, circuit, parameters, policy, noise, splitsAngles, threads)
    default:
      throw PropagationError.tooManyQubits(qubitCount)
    }
  }

  static func run<Key: PackedPauli>(
    _: Key.Type, _ observable: PauliSum, _ circuit: Circuit, _ parameters: [Double],
    _ policy: TruncationPolicy, _ noise: NoiseModel, _ splitsAngles: Bool, _ threads: Int
  ) throws -> EngineOutput {
    let program: [PropagationStep<Key>] = try PropagationProgram.compile(
      circuit, parameters: parameters, noise: noise, splitsNearCliffordAngles: splitsAngles, as: Key.self)
    let table = TermTable<Key>(rules: TruncationRules(policy), threads: threads)
    table.load(observable.terms.filter { $0.coefficient != 0 }.map { (Key($0.string), $0.coefficient) })
    let runsAllowed = policy.maxTerms == nil
    var xRun: [(GeneratorRule<Key>, cos: Double, sin: Double, damping: Damping<Key>?)] = []
    func flush() {
      if xRun.count == 1 {
        table.applyRotation(xRun[0].0, cos: xRun[0].cos, sin: xRun[0].sin, damping: xRun[0].damping)
      } else if !xRun.isEmpty {
        table.applyXRotationRun(xRun)
      }
      xRun = []
      table.reshardIfCrowded()
    }
    for step in program {
      if case .rotation(let rule, let c, let s, let damping) = step, runsAllowed, rule.isSingleQubitX {
        xRun.append((rule, cos: c, sin: s, damping: damping))
        continue
      }
      flush()
      switch step {
      case .rotation(let rule, let c, let s, let damping):
        table.applyRotation(rule, cos: c, sin: s, damping: damping)
      case .cliffordRun(let steps):
        table.applyCliffordRun(steps)
      case .transfer(let r, let qubits, let damping):
        table.applyTransfer(r, qubits: qubits, damping: damping)
      case .damping(let damping):
        table.applyDamping(damping)
      }
    }
    flush()
    return EngineOutput(
      terms: PropagatedTerms(table), peakCount: table.peakCount, capEvents: table.capEvents, ledger: table.ledger,
      steps: program.count)
  }
}
