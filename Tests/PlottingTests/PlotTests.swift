import Foundation
import Plotting
import Testing

/// Golden SVGs: set PLATEAU_UPDATE_GOLDEN=1 to rewrite them (then look at them and commit).
@Suite("Plots render to deterministic SVG")
struct PlotTests {
  static let goldenDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
    "Golden")

  func check(_ svg: String, golden name: String) throws {
    let url = Self.goldenDirectory.appendingPathComponent("\(name).svg")
    if ProcessInfo.processInfo.environment["PLATEAU_UPDATE_GOLDEN"] != nil {
      try svg.write(to: url, atomically: true, encoding: .utf8)
    }
    let expected = try String(contentsOf: url, encoding: .utf8)
    #expect(svg == expected, "\(name).svg differs from the golden file (PLATEAU_UPDATE_GOLDEN=1 rewrites it)")
  }

  @Test("a log-scale plot with error bars, a fitted line and a legend")
  func logPlotWithErrorBars() throws {
    var plot = Plot(title: "Gradient variance of hea, 1 layer", xLabel: "qubits n", yLabel: "Var[∂C/∂θ₀]")
    plot.yScale = .log
    let n: [Double] = [2, 4, 6, 8, 10]
    let v = n.map { 0.125 * Double.pow(0.375, $0 - 1) }
    plot.scatter(x: n, y: v.map { $0 * 1.05 }, errors: v.map { $0 * 0.1 }, label: "measured")
    plot.line(x: n, y: v, label: "(1/8)(3/8)^(n−1)")
    plot.horizontalLine(at: 1e-3, label: "shot-noise floor")
    try check(plot.svg(alt: "Variance falls exponentially with n"), golden: "log-errorbars")
  }

  @Test("a linear plot with a sampled function and points")
  func linearPlot() throws {
    var plot = Plot(title: "⟨Z⟩ after RY(θ)", xLabel: "θ", yLabel: "⟨Z⟩")
    plot.function({ Double.cos($0) }, over: 0...(2 * Double.pi), samples: 9, label: "cos θ")
    plot.lineWithPoints(x: [0, 1, 2, 3], y: [1, 0.54, -0.42, -0.99], label: "simulated")
    plot.legendPosition = .bottomLeft
    try check(plot.svg(), golden: "linear-function")
  }

  @Test(
    "ticks are round numbers and cover the data",
    arguments: [
      (0.0, 1.0), (-3.2, 7.9), (0.001, 0.0042), (120.0, 98000.0), (5.0, 5.0),
    ])
  func ticksCoverData(low: Double, high: Double) {
    var plot = Plot()
    plot.scatter(x: [0, 1], y: [low, high])
    let svg = plot.svg()
    #expect(svg.contains("<text class=\"muted\""))
    #expect(!svg.contains("nan") && !svg.contains("inf"))
  }

  @Test("values a log axis cannot show are left out, not drawn at infinity")
  func logAxisSkipsNonPositive() {
    var plot = Plot()
    plot.yScale = .log
    plot.lineWithPoints(x: [1, 2, 3, 4], y: [1e-3, 0, -1, 1e-1])
    let svg = plot.svg()
    #expect(svg.components(separatedBy: "<circle").count - 1 == 2)
    #expect(!svg.contains("nan") && !svg.contains("inf"))
  }

  @Test("text is escaped and the SVG is labelled for screen readers")
  func escapingAndAccessibility() {
    var plot = Plot(title: "a < b & \"c\"")
    plot.line(x: [0, 1], y: [0, 1], label: "<x>")
    let svg = plot.svg(alt: "alt & text")
    #expect(svg.contains("a &lt; b &amp; &quot;c&quot;"))
    #expect(svg.contains("role=\"img\" aria-label=\"alt &amp; text\""))
    #expect(svg.contains("<title>alt &amp; text</title>"))
    #expect(svg.contains("&lt;x&gt;"))
  }
}
