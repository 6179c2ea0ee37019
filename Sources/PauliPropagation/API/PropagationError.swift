/// Why a propagation could not run: each message says what was wrong and what is allowed.
///
/// ```swift
/// let policy = TruncationPolicy(minAbsCoefficient: -1)
/// try PauliPropagator(truncation: policy).propagate("Z0", through: circuit)
/// // throws: min |coefficient| must be a finite number ≥ 0, got -1.0
/// ```
public enum PropagationError: Error, Equatable, Sendable, CustomStringConvertible {
  /// A gate angle refers to a circuit parameter that was not supplied.
  case unboundAngle(gate: String, index: Int)
  /// An `mcx` gate has more controls than the engine decomposes.
  case tooManyControls(gate: String, index: Int)
  /// The observable acts on a qubit the circuit does not have.
  case observableOutsideCircuit(observable: String, qubit: Int, circuitQubits: Int)
  /// The circuit is wider than the widest packed layout.
  case tooManyQubits(Int)
  /// A truncation setting is out of range.
  case invalidTruncation(String)
  /// A noise probability is out of range.
  case invalidNoise(String)
  /// A product state does not fit the circuit or is not a valid state.
  case invalidState(String)

  /// The widest circuit the engine packs (8 words per mask, the top qubit reserved).
  public static let maximumQubitCount = 511

  public var description: String {
    switch self {
    case .unboundAngle(let gate, let index):
      return
        "gate \(index) (\(gate)) has a symbolic angle but no value for its parameter; pass parameters: or bind the circuit first"
    case .tooManyControls(let gate, let index):
      return
        "gate \(index) (\(gate)) has more than \(maximumMCXControls) controls; mcx with k controls becomes 2^(k+1) − 1 rotations, so at most \(maximumMCXControls) are allowed"
    case .observableOutsideCircuit(let observable, let qubit, let circuitQubits):
      return
        "the observable \(observable) acts on qubit \(qubit), but the circuit has \(circuitQubits) qubit(s) (0…\(circuitQubits - 1))"
    case .tooManyQubits(let n):
      return "\(n) qubits is more than the engine packs; at most \(Self.maximumQubitCount) are allowed"
    case .invalidTruncation(let message), .invalidNoise(let message), .invalidState(let message):
      return message
    }
  }
}
