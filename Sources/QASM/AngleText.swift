// Angles as text that reads back as the identical Double.

enum AngleText {
  /// Denominators tried for `k*pi/m` forms.
  private static let denominators: [Double] = [1, 2, 3, 4, 6, 8, 12, 16]

  /// The angle as OpenQASM text, or `nil` when it is not finite.
  ///
  /// Multiples `k*pi/m` (|k| ≤ 16) are written symbolically when the reader's evaluation of
  /// that text gives exactly this Double; other values use Swift's shortest round-trip
  /// decimal, with `.0` added before an exponent (`1.0e-05`) as OpenQASM 2 reals need a point.
  static func format(_ value: Double) -> String? {
    guard value.isFinite else { return nil }
    if let symbolic = piFraction(value) { return symbolic }
    var text = value.description
    if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }), !text[..<e].contains(".") {
      text.insert(contentsOf: ".0", at: e)
    }
    return text
  }

  /// `pi`, `-pi/2`, `3*pi/4`, … when the reader computes exactly `value` from it.
  ///
  /// The reader evaluates `-3*pi/4` as ((−3)·π)/4; negation is exact, so it equals
  /// −((3·π)/4), which is what is compared here.
  private static func piFraction(_ value: Double) -> String? {
    guard value != 0 else { return nil }
    let magnitude = abs(value)
    let sign = value < 0 ? "-" : ""
    for m in denominators {
      for k in 1...16 {
        let numerator = k == 1 ? Double.pi : Double(k) * .pi
        guard numerator / m == magnitude else { continue }
        let head = k == 1 ? "pi" : "\(k)*pi"
        return sign + (m == 1 ? head : "\(head)/\(Int(m))")
      }
    }
    return nil
  }
}
