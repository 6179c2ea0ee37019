// Reference solution of exercise 11-clifford-light-cone (removed from student copies).
import Quantum

/// Why an input is outside what the functions handle.
enum CliffordLightConeError: Error {
  /// The observable has an X or Y factor (only strings of Z are handled).
  case notDiagonal
  /// θ_h is not a multiple of π/2, so the circuit is not Clifford.
  case notClifford(Double)
}

/// The qubits within graph distance T − 1 of the support: the last layer of R_ZZ commutes with a
/// Z observable, and every earlier step spreads the support by one edge.
func lightCone(of observable: PauliString, steps: Int, on graph: Graph) throws -> [Int] {
  guard observable.support.allSatisfy({ observable[$0] == .z }) else { throw CliffordLightConeError.notDiagonal }
  var inside = Set(observable.support)
  var frontier = inside
  let adjacency = graph.adjacency
  for _ in 0..<max(steps - 1, 0) {
    frontier = Set(frontier.flatMap { adjacency[$0] }).subtracting(inside)
    inside.formUnion(frontier)
  }
  return inside.sorted()
}

/// Backwards through the steps: the R_ZZ layer, then the R_X layer, each rotation by a multiple of
/// π/2 mapping the string to one signed string.
func cliffordPropagate(
  _ observable: PauliString, steps: Int, thetaH: Double, on graph: Graph
) throws -> (sign: Double, string: PauliString) {
  let quarter = (thetaH / (Double.pi / 2)).rounded()
  guard abs(thetaH - quarter * Double.pi / 2) < 1e-12 else { throw CliffordLightConeError.notClifford(thetaH) }
  let k = ((Int(quarter) % 4) + 4) % 4
  let (cosH, sinH) = ([1.0, 0, -1, 0][k], [0.0, 1, 0, -1][k])
  var sign = 1.0
  var string = observable
  /// exp(−iθP/2) with cos θ = c, sin θ = s, one of them 0: Q ↦ c·Q or s·(iPQ).
  func rotate(_ p: PauliString, cos c: Double, sin s: Double) {
    guard string.anticommutes(with: p) else { return }
    if s == 0 {
      sign *= c
    } else {
      let product = p * string
      sign *= s * ((product.phaseExponent + 1) % 4 == 0 ? 1 : -1)
      string = product.string
    }
  }
  for _ in 0..<steps {
    for (a, b) in graph.edges { rotate(PauliString([a: .z, b: .z]), cos: 0, sin: -1) }
    for q in 0..<graph.vertexCount { rotate(PauliString(.x, on: q), cos: cosH, sin: sinH) }
  }
  return (sign, string)
}
