/// Which Pauli strings the propagator drops, and when.
///
/// **When.** The circuit is processed backwards, one elementary operation at a time (a Pauli
/// rotation, a Clifford gate, a transfer matrix; see ``PauliPropagator`` for how gates split into
/// them). After each operation, and after equal strings have been merged, every kept term
/// satisfies all the rules below. So a learner can reproduce a number by hand: apply one rotation,
/// merge, strike out what breaks a rule, go on.
///
/// **The rules**, checked per term c·P:
/// 1. ``maxWeight``: P has at most K non-identity factors. A string created by an operation
///    (a sine branch, or the image of a Clifford gate) that is too heavy is dropped at birth.
///    ``maxXYWeight`` does the same for the number of X and Y factors: only strings without X or
///    Y have a nonzero expectation on a computational-basis state, so strings with many are far
///    from contributing (Begušić & Chan, arXiv:2409.03097).
/// 2. ``maxFrequency``: the term carries at most F sine factors. Each sine branch of a rotation
///    (and each string-changing branch of a transfer matrix) adds one; a branch that would carry
///    more than F is dropped at birth, before merging. Merged terms keep the smaller count.
///    Rotations by multiples of π/2 are Clifford and add none.
/// 3. ``minAbsCoefficient``: |c| ≥ ε, checked twice. A new contribution (a sine branch, or an
///    off-diagonal branch of a transfer matrix) with magnitude below ε is dropped at birth, even
///    if its string is already present; then, after merging, every term with |c| < ε (shrunk by
///    cos θ, by noise, or by cancellation) is removed. Exact zeros are always removed, uncounted.
///    This is the rule of IBM's `pauli-prop` (its `atol`), so the two agree term for term.
/// 4. ``maxTerms``: when more than N strings remain, only the N largest |c| are kept (ties by
///    position in the table, which does not depend on the thread count).
///
/// Everything dropped is added to the result's discarded norms (see ``PropagationResult``).
///
/// ```swift
/// let policy = TruncationPolicy(maxWeight: 6, minAbsCoefficient: 1e-4)
/// let result = try PauliPropagator(truncation: policy).propagate("Z62", through: circuit)
/// ```
public struct TruncationPolicy: Hashable, Sendable {
  /// The largest Pauli weight kept (`nil`: no limit).
  public var maxWeight: Int?
  /// The most X and Y factors a kept string may have (`nil`: no limit).
  public var maxXYWeight: Int?
  /// The smallest |coefficient| kept; 0 keeps every nonzero term.
  public var minAbsCoefficient: Double
  /// The most sine factors a term may carry (`nil`: no limit).
  public var maxFrequency: Int?
  /// The most strings kept after any operation (`nil`: no cap).
  public var maxTerms: Int?

  /// A policy from its rules; every rule is off by default.
  public init(
    maxWeight: Int? = nil, maxXYWeight: Int? = nil, minAbsCoefficient: Double = 0, maxFrequency: Int? = nil,
    maxTerms: Int? = nil
  ) {
    self.maxWeight = maxWeight
    self.maxXYWeight = maxXYWeight
    self.minAbsCoefficient = minAbsCoefficient
    self.maxFrequency = maxFrequency
    self.maxTerms = maxTerms
  }

  /// No truncation: the propagation is exact (up to rounding), and may grow exponentially.
  public static let none = TruncationPolicy()

  /// Whether any rule can drop a nonzero term.
  public var isExact: Bool {
    maxWeight == nil && maxXYWeight == nil && minAbsCoefficient == 0 && maxFrequency == nil && maxTerms == nil
  }

  /// The largest frequency the engine can count.
  public static let frequencyLimit = Int(UInt16.max) - 1

  /// Checks every rule's range.
  /// - Throws: ``PropagationError/invalidTruncation(_:)`` naming the rule and its allowed range.
  public func validate() throws {
    if let k = maxWeight, k < 0 {
      throw PropagationError.invalidTruncation("max weight must be ≥ 0, got \(k)")
    }
    if let k = maxXYWeight, k < 0 {
      throw PropagationError.invalidTruncation("max X/Y weight must be ≥ 0, got \(k)")
    }
    if !(minAbsCoefficient >= 0) || !minAbsCoefficient.isFinite {
      throw PropagationError.invalidTruncation(
        "min |coefficient| must be a finite number ≥ 0, got \(minAbsCoefficient)")
    }
    if let f = maxFrequency, f < 0 || f > Self.frequencyLimit {
      throw PropagationError.invalidTruncation("max frequency must be in 0…\(Self.frequencyLimit), got \(f)")
    }
    if let n = maxTerms, n < 1 {
      throw PropagationError.invalidTruncation("max terms must be ≥ 1, got \(n)")
    }
  }
}
