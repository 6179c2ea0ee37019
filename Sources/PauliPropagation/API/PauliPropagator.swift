// The PauliPropagation module: Heisenberg-picture simulation of observables.

public import Quantum

/// Simulates ⟨ψ|U†OU|ψ⟩ by evolving the observable O, not the state: O is kept as a sum of
/// Pauli strings and pushed backwards through the circuit U, gate by gate, with truncation.
///
/// **The rule.** For a rotation exp(−iθP/2) (Qiskit's RX/RY/RZ/RZZ convention) and a string Q:
///
/// ```text
/// Q commutes with P:       Q ↦ Q
/// Q anticommutes with P:   Q ↦ cos θ · Q + sin θ · (iPQ)       (iPQ is ±1 times a string)
/// ```
///
/// so RX(θ) maps Z ↦ cos θ·Z + sin θ·Y, and Y ↦ cos θ·Y − sin θ·Z. (Note the order: iPQ, not
/// iQP = −iPQ; the latter is the Schrödinger-picture map U Q U†.) Clifford gates (H, S, S†, X, Y,
/// Z, SX, SX†, CX, CY, CZ, SWAP, and rotations by multiples of π/2) map each string to one signed
/// string. Every other gate is decomposed exactly into these (T = R_Z(π/4), U = R_Z R_Y R_Z,
/// CRX(θ) = R_{X_t}(θ/2)·R_{Z_c X_t}(−θ/2), Toffoli through seven Z-string rotations, …);
/// arbitrary one- and two-qubit unitaries go through their Pauli transfer matrix.
///
/// **Truncation** (``TruncationPolicy``) is applied after every elementary operation; **noise**
/// (``NoiseModel``) damps each term after every gate by a factor that depends on its weight on the
/// gate's qubits. Finally ⟨ψ|O'|ψ⟩ is evaluated on a product state (``ProductState``).
///
/// ```swift
/// let circuit = KickedIsing.circuit(on: .line(5), steps: 2, thetaH: 0.3)
/// let result = try PauliPropagator().propagate("Z2", through: circuit)
/// print(result.expectation())            // ⟨0…0|U† Z2 U|0…0⟩, exact: no truncation
/// ```
///
/// **Storage.** Terms live in open-addressing hash tables ("shards", 16 to 4096 of them, about
/// 8192 terms each so that one fits in cache) with strings packed in fixed-width words (one word
/// up to 31 qubits, two up to 63, four up to 127, …, at most 511 qubits), so a 127-qubit term
/// takes 40 bytes. Equal strings merge on insertion. A string's shard is chosen by hashing it with
/// Y read as Z, which keeps the two strings an X rotation pairs in one shard: runs of X rotations
/// (RX layers) are applied shard by shard in cache, Clifford runs rebuild the shards once. With
/// `threads > 1` shards are processed in parallel; results are bit-for-bit the same for any
/// thread count.
///
/// - Complexity: per rotation O(terms); the number of terms can double with every rotation
///   without truncation.
public struct PauliPropagator: Sendable {
  /// Which strings are dropped during the propagation.
  public var truncation: TruncationPolicy
  /// Gate noise.
  public var noise: NoiseModel
  /// Worker threads (at least 1).
  public var threads: Int
  /// Whether a rotation by θ nearer a nonzero multiple kπ/2 than 0 is applied as the Clifford
  /// turn kπ/2 and a rotation by δ = θ − kπ/2 (exact either way; see below).
  ///
  /// Under truncation the split matters: the sine branch of the rotation is weighted by sin δ
  /// rather than sin θ, so circuits near a Clifford point (θ_h ≈ π/2 in kicked Ising) keep few
  /// strings at a coefficient cutoff, and a branch counts towards ``TruncationPolicy/maxFrequency``
  /// only through δ. Off, every rotation branches with sin θ, as IBM's `pauli-prop` does (so
  /// the two agree term for term). The split is not made when a weight rule is set: the
  /// Clifford half maps Q to ±iPQ, which the weight rule could drop before the small rotation
  /// brings back cos θ·Q.
  public var splitsNearCliffordAngles: Bool

  /// A propagator; by default exact (no truncation), noiseless, on one thread, splitting
  /// near-Clifford angles.
  public init(
    truncation: TruncationPolicy = .none, noise: NoiseModel = .none, threads: Int = 1,
    splitsNearCliffordAngles: Bool = true
  ) {
    self.truncation = truncation
    self.noise = noise
    self.threads = max(1, threads)
    self.splitsNearCliffordAngles = splitsNearCliffordAngles
  }

  /// Propagates `observable` backwards through `circuit`: the result holds U† O U (with the
  /// truncation and noise applied) and evaluates it on product states.
  ///
  /// - Parameters:
  ///   - observable: a real combination of Pauli strings on the circuit's qubits.
  ///   - circuit: any circuit of `Quantum` gates.
  ///   - parameters: values for symbolic angles (empty for a bound circuit).
  /// - Throws: ``PropagationError`` for an out-of-range setting, an observable outside the circuit,
  ///   an unbound angle, an oversized `mcx`, or more than 511 qubits.
  public func propagate(
    _ observable: PauliSum, through circuit: Circuit, parameters: [Double] = []
  ) throws
    -> PropagationResult
  {
    try truncation.validate()
    _ = try noise.pauliShrinkFactors()
    if observable.minimumQubitCount > circuit.qubitCount {
      throw PropagationError.observableOutsideCircuit(
        observable: observable.description, qubit: observable.minimumQubitCount - 1,
        circuitQubits: circuit.qubitCount)
    }
    let output = try Engine.run(
      observable, through: circuit, parameters: parameters, qubitCount: circuit.qubitCount,
      policy: truncation, noise: noise,
      splitsAngles: splitsNearCliffordAngles && truncation.maxWeight == nil && truncation.maxXYWeight == nil,
      threads: threads)
    return PropagationResult(output: output, qubitCount: circuit.qubitCount)
  }

  /// ⟨ψ|U†OU|ψ⟩ in one call (see ``propagate(_:through:parameters:)``).
  public func expectation(
    of observable: PauliSum, after circuit: Circuit, parameters: [Double] = [], in state: ProductState = .zeros
  ) throws -> Double {
    try state.validate()
    return try propagate(observable, through: circuit, parameters: parameters).expectation(in: state)
  }
}
