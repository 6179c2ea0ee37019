public import ArgumentParser
import LieAlgebra
import Quantum

/// `plateau lab dla`: the dynamical Lie algebra of a set of generators, its structure, and the
/// deep-circuit variance of an observable.
public struct LabDLA: ParsableCommand {
  public static let configuration = CommandConfiguration(
    commandName: "dla",
    abstract: "Close a set of generators into their dynamical Lie algebra; predict the variance of ⟨O⟩.",
    discussion: """
      Generators are Pauli strings ("Z0 Z1") or Pauli sums ("Z0 Z1 + Z1 Z2", a summed,
      translation-invariant generator); qubit 0 is the least significant bit. Strings are closed
      exactly; sums numerically (Gram–Schmidt, relative tolerance --tolerance). The algebra is
      split into its centre and simple ideals and named when dimension, rank and root lengths
      determine it ("so(8)", "su(2)^3 ⊕ u(1)^2"), otherwise "unidentified".

      With --observable, the deep-circuit variance of ⟨O⟩ from |0…0⟩ is predicted by
      Var = Σₖ P_gₖ(ρ)·P_gₖ(O)/dim gₖ (Ragone et al., arXiv:2309.09342), after checking that O
      (or ρ) lies in the algebra; otherwise the output says why it cannot be predicted.

      JSON shape:
        {"qubits": n, "method": "exact", "dimension": d, "centerDimension": c, "idealDimensions": [..],
         "ideals": [{"name": "so(8)", "dimension": 28, "rank": 4}], "algebra": "so(8)",
         "observable": "Z0 Z1", "predictedVariance": v, "reason": null, ...}

      Examples:
        plateau lab dla --qubits 4 --generator "Z0 Z1" --generator "Z1 Z2" --generator "Z2 Z3" \\
          --generator X0 --generator X1 --generator X2 --generator X3 --observable "Z0 Z1"
        plateau lab dla --qubits 3 --generator "Z0 Z1 + Z1 Z2 + Z2 Z0" --generator "X0 + X1 + X2" --format json
        plateau lab dla --qubits 2 --generator Y0 --generator Z0 --generator Y1 --generator Z1 --generator "Z0 Z1"
      """
  )

  @Option(help: "The number of qubits.")
  public var qubits: Int

  @Option(name: .customLong("generator"), help: "A generator: a Pauli string or sum (repeatable).")
  public var generators: [String] = []

  @Option(help: "An observable whose deep-circuit variance to predict, e.g. \"Z0 Z1\".")
  public var observable: String?

  @Option(help: "Stop if the algebra grows beyond this dimension.")
  public var maxDimension: Int = 1 << 22

  @Option(help: "Relative tolerance of the numerical closure (Pauli-sum generators).")
  public var tolerance: Double = 1e-9

  @Option(help: "Output format: text or json.")
  public var format: OutputFormat = .text

  public init() {}

  public func validate() throws {
    if generators.isEmpty { throw ValidationError("give at least one --generator, e.g. --generator \"Z0 Z1\"") }
    if qubits < 1 { throw ValidationError("--qubits must be at least 1, got \(qubits)") }
    if maxDimension < 1 { throw ValidationError("--max-dimension must be at least 1, got \(maxDimension)") }
  }

  public func run() throws { print(try execute()) }

  /// Parses a Pauli sum option and checks it fits on the qubits.
  func sum(_ text: String, option: String) throws -> PauliSum {
    let sum: PauliSum
    do { sum = try PauliSum(parsing: text) } catch { throw CLIError("\(option) \"\(text)\": \(error)") }
    guard sum.minimumQubitCount <= qubits else {
      throw CLIError(
        "\(option) \"\(text)\" acts on qubit \(sum.minimumQubitCount - 1), but --qubits is \(qubits) (qubits 0…\(qubits - 1))"
      )
    }
    return sum
  }

