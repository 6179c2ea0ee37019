// Reference solution of exercise 04-parameter-shift (stripped from student releases).
import Quantum

/// One pair of shifted evaluations per gate angle, weighted by the angle's scale (chain rule).
func parameterShiftGradient(of observable: PauliSum, in circuit: Circuit, at parameters: [Double]) throws -> [Double] {
  var gradient = [Double](repeating: 0, count: circuit.parameterCount)
  for (g, gate) in circuit.gates.enumerated() {
    for (a, angle) in gate.angles.enumerated() {
      guard let k = angle.parameter, angle.scale != 0 else { continue }
      func shifted(_ shift: Double) throws -> Double {
        var angles = gate.angles
        angles[a].offset += shift
        var c = circuit
        c.replaceGate(at: g, with: gate.withAngles(angles))
        return try Simulator.default.expectation(of: observable, in: c, parameters: parameters)
      }
      gradient[k] += angle.scale * (try shifted(.pi / 2) - shifted(-.pi / 2)) / 2
    }
  }
  return gradient
}
