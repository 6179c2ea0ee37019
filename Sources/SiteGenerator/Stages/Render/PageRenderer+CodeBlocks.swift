/// Code blocks, their outputs and figures, and pipe tables as HTML.
extension PageRenderer {
  /// Fence languages → highlight.js language classes.
  ///
  /// `sh` → `bash`, `openqasm` → `qasm`; no language or `text` → `plaintext` (not
  /// highlighted). An ```output fence is not code:
  /// it renders as the output box of the block above it.
  static func highlightLanguage(_ language: String) -> String {
    switch language.lowercased() {
    case "swift": return "swift"
    case "sh", "bash", "zsh", "shell": return "bash"
    case "console", "shell-session": return "shell"
    case "qasm", "openqasm", "qasm2": return "qasm"
    case "", "text", "txt", "plain": return "plaintext"
    default: return language.lowercased()
    }
  }

  mutating func codeBlock(_ code: String, info: String, line: Int) -> String {
    let words = info.split(separator: " ").map(String.init)
    let language = words.first ?? ""
    if language == "output" {
      // A literate example's expected output, written after its ```swift block.
      return
        "<div class=\"code-output code-output-fence\" role=\"group\" aria-label=\"Output\"><pre><samp>\(HTML.escape(code))</samp></pre></div>\n"
    }
    let hl = Self.highlightLanguage(language)
    var attributes = "class=\"code-block\" data-lang=\"\(HTML.escape(hl))\""
    var output: CodeBlockOutput?
    if language == "swift" {
      output = outputs[swiftIndex]
      attributes += " data-swift-block=\"\(swiftIndex)\""
      if words.count > 1 { attributes += " data-flags=\"\(HTML.escape(words.dropFirst().joined(separator: " ")))\"" }
      swiftIndex += 1
    }
    var html =
      "<div \(attributes)>\n<pre><code class=\"language-\(HTML.escape(hl))\">\(HTML.escape(code))</code></pre>\n"
    if let text = output?.text, !text.isEmpty {
      html +=
        "<div class=\"code-output\" role=\"group\" aria-label=\"Output\"><pre><samp>\(HTML.escape(text))</samp></pre></div>\n"
    }
    for (k, figure) in (output?.figures ?? []).enumerated() {
      html += self.figure(figure, number: k + 1, line: line)
    }
    return html + "</div>\n"
  }

  /// An inline SVG figure: `role="img"`, the alt text as `aria-label` and `<title>`.
  mutating func figure(_ figure: Figure, number: Int, line: Int) -> String {
    let alt = String(figure.altText.trimmingCharacters(in: " \t\n"))
    if alt.isEmpty {
      log.error(sourcePath, line, "figure \(number) of the swift block here has no alt text; every figure needs one")
    }
    var svg = Substring(figure.svg.trimmingCharacters(in: " \t\n"))
    if svg.hasPrefix("<?xml"), let end = svg.firstRange(of: "?>") {
      svg = svg[end.upperBound...].trimmingCharacters(in: " \t\n")
    }
    guard svg.hasPrefix("<svg"), svg.hasSuffix("</svg>"), let tagEnd = svg.firstIndex(of: ">") else {
      log.error(sourcePath, line, "figure \(number) of the swift block here is not an <svg>…</svg> document")
      return ""
    }
    var openTag = String(svg[..<tagEnd])
    if !openTag.contains("role=") { openTag += " role=\"img\"" }
    if !openTag.contains("aria-label=") { openTag += " aria-label=\"\(HTML.escape(alt))\"" }
    let inner = svg[svg.index(after: tagEnd)...]
    let caption = figure.caption.map { "<figcaption>\(HTML.escape($0))</figcaption>" } ?? ""
    return "<figure class=\"example-figure\">\(openTag)><title>\(HTML.escape(alt))</title>\(inner)\(caption)</figure>\n"
  }

  mutating func renderTable(_ table: PipeTable, _ prepared: PreparedMarkdown) -> String {
    func cell(_ tag: String, _ text: String, _ column: Int, line: Int) -> String {
      let alignment = column < table.alignments.count ? table.alignments[column] : .none
      let cls = alignment == .none ? "" : " class=\"align-\(alignment.rawValue)\""
      let fragment = PreparedMarkdown(text: text, firstLine: line, math: prepared.math)
      return "<\(tag)\(cls)>\(renderInline(fragment))</\(tag)>"
    }
    var html = "<div class=\"table-wrap\"><table>\n<thead>\n<tr>"
    html += table.header.enumerated().map { cell("th", $1, $0, line: table.line) }.joined()
    html += "</tr>\n</thead>\n"
    if !table.rows.isEmpty {
      html += "<tbody>\n"
      for (r, row) in table.rows.enumerated() {
        html += "<tr>" + row.enumerated().map { cell("td", $1, $0, line: table.line + 2 + r) }.joined() + "</tr>\n"
      }
      html += "</tbody>\n"
    }
    return html + "</table></div>\n"
  }
}
