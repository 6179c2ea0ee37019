/// A two-dimensional plot that renders to a self-contained SVG: lines, scatter points, error
/// bars, linear or logarithmic axes, a legend, a title and axis labels.
///
/// Plots follow the course site's look: text uses the page's font, colours come from CSS
/// variables with light and dark fallbacks, and series differ by marker shape and dash
/// pattern as well as colour, so a printed page stays readable in grey.
///
/// ```swift
/// var plot = Plot(title: "Gradient variance", xLabel: "qubits n", yLabel: "Var[∂C]")
/// plot.yScale = .log
/// plot.scatter(x: [2, 4, 6], y: [0.1, 0.02, 0.004], errors: [0.01, 0.002, 0.0004], label: "measured")
/// plot.line(x: [2, 4, 6], y: [0.11, 0.019, 0.0035], label: "(1/8)(3/8)^(n−1)")
/// let svg = plot.svg()
/// ```
///
/// - Complexity: rendering is O(total number of points).
public struct Plot: Sendable {
  /// Axis scales.
  public enum Scale: Sendable, Hashable {
    /// Equal distances for equal differences.
    case linear
    /// Equal distances for equal ratios (base 10); values ≤ 0 are left out.
    case log
  }

  /// Where the legend sits inside the plotting area.
  public enum LegendPosition: Sendable, Hashable {
    case topRight, topLeft, bottomRight, bottomLeft, none
  }

  /// The title above the plot.
  public var title: String?
  /// The label under the x axis.
  public var xLabel: String?
  /// The label beside the y axis.
  public var yLabel: String?
  /// The x axis scale.
  public var xScale: Scale = .linear
  /// The y axis scale.
  public var yScale: Scale = .linear
  /// The x range shown; `nil` fits the data.
  public var xRange: ClosedRange<Double>?
  /// The y range shown; `nil` fits the data.
  public var yRange: ClosedRange<Double>?
  /// Width of the SVG in CSS pixels (it scales with the page).
  public var width: Double = 640
  /// Height of the SVG in CSS pixels.
  public var height: Double = 400
  /// Where the legend goes (only series with a label appear in it).
  public var legendPosition: LegendPosition = .topRight
  /// The series, drawn in order.
  public private(set) var series: [Series] = []

  /// An empty plot.
  public init(title: String? = nil, xLabel: String? = nil, yLabel: String? = nil) {
    self.title = title
    self.xLabel = xLabel
    self.yLabel = yLabel
  }

  /// Adds a line through the points (x[i], y[i]) in order; non-finite points break the line.
  /// - Precondition: `x` and `y` have the same length.
  public mutating func line(x: [Double], y: [Double], label: String? = nil) {
    add(Series(kind: .line, x: x, y: y, errors: nil, label: label))
  }

  /// Adds points, optionally with symmetric error bars ±errors[i].
  /// - Precondition: `x`, `y` (and `errors`) have the same length.
  public mutating func scatter(x: [Double], y: [Double], errors: [Double]? = nil, label: String? = nil) {
    add(Series(kind: .scatter, x: x, y: y, errors: errors, label: label))
  }

  /// Adds points joined by a line, optionally with error bars.
  public mutating func lineWithPoints(x: [Double], y: [Double], errors: [Double]? = nil, label: String? = nil) {
    add(Series(kind: .lineWithPoints, x: x, y: y, errors: errors, label: label))
  }

  /// Adds the graph of `f` sampled at `samples` points over `domain` (evenly on the x scale).
  public mutating func function(
    _ f: (Double) -> Double, over domain: ClosedRange<Double>, samples: Int = 200, label: String? = nil
  ) {
    precondition(samples >= 2, "a function needs at least two samples")
    let xs = (0..<samples).map { k -> Double in
      let t = Double(k) / Double(samples - 1)
      switch xScale {
      case .linear: return domain.lowerBound + t * (domain.upperBound - domain.lowerBound)
      case .log:
        let (a, b) = (Double.log10(domain.lowerBound), Double.log10(domain.upperBound))
        return Double.pow(10, a + t * (b - a))
      }
    }
    line(x: xs, y: xs.map(f), label: label)
  }

  /// Adds a horizontal reference line at `y` across the plot.
  public mutating func horizontalLine(at y: Double, label: String? = nil) {
    add(Series(kind: .horizontalLine, x: [], y: [y], errors: nil, label: label))
  }

  private mutating func add(_ s: Series) {
    precondition(
      s.kind == .horizontalLine || s.x.count == s.y.count,
      "x has \(s.x.count) values but y has \(s.y.count)")
    precondition(
      s.errors == nil || s.errors!.count == s.y.count,
      "errors has \(s.errors!.count) values but y has \(s.y.count)")
    series.append(s)
  }
}

/// One data series of a ``Plot``.
public struct Series: Sendable, Hashable {
  /// How a series is drawn.
  public enum Kind: Sendable, Hashable { case line, scatter, lineWithPoints, horizontalLine }
  public var kind: Kind
  public var x: [Double]
  public var y: [Double]
  public var errors: [Double]?
  public var label: String?
}
