/// Finds math and citations in a run of non-code lines, skipping code spans and escapes.
///
/// Math follows Pandoc's `tex_math_dollars` rule: `$…$` opens at a `$` followed by a
/// non-space and closes at a `$` preceded by a non-space and not followed by a digit;
/// `$$…$$` is display math and may span lines. `\$` is a literal dollar. A `$` that opens
/// math but never closes is an error (write `\$` for a dollar sign).
///
/// A citation is `[arXiv:2312.09121]` or `[arXiv:2312.09121; arXiv:1803.11173]` (not
/// followed by `(`, `[` or `:`, which would make it a link); it becomes bracketed `cite:`
/// links that the render stage points at the references page.
struct InlineScanner {
  var file: String
  var math: [PreparedMarkdown.Math] = []
  var log = DiagnosticLog()

  init(file: String) { self.file = file }

  /// Rewrites one chunk: consecutive non-blank, non-code lines starting at file line `line`.
  ///
  /// The result has exactly as many lines as the input.
  mutating func scan(_ chunk: String, line firstLine: Int) -> String {
    let chars = Array(chunk)
    var out = ""
    out.reserveCapacity(chunk.utf8.count + 16)
    var i = 0
    var line = firstLine
    while i < chars.count {
      let c = chars[i]
      switch c {
      case "\n":
        line += 1
        out.append(c)
        i += 1
      case "\\" where i + 1 < chars.count && chars[i + 1].isPunctuationOrSymbol:
        out.append(c)
        out.append(chars[i + 1])
        i += 2
      case "`":
        let run = runLength(chars, i, "`")
        if let close = findBacktickRun(chars, from: i + run, length: run) {
          for k in i..<(close + run) {
            if chars[k] == "\n" { line += 1 }
            out.append(chars[k])
          }
          i = close + run
        } else {
          out += String(repeating: "`", count: run)
          i += run
        }
      case "$" where i + 1 < chars.count && chars[i + 1] == "$":
        guard let close = findDisplayClose(chars, from: i + 2) else {
          log.error(file, line, "unterminated display math: '$$' is never closed by '$$' in this paragraph")
          out += "$$"
          i += 2
          continue
        }
        let tex = String(chars[(i + 2)..<close])
        out += emit(tex, display: true, line: line)
        line += tex.filter { $0 == "\n" }.count
        i = close + 2
      case "$":
        guard i + 1 < chars.count, !chars[i + 1].isWhitespace else {
          out.append(c)
          i += 1
          continue
        }
        guard let close = findInlineClose(chars, from: i + 1) else {
          log.error(
            file, line, "unterminated inline math: '$' opens math that is never closed; write '\\$' for a dollar sign")
          out.append(c)
          i += 1
          continue
        }
        let tex = String(chars[(i + 1)..<close])
        out += emit(tex, display: false, line: line)
        line += tex.filter { $0 == "\n" }.count
        i = close + 1
      case "[" where matches(chars, i + 1, "arXiv:"):
        if let (ids, end) = citation(chars, from: i + 1, line: line) {
          out += "\\[" + ids.map { "[arXiv:\($0)](cite:\($0))" }.joined(separator: "; ") + "\\]"
          i = end + 1
        } else {
          out.append(c)
          i += 1
        }
      default:
        out.append(c)
        i += 1
      }
    }
    return out
  }

  /// The placeholder for one math span, followed by one filler line per line break inside it.
  private mutating func emit(_ tex: String, display: Bool, line: Int) -> String {
    math.append(PreparedMarkdown.Math(tex: tex, display: display, line: line))
    let token = Placeholder.make(display ? .displayMath : .inlineMath, math.count - 1)
    let breaks = tex.filter { $0 == "\n" }.count
    return token + String(repeating: "\n\(Placeholder.filler)", count: breaks)
  }

  private func runLength(_ chars: [Character], _ start: Int, _ c: Character) -> Int {
    var n = 0
    while start + n < chars.count, chars[start + n] == c { n += 1 }
    return n
  }

  private func findBacktickRun(_ chars: [Character], from start: Int, length: Int) -> Int? {
    var i = start
    while i < chars.count {
      if chars[i] == "`" {
        let run = runLength(chars, i, "`")
        if run == length { return i }
        i += run
      } else {
        i += 1
      }
    }
    return nil
  }

  private func findDisplayClose(_ chars: [Character], from start: Int) -> Int? {
    var i = start
    while i + 1 < chars.count {
      if chars[i] == "\\" {
        i += 2
      } else if chars[i] == "$" && chars[i + 1] == "$" {
        return i
      } else {
        i += 1
      }
    }
    return nil
  }

  private func findInlineClose(_ chars: [Character], from start: Int) -> Int? {
    var i = start
    while i < chars.count {
      let c = chars[i]
      if c == "\\" {
        i += 2
        continue
      }
      if c == "$" {
        let before = chars[i - 1]
        let after: Character? = i + 1 < chars.count ? chars[i + 1] : nil
        if !before.isWhitespace && !(after?.isNumber ?? false) { return i }
      }
      i += 1
    }
    return nil
  }

  private func matches(_ chars: [Character], _ start: Int, _ word: String) -> Bool {
    var i = start
    for w in word {
      guard i < chars.count, chars[i] == w else { return false }
      i += 1
    }
    return true
  }

  /// Parses `arXiv:ID(; arXiv:ID)*]` starting after `[`; returns the ids and the index of `]`.
  private mutating func citation(_ chars: [Character], from start: Int, line: Int) -> ([String], Int)? {
    guard let end = chars[start...].firstIndex(where: { $0 == "]" || $0 == "\n" || $0 == "[" }), chars[end] == "]"
    else { return nil }
    if end + 1 < chars.count, chars[end + 1] == "(" || chars[end + 1] == "[" { return nil }
    // `[arXiv:…]: url` at the start of a line is a link reference definition.
    let lineStart = chars[..<(start - 1)].lastIndex(of: "\n").map { $0 + 1 } ?? 0
    let atLineStart = chars[lineStart..<(start - 1)].allSatisfy { $0 == " " }
    if atLineStart, end + 1 < chars.count, chars[end + 1] == ":" { return nil }
    let inside = String(chars[start..<end])
    let ids = inside.split(separator: ";").map { part -> String in
      let trimmed = String(part).trimmingCharacters(in: " ")
      return String(trimmed.hasPrefix("arXiv:") ? trimmed.dropFirst(6) : trimmed)
    }
    for id in ids where !ValueReader.isArxivID(id) {
      log.error(
        file, line,
        "malformed citation '[\(inside)]': '\(id)' is not an arXiv id; write [arXiv:2312.09121] or [arXiv:2312.09121; arXiv:1803.11173]"
      )
      return nil
    }
    return (ids, end)
  }
}

extension Character {
  /// ASCII punctuation, the characters a CommonMark backslash escapes.
  var isPunctuationOrSymbol: Bool { isASCII && (isPunctuation || isSymbol) }
}
