public import ArgumentParser
import QASM
public import Quantum

/// `plateau lab expect`: expectation values (and gradients) of observables after a circuit.
public struct LabExpect: ParsableCommand {
  public static let configuration = CommandConfiguration(
    commandName: "expect",
    abstract: "Run an OpenQASM 2.0 circuit from |0…0⟩ and print ⟨O⟩ for each observable.",
    discussion: """
      Observables are Pauli sums in the sparse form: "Z0 Z1", "0.5*Z0 Z1 - X2" (qubit 0 is \
      the least significant bit, as in Qiskit). With --gradient, each result also lists the \
      derivative with respect to the angle of every parameterized gate occurrence, in order \
      of appearance in the flattened circuit (user-defined gates expanded; U contributes θ, \
      φ, λ in that order).

      JSON: {"qubits": n, "parameters": p, "results": [{"observable": "Z0 Z1", \
      "expectation": x, "gradient": [...]}]}

      Examples:
        plateau lab expect bell.qasm --observable "Z0 Z1" --observable X0
        plateau lab expect ansatz.qasm --observable "Z0 Z1" --gradient adjoint
        plateau lab expect ansatz.qasm --observable X0 --format json
      """
  )

  @Argument(help: "The OpenQASM 2.0 file to run.")
  public var circuit: String

  @Option(name: .customLong("observable"), help: "A Pauli sum such as \"0.5*Z0 Z1 - X2\" (repeatable).")
  public var observables: [String] = []

  @Option(help: "Also compute the gradient: adjoint, parameter-shift or finite-difference.")
  public var gradient: GradientMethod?

  @Option(help: "Output format: text or json.")
  public var format: OutputFormat = .text

  @Option(help: "Worker threads (default: all cores).")
  public var threads: Int?

  public init() {}

  public func validate() throws {
    if observables.isEmpty {
      throw ValidationError("give at least one --observable, e.g. --observable \"Z0 Z1\"")
    }
    if let threads, threads < 1 { throw ValidationError("--threads must be at least 1, got \(threads)") }
  }

  public func run() throws {
    print(try execute())
  }

  /// Runs the command and returns what it prints.
  public func execute() throws -> String {
    let loaded: Circuit
    do { loaded = try OpenQASM.read(contentsOf: circuit) } catch { throw CLIError("\(error)") }
    let sums = try observables.map { text -> (String, PauliSum) in
      let sum: PauliSum
      do { sum = try PauliSum(parsing: text) } catch {
        throw CLIError("--observable \"\(text)\": \(error)")
      }
      guard sum.minimumQubitCount <= loaded.qubitCount else {
        throw CLIError(
          "--observable \"\(text)\" acts on qubit \(sum.minimumQubitCount - 1), but \(circuit) has \(loaded.qubitCount) qubit(s) (0…\(loaded.qubitCount - 1))"
        )
      }
      return (text, sum)
    }
    let (parameterized, values) = loaded.parameterizingEveryAngle()
    let simulator = Simulator(threads: threads)
    var results: [(String, Double, [Double]?)] = []
    do {
      if let gradient {
        for (text, sum) in sums {
          let r = try simulator.gradient(of: sum, in: parameterized, parameters: values, method: gradient)
          results.append((text, r.value, r.gradient))
        }
      } else {
        let psi = try StateVector(running: loaded, simulator: simulator)
        for (text, sum) in sums { results.append((text, psi.expectation(of: sum), nil)) }
      }
    } catch { throw CLIError("\(circuit): \(error)") }

    switch format {
    case .json:
      let items: [JSONValue] = results.map { text, value, grad in
        var pairs: [(String, JSONValue)] = [("observable", .string(text)), ("expectation", .number(value))]
        if let grad { pairs.append(("gradient", .array(grad.map { .number($0) }))) }
        return .object(pairs)
      }
      return JSONValue.object([
        ("qubits", .int(loaded.qubitCount)), ("parameters", .int(values.count)), ("results", .array(items)),
      ]).serialized()
    case .text:
      var lines = [
        "\(circuit): \(loaded.qubitCount) qubit(s), \(loaded.gates.count) gate(s), \(values.count) gate angle(s)"
      ]
      for (text, value, grad) in results {
        lines.append("⟨\(text)⟩ = \(value)")
        if let grad, let gradient {
          lines.append(
            "  gradient (\(gradient), \(grad.count) angle(s)): [" + grad.map { "\($0)" }.joined(separator: ", ") + "]")
        }
      }
      return lines.joined(separator: "\n")
    }
  }
}

extension GradientMethod: ExpressibleByArgument {}
