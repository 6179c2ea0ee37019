public import ArgumentParser
import Foundation
import Landscapes
import QASM
import Quantum

/// `plateau lab diagnose`: whether a variational model is trainable and classically simulable.
public struct LabDiagnose: ParsableCommand {
  public static let configuration = CommandConfiguration(
    commandName: "diagnose",
    abstract: "Diagnose a variational model: barren plateau or not, and which classical method simulates it.",
    discussion: """
      The report the course teaches (Cerezo et al., arXiv:2312.09121), from measurements:
        variance      Var⟨O⟩ over random parameters at 2, 4, …, 10 qubits (named ansatz)
                      and whether it decays exponentially (a barren plateau)
        Lie algebra   dim g of the rotation generators at this size and, for a named ansatz,
                      at 2…8 qubits with the fitted growth (polynomial or exponential); the
                      deep-circuit variance of ⟨O⟩ (Ragone et al., arXiv:2309.09342)
        light cone    the qubits that can influence O
        propagation   ⟨O⟩ by Pauli propagation at seeded random parameters with
                      |c| ≥ --accuracy and at most --term-budget strings, timed
        methods       g-sim, Pauli propagation, light-cone and full statevector: whether
                      each applies and its cost; values cross-checked against the
                      statevector up to 20 qubits
        verdict       simulable, barren-plateau or no-shortcut-found, with reasons and
                      citations

      A QASM circuit's angles (in order) are its parameters; a named ansatz (hea, hva-tfim,
      qaoa, qcnn, hea-blocks) also gives the Lie-algebra scaling over sizes.

      JSON keys: qubits, gates, parameters, observable, concentration {points, decay, note},
      lie {dimension, algebra, scaling,
      growth, predictedVariance, observableInAlgebra, reason}, lightCone {qubits, size},
      pauliPropagation {accuracy, value, terms, maxTerms, discardedNorm, budgetReached,
      seconds}, statevectorValue, gsimValue, methods [{name, applies, scalable, cost,
      reason}], verdict, reasons, citations.

      Examples:
        plateau lab diagnose --ansatz hva-tfim --qubits 50 --layers 4 --observable "Z0 Z1"
        plateau lab diagnose --ansatz hea --qubits 12 --layers 12 --observable Z0
        plateau lab diagnose circuit.qasm --observable "Z0 Z1" --format json
      """
  )

  @Argument(help: "An OpenQASM 2.0 circuit (or use --ansatz).")
  public var circuit: String?

  @Option(help: "A named ansatz: hea, hva-tfim, qaoa, qcnn, hea-blocks.")
  public var ansatz: String?

  @Option(help: "Qubits of the named ansatz.")
  public var qubits: Int?

  @Option(help: "Layers of the named ansatz.")
  public var layers: Int = 1

  @Option(help: "The observable, a Pauli sum such as Z0 or \"Z0 Z1 + X2\".")
  public var observable: String

  @Option(help: "The Pauli-propagation coefficient cutoff.")
  public var accuracy: Double = 1e-3

  @Option(help: "The most Pauli strings the propagation may hold.")
  public var termBudget: Int = 1 << 20

  @Option(help: "The largest Lie algebra to close at the full size.")
  public var maxDimension: Int = 1 << 17

  @Option(help: "Seed of the random parameters (uniform in [0, 2π)).")
  public var seed: UInt64 = 7

  @Option(help: "Worker threads for the propagation (default: all cores).")
  public var threads: Int?

  @Option(help: "Output format: text or json.")
  public var format: OutputFormat = .text

  public init() {}

  public func validate() throws {
    if (circuit == nil) == (ansatz == nil) {
      throw ValidationError("give a circuit file or --ansatz NAME --qubits N --layers L (one of the two)")
    }
    if ansatz != nil && qubits == nil { throw ValidationError("--ansatz needs --qubits N") }
    if let qubits, qubits < 2 { throw ValidationError("--qubits must be at least 2, got \(qubits)") }
    if layers < 1 { throw ValidationError("--layers must be at least 1, got \(layers)") }
    if !(accuracy > 0 && accuracy < 1) { throw ValidationError("--accuracy must be in (0, 1), got \(accuracy)") }
    if termBudget < 1 { throw ValidationError("--term-budget must be at least 1, got \(termBudget)") }
    if maxDimension < 1 { throw ValidationError("--max-dimension must be at least 1, got \(maxDimension)") }
    if let threads, threads < 1 { throw ValidationError("--threads must be at least 1, got \(threads)") }
  }

