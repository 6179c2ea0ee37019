// The truncation policy in the form the inner loops test.

/// ``TruncationPolicy`` with every rule present (limits at their maximum when off).
struct TruncationRules: Sendable {
  let maxWeight: Int
  let maxXYWeight: Int
  let minAbsCoefficient: Double
  let maxFrequency: Int
  let maxTerms: Int
  let tracksFrequency: Bool

  init(_ policy: TruncationPolicy) {
    maxWeight = policy.maxWeight ?? Int.max
    maxXYWeight = policy.maxXYWeight ?? Int.max
    minAbsCoefficient = policy.minAbsCoefficient
    maxFrequency = policy.maxFrequency ?? Int.max
    maxTerms = policy.maxTerms ?? Int.max
    tracksFrequency = policy.maxFrequency != nil
  }

  /// Whether either weight rule is set.
  var limitsWeight: Bool { maxWeight < Int.max || maxXYWeight < Int.max }

  /// Whether `key` passes both weight rules.
  @inline(__always)
  func keepsWeight<Key: PackedPauli>(_ key: Key) -> Bool {
    key.weight <= maxWeight && key.xyWeight <= maxXYWeight
  }

  /// Whether a coefficient is kept by the |c| ≥ ε rule (exact zeros never are).
  @inline(__always)
  func keeps(_ coefficient: Double) -> Bool {
    let magnitude = abs(coefficient)
    return magnitude >= minAbsCoefficient && magnitude != 0
  }
}

/// Why a term was dropped.
enum DropReason: Int, Sendable, CaseIterable {
  case weight, frequency, coefficient, cap
}

/// What one shard (or the whole table) discarded: counts per rule and two norms.
struct DiscardLedger: Sendable, Equatable {
  var weight = 0
  var frequency = 0
  var coefficient = 0
  var cap = 0
  /// Σ c² over dropped terms.
  var squares = 0.0
  /// Σ |c| over dropped terms.
  var absolute = 0.0

  /// Counts a dropped term; exact zeros carry nothing and are not counted.
  @inline(__always)
  mutating func record(_ c: Double, _ reason: DropReason) {
    guard c != 0 else { return }
    switch reason {
    case .weight: weight &+= 1
    case .frequency: frequency &+= 1
    case .coefficient: coefficient &+= 1
    case .cap: cap &+= 1
    }
    squares += c * c
    absolute += abs(c)
  }

  mutating func add(_ other: DiscardLedger) {
    weight += other.weight
    frequency += other.frequency
    coefficient += other.coefficient
    cap += other.cap
    squares += other.squares
    absolute += other.absolute
  }
}
