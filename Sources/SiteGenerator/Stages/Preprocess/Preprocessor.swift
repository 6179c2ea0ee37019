/// Stage 2, preprocess: prepares a page's Markdown for cmark.
///
/// Walks the body line by line. Fenced code blocks (``` or ~~~, after optional indentation
/// and `>` markers) are copied untouched and listed; an unclosed fence is an error. Every
/// other run of non-blank lines goes through `InlineScanner` (math placeholders, citations)
/// and then `PipeTables`. The output has exactly the input's lines, so cmark's line numbers
/// are file line numbers after adding `firstLine - 1`.
///
/// Indented (4-space) code blocks are not recognised as code: use fences.
struct Preprocessor {
  var file: String
  var log = DiagnosticLog()

  init(file: String) { self.file = file }

  /// Prepares a page body that starts at file line `firstLine`.
  mutating func prepare(_ body: String, firstLine: Int) -> PreparedMarkdown {
    var scanner = InlineScanner(file: file)
    var result = PreparedMarkdown(text: "", firstLine: firstLine)
    let lines = body.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    var out: [String] = []
    out.reserveCapacity(lines.count)
    var i = 0
    while i < lines.count {
      if let fence = Fence(opening: lines[i]) {
        guard let close = lines[(i + 1)...].firstIndex(where: { fence.isClosed(by: $0) }) else {
          log.error(
            file, firstLine + i,
            "unterminated code fence: '\(fence.marker)' is never closed (add a line '\(fence.marker)')")
          out += lines[i...]
          break
        }
        let code = lines[(i + 1)..<close].map { fence.stripIndent($0) }.joined(separator: "\n")
        result.codeBlocks.append(.init(info: fence.info, code: code.isEmpty ? "" : code + "\n", line: firstLine + i))
        out += lines[i...close]
        i = close + 1
        continue
      }
      if lines[i].allSatisfy(\.isWhitespace) {
        out.append(lines[i])
        i += 1
        continue
      }
      var end = i
      while end < lines.count, !lines[end].allSatisfy(\.isWhitespace), Fence(opening: lines[end]) == nil { end += 1 }
      let scanned = scanner.scan(lines[i..<end].joined(separator: "\n"), line: firstLine + i)
      let chunk = scanned.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
      out += PipeTables.extract(chunk, firstLine: firstLine + i, file: file, tables: &result.tables, log: &log)
      i = end
    }
    log.append(contentsOf: scanner.log.diagnostics)
    result.math = scanner.math
    result.text = out.joined(separator: "\n")
    return result
  }

  /// The fenced code blocks of a body (a fence scan only; unclosed fences are skipped).
  static func fencedBlocks(in body: String, firstLine: Int) -> [PreparedMarkdown.FencedCode] {
    var blocks: [PreparedMarkdown.FencedCode] = []
    let lines = body.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    var i = 0
    while i < lines.count {
      if let fence = Fence(opening: lines[i]),
        let close = lines[(i + 1)...].firstIndex(where: { fence.isClosed(by: $0) })
      {
        let code = lines[(i + 1)..<close].map { fence.stripIndent($0) }.joined(separator: "\n")
        blocks.append(.init(info: fence.info, code: code.isEmpty ? "" : code + "\n", line: firstLine + i))
        i = close + 1
      } else {
        i += 1
      }
    }
    return blocks
  }

  /// Prepares one line of inline Markdown from front matter (a summary, an objective, a
  /// glossary definition): math and citations, no blocks.
  mutating func prepareInline(_ text: String, line: Int) -> PreparedMarkdown {
    var scanner = InlineScanner(file: file)
    let scanned = scanner.scan(text, line: line)
    log.append(contentsOf: scanner.log.diagnostics)
    return PreparedMarkdown(text: scanned, firstLine: line, math: scanner.math)
  }
}

/// A code fence: ``` or ~~~ (three or more), as CommonMark defines it.
struct Fence: Equatable {
  var character: Character
  var length: Int
  var indent: Int
  var info: String

  var marker: String { String(repeating: character, count: length) }

  /// Recognises an opening fence after optional spaces and block-quote markers.
  init?(opening line: String) {
    let prefix = line.prefix { $0 == " " || $0 == "\t" || $0 == ">" }
    let rest = line.dropFirst(prefix.count)
    guard let first = rest.first, first == "`" || first == "~" else { return nil }
    let run = rest.prefix { $0 == first }
    guard run.count >= 3 else { return nil }
    let info = rest.dropFirst(run.count).trimmingCharacters(in: " \t")
    if first == "`" && info.contains("`") { return nil }
    self.character = first
    self.length = run.count
    self.indent = prefix.count
    self.info = String(info)
  }

  func isClosed(by line: String) -> Bool {
    let rest = line.drop { $0 == " " || $0 == "\t" || $0 == ">" }
    let run = rest.prefix { $0 == character }
    return run.count >= length && rest.dropFirst(run.count).allSatisfy(\.isWhitespace)
  }

  /// Removes up to the fence's indentation of leading spaces, as cmark does.
  func stripIndent(_ line: String) -> String {
    var drop = 0
    for c in line.prefix(indent) where c == " " || c == ">" { drop += 1 }
    return String(line.dropFirst(drop))
  }
}

extension Substring {
  func trimmingCharacters(in set: String) -> Substring {
    var s = self
    while let f = s.first, set.contains(f) { s.removeFirst() }
    while let l = s.last, set.contains(l) { s.removeLast() }
    return s
  }
}
