/// The one place where the grader decides that two numbers agree.
///
/// Deterministic checks compare with ``amplitude``: the learner's loop and the grader's
/// reference do the same few double-precision operations per amplitude in a different order,
/// so they agree to about 1e-15; 1e-9 leaves room for any sensible order without accepting a
/// wrong formula (a wrong amplitude is off by far more). Statistical checks use the standard
/// error of what they measure instead (``binomialStandardError(shots:probability:)``).
public enum Tolerance {
  /// The tolerance for amplitudes and probabilities computed by two different loops.
  public static let amplitude = 1e-9

  /// Whether `actual` is within `tolerance` × max(1, |expected|) of `expected` (NaN never is).
  ///
  /// ```swift
  /// Tolerance.agrees(0.5000000001, 0.5)   // true
  /// ```
  public static func agrees(_ actual: Double, _ expected: Double, tolerance: Double = amplitude) -> Bool {
    abs(actual - expected) <= tolerance * max(1, abs(expected))
  }

  /// The standard error of the number of times an outcome of probability `probability` comes
  /// up in `shots` independent draws: √(shots·p·(1 − p)) (binomial).
  ///
  /// A statistical check accepts a count within `k` standard errors of `shots·p`; for a
  /// correct sampler each comparison fails with probability about erfc(k/√2), so k = 5 gives
  /// about 6·10⁻⁷ per comparison (the normal approximation, good for shots·p(1−p) ≳ 10).
  /// A floor of 1 count keeps outcomes of probability 0 or 1 exact but not brittle.
  public static func binomialStandardError(shots: Int, probability p: Double) -> Double {
    max(1, (Double(shots) * p * (1 - p)).squareRoot())
  }
}