  public func run() throws { print(try execute()) }

  /// Runs the diagnosis and returns what the command prints.
  public func execute() throws -> String {
    let model: Circuit
    var family: (@Sendable (Int) -> Circuit)?
    if let path = circuit {
      do { model = try OpenQASM.read(contentsOf: path).parameterizingEveryAngle().circuit } catch {
        throw CLIError("\(error)")
      }
    } else {
      guard let name = ansatz, let named = Ansatz.names[name] else {
        throw CLIError(
          "--ansatz \"\(ansatz ?? "")\" is unknown; allowed: \(Ansatz.names.keys.sorted().joined(separator: ", "))")
      }
      let l = layers
      family = { named.circuit(qubits: $0, layers: l) }
      model = named.circuit(qubits: qubits!, layers: layers)
    }
    let o: PauliSum
    do { o = try PauliSum(parsing: observable) } catch { throw CLIError("--observable \"\(observable)\": \(error)") }
    guard o.minimumQubitCount <= model.qubitCount else {
      throw CLIError(
        "--observable \"\(observable)\" acts on qubit \(o.minimumQubitCount - 1), but the circuit has \(model.qubitCount) qubits (0…\(model.qubitCount - 1))"
      )
    }
    var options = SimulabilityDiagnosis.Options()
    options.accuracy = accuracy
    options.termBudget = termBudget
    options.maximumDimension = maxDimension
    options.seed = seed
    options.threads = threads ?? Simulator.coreCount
    let d = SimulabilityDiagnosis(circuit: model, observable: o, family: family, options: options)
    switch format {
    case .json: return Self.json(d).serialized()
    case .text: return Self.text(d, name: circuit ?? "\(ansatz!) (\(layers) layer(s))")
    }
  }

  static func json(_ d: SimulabilityDiagnosis) -> JSONValue {
    func number(_ x: Double?) -> JSONValue { x.map { $0.isFinite ? .number($0) : .null } ?? .null }
    let growth = Self.json(d.lie.growth)
    let scaling: [JSONValue] = d.lie.scaling.map { point in
      let dimension: JSONValue = point.dimension.map { .int($0) } ?? .null
      return .object([("qubits", .int(point.qubits)), ("dimension", dimension)])
    }
    let lie: [(String, JSONValue)] = [
      ("dimension", d.lie.dimension.map { .int($0) } ?? .null),
      ("algebra", d.lie.algebra.map { .string($0) } ?? .null),
      ("scaling", .array(scaling)), ("growth", growth), ("predictedVariance", number(d.lie.predictedVariance)),
      ("observableInAlgebra", d.lie.observableInAlgebra.map { .bool($0) } ?? .null),
      ("reason", d.lie.reason.map { .string($0) } ?? .null),
    ]
    let lightCone: [(String, JSONValue)] = [
      ("qubits", .array(d.lightCone.map { .int($0) })), ("size", .int(d.lightCone.count)),
    ]
    let propagation: [(String, JSONValue)] = [
      ("accuracy", .number(d.options.accuracy)), ("value", number(d.propagation.value)),
      ("terms", .int(d.propagation.terms)), ("maxTerms", .int(d.propagation.maxTerms)),
      ("discardedNorm", number(d.propagation.discardedNorm)), ("budgetReached", .bool(d.propagation.budgetReached)),
      ("seconds", .number(d.propagation.seconds)),
    ]
    let methods: [JSONValue] = d.methods.map { m in
      let fields: [(String, JSONValue)] = [
        ("name", .string(m.name)), ("applies", .bool(m.applies)), ("scalable", .bool(m.scalable)),
        ("cost", .string(m.cost)), ("reason", .string(m.reason)),
      ]
      return .object(fields)
    }
    var pairs: [(String, JSONValue)] = [
      ("qubits", .int(d.qubits)), ("gates", .int(d.gateCount)), ("parameters", .int(d.parameterCount)),
      ("observable", .string(d.observable.description)),
    ]
    pairs.append(("lie", .object(lie)))
    let concentrationPoints: [JSONValue] = d.concentration.points.map { p in
      let fields: [(String, JSONValue)] = [
        ("qubits", .int(p.qubits)), ("variance", .number(p.variance)), ("standardError", .number(p.standardError)),
      ]
      return .object(fields)
    }
    pairs.append(
      (
        "concentration",
        .object([
          ("points", .array(concentrationPoints)), ("decay", Self.json(d.concentration.decay)),
          ("note", d.concentration.note.map { .string($0) } ?? .null),
        ])
      ))
    pairs.append(("lightCone", .object(lightCone)))
    pairs.append(("pauliPropagation", .object(propagation)))
    pairs.append(("statevectorValue", number(d.statevectorValue)))
    pairs.append(("gsimValue", number(d.gsimValue)))
    pairs.append(("methods", .array(methods)))
    pairs.append(("verdict", .string(d.verdict.rawValue)))
    pairs.append(("reasons", .array(d.reasons.map { .string($0) })))
    pairs.append(("citations", .array(d.citations.map { .string("arXiv:\($0)") })))
    return .object(pairs)
  }

