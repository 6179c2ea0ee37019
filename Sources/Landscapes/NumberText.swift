import Foundation

/// Numbers as short, fixed-width text for the tables that lessons and reports print.
///
/// Lesson examples import no Foundation, so they cannot call `String(format:)`; these two
/// functions are the formats the lessons need, with C's rounding (`printf`).
///
/// ```swift
/// NumberText.scientific(0.000123456)        // "1.23e-04"
/// NumberText.scientific(-2.5, digits: 2)    // "-2.5e+00"
/// NumberText.fixed(3.14159, decimals: 3)    // "3.142"
/// ```
public enum NumberText {
  /// `x` in scientific notation with `digits` significant digits (C's `%.{digits−1}e`).
  /// - Precondition: `digits` is between 1 and 17.
  public static func scientific(_ x: Double, digits: Int = 3) -> String {
    precondition((1...17).contains(digits), "digits must be between 1 and 17, got \(digits)")
    return String(format: "%.\(digits - 1)e", x)
  }

  /// `x` with `decimals` digits after the decimal point (C's `%.{decimals}f`).
  /// - Precondition: `decimals` is between 0 and 17.
  public static func fixed(_ x: Double, decimals: Int) -> String {
    precondition((0...17).contains(decimals), "decimals must be between 0 and 17, got \(decimals)")
    return String(format: "%.\(decimals)f", x)
  }
}
