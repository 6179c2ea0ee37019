import RealModule

/// The ticks and the mapping of one axis, computed from the data and the scale.
struct Axis {
  let scale: Plot.Scale
  /// The visible range in transformed units (log10 of the value for a log axis).
  let lower: Double
  let upper: Double
  /// Major ticks: value and label.
  let ticks: [(value: Double, label: TickLabel)]
  /// Minor ticks (log axes: 2…9 × 10^k when few decades are shown).
  let minorTicks: [Double]

  /// A tick label: plain text, or a power of ten written as 10 with a superscript.
  enum TickLabel: Equatable {
    case text(String)
    case powerOfTen(Int)
  }

  /// The transformed coordinate of a value (nil when a log axis cannot show it).
  func transform(_ v: Double) -> Double? {
    switch scale {
    case .linear: return v.isFinite ? v : nil
    case .log: return v > 0 && v.isFinite ? Double.log10(v) : nil
    }
  }

  /// An axis covering `values` (or `fixed`), with rounded limits and 4–8 major ticks.
  init(values: [Double], scale: Plot.Scale, fixed: ClosedRange<Double>?) {
    self.scale = scale
    let usable: [Double] = values.filter { scale == .linear ? $0.isFinite : ($0 > 0 && $0.isFinite) }
    switch scale {
    case .linear:
      var lo = fixed?.lowerBound ?? usable.min() ?? 0
      var hi = fixed?.upperBound ?? usable.max() ?? 1
      if lo == hi {
        let pad = lo == 0 ? 1 : abs(lo) * 0.1
        lo -= pad
        hi += pad
      }
      let step = Axis.niceStep((hi - lo) / 5)
      if fixed == nil {
        lo = (lo / step).rounded(.down) * step
        hi = (hi / step).rounded(.up) * step
      }
      lower = lo
      upper = hi
      var ticks: [(Double, TickLabel)] = []
      var k = (lo / step).rounded(.up)
      while k * step <= hi + step * 1e-9 {
        let v = abs(k * step) < step * 1e-9 ? 0 : k * step
        ticks.append((v, .text(Axis.format(v, step: step))))
        k += 1
      }
      self.ticks = ticks
      minorTicks = []
    case .log:
      var lo =
        fixed.map { Double.log10(max($0.lowerBound, .leastNormalMagnitude)) }
        ?? usable.map { Double.log10($0) }.min() ?? 0
      var hi =
        fixed.map { Double.log10(max($0.upperBound, .leastNormalMagnitude)) }
        ?? usable.map { Double.log10($0) }.max() ?? 1
      if fixed == nil {
        lo = lo.rounded(.down)
        hi = hi.rounded(.up)
      }
      if lo == hi {
        lo -= 1
        hi += 1
      }
      lower = lo
      upper = hi
      let decades = Int((hi - lo).rounded(.up))
      let every = max(1, (decades + 7) / 8)
      var ticks: [(Double, TickLabel)] = []
      var minor: [Double] = []
      var e = Int(lo.rounded(.up))
      while Double(e) <= hi + 1e-9 {
        if (e - Int(lo.rounded(.up))) % every == 0 { ticks.append((Double(e), .powerOfTen(e))) }
        e += 1
      }
      if decades <= 4 {
        var d = Int(lo.rounded(.down))
        while Double(d) < hi {
          for m in 2...9 {
            let t = Double(d) + Double.log10(Double(m))
            if t > lo && t < hi { minor.append(t) }
          }
          d += 1
        }
      }
      self.ticks = ticks
      minorTicks = minor
    }
  }

  /// The "nice" step (1, 2 or 5 × 10^k) closest above `raw`.
  static func niceStep(_ raw: Double) -> Double {
    guard raw > 0, raw.isFinite else { return 1 }
    let exponent = Double.log10(raw).rounded(.down)
    let base = Double.pow(10, exponent)
    let fraction = raw / base
    let nice: Double = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10
    return nice * base
  }

  /// A tick value with as many decimals as the step needs (scientific when extreme).
  static func format(_ v: Double, step: Double) -> String {
    if v == 0 { return "0" }
    let magnitude = abs(v)
    if magnitude >= 1e5 || step < 1e-4 {
      let e = Int(Double.log10(magnitude).rounded(.down))
      let mantissa = v / Double.pow(10, Double(e))
      return SVGText.number(mantissa, decimals: 2) + "e" + String(e)
    }
    let decimals = max(0, Int((-Double.log10(step)).rounded(.up)))
    return SVGText.number(v, decimals: decimals)
  }
}
