#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// How circuits run on state vectors: threads, cache blocking and gate fusion.
///
/// The defaults suit most uses; benchmarks and tests set them explicitly.
///
/// ```swift
/// let serial = Simulator(threads: 1)
/// let psi = try StateVector(running: circuit, parameters: theta, simulator: serial)
/// ```
public struct Simulator: Sendable {
  /// Worker threads for large states.
  ///
  /// Worker threads for large states (chunks are split between them). Results do not
  /// depend on this number.
  public var threads: Int
  /// log₂ of the chunk size in amplitudes: the executor applies as many gates as it can to
  /// one chunk of 2^chunkQubits amplitudes while it sits in cache (2¹⁴ × 16 bytes = 256 KiB).
  public var chunkQubits: Int
  /// Whether consecutive one-qubit gates on the same qubit are multiplied into one.
  public var fusesGates: Bool

  /// A simulator; `threads` defaults to the number of cores.
  public init(threads: Int? = nil, chunkQubits: Int = 14, fusesGates: Bool = true) {
    precondition(chunkQubits >= 1, "chunkQubits must be at least 1")
    self.threads = max(1, threads ?? Simulator.coreCount)
    self.chunkQubits = chunkQubits
    self.fusesGates = fusesGates
  }

  /// The default simulator: all cores, 2¹⁴-amplitude chunks, fusion on.
  public static let `default` = Simulator()

  /// The number of cores the process may use.
  public static var coreCount: Int {
    #if os(Linux)
      return max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
    #else
      return max(1, Int(sysconf(_SC_NPROCESSORS_ONLN)))
    #endif
  }

  /// Runs `circuit` on `state`.
  public func run(_ circuit: Circuit, parameters: [Double], on state: inout StateVector) throws(SimulationError) {
    guard parameters.count == circuit.parameterCount else {
      throw .parameterCountMismatch(expected: circuit.parameterCount, got: parameters.count)
    }
    precondition(circuit.qubitCount <= state.qubitCount, "the circuit is wider than the state")
    var instructions: [Instruction] = []
    for gate in circuit.gates {
      instructions += Lowering.instructions(for: gate, values: gate.angles.map { $0.value(with: parameters) })
    }
    execute(instructions, on: &state)
  }

  /// Applies lowered instructions to one state.
  func execute(_ instructions: [Instruction], on state: inout StateVector) {
    let n = state.qubitCount
    let program = fusesGates ? GateFusion.fuse(instructions) : instructions
    let stages = StagePlanner.plan(program, qubitCount: n, chunkQubits: chunkQubits).map {
      Stage(localQubits: $0.localQubits, instructions: StageCompiler.compile($0.instructions))
    }
    if getenv("PLATEAU_DEBUG_PLAN") != nil { Self.describe(stages, instructions: program.count) }
    let executor = ChunkedExecutor(threads: n >= 16 ? threads : 1)
    state.withMutableDoubles { s in executor.run(stages, buffers: [s], qubitCount: n) }
  }

  /// ⟨ψ(θ)|O|ψ(θ)⟩ for ψ(θ) = U(θ)|0…0⟩.
  ///
  /// ```swift
  /// let c = Circuit.hardwareEfficient(qubits: 4, layers: 2)
  /// let e = try Simulator.default.expectation(of: "Z0 Z1", in: c, parameters: theta)
  /// ```
  public func expectation(
    of observable: PauliSum, in circuit: Circuit, parameters: [Double]
  ) throws(SimulationError) -> Double {
    try expectation(of: .pauliSum(observable), in: circuit, parameters: parameters)
  }

  /// ⟨ψ(θ)|O|ψ(θ)⟩ for any ``Observable``.
  public func expectation(
    of observable: Observable, in circuit: Circuit, parameters: [Double]
  ) throws(SimulationError) -> Double {
    try check(observable, circuit)
    let psi = try StateVector(running: circuit, parameters: parameters, simulator: self)
    return observable.expectation(in: psi)
  }

  func check(_ observable: Observable, _ circuit: Circuit) throws(SimulationError) {
    guard observable.minimumQubitCount <= circuit.qubitCount else {
      throw .observableOutOfRange(observable: observable.description, qubitCount: circuit.qubitCount)
    }
  }

  /// Prints the stage plan to standard error (set PLATEAU_DEBUG_PLAN=1 to see it).
  static func describe(_ stages: [Stage], instructions: Int) {
    var text = "plan: \(instructions) instructions in \(stages.count) stage(s)\n"
    for s in stages {
      var kinds: [String: Int] = [:]
      for inst in s.instructions { kinds["\(inst)".prefix { $0 != "(" }.description, default: 0] += 1 }
      let summary = kinds.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
      text += "  local \(s.localQubits): \(summary)\n"
    }
    _ = text.withCString { write(2, $0, strlen($0)) }
  }
}
