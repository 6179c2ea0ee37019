/// Stage 3, render: prepared Markdown → HTML through cmark, plus what later stages need.
///
/// cmark parses the prepared text; the renderer then edits the tree before cmark renders it:
/// - headings get ids (`{#id}` or a slug) and an anchor link; a level-1 heading is an error
///   (the title comes from front matter);
/// - fenced code becomes a highlighted block with the language class highlight.js reads,
///   and, for ```swift blocks, the output and figures the `CodeBlockOutputs` hook supplied;
/// - a paragraph holding only a table or display-math placeholder becomes that table/block;
/// - link and image destinations that point into the course are rewritten from source paths
///   to site paths (`../02-x/lesson.md#y` → `../02-x/index.html#y`), recorded for the
///   check stage; `cite:` and `glossary:` links point at the references and glossary pages;
/// - images need alt text; raw HTML is an error unless the page sets `allowRawHTML: true`.
/// Math placeholders are restored last as `<span class="math math-inline">TeX</span>`.
struct PageRenderer {
  var sourcePath: String
  var outputPath: String
  var allowRawHTML: Bool
  /// Output of the page's ```swift blocks, by their index on the page.
  var outputs: [Int: CodeBlockOutput] = [:]

  var log = DiagnosticLog()
  private var slugger: Slugger
  var page = RenderedPage(body: "")
  var swiftIndex = 0

  /// Ids the page layout uses itself; headings never get them.
  static let reservedAnchors: Set<String> = [
    "content", "top", "page-title", "objectives", "prerequisites", "exercises", "papers", "grading", "progress",
    "search", "sidebar", "toc",
  ]

  init(sourcePath: String, outputPath: String, allowRawHTML: Bool, outputs: [Int: CodeBlockOutput] = [:]) {
    self.sourcePath = sourcePath
    self.outputPath = outputPath
    self.allowRawHTML = allowRawHTML
    self.outputs = outputs
    self.slugger = Slugger(reserved: Self.reservedAnchors)
  }

  /// Renders a page body; the result carries the diagnostics too.
  mutating func render(_ prepared: PreparedMarkdown) -> RenderedPage {
    page.sections = [SearchSection(anchor: "", title: "", text: "")]
    let doc = CmarkDocument(markdown: prepared.text, unsafe: allowRawHTML)
    transform(doc, prepared, trackSections: true)
    page.body = restore(doc.html(unsafe: allowRawHTML), prepared.math)
    page.sections = page.sections.map { section in
      var s = section
      s.text = collapseSpaces(Placeholder.restore(section.text) { _, _ in " " })
      return s
    }.filter { !$0.text.isEmpty || !$0.anchor.isEmpty }
    page.diagnostics = log.diagnostics
    return page
  }

  /// The page's result so far (links, citations found by `renderInline`).
  var partial: RenderedPage {
    var p = page
    p.diagnostics = log.diagnostics
    return p
  }

  /// Renders inline Markdown (a table cell, a front-matter string) without the `<p>` wrapper.
  mutating func renderInline(_ prepared: PreparedMarkdown) -> String {
    let doc = CmarkDocument(markdown: prepared.text, unsafe: allowRawHTML)
    transform(doc, prepared, trackSections: false)
    var html = doc.html(unsafe: allowRawHTML)
    if html.hasPrefix("<p>") && html.hasSuffix("</p>\n") && html.components("<p>") == 1 {
      html = String(html.dropFirst(3).dropLast(5))
    }
    return restore(html.hasSuffix("\n") ? String(html.dropLast()) : html, prepared.math)
  }

  // MARK: - The tree walk

  private mutating func transform(_ doc: CmarkDocument, _ prepared: PreparedMarkdown, trackSections: Bool) {
    let offset = prepared.firstLine - 1
    var headings: [CmarkDocument.Node] = []
    for node in doc.nodes() {
      let line = doc.startLine(node) + offset
      let kind = doc.kind(node)
      if trackSections, [.paragraph, .item, .codeBlock, .blockQuote, .heading].contains(kind) { appendSearchText(" ") }
      switch kind {
      case .heading:
        headings.append(node)
        heading(node, in: doc, prepared, line: line, trackSections: trackSections)
      case .codeBlock:
        let code = doc.literal(node)
        doc.replace(node, withHTML: codeBlock(code, info: doc.fenceInfo(node), line: line), block: true)
        if trackSections { appendSearchText(code) }
      case .htmlBlock, .htmlInline:
        rawHTML(doc.literal(node), line: line)
      case .link:
        link(node, in: doc, line: line)
      case .image:
        image(node, in: doc, line: line)
      case .paragraph:
        paragraph(node, in: doc, prepared, line: line, trackSections: trackSections)
      case .text, .code:
        if trackSections, doc.parent(node).map({ doc.kind($0) }) != .heading { appendSearchText(doc.literal(node)) }
      case .softBreak, .lineBreak:
        if trackSections { appendSearchText(" ") }
      default:
        break
      }
    }
    // Headings last, once their links are rewritten: cmark renders each, the id goes in.
    for (node, heading) in zip(headings, page.headings.suffix(headings.count)) {
      let level = heading.level
      var html = doc.html(of: node, unsafe: allowRawHTML)
      html = "<h\(level) id=\"\(heading.id)\">" + html.dropFirst(4).dropLast(6)
      html +=
        "<a class=\"heading-anchor\" href=\"#\(heading.id)\" aria-hidden=\"true\" tabindex=\"-1\">#</a></h\(level)>\n"
      doc.replace(node, withHTML: html, block: true)
    }
  }

