@testable import SiteGenerator

/// Readable text dumps of stage results, for golden files.
enum Dump {
  static func frontMatter(_ fm: FrontMatter, _ log: DiagnosticLog) -> String {
    var out = "title: \(fm.title)\n"
    if let summary = fm.summary { out += "summary: \(summary)\n" }
    for o in fm.objectives { out += "objective: \(o)\n" }
    for p in fm.prerequisites { out += "prerequisite: \(p)\n" }
    if let time = fm.time { out += "time: \(time)\n" }
    for p in fm.papers { out += "paper: \(p)\n" }
    for t in fm.terms { out += "term (line \(t.line)): \(t.name) = \(t.definition)\n" }
    if let lesson = fm.lesson { out += "lesson: \(lesson)\n" }
    if fm.allowRawHTML { out += "allowRawHTML: true\n" }
    for (key, line) in fm.lines.sorted(by: { $0.value < $1.value }) { out += "line \(line): \(key)\n" }
    return out + diagnostics(log.diagnostics)
  }

  static func prepared(_ p: PreparedMarkdown, _ diagnostics: [Diagnostic]) -> String {
    var out = ""
    for (i, m) in p.math.enumerated() {
      out += "math \(i) (\(m.display ? "display" : "inline"), line \(m.line)): \(m.tex)\n"
    }
    for (i, t) in p.tables.enumerated() {
      out += "table \(i) (line \(t.line)): \(t.alignments.map(\.rawValue).joined(separator: " "))\n"
      out += "  header: \(t.header.map { "[\(visible($0))]" }.joined(separator: " "))\n"
      for row in t.rows { out += "  row: \(row.map { "[\(visible($0))]" }.joined(separator: " "))\n" }
    }
    for c in p.codeBlocks {
      out += "code (line \(c.line), info '\(c.info)'): \(c.code.split(separator: "\n").count) lines\n"
    }
    return out + Dump.diagnostics(diagnostics)
  }

  static func rendered(_ r: RenderedPage) -> String {
    var out = ""
    for h in r.headings { out += "heading h\(h.level) #\(h.id) (line \(h.line)): \(h.text)\n" }
    for l in r.links {
      out +=
        "\(l.isImage ? "image" : "link") (line \(l.line)): \(l.url) → \(l.target)\(l.fragment.map { " #\($0)" } ?? "")\n"
    }
    for c in r.citations { out += "citation (line \(c.line)): \(c.arxiv)\n" }
    for s in r.sections { out += "section #\(s.anchor) '\(s.title)': \(s.text)\n" }
    if let summary = r.summary { out += "summary: \(summary)\n" }
    for o in r.objectives { out += "objective: \(o)\n" }
    for t in r.terms { out += "term #\(t.anchor): \(t.definition)\n" }
    return out + diagnostics(r.diagnostics)
  }

  static func diagnostics(_ diagnostics: [Diagnostic]) -> String {
    diagnostics.map { "error: \($0)\n" }.joined()
  }

  /// Replaces the Placeholder characters with visible ASCII, so goldens are readable.
  static func visible(_ text: String) -> String {
    text.replacingAll("\u{E000}", with: "⟦").replacingAll("\u{E001}", with: "⟧").replacingAll("\u{E005}", with: "⋯")
  }
}
