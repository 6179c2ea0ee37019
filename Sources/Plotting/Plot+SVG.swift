extension Plot {
  /// The plot as a standalone SVG document (also valid inline in HTML).
  ///
  /// - Parameter alt: the text alternative (SVG `<title>` and `aria-label`); defaults to the
  ///   plot's title.
  /// - Complexity: O(total number of points).
  public func svg(alt: String? = nil) -> String {
    var out = SVGWriter(width: width, height: height)
    let description = alt ?? title ?? "plot"
    out.open(description: description)
    let layout = Layout(plot: self)
    layout.drawAxes(&out, plot: self)
    for (k, s) in series.enumerated() { layout.draw(s, index: k, into: &out) }
    layout.drawLegend(&out, series: series, position: legendPosition)
    out.close()
    return out.text
  }
}

/// Where things go: margins, the plotting rectangle, and the two axes.
///
/// Data map into the frame inset by `inset` pixels, so points on the axis limits stay whole.
struct Layout {
  let left: Double, top: Double, right: Double, bottom: Double
  let x: Axis, y: Axis
  let inset = 8.0

  /// Frame coordinate of a transformed x value.
  func fx(_ t: Double) -> Double { left + inset + (t - x.lower) / (x.upper - x.lower) * (right - left - 2 * inset) }
  /// Frame coordinate of a transformed y value.
  func fy(_ t: Double) -> Double { bottom - inset - (t - y.lower) / (y.upper - y.lower) * (bottom - top - 2 * inset) }

  init(plot: Plot) {
    var xs: [Double] = []
    var ys: [Double] = []
    for s in plot.series {
      xs += s.x
      ys += s.y
      if let e = s.errors {
        for (v, d) in zip(s.y, e) where d.isFinite {
          ys.append(v - abs(d))
          ys.append(v + abs(d))
        }
      }
    }
    x = Axis(values: xs, scale: plot.xScale, fixed: plot.xRange)
    y = Axis(values: ys, scale: plot.yScale, fixed: plot.yRange)
    left = 68
    right = plot.width - 18
    top = plot.title == nil ? 16 : 40
    bottom = plot.height - (plot.xLabel == nil ? 34 : 52)
  }

  func px(_ v: Double) -> Double? { x.transform(v).map(fx) }

  func py(_ v: Double) -> Double? { y.transform(v).map(fy) }

  func inside(_ px: Double, _ py: Double) -> Bool {
    px >= left - 0.5 && px <= right + 0.5 && py >= top - 0.5 && py <= bottom + 0.5
  }

  func drawAxes(_ out: inout SVGWriter, plot: Plot) {
    for t in x.ticks {
      let p = fx(t.value)
      out.line(p, top, p, bottom, cssClass: "grid")
      out.tickLabel(t.label, x: p, y: bottom + 18, anchor: "middle")
    }
    for t in x.minorTicks {
      let p = fx(t)
      out.line(p, bottom, p, bottom - 4, cssClass: "frame")
    }
    for t in y.ticks {
      let p = fy(t.value)
      out.line(left, p, right, p, cssClass: "grid")
      out.tickLabel(t.label, x: left - 8, y: p + 4, anchor: "end")
    }
    for t in y.minorTicks {
      let p = fy(t)
      out.line(left, p, left + 4, p, cssClass: "frame")
    }
    out.rect(left, top, right - left, bottom - top, cssClass: "frame")
    if let title = plot.title { out.text(title, x: (left + right) / 2, y: 24, anchor: "middle", cssClass: "title") }
    if let label = plot.xLabel { out.text(label, x: (left + right) / 2, y: plot.height - 12, anchor: "middle") }
    if let label = plot.yLabel { out.verticalText(label, x: 16, y: (top + bottom) / 2) }
  }

  func draw(_ s: Series, index k: Int, into out: inout SVGWriter) {
    let color = PlotStyle.color(k)
    if s.kind == .horizontalLine {
      if let p = py(s.y[0]), p >= top, p <= bottom {
        out.line(left, p, right, p, stroke: color, dash: PlotStyle.dashes[(k + 1) % PlotStyle.dashes.count])
      }
      return
    }
    let points: [(Double, Double)?] = zip(s.x, s.y).map { xv, yv in
      guard let a = px(xv), let b = py(yv) else { return nil }
      return (a, b)
    }
    out.beginClip(left, top, right - left, bottom - top)
    if s.kind == .line || s.kind == .lineWithPoints {
      out.polyline(points, stroke: color, dash: PlotStyle.dashes[k % PlotStyle.dashes.count])
    }
    if let errors = s.errors {
      for (i, e) in errors.enumerated() where e.isFinite && e != 0 {
        guard let a = px(s.x[i]), let lo = py(s.y[i] - abs(e)) ?? (y.scale == .log ? bottom : nil),
          let hi = py(s.y[i] + abs(e))
        else { continue }
        out.errorBar(x: a, low: min(lo, bottom), high: max(hi, top), stroke: color)
      }
    }
    out.endClip()
    if s.kind == .scatter || s.kind == .lineWithPoints {
      for case let (a, b)? in points where inside(a, b) {
        out.marker(PlotStyle.markers[k % PlotStyle.markers.count], x: a, y: b, color: color)
      }
    }
  }

  func drawLegend(_ out: inout SVGWriter, series: [Series], position: Plot.LegendPosition) {
    let labelled = series.enumerated().filter { $0.element.label != nil }
    guard !labelled.isEmpty, position != .none else { return }
    let rowHeight = 18.0
    let longest = labelled.map { $0.element.label!.count }.max() ?? 0
    let w = 40 + 7.2 * Double(longest), h = rowHeight * Double(labelled.count) + 8
    let x0 = position == .topLeft || position == .bottomLeft ? left + 8 : right - 8 - w
    let y0 = position == .topLeft || position == .topRight ? top + 8 : bottom - 8 - h
    out.rect(x0, y0, w, h, cssClass: "legend")
    for (row, (k, s)) in labelled.enumerated() {
      let cy = y0 + 4 + rowHeight * (Double(row) + 0.5)
      let color = PlotStyle.color(k)
      if s.kind != .scatter {
        let dash =
          s.kind == .horizontalLine
          ? PlotStyle.dashes[(k + 1) % PlotStyle.dashes.count] : PlotStyle.dashes[k % PlotStyle.dashes.count]
        out.line(x0 + 6, cy, x0 + 28, cy, stroke: color, dash: dash)
      }
      if s.kind == .scatter || s.kind == .lineWithPoints {
        out.marker(PlotStyle.markers[k % PlotStyle.markers.count], x: x0 + 17, y: cy, color: color)
      }
      out.text(s.label!, x: x0 + 34, y: cy + 4, anchor: "start")
    }
  }
}
