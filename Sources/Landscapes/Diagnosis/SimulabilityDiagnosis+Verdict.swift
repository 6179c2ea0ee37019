// The classical methods a diagnosis considers, and the verdict drawn from them.

import Foundation
import Quantum

extension SimulabilityDiagnosis {
  static func methods(
    n: Int, circuit: Circuit, cone: (qubits: [Int], gateIndices: [Int]), lie: LieReport, gsimValue: Double?,
    propagation: PropagationReport, observableNorm: Double, options: Options
  ) -> [Method] {
    var result: [Method] = []
    // g-sim.
    if let dimension = lie.dimension, lie.observableInAlgebra == true, gsimValue != nil {
      let scalable =
        lie.growth == .unknown ? dimension <= 4 * n * n : !lie.growth.isExponential
      result.append(
        Method(
          name: "g-sim", applies: true, scalable: scalable,
          cost:
            "a vector of dim g = \(dimension) numbers; about \(circuit.gates.count) × \(dimension) = \(sci(Double(circuit.gates.count * dimension))) multiply-adds per expectation value",
          reason: "O lies in the dynamical Lie algebra \(lie.algebra ?? "g") of dimension \(dimension)"
            + (lie.growth == .unknown ? "" : ", whose dimension grows \(lie.growth)")))
    } else {
      let why =
        lie.observableInAlgebra == false
        ? "O is not in the dynamical Lie algebra (g-sim needs O ∈ g)" : (lie.reason ?? "the algebra was not available")
      result.append(Method(name: "g-sim", applies: false, scalable: false, cost: "—", reason: why))
    }
    // Pauli propagation.
    let limit = options.discardedNormLimit * max(observableNorm, 1e-300)
    let accurate = !propagation.budgetReached && propagation.discardedNorm <= limit
    let propagationCost =
      "at most \(propagation.maxTerms) Pauli strings, \(seconds(propagation.seconds)) at |c| ≥ \(options.accuracy)"
    if accurate {
      result.append(
        Method(
          name: "Pauli propagation", applies: true, scalable: true, cost: propagationCost,
          reason:
            "at random parameters the run kept within \(options.termBudget) strings and discarded a norm of \(sci(propagation.discardedNorm)) (≤ \(sci(limit)))"
        ))
    } else {
      let why =
        propagation.budgetReached
        ? "more than \(options.termBudget) strings were needed at |c| ≥ \(options.accuracy)"
        : "the discarded norm \(sci(propagation.discardedNorm)) exceeds \(sci(limit)): truncation dominates"
      result.append(
        Method(name: "Pauli propagation", applies: false, scalable: false, cost: propagationCost, reason: why))
    }
    // Light-cone statevector.
    let k = cone.qubits.count
    let coneCost = "2^\(k) amplitudes (\(bytes(16 * pow(2, Double(k))))) × \(cone.gateIndices.count) gates"
    if k < n {
      result.append(
        Method(
          name: "light-cone statevector", applies: k <= 30, scalable: k <= 30, cost: coneCost,
          reason: k <= 30
            ? "O's backward light cone has \(k) of \(n) qubits; its size is set by the depth, not by n"
            : "the light cone has \(k) qubits, more than a statevector can hold (30)"))
    } else {
      result.append(
        Method(
          name: "light-cone statevector", applies: false, scalable: false, cost: coneCost,
          reason: "the light cone covers all \(n) qubits"))
    }
    // Full statevector.
    result.append(
      Method(
        name: "full statevector", applies: n <= 30, scalable: false,
        cost: "2^\(n) amplitudes (\(bytes(16 * pow(2, Double(n))))) × \(circuit.gates.count) gates",
        reason: n <= 30
          ? "\(n) qubits fit in memory, at a cost exponential in n" : "\(n) qubits is beyond any statevector"))
    return result
  }

