extension DensityMatrix {
  /// Tr(ρ(θ) O) for a noisy circuit.
  public static func expectation(
    of observable: Observable, in circuit: Circuit, parameters: [Double], noise: NoiseModel,
    simulator: Simulator = .default
  ) throws(SimulationError) -> Double {
    try DensityMatrix(running: circuit, parameters: parameters, noise: noise, simulator: simulator)
      .expectation(of: observable)
  }

  /// ∂Tr(ρ(θ) O)/∂θₖ under noise, by the parameter-shift rule.
  ///
  /// The rule stays exact with noise because the channels do not depend on θ: each gate
  /// angle still enters through exp(−iθG) with the same spectrum of G.
  public static func partialDerivative(
    of observable: Observable, in circuit: Circuit, parameters: [Double], index k: Int, noise: NoiseModel,
    simulator: Simulator = .default
  ) throws(SimulationError) -> Double {
    var derivative = 0.0
    for occurrence in simulator.angleOccurrences(circuit) where occurrence.parameter == k {
      let gate = circuit.gates[occurrence.gate]
      func shifted(_ shift: Double) throws(SimulationError) -> Double {
        var angles = gate.angles
        angles[occurrence.angle].offset += shift
        var c = circuit
        c.replaceGate(at: occurrence.gate, with: gate.withAngles(angles))
        return try expectation(of: observable, in: c, parameters: parameters, noise: noise, simulator: simulator)
      }
      let d: Double
      switch ShiftRule.forAngle(occurrence.angle, of: gate.kind) {
      case .twoTerm: d = (try shifted(.pi / 2) - shifted(-.pi / 2)) / 2
      case .fourTerm:
        let d1 = (2.0.squareRoot() + 1) / (4 * 2.0.squareRoot()), d2 = (2.0.squareRoot() - 1) / (4 * 2.0.squareRoot())
        d = d1 * (try shifted(.pi / 2) - shifted(-.pi / 2)) - d2 * (try shifted(3 * .pi / 2) - shifted(-3 * .pi / 2))
      }
      derivative += occurrence.scale * d
    }
    return derivative
  }
}
