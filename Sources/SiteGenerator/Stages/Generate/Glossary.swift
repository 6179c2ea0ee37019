/// The glossary page: every term defined in `terms:` front matter, A–Z.
///
/// Each term links back to the page that introduces it. Lessons link a term with `[text](glossary:slug)`.
enum Glossary {
  /// `barren plateau` → `term-barren-plateau`.
  static func anchor(for term: String) -> String { "term-" + Slugger.slug(term) }
  static func anchor(forSlug slug: String) -> String { "term-" + slug }

  struct Entry {
    var term: RenderedTerm
    var page: CoursePage
  }

  static func content(_ entries: [Entry], from output: String) -> String {
    var html = "<header class=\"page-header\">\n<h1 id=\"page-title\">Glossary</h1>\n"
    html += "<p class=\"summary\">The terms the lessons define, with the lesson that introduces each.</p>\n</header>\n"
    guard !entries.isEmpty else { return html + "<p>No terms are defined yet.</p>\n" }
    html += "<dl class=\"glossary\">\n"
    for entry in entries.sorted(by: { $0.term.name.lowercased() < $1.term.name.lowercased() }) {
      let href = SitePaths.relative(from: output, to: entry.page.outputPath)
      html += "<dt id=\"\(entry.term.anchor)\">\(HTML.escape(entry.term.name))</dt>\n"
      html +=
        "<dd>\(entry.term.definition) <span class=\"term-source\">(<a href=\"\(href)\">\(HTML.escape(Layout.label(of: entry.page)))</a>)</span></dd>\n"
    }
    return html + "</dl>\n"
  }
}

/// The references page: every paper cited (front matter `papers:` and `[arXiv:…]` in the
/// text), in order of first citation, with its arXiv link and the pages that cite it.
enum References {
  struct Entry {
    var paper: Paper
    var citedBy: [CoursePage]
  }

  static func entries(_ pages: [(CoursePage, RenderedPage)], bibliography: [String: Paper]) -> [Entry] {
    var order: [String] = []
    var citedBy: [String: [CoursePage]] = [:]
    for (page, rendered) in pages {
      for id in page.frontMatter.papers + rendered.citations.map(\.arxiv) {
        if citedBy[id] == nil { order.append(id) }
        if !(citedBy[id, default: []].contains { $0.sourcePath == page.sourcePath }) {
          citedBy[id, default: []].append(page)
        }
      }
    }
    return order.map { Entry(paper: bibliography[$0] ?? Paper(arxiv: $0), citedBy: citedBy[$0] ?? []) }
  }

  /// One paper as HTML: authors, title, venue and year, arXiv link.
  static func describe(_ paper: Paper) -> String {
    var html = ""
    func add(_ text: String?, _ wrap: (String) -> String) {
      guard let text, !text.isEmpty else { return }
      html += wrap(HTML.escape(text)) + (text.hasSuffix(".") || text.hasSuffix("?") ? " " : ". ")
    }
    add(paper.authors) { "<span class=\"ref-authors\">\($0)</span>" }
    add(paper.title) { "<cite>\($0)</cite>" }
    add([paper.venue, paper.year.map { "(\($0))" }].compactMap { $0 }.joined(separator: " ")) {
      "<span class=\"ref-venue\">\($0)</span>"
    }
    return html + "<a class=\"ref-arxiv\" href=\"\(paper.url)\">arXiv:\(HTML.escape(paper.arxiv))</a>"
  }

  static func content(_ entries: [Entry], from output: String) -> String {
    var html = "<header class=\"page-header\">\n<h1 id=\"page-title\">References</h1>\n"
    html +=
      "<p class=\"summary\">Every paper the course cites, in order of first citation. The arXiv links need a network connection; everything else on this site works offline.</p>\n</header>\n"
    guard !entries.isEmpty else { return html + "<p>No papers are cited yet.</p>\n" }
    html += "<ol class=\"references\">\n"
    for entry in entries {
      let cited = entry.citedBy.map {
        "<a href=\"\(SitePaths.relative(from: output, to: $0.outputPath))\">\(HTML.escape(Layout.label(of: $0)))</a>"
      }
      html += "<li id=\"\(PageRenderer.paperAnchor(entry.paper.arxiv))\">\(describe(entry.paper))."
      html += cited.isEmpty ? "" : " <span class=\"ref-cited\">Cited in \(cited.joined(separator: ", ")).</span>"
      html += "</li>\n"
    }
    return html + "</ol>\n"
  }
}
