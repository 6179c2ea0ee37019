public import ArgumentParser
import Foundation
import Landscapes
import Plotting
import QASM
import Quantum

/// `plateau lab variance`: measures how the variance of a gradient component scales.
public struct LabVariance: ParsableCommand {
  public static let configuration = CommandConfiguration(
    commandName: "variance",
    abstract: "Measure Var[∂C/∂θₖ] over random parameters as qubits and layers grow.",
    discussion: """
      For each qubit count and depth, draws --samples parameter vectors (seeded per sample, \\
      so results do not depend on threads), computes ∂C/∂θₖ exactly (parameter shift; with \\
      --noise, on the density matrix), and reports mean, variance and the standard error of \\
      the variance, with exponential and polynomial decay fits over n.

      Ansätze: hea, hva-tfim, qaoa (ring), qcnn, hea-blocks, or an OpenQASM file whose gate \\
      angles (in order of appearance) are the parameters. Costs: global \\
      (1 − |⟨0|U|0⟩|²), local (1 − (1/n)Σ P(qubit j = 0)), or a Pauli sum such as "Z0 Z1".

      JSON: {"points": [{"qubits": n, "layers": L, "mean": m, "variance": v, \\
      "standardError": s}], "fit": {...}}

      Examples:
        plateau lab variance --ansatz hea --qubits 2,4,6,8 --layers 1 --cost global
        plateau lab variance --qubits 2,4,6,8 --cost local --samples 20000 --seed 7
        plateau lab variance --qubits 4 --layers 1,5,10,20 --noise depolarizing:0.01
        plateau lab variance --cost "Z0 Z1" --init small-angle:0.1 --plot v.svg
      """)

  @Option(help: "hea, hva-tfim, qaoa, qcnn, hea-blocks, or a .qasm file.")
  public var ansatz = "hea"
  @Option(help: "Comma-separated qubit counts.")
  public var qubits = "2,4,6,8"
  @Option(help: "Comma-separated numbers of layers.")
  public var layers = "1"
  @Option(help: "global, local, or a Pauli sum such as \"Z0 Z1\".")
  public var cost = "global"
  @Option(help: "The parameter k of ∂C/∂θₖ.")
  public var parameter = 0
  @Option(help: "Random parameter vectors per point.")
  public var samples = 2000
  @Option(help: "The random seed.")
  public var seed: UInt64 = 7
  @Option(help: "uniform, small-angle:σ or identity-blocks.")
  public var `init` = "uniform"
  @Option(
    help:
      "Noise after every gate (density-matrix simulation, n ≤ 12): depolarizing:p, dephasing:p, amplitude-damping:γ.")
  public var noise: [String] = []
  @Option(help: "Worker threads (default: all cores).")
  public var threads: Int?
  @Option(help: "Output format: text or json.")
  public var format: OutputFormat = .text
  @Option(help: "Also write a semi-log plot of variance against qubits (or layers) to this SVG file.")
  public var plot: String?

  public init() {}

  public func run() throws { print(try execute()) }

  /// Runs the experiment and returns what the command prints.
  public func execute() throws -> String {
    let qubitCounts = try Self.integers(qubits, option: "--qubits", minimum: 1)
    let depths = try Self.integers(layers, option: "--layers", minimum: 0)
    guard samples >= 2 else { throw CLIError("--samples must be at least 2, got \(samples)") }
    let costSpec: CostSpecification
    do { costSpec = try CostSpecification(parsing: cost) } catch {
      throw CLIError("--cost \"\(cost)\": allowed are global, local or a Pauli sum; \(error)")
    }
    var experiment: GradientVarianceExperiment
    var qubitList = qubitCounts
    if ansatz.hasSuffix(".qasm") {
      let circuit: Circuit
      do { circuit = try OpenQASM.read(contentsOf: ansatz) } catch { throw CLIError("\(error)") }
      experiment = GradientVarianceExperiment(ansatz: .hardwareEfficient, cost: costSpec)
      experiment.circuitOverride = circuit.parameterizingEveryAngle().circuit
      qubitList = [circuit.qubitCount]
    } else {
      guard let named = Ansatz.names[ansatz] else {
        throw CLIError(
          "--ansatz \"\(ansatz)\" is unknown; allowed: \(Ansatz.names.keys.sorted().joined(separator: ", ")), or a .qasm file"
        )
      }
      experiment = GradientVarianceExperiment(ansatz: named, cost: costSpec)
    }
    experiment.parameterIndex = parameter
    experiment.samples = samples
    experiment.seed = seed
    experiment.threads = threads ?? Simulator.coreCount
    do {
      experiment.initialization = try ParameterInitialization(
        parsing: self.`init`, blockSize: experiment.ansatz.blockSize(qubits: qubitList.first ?? 1))
    } catch { throw CLIError("--init: \(error)") }
    let channels: [NoiseChannel]
    do { channels = try noise.map { s throws(NoiseError) in try NoiseChannel(parsing: s) } } catch {
      throw CLIError("--noise: \(error)")
    }
    experiment.noise = NoiseModel(channels)
    let result: GradientVarianceExperiment.Result
    do { result = try experiment.run(qubits: qubitList, layers: depths) } catch { throw CLIError("\(error)") }
    if let plot {
      try Self.plot(result, cost: costSpec).svg(alt: "Gradient variance").write(
        toFile: plot, atomically: true, encoding: .utf8)
    }
    switch format {
    case .json: return Self.json(result, depths: depths).serialized()
    case .text: return Self.text(result, experiment: experiment)
    }
  }