  /// Runs the command and returns what it prints.
  public func execute() throws -> String {
    let sums = try generators.map { try sum($0, option: "--generator") }
    let o = try observable.map { try sum($0, option: "--observable") }
    let g: DynamicalLieAlgebra
    do {
      g = try DynamicalLieAlgebra(
        generators: sums, qubitCount: qubits, tolerance: tolerance, maximumDimension: maxDimension)
    } catch { throw CLIError("\(error)") }
    let s = g.structure()
    let prediction = o.map { g.predictedVariance(of: $0, structure: s) }
    switch format {
    case .json: return json(g, s, prediction).serialized()
    case .text: return text(g, s, prediction)
    }
  }

  func json(_ g: DynamicalLieAlgebra, _ s: LieAlgebraStructure, _ p: VariancePrediction?) -> JSONValue {
    var pairs: [(String, JSONValue)] = [
      ("qubits", .int(qubits)), ("generators", .array(generators.map { .string($0) })),
      ("method", .string(g.isSpannedByPauliStrings ? "exact" : "numerical")), ("dimension", .int(g.dimension)),
      ("centerDimension", .int(s.centerDimension)), ("idealDimensions", .array(s.ideals.map { .int($0.dimension) })),
      (
        "ideals",
        .array(
          s.ideals.map {
            .object([("name", .string($0.name)), ("dimension", .int($0.dimension)), ("rank", .int($0.rank))])
          })
      ),
      ("algebra", .string(s.name)), ("decompositionComplete", .bool(s.isComplete)),
      ("note", s.note.map { .string($0) } ?? .null),
    ]
    if let p, let observable {
      pairs += [
        ("observable", .string(observable)), ("predictedVariance", p.variance.map { .number($0) } ?? .null),
        ("reason", p.reason.map { .string($0) } ?? .null), ("statePurity", .number(p.statePurity)),
        ("observablePurity", .number(p.observablePurity)),
        ("assumptions", .array(p.assumptions.map { .string($0) })),
        (
          "contributions",
          .array(
            p.contributions.map {
              .object([
                ("ideal", .string($0.idealName)), ("dimension", .int($0.dimension)),
                ("statePurity", .number($0.statePurity)), ("observablePurity", .number($0.observablePurity)),
                ("variance", .number($0.variance)),
              ])
            })
        ),
      ]
    }
    return .object(pairs)
  }

  func text(_ g: DynamicalLieAlgebra, _ s: LieAlgebraStructure, _ p: VariancePrediction?) -> String {
    var lines = [
      "dynamical Lie algebra of \(generators.count) generator(s) on \(qubits) qubit(s) (\(g.isSpannedByPauliStrings ? "exact closure over Pauli strings" : "numerical closure, tolerance \(tolerance)")):",
      "  dimension \(g.dimension) = centre \(s.centerDimension)"
        + s.ideals.map { " + \($0.dimension) [\($0.name), rank \($0.rank)]" }.joined(),
      "  algebra: \(s.name)",
    ]
    if let note = s.note { lines.append("  note: \(note)") }
    if let p, let observable {
      if let v = p.variance {
        lines.append("predicted variance of ⟨\(observable)⟩ over deep circuits from |0…0⟩: \(v)")
        lines.append("  P_g(ρ) = \(p.statePurity), P_g(O) = \(p.observablePurity)")
        for c in p.contributions where c.variance != 0 {
          lines.append(
            "  \(c.ideal) (dim \(c.dimension)): P(ρ) = \(c.statePurity), P(O) = \(c.observablePurity) → \(c.variance)")
        }
        lines.append("  assuming: " + p.assumptions.joined(separator: "; "))
      } else {
        lines.append("the variance of ⟨\(observable)⟩ cannot be predicted: \(p.reason ?? "unknown")")
      }
    }
    return lines.joined(separator: "\n")
  }
}

extension VariancePrediction.Contribution {
  fileprivate var ideal: String { idealName }
}
