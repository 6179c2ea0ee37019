public import ArgumentParser
import Foundation
import PauliPropagation
import QASM
import Quantum

/// `plateau lab propagate`: ⟨O⟩ after a circuit by Pauli propagation (Heisenberg picture), with
/// truncation and noise, for circuits far beyond the statevector (127 qubits and more).
public struct LabPropagate: ParsableCommand {
  public static let configuration = CommandConfiguration(
    commandName: "propagate",
    abstract: "Propagate an observable backwards through a circuit as a sum of Pauli strings; print ⟨O⟩.",
    discussion: """
      The observable O is pushed through the circuit U gate by gate (U†OU) and evaluated on
      |0…0⟩ or a product state. Rotations exp(−iθP/2) split a string Q that anticommutes with
      P into cos θ·Q + sin θ·(iPQ); Clifford gates map strings to strings; other gates are
      decomposed exactly. Without truncation the result is exact (and can be exponentially
      expensive); the truncation rules are applied after every elementary operation:
        --max-weight K            drop strings with more than K non-identity factors
        --max-xy-weight K         drop strings with more than K X or Y factors
        --min-abs-coefficient E   drop new contributions and terms with |c| < E
        --max-frequency F         drop terms with more than F sine factors
        --max-terms N             keep only the N largest terms
      Noise (after every gate, on its qubits): --noise depolarizing:p or dephasing:p
      (repeatable); a string is damped by (1 − p) per non-identity (depolarizing) or X/Y
      (dephasing) factor on the gate's qubits.

      discardedNorm is √(Σ c²) over every dropped term (compare with the observable's norm:
      near it, truncation dominates and the value is not reliable, and the text output says
      so); discardedOneNorm is Σ |c|, a rigorous but loose bound on the error.

      Instead of a file, --kicked-ising heavy-hex (IBM Eagle, 127 qubits), chain:N or ring:N
      builds the kicked-Ising circuit of Kim et al. (2023): per step RX(θ_h) on every qubit,
      then RZZ(θ_J) on every edge in edge-colour order (θ_J = −π/2 by default).

      JSON shape:
        {"circuit": "...", "qubits": n, "gates": g, "observable": "Z62", "expectation": x,
         "terms": kept, "maxTerms": peak, "discardedNorm": d, "discardedOneNorm": d1,
         "keptNorm": k, "observableNorm": o, "truncationDominates": false,
         "dropped": {"weight": 0, "frequency": 0, "coefficient": 0, "cap": 0}, "capEvents": 0,
         "truncation": {...}, "noise": ["depolarizing:0.01"], "state": "0", "threads": t,
         "seconds": s}

      Examples:
        plateau lab propagate circuit.qasm --observable "Z0 Z1"
        plateau lab propagate --kicked-ising heavy-hex --steps 5 --theta-h 0.7 --observable Z62 --min-abs-coefficient 1e-4
        plateau lab propagate --kicked-ising chain:20 --steps 20 --theta-h 0.8 --observable Z10 --max-xy-weight 6 --format json
        plateau lab propagate noisy.qasm --observable Z3 --noise depolarizing:0.01 --state 0101
      """
  )

  @Argument(help: "The OpenQASM 2.0 file to run (or use --kicked-ising).")
  public var circuit: String?

  @Option(help: "The observable, a Pauli sum such as Z62 or \"0.5*Z0 Z1 - X2\".")
  public var observable: String

  @Option(help: "Drop strings with more than K non-identity factors.")
  public var maxWeight: Int?

  @Option(help: "Drop strings with more than K X or Y factors (they are far from contributing on |0…0⟩).")
  public var maxXyWeight: Int?

  @Option(help: "Drop new contributions and terms with |coefficient| below E.")
  public var minAbsCoefficient: Double = 0

  @Option(help: "Drop terms with more than F sine factors.")
  public var maxFrequency: Int?

  @Option(help: "Keep at most N strings (the largest |coefficient|).")
  public var maxTerms: Int?

  @Option(help: "Gate noise: depolarizing:p or dephasing:p (repeatable).")
  public var noise: [String] = []