  private mutating func heading(
    _ node: CmarkDocument.Node, in doc: CmarkDocument, _ prepared: PreparedMarkdown, line: Int, trackSections: Bool
  ) {
    let level = doc.headingLevel(node)
    var explicitID: String?
    if let last = doc.children(node).last, doc.kind(last) == .text {
      let literal = doc.literal(last)
      if let match = literal.firstMatch(of: /\s*\{#([A-Za-z][A-Za-z0-9_-]*)\}\s*$/) {
        explicitID = String(match.1)
        doc.setLiteral(last, String(literal[..<match.range.lowerBound]))
      }
    }
    let raw = plainText(node, in: doc)
    let text = collapseSpaces(
      Placeholder.restore(raw) { kind, index in
        index < prepared.math.count ? prepared.math[index].tex : ""
      })
    if level == 1 {
      log.error(
        sourcePath, line,
        "a level-1 heading ('# \(text)') in the body: the page title comes from the front matter's 'title'; start sections at '##'"
      )
    }
    var id: String
    if let explicitID {
      id = explicitID
      if !slugger.claim(explicitID) {
        log.error(
          sourcePath, line,
          "heading id '\(explicitID)' is used twice on this page (or is reserved: \(Self.reservedAnchors.sorted().joined(separator: ", ")))"
        )
      }
    } else {
      id = slugger.unique(text)
    }
    let html = restore(HTML.escape(collapseSpaces(raw)), prepared.math)
    page.headings.append(Heading(level: level, id: id, html: html, text: text, line: line))
    page.anchors.append(id)
    if trackSections && level <= 3 { page.sections.append(SearchSection(anchor: id, title: text, text: "")) }
  }

  private mutating func paragraph(
    _ node: CmarkDocument.Node, in doc: CmarkDocument, _ prepared: PreparedMarkdown, line: Int, trackSections: Bool
  ) {
    guard let sole = Placeholder.sole(in: plainText(node, in: doc)) else { return }
    switch sole.kind {
    case .table where sole.index < prepared.tables.count:
      let html = renderTable(prepared.tables[sole.index], prepared)
      doc.replace(node, withHTML: html, block: true)
      if trackSections {
        let withoutMath = html.replacing(/<span class="math[^"]*">[^<]*<\/span>/, with: " ")
        appendSearchText(HTML.text(of: withoutMath.replacingAll("</t", with: " </t")))
      }
    case .displayMath:
      doc.replace(
        node, withHTML: "<div class=\"math-block\">\(Placeholder.make(.displayMath, sole.index))</div>\n", block: true)
    default:
      break
    }
  }

  private mutating func rawHTML(_ literal: String, line: Int) {
    let trimmed = literal.trimmingCharacters(in: " \t\n")
    if trimmed.hasPrefix("<!--") { return }
    guard allowRawHTML else {
      let shown = trimmed.count > 40 ? trimmed.prefix(40) + "…" : trimmed
      log.error(
        sourcePath, line,
        "raw HTML '\(shown)' is not allowed here (cmark's safe mode would drop it); write Markdown, or set 'allowRawHTML: true' in the front matter"
      )
      return
    }
    for match in literal.matches(of: /<img\b[^>]*>/) where match.output.firstMatch(of: /\balt\s*=\s*"[^"]+"/) == nil {
      log.error(sourcePath, line, "<img> without alt text: add alt=\"what the image shows\"")
    }
    for match in literal.matches(of: /<img\b[^>]*\bsrc\s*=\s*"([^"]*)"/) {
      record(String(match.1), line: line, isImage: true)
    }
    if literal.contains("<svg"), !literal.contains("<title"), !literal.contains("aria-label") {
      log.error(
        sourcePath, line, "inline <svg> without a text alternative: add <title>what it shows</title> or aria-label")
    }
  }

  // MARK: - Helpers

  /// The literal text under a node (text and code), with soft breaks as newlines.
  func plainText(_ node: CmarkDocument.Node, in doc: CmarkDocument) -> String {
    var out = ""
    for child in doc.children(node) {
      switch doc.kind(child) {
      case .text, .code: out += doc.literal(child)
      case .softBreak, .lineBreak: out += "\n"
      default: out += plainText(child, in: doc)
      }
    }
    return out
  }

  /// Math placeholders → spans KaTeX renders (the TeX HTML-escaped, delimiters dropped).
  func restore(_ html: String, _ math: [PreparedMarkdown.Math]) -> String {
    Placeholder.restore(html) { kind, index in
      guard index < math.count else { return "" }
      let style = kind == .displayMath ? "math math-display" : "math math-inline"
      return "<span class=\"\(style)\">\(HTML.escape(math[index].tex))</span>"
    }
  }

  mutating func appendSearchText(_ text: String) {
    page.sections[page.sections.count - 1].text += text
  }

  func collapseSpaces(_ text: String) -> String {
    text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
  }
}

extension String {
  /// How many times `needle` occurs.
  func components(_ needle: String) -> Int {
    var count = 0
    var rest = self[...]
    while let r = rest.firstRange(of: needle) {
      count += 1
      rest = rest[r.upperBound...]
    }
    return count
  }
}
