/// How to differentiate an expectation value with respect to circuit parameters.
public enum GradientMethod: String, CaseIterable, Sendable, CustomStringConvertible {
  /// Adjoint differentiation (reverse mode on the state): one forward pass and one backward
  /// pass with two extra states, whatever the number of parameters. Exact.
  case adjoint
  /// The parameter-shift rule: two (or four, for controlled rotations) circuit evaluations
  /// per gate angle. Exact; what hardware can do.
  case parameterShift = "parameter-shift"
  /// Fourth-order central finite differences, step 10⁻³ (error ~10⁻¹²). For checking.
  case finiteDifference = "finite-difference"

  public var description: String { rawValue }
}