  static func json(_ growth: DimensionGrowth) -> JSONValue {
    switch growth {
    case .polynomial(let k): .object([("kind", .string("polynomial")), ("degree", .number(k))])
    case .exponential(let b): .object([("kind", .string("exponential")), ("base", .number(b))])
    case .unknown: .object([("kind", .string("unknown"))])
    }
  }

  static func text(_ d: SimulabilityDiagnosis, name: String) -> String {
    var lines = [
      "diagnosis of \(name): \(d.qubits) qubits, \(d.gateCount) gates, \(d.parameterCount) parameters, O = \(d.observable)"
    ]
    lines.append("Lie algebra:")
    if let dim = d.lie.dimension {
      lines.append(
        "  dim g = \(dim) (\(d.lie.algebra ?? "unidentified")); O in g: \(d.lie.observableInAlgebra == true ? "yes" : "no")"
      )
    }
    if !d.lie.scaling.isEmpty {
      let sizes = d.lie.scaling.map { "n=\($0.qubits): \($0.dimension.map(String.init) ?? "> limit")" }
      lines.append("  scaling: " + sizes.joined(separator: ", ") + " → \(d.lie.growth)")
    }
    if let v = d.lie.predictedVariance { lines.append("  predicted deep-circuit Var⟨O⟩ = \(v)") }
    if let reason = d.lie.reason { lines.append("  note: \(reason)") }
    if !d.concentration.points.isEmpty {
      let points = d.concentration.points.map { "n=\($0.qubits): \(String(format: "%.3g", $0.variance))" }
      lines.append(
        "measured Var⟨O⟩ (random parameters): " + points.joined(separator: ", ")
          + " → 1/Var grows \(d.concentration.decay)")
    }
    if let note = d.concentration.note { lines.append("  note: \(note)") }
    lines.append("light cone of O: \(d.lightCone.count) of \(d.qubits) qubits")
    let p = d.propagation
    let header = "Pauli propagation (|c| ≥ \(d.options.accuracy), random parameters, seed \(d.options.seed)): "
    let outcome: String = p.value.map { "⟨O⟩ = \($0)" } ?? "did not finish within the term budget"
    let seconds = String(format: "%.3f", p.seconds)
    lines.append(header + outcome + ", \(p.maxTerms) strings at most, discarded norm \(p.discardedNorm), \(seconds) s")
    var checks: [String] = []
    if let s = d.statevectorValue { checks.append("statevector \(s)") }
    if let g = d.gsimValue { checks.append("g-sim \(g)") }
    if !checks.isEmpty { lines.append("same parameters: " + checks.joined(separator: ", ")) }
    lines.append("classical methods:")
    for m in d.methods {
      lines.append(
        "  [\(m.applies ? "yes" : "no ")] \(m.name)\(m.scalable ? " (scalable)" : ""): \(m.reason); cost: \(m.cost)")
    }
    lines.append("verdict: \(d.verdict.rawValue)")
    for r in d.reasons { lines.append("  - \(r)") }
    lines.append("citations: " + d.citations.map { "arXiv:\($0)" }.joined(separator: ", "))
    return lines.joined(separator: "\n")
  }
}
