// Reference solution of exercise 12-diagnose (stripped from student releases).
import Foundation
import Quantum

/// Gates from last to first; a run of diagonal gates widens the cone from the set before it.
func lightCone(of qubits: [Int], in circuit: Circuit) throws -> [Int] {
  var inside = Set(qubits)
  let gates = circuit.gates
  var index = gates.count - 1
  while index >= 0 {
    var start = index
    if isDiagonal(gates[index]) {
      while start > 0 && isDiagonal(gates[start - 1]) { start -= 1 }
    }
    let before = inside
    for gate in gates[start...index] where gate.qubits.contains(where: before.contains) {
      inside.formUnion(gate.qubits)
    }
    index = start - 1
  }
  return inside.sorted()
}

/// The unbiased sample variance of ⟨O⟩ over uniformly random parameters.
func varianceOfExpectation(
  of observable: PauliSum, in circuit: Circuit, samples: Int, using generator: inout SeededGenerator
) throws -> Double {
  var values: [Double] = []
  for _ in 0..<samples {
    let theta = (0..<circuit.parameterCount).map { _ in Double.random(in: 0..<(2 * .pi), using: &generator) }
    values.append(try StateVector(running: circuit, parameters: theta).expectation(of: observable))
  }
  let mean = values.reduce(0, +) / Double(values.count)
  return values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(values.count - 1)
}

/// Two least-squares lines through (x, log value): x = n and x = log n; the better one wins.
func growsExponentially(_ points: [(qubits: Int, value: Double)]) throws -> Bool {
  let usable = points.filter { $0.value > 0 && $0.qubits > 0 }
  guard Set(usable.map(\.qubits)).count >= 3 else { return false }
  let y = usable.map { log($0.value) }
  let exponential = line(x: usable.map { Double($0.qubits) }, y: y)
  let polynomial = line(x: usable.map { log(Double($0.qubits)) }, y: y)
  return exponential.residual < polynomial.residual && exponential.slope > 0.05
}

/// The slope of the least-squares line y ≈ a + slope·x and its residual sum of squares.
func line(x: [Double], y: [Double]) -> (slope: Double, residual: Double) {
  let m = Double(x.count)
  let (mx, my) = (x.reduce(0, +) / m, y.reduce(0, +) / m)
  let sxx = x.reduce(0) { $0 + ($1 - mx) * ($1 - mx) }
  let sxy = zip(x, y).reduce(0) { $0 + ($1.0 - mx) * ($1.1 - my) }
  let slope = sxx > 0 ? sxy / sxx : 0
  let residual = zip(x, y).reduce(0) { sum, p in
    let r = p.1 - (my + slope * (p.0 - mx))
    return sum + r * r
  }
  return (slope, residual)
}

/// Light cone, then g-sim, then the measured decay.
func verdict(
  qubits: Int, lightConeSize: Int, lieDimensions: [(qubits: Int, dimension: Int)], observableInAlgebra: Bool,
  variances: [(qubits: Int, variance: Double)]
) throws -> String {
  if lightConeSize < qubits && lightConeSize <= 30 { return "simulable" }
  let lieIsExponential = try growsExponentially(lieDimensions.map { ($0.qubits, Double($0.dimension)) })
  if observableInAlgebra && !lieIsExponential { return "simulable" }
  if try growsExponentially(variances.map { ($0.qubits, 1 / $0.variance) }) { return "barren-plateau" }
  return "no-shortcut-found"
}

/// Whether a gate's matrix is diagonal in the computational basis for every angle (given).
func isDiagonal(_ gate: Gate) -> Bool {
  switch gate.kind {
  case .identity, .z, .s, .sdg, .t, .tdg, .rz, .phase, .cz, .crz, .cp, .rzz: true
  case .pauliRotation(let p): p.isDiagonal
  default: false
  }
}
