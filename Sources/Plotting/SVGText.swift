/// Deterministic number and text formatting for SVG output (golden-file tests compare bytes).
enum SVGText {
  /// `v` rounded to `decimals` places, without trailing zeros ("1.5", "2", "-0.25").
  static func number(_ v: Double, decimals: Int = 2) -> String {
    guard v.isFinite else { return "0" }
    var scale = 1.0
    for _ in 0..<decimals { scale *= 10 }
    let rounded = (v * scale).rounded() / scale
    if rounded == 0 { return "0" }
    let negative = rounded < 0
    let units = Int64((abs(rounded) * scale).rounded())
    let whole = units / Int64(scale)
    var fraction = String(units % Int64(scale))
    while fraction.count < decimals { fraction = "0" + fraction }
    while fraction.hasSuffix("0") { fraction.removeLast() }
    return (negative ? "-" : "") + String(whole) + (fraction.isEmpty ? "" : "." + fraction)
  }

  /// Escapes text for XML content and attribute values.
  static func escape(_ s: String) -> String {
    var out = ""
    for c in s {
      switch c {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      default: out.append(c)
      }
    }
    return out
  }
}