  static func integers(_ text: String, option: String, minimum: Int) throws -> [Int] {
    let values = text.split(separator: ",").map { Int($0.trimmingCharacters(in: .whitespaces)) }
    guard !values.isEmpty, values.allSatisfy({ ($0 ?? -1) >= minimum }) else {
      throw CLIError("\(option) \"\(text)\": expected comma-separated whole numbers ≥ \(minimum), e.g. 2,4,6")
    }
    return values.map { $0! }
  }

  static func fitJSON(_ fit: DecayFit) -> JSONValue {
    func model(_ m: DecayFit.Model) -> JSONValue {
      .object([
        ("rate", .number(m.rate)), ("rateInterval", .array(m.rateInterval.map { .number($0) })),
        ("amplitude", .number(m.amplitude)), ("chiSquared", .number(m.chiSquared)),
      ])
    }
    return .object([
      ("preferred", .string(fit.preferred)), ("exponential", model(fit.exponential)),
      ("exponentialBase", .number(fit.exponentialBase)), ("polynomial", model(fit.polynomial)),
    ])
  }

  static func json(_ result: GradientVarianceExperiment.Result, depths: [Int]) -> JSONValue {
    let points: [JSONValue] = result.points.map {
      .object([
        ("qubits", .int($0.qubits)), ("layers", .int($0.layers)), ("mean", .number($0.mean)),
        ("variance", .number($0.variance)), ("standardError", .number($0.standardError)), ("samples", .int($0.samples)),
      ])
    }
    let fit: JSONValue = depths.first.flatMap { result.fits[$0] }.map(fitJSON) ?? .null
    let fits: [(String, JSONValue)] = depths.compactMap { l in result.fits[l].map { ("\(l)", fitJSON($0)) } }
    return .object([("points", .array(points)), ("fit", fit), ("fits", .object(fits))])
  }

  static func text(_ result: GradientVarianceExperiment.Result, experiment: GradientVarianceExperiment) -> String {
    var lines = [
      "Var[∂C/∂θ\(experiment.parameterIndex)], cost \(experiment.cost), \(experiment.samples) samples, seed \(experiment.seed)"
    ]
    lines.append("qubits  layers          mean      variance   std. error")
    for p in result.points {
      lines.append(
        "\(pad(p.qubits, 6))  \(pad(p.layers, 6))  \(sci(p.mean))  \(sci(p.variance))  \(sci(p.standardError))")
    }
    for (l, fit) in result.fits.sorted(by: { $0.key < $1.key }) {
      let e = fit.exponential, p = fit.polynomial
      lines.append(
        "L = \(l): exponential Var ∝ e^(−\(fixed(e.rate)) n) [\(fixed(e.rateInterval[0])), \(fixed(e.rateInterval[1]))], "
          + "χ² \(fixed(e.chiSquared)); polynomial Var ∝ n^(−\(fixed(p.rate))), χ² \(fixed(p.chiSquared)) → \(fit.preferred)"
      )
    }
    return lines.joined(separator: "\n")
  }

  static func plot(_ result: GradientVarianceExperiment.Result, cost: CostSpecification) -> Plot {
    let byQubits = Set(result.points.map(\.qubits)).count > 1
    var plot = Plot(
      title: "Gradient variance (\(cost) cost)", xLabel: byQubits ? "qubits n" : "layers L", yLabel: "Var[∂C/∂θ]")
    plot.yScale = .log
    let groups = byQubits ? Set(result.points.map(\.layers)).sorted() : Set(result.points.map(\.qubits)).sorted()
    for g in groups {
      let pts = result.points.filter { (byQubits ? $0.layers : $0.qubits) == g }
      let x = pts.map { Double(byQubits ? $0.qubits : $0.layers) }
      plot.scatter(
        x: x, y: pts.map(\.variance), errors: pts.map(\.standardError), label: byQubits ? "L = \(g)" : "n = \(g)")
      if byQubits, let fit = result.fits[g] {
        plot.line(
          x: x, y: x.map { fit.exponential.amplitude * Double.exp(-fit.exponential.rate * $0) },
          label: "exponential fit, L = \(g)")
      }
    }
    return plot
  }

  static func pad(_ v: Int, _ width: Int) -> String {
    String(repeating: " ", count: max(0, width - "\(v)".count)) + "\(v)"
  }
  static func sci(_ v: Double) -> String { String(format: "%12.4e", v) }
  static func fixed(_ v: Double) -> String { String(format: "%.4f", v) }
}
