/// Accumulates SVG elements with deterministic formatting.
struct SVGWriter {
  let width: Double
  let height: Double
  private(set) var text = ""
  private var clipCount = 0

  init(width: Double, height: Double) {
    self.width = width
    self.height = height
  }

  private static func n(_ v: Double) -> String { SVGText.number(v) }

  mutating func open(description: String) {
    let d = SVGText.escape(description)
    text +=
      "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"plateau-plot\" viewBox=\"0 0 \(Self.n(width)) \(Self.n(height))\""
    text += " width=\"\(Self.n(width))\" height=\"\(Self.n(height))\" role=\"img\" aria-label=\"\(d)\">\n"
    text += "<title>\(d)</title>\n<style>\(PlotStyle.stylesheet)</style>\n"
  }

  mutating func close() { text += "</svg>\n" }

  mutating func line(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, cssClass: String) {
    text +=
      "<line class=\"\(cssClass)\" x1=\"\(Self.n(x1))\" y1=\"\(Self.n(y1))\" x2=\"\(Self.n(x2))\" y2=\"\(Self.n(y2))\"/>\n"
  }

  mutating func line(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, stroke: String, dash: String) {
    text += "<line x1=\"\(Self.n(x1))\" y1=\"\(Self.n(y1))\" x2=\"\(Self.n(x2))\" y2=\"\(Self.n(y2))\""
    text += " stroke=\"\(stroke)\" stroke-width=\"2\"\(dash.isEmpty ? "" : " stroke-dasharray=\"\(dash)\"")/>\n"
  }

  mutating func rect(_ x: Double, _ y: Double, _ w: Double, _ h: Double, cssClass: String) {
    text +=
      "<rect class=\"\(cssClass)\" x=\"\(Self.n(x))\" y=\"\(Self.n(y))\" width=\"\(Self.n(w))\" height=\"\(Self.n(h))\"/>\n"
  }

  mutating func text(_ s: String, x: Double, y: Double, anchor: String, cssClass: String? = nil) {
    let c = cssClass.map { " class=\"\($0)\"" } ?? ""
    text += "<text\(c) x=\"\(Self.n(x))\" y=\"\(Self.n(y))\" text-anchor=\"\(anchor)\">\(SVGText.escape(s))</text>\n"
  }

  mutating func verticalText(_ s: String, x: Double, y: Double) {
    text +=
      "<text x=\"\(Self.n(x))\" y=\"\(Self.n(y))\" text-anchor=\"middle\" transform=\"rotate(-90 \(Self.n(x)) \(Self.n(y)))\">"
    text += "\(SVGText.escape(s))</text>\n"
  }

  mutating func tickLabel(_ label: Axis.TickLabel, x: Double, y: Double, anchor: String) {
    switch label {
    case .text(let s):
      text +=
        "<text class=\"muted\" x=\"\(Self.n(x))\" y=\"\(Self.n(y))\" text-anchor=\"\(anchor)\">\(SVGText.escape(s))</text>\n"
    case .powerOfTen(let e):
      let body: String
      switch e {
      case 0: body = "1"
      case 1: body = "10"
      default: body = "10<tspan dy=\"-6\" font-size=\"10\">\(e < 0 ? "−" : "")\(abs(e))</tspan>"
      }
      text += "<text class=\"muted\" x=\"\(Self.n(x))\" y=\"\(Self.n(y))\" text-anchor=\"\(anchor)\">\(body)</text>\n"
    }
  }

  mutating func beginClip(_ x: Double, _ y: Double, _ w: Double, _ h: Double) {
    clipCount += 1
    let id = "clip\(clipCount)"
    text +=
      "<clipPath id=\"\(id)\"><rect x=\"\(Self.n(x))\" y=\"\(Self.n(y))\" width=\"\(Self.n(w))\" height=\"\(Self.n(h))\"/></clipPath>\n"
    text += "<g clip-path=\"url(#\(id))\">\n"
  }

  mutating func endClip() { text += "</g>\n" }

  /// A polyline; nil points break it into separate pieces.
  mutating func polyline(_ points: [(Double, Double)?], stroke: String, dash: String) {
    var pieces: [[(Double, Double)]] = [[]]
    for p in points {
      if let p { pieces[pieces.count - 1].append(p) } else if !pieces[pieces.count - 1].isEmpty { pieces.append([]) }
    }
    for piece in pieces where piece.count >= 2 {
      let coordinates = piece.map { "\(Self.n($0.0)),\(Self.n($0.1))" }.joined(separator: " ")
      text += "<polyline fill=\"none\" stroke=\"\(stroke)\" stroke-width=\"2\" stroke-linejoin=\"round\""
      text += "\(dash.isEmpty ? "" : " stroke-dasharray=\"\(dash)\"") points=\"\(coordinates)\"/>\n"
    }
  }

  mutating func errorBar(x: Double, low: Double, high: Double, stroke: String) {
    let cap = 4.0
    text +=
      "<path fill=\"none\" stroke=\"\(stroke)\" stroke-width=\"1.5\" d=\"M\(Self.n(x)) \(Self.n(low))V\(Self.n(high))"
    text +=
      "M\(Self.n(x - cap)) \(Self.n(low))H\(Self.n(x + cap))M\(Self.n(x - cap)) \(Self.n(high))H\(Self.n(x + cap))\"/>\n"
  }

  mutating func marker(_ shape: String, x: Double, y: Double, color: String) {
    let r = 4.0
    let (cx, cy) = (Self.n(x), Self.n(y))
    switch shape {
    case "circle":
      text += "<circle cx=\"\(cx)\" cy=\"\(cy)\" r=\"\(Self.n(r))\" fill=\"\(color)\"/>\n"
    case "square":
      text +=
        "<rect x=\"\(Self.n(x - r))\" y=\"\(Self.n(y - r))\" width=\"\(Self.n(2 * r))\" height=\"\(Self.n(2 * r))\" fill=\"\(color)\"/>\n"
    case "triangle", "nabla":
      let s = shape == "triangle" ? 1.0 : -1.0
      text +=
        "<path fill=\"\(color)\" d=\"M\(cx) \(Self.n(y - s * r * 1.2))L\(Self.n(x + r * 1.1)) \(Self.n(y + s * r * 0.8))"
      text += "L\(Self.n(x - r * 1.1)) \(Self.n(y + s * r * 0.8))Z\"/>\n"
    case "diamond":
      text +=
        "<path fill=\"\(color)\" d=\"M\(cx) \(Self.n(y - r * 1.3))L\(Self.n(x + r * 1.3)) \(cy)L\(cx) \(Self.n(y + r * 1.3))"
      text += "L\(Self.n(x - r * 1.3)) \(cy)Z\"/>\n"
    default:
      text +=
        "<path fill=\"none\" stroke=\"\(color)\" stroke-width=\"2\" d=\"M\(Self.n(x - r)) \(Self.n(y - r))L\(Self.n(x + r)) "
      text += "\(Self.n(y + r))M\(Self.n(x - r)) \(Self.n(y + r))L\(Self.n(x + r)) \(Self.n(y - r))\"/>\n"
    }
  }
}