  static func judge(
    n: Int, lie: LieReport, concentration: ConcentrationReport, methods: [Method], coversAllQubits: Bool
  ) -> (Verdict, [String], [String]) {
    var reasons: [String] = []
    var citations: Set<String> = ["2312.09121"]
    let measured = concentration.points.map { "n=\($0.qubits): \(sci($0.variance))" }.joined(separator: ", ")
    let plateau: Bool
    if concentration.decay != .unknown {
      // Measured beats predicted.
      plateau = concentration.decay.isExponential
      reasons.append(
        "measured Var⟨O⟩ over random parameters (\(measured)): 1/Var grows \(concentration.decay)"
          + (plateau ? ", a barren plateau" : ", no barren plateau at these sizes"))
      citations.insert("2104.05868")
      if plateau { citations.insert("1803.11173") }
    } else {
      // Without a measurement, the Lie-algebraic plateau is claimed only for circuits whose light
      // cone covers every qubit (the deep-circuit limit needs at least that).
      plateau = lie.growth.isExponential && coversAllQubits
      if plateau {
        reasons.append(
          "dim g grows \(lie.growth): deep circuits have Var ∝ 1/dim g, exponentially small in n (a barren plateau)")
        citations.formUnion(["2309.09342", "1803.11173"])
      } else if lie.growth.isExponential {
        reasons.append(
          "dim g grows \(lie.growth), but O's light cone does not cover the circuit: the deep-circuit (Lie-algebraic) plateau does not apply, and no variance was measured"
        )
      }
    }
    if case .polynomial = lie.growth {
      reasons.append(
        "dim g grows \(lie.growth): no Lie-algebraic barren plateau when O (or ρ) lies in g with non-vanishing purity")
      citations.insert("2309.09342")
    } else if lie.growth.isExponential && concentration.decay != .unknown && !plateau {
      reasons.append(
        "dim g grows \(lie.growth), yet the variance does not vanish exponentially: the circuit is not deep enough for the Lie-algebraic limit"
      )
      citations.insert("2309.09342")
    }
    if let v = lie.predictedVariance {
      reasons.append("the deep-circuit variance of ⟨O⟩ predicted at \(n) qubits is \(sci(v))")
      citations.insert("2309.09342")
    }
    let scalable = methods.filter { $0.applies && $0.scalable }
    for m in scalable {
      reasons.append("\(m.name) applies: \(m.reason); cost: \(m.cost)")
      switch m.name {
      case "g-sim": citations.insert("2308.01432")
      case "Pauli propagation": citations.formUnion(["2505.21606", "2409.01706"])
      default: break
      }
    }
    let verdict: Verdict
    if !scalable.isEmpty {
      verdict = .simulable
      if !plateau {
        reasons.append(
          "plateau-free and classically simulable: the structure that avoids the plateau is the one a classical method exploits (arXiv:2312.09121)"
        )
      }
    } else if plateau {
      verdict = .barrenPlateau
      reasons.append("no scalable classical method applies, but gradients vanish exponentially: not trainable at scale")
    } else {
      verdict = .noShortcutFound
      reasons.append(
        "no scalable classical method applied within the budgets, and no plateau was detected: a candidate for advantage, to be examined further (other methods, other parameters)"
      )
    }
    return (verdict, reasons, citations.sorted())
  }

  static func sci(_ x: Double) -> String {
    if x == 0 { return "0" }
    if !x.isFinite { return "\(x)" }
    return abs(x) >= 1e-3 && abs(x) < 1e6 ? String(format: "%.4g", x) : String(format: "%.3e", x)
  }

  static func seconds(_ s: Double) -> String { String(format: "%.3g s", s) }

  static func bytes(_ b: Double) -> String {
    let units = ["B", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"]
    var value = b
    var unit = 0
    while value >= 1024 && unit < units.count - 1 {
      value /= 1024
      unit += 1
    }
    return value >= 1024 ? String(format: "%.1e %@", value, units[unit]) : String(format: "%.3g %@", value, units[unit])
  }
}
