public import Quantum

/// The observable after propagation, U†OU (truncated and damped as requested), and what the
/// truncation cost.
///
/// **Discarded norms.** Every term c·P dropped at any point is accumulated two ways:
/// - ``discardedNorm`` = √(Σ c²): the normalized Hilbert–Schmidt (Frobenius/√2ⁿ) norm of the
///   dropped pieces, root-sum-square over all drops. Without truncation and noise, U†OU keeps
///   Σ c² of the observable exactly, so this says what fraction of the observable's norm was
///   lost (compare with ``keptNorm``); it is the typical size of the error on a random state.
/// - ``discardedOneNorm`` = Σ |c|: a rigorous bound, |exact − estimate| ≤ Σ |c|, for any state
///   (every later step is unital and contractive, so a dropped term moves the answer by at most
///   |c|). Usually very pessimistic.
///
/// ```swift
/// let r = try PauliPropagator(truncation: .init(minAbsCoefficient: 1e-4)).propagate("Z10", through: c)
/// print(r.expectation(), r.termCount, r.discardedNorm)
/// ```
public struct PropagationResult: Sendable {
  /// The circuit's qubit count.
  public let qubitCount: Int
  /// Strings kept at the end.
  public let termCount: Int
  /// The most strings held after any elementary operation.
  public let peakTermCount: Int
  /// √(Σ c²) over every dropped term.
  public let discardedNorm: Double
  /// Σ |c| over every dropped term (a bound on the truncation error for any state).
  public let discardedOneNorm: Double
  /// How many terms each rule dropped.
  public let dropped: DroppedTerms
  /// How many operations ended with the term cap pruning (0: the cap never bound).
  public let capEvents: Int
  /// √(Σ c²) of the kept terms.
  public let keptNorm: Double
  /// The number of engine steps (rotations, Clifford runs, transfer matrices, noise-only steps).
  public let steps: Int

  /// Counts of dropped terms (or branches) by rule.
  public struct DroppedTerms: Hashable, Sendable {
    public let byWeight: Int
    public let byFrequency: Int
    public let byCoefficient: Int
    public let byCap: Int
    /// All drops.
    public var total: Int { byWeight + byFrequency + byCoefficient + byCap }
  }

  private let terms: PropagatedTerms

  init(output: EngineOutput, qubitCount: Int) {
    self.qubitCount = qubitCount
    terms = output.terms
    termCount = output.terms.count
    peakTermCount = output.peakCount
    discardedNorm = output.ledger.squares.squareRoot()
    discardedOneNorm = output.ledger.absolute
    let l = output.ledger
    dropped = DroppedTerms(byWeight: l.weight, byFrequency: l.frequency, byCoefficient: l.coefficient, byCap: l.cap)
    capEvents = output.capEvents
    steps = output.steps
    keptNorm = output.terms.squaredNorm.squareRoot()
  }

  /// ⟨ψ|O'|ψ⟩ on a product state (|0…0⟩ by default).
  /// - Complexity: O(terms) for computational-basis states, O(terms · weight) otherwise.
  public func expectation(in state: ProductState = .zeros) -> Double {
    terms.expectation(state)
  }

  /// The propagated observable O' = U†OU as a Pauli sum, largest |coefficient| first.
  /// - Complexity: O(terms · log terms); builds a dictionary of all terms.
  public var propagatedObservable: PauliSum { terms.pauliSum() }

}
