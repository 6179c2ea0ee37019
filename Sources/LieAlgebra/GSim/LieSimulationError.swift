/// Why g-sim refused a circuit or an observable.
///
/// ```swift
/// // error: gate 3, h q[1], is not exp(−iθG) with G in the algebra: …
/// ```
public enum LieSimulationError: Error, Hashable, Sendable, CustomStringConvertible {
  /// A gate after the preparation is not a product of Pauli rotations in the algebra.
  case gateOutsideAlgebra(index: Int, gate: String, reason: String)
  /// An observable term is outside the algebra (and is not the identity).
  case observableOutsideAlgebra(observable: String, term: String)
  /// The preparation entangles too many qubits for the exact cluster simulation.
  case preparationTooWide(qubits: [Int], maximum: Int)
  /// The parameter vector has the wrong length.
  case parameterCountMismatch(expected: Int, got: Int)
  /// The observable or circuit does not fit the algebra's qubits.
  case qubitCountMismatch(String)
  /// The algebra of the circuit could not be built.
  case algebra(LieAlgebraError)

  public var description: String {
    switch self {
    case .gateOutsideAlgebra(let i, let g, let reason):
      return "gate \(i), \(g), is not exp(−iθG) with G in the algebra: \(reason)"
    case .observableOutsideAlgebra(let o, let t):
      return
        "the observable \(o) is not in the algebra: its term \(t) is outside it (g-sim needs O in the algebra, plus a multiple of I)"
    case .preparationTooWide(let qubits, let maximum):
      return
        "the preparation (the gates before the first rotation) entangles \(qubits.count) qubits \(qubits); g-sim prepares products of clusters of at most \(maximum) qubits"
    case .parameterCountMismatch(let expected, let got):
      return "the circuit has \(expected) parameter(s), got \(got)"
    case .qubitCountMismatch(let message):
      return message
    case .algebra(let error):
      return "\(error)"
    }
  }
}