  @Option(help: "Product state, rightmost character = qubit 0: 0 1 + - r (|+i⟩) l (|−i⟩). Default |0…0⟩.")
  public var state: String?

  @Option(help: "Build the kicked-Ising circuit on heavy-hex (IBM Eagle), chain:N or ring:N.")
  public var kickedIsing: String?

  @Option(help: "Kicked Ising: the number of steps.")
  public var steps: Int?

  @Option(help: "Kicked Ising: the RX angle θ_h.")
  public var thetaH: Double?

  @Option(help: "Kicked Ising: the RZZ angle θ_J (default −π/2).")
  public var thetaJ: Double = -Double.pi / 2

  @Option(help: "Worker threads (default: all cores); the result does not depend on it.")
  public var threads: Int?

  @Option(help: "Output format: text or json.")
  public var format: OutputFormat = .text

  public init() {}

  public func validate() throws {
    if let threads, threads < 1 { throw ValidationError("--threads must be at least 1, got \(threads)") }
    if circuit != nil && kickedIsing != nil {
      throw ValidationError("give either a circuit file or --kicked-ising, not both")
    }
    if circuit == nil && kickedIsing == nil {
      throw ValidationError("give a circuit file, or --kicked-ising heavy-hex|chain:N|ring:N")
    }
    if kickedIsing != nil && (steps == nil || thetaH == nil) {
      throw ValidationError("--kicked-ising needs --steps T and --theta-h X")
    }
    if kickedIsing == nil && (steps != nil || thetaH != nil) {
      throw ValidationError("--steps and --theta-h belong to --kicked-ising")
    }
    if let steps, steps < 0 { throw ValidationError("--steps must be ≥ 0, got \(steps)") }
  }

  public func run() throws { print(try execute()) }

  /// The lattice named by --kicked-ising.
  static func graph(_ name: String) throws -> Graph {
    let allowed = "use heavy-hex (IBM Eagle, 127 qubits), chain:N or ring:N"
    if name == "heavy-hex" || name == "eagle" { return .ibmEagle }
    let parts = name.split(separator: ":", maxSplits: 1).map(String.init)
    guard parts.count == 2, let n = Int(parts[1]), n >= 1, ["chain", "ring"].contains(parts[0]) else {
      throw CLIError("--kicked-ising \"\(name)\" is not a lattice; \(allowed)")
    }
    return parts[0] == "chain" ? .line(n) : .ring(n)
  }

  /// The noise model from the --noise options.
  static func noiseModel(_ specs: [String]) throws -> Quantum.NoiseModel {
    var channels: [NoiseChannel] = []
    for spec in specs {
      let parts = spec.split(separator: ":", maxSplits: 1).map(String.init)
      guard parts.count == 2, let p = Double(parts[1]), (0...1).contains(p),
        ["depolarizing", "dephasing"].contains(parts[0])
      else {
        throw CLIError("--noise \"\(spec)\": use depolarizing:p or dephasing:p with p in 0…1")
      }
      channels.append(parts[0] == "depolarizing" ? .depolarizing(p) : .dephasing(p))
    }
    return NoiseModel(channels)
  }

  /// Runs the command and returns what it prints.
  public func execute() throws -> String {
    let loaded: Circuit
    let source: String
    if let kickedIsing, let steps, let thetaH {
      let g = try Self.graph(kickedIsing)
      loaded = KickedIsing.circuit(on: g, steps: steps, thetaH: thetaH, thetaJ: thetaJ)
      source = "kicked Ising on \(kickedIsing), \(steps) step(s), θ_h = \(thetaH), θ_J = \(thetaJ)"
    } else {
      let path = circuit ?? ""
      do { loaded = try OpenQASM.read(contentsOf: path) } catch { throw CLIError("\(error)") }
      source = path
    }
    let sum: PauliSum
    do { sum = try PauliSum(parsing: observable) } catch { throw CLIError("--observable \"\(observable)\": \(error)") }
    guard sum.minimumQubitCount <= loaded.qubitCount else {
      throw CLIError(
        "--observable \"\(observable)\" acts on qubit \(sum.minimumQubitCount - 1), but the circuit has \(loaded.qubitCount) qubit(s) (0…\(loaded.qubitCount - 1))"
      )
    }
    let product: ProductState
    do { product = try state.map { try ProductState(parsing: $0) } ?? .zeros } catch {
      throw CLIError("--state: \(error)")
    }
    if product.minimumQubitCount > loaded.qubitCount {
      throw CLIError(
        "--state \"\(state ?? "")\" sets qubit \(product.minimumQubitCount - 1), but the circuit has \(loaded.qubitCount) qubit(s)"
      )
    }
    let truncation = TruncationPolicy(
      maxWeight: maxWeight, maxXYWeight: maxXyWeight, minAbsCoefficient: minAbsCoefficient,
      maxFrequency: maxFrequency, maxTerms: maxTerms)
    let noiseModel = try Self.noiseModel(noise)
    let workers = threads ?? ProcessInfo.processInfo.activeProcessorCount
    let propagator = PauliPropagator(truncation: truncation, noise: noiseModel, threads: workers)
    let start = Date()
    let result: PropagationResult
    do { result = try propagator.propagate(sum, through: loaded) } catch { throw CLIError("\(error)") }
    let value = result.expectation(in: product)
    let seconds = Date().timeIntervalSince(start)
    let observableNorm = sum.terms.reduce(0) { $0 + $1.coefficient * $1.coefficient }.squareRoot()
    let dominates = result.discardedNorm > 0.1 * observableNorm

    switch format {
    case .json:
      func optional(_ v: Int?) -> JSONValue { v.map { .int($0) } ?? .null }
      return JSONValue.object([
        ("circuit", .string(source)), ("qubits", .int(loaded.qubitCount)), ("gates", .int(loaded.gates.count)),
        ("observable", .string(observable)), ("expectation", .number(value)), ("terms", .int(result.termCount)),
        ("maxTerms", .int(result.peakTermCount)), ("discardedNorm", .number(result.discardedNorm)),
        ("discardedOneNorm", .number(result.discardedOneNorm)), ("keptNorm", .number(result.keptNorm)),
        ("observableNorm", .number(observableNorm)), ("truncationDominates", .bool(dominates)),
        (
          "dropped",
          .object([
            ("weight", .int(result.dropped.byWeight)), ("frequency", .int(result.dropped.byFrequency)),
            ("coefficient", .int(result.dropped.byCoefficient)), ("cap", .int(result.dropped.byCap)),
          ])
        ),
        ("capEvents", .int(result.capEvents)),
        (
          "truncation",
          .object([
            ("maxWeight", optional(maxWeight)), ("maxXYWeight", optional(maxXyWeight)),
            ("minAbsCoefficient", .number(minAbsCoefficient)),
            ("maxFrequency", optional(maxFrequency)), ("maxTerms", optional(maxTerms)),
          ])
        ),
        (
          "noise",
          .array(noiseModel.channels.map { .string($0.description) })
        ),
        ("state", .string(state ?? "0")), ("threads", .int(workers)), ("seconds", .number(seconds)),
      ]).serialized()
    case .text:
      var lines = [
        "\(source): \(loaded.qubitCount) qubit(s), \(loaded.gates.count) gate(s)",
        "⟨\(observable)⟩ = \(value)",
        "terms kept \(result.termCount) (at most \(result.peakTermCount) at once); discarded norm √Σc² = \(result.discardedNorm), Σ|c| = \(result.discardedOneNorm)",
      ]
      if result.dropped.total > 0 {
        lines.append(
          "dropped: \(result.dropped.byWeight) by weight, \(result.dropped.byFrequency) by frequency, \(result.dropped.byCoefficient) by coefficient, \(result.dropped.byCap) by the cap"
        )
      }
      if dominates {
        lines.append(
          "warning: the discarded norm \(result.discardedNorm) exceeds 10% of the observable's norm \(observableNorm): truncation dominates and the value is not reliable; loosen the truncation or try --max-weight"
        )
      }
      lines.append(String(format: "%.3f s on %d thread(s)", seconds, workers))
      return lines.joined(separator: "\n")
    }
  }
}
