/// Opaque placeholders that carry math and tables through cmark untouched.
///
/// A placeholder is `U+E000`, a kind letter, a decimal index and `U+E001`. These private-use
/// characters never occur in lesson text and cmark treats them as ordinary letters, so a
/// placeholder survives parsing (emphasis, escapes and links cannot touch it) and comes out
/// of the renderer verbatim. `U+E005` on a line of its own keeps the line count of a
/// multi-line span, so that cmark's line numbers still match the file.
enum Placeholder {
  static let open: Character = "\u{E000}"
  static let close: Character = "\u{E001}"
  static let filler: Character = "\u{E005}"

  enum Kind: Character {
    case inlineMath = "M"
    case displayMath = "D"
    case table = "T"
  }

  static func make(_ kind: Kind, _ index: Int) -> String { "\(open)\(kind.rawValue)\(index)\(close)" }

  /// Whether `text` holds a placeholder or filler (their UTF-8 encodings start with 0xEE).
  static func occurs(in text: String) -> Bool { text.utf8.contains(0xEE) }

  /// Replaces every placeholder in `text` with `replacement(kind, index)` and drops fillers
  /// (with the line break before them).
  static func restore(_ text: String, _ replacement: (Kind, Int) -> String) -> String {
    guard occurs(in: text) else { return text }
    let openScalar = open.unicodeScalars.first!
    let closeScalar = close.unicodeScalars.first!
    let fillerScalar = filler.unicodeScalars.first!
    var out = String.UnicodeScalarView()
    var iterator = text.unicodeScalars.makeIterator()
    var pendingNewline = false
    while let scalar = iterator.next() {
      if scalar == fillerScalar {
        pendingNewline = false
        continue
      }
      if pendingNewline {
        out.append("\n")
        pendingNewline = false
      }
      if scalar == "\n" {
        pendingNewline = true
        continue
      }
      guard scalar == openScalar, let kindScalar = iterator.next(), let kind = Kind(rawValue: Character(kindScalar))
      else {
        out.append(scalar)
        continue
      }
      var index = 0
      while let next = iterator.next(), next != closeScalar { index = index * 10 + Int(next.value) - 48 }
      out.append(contentsOf: replacement(kind, index).unicodeScalars)
    }
    if pendingNewline { out.append("\n") }
    return String(out)
  }

  /// The placeholder that makes up all of `text` (fillers and spaces aside), if any.
  static func sole(in text: String) -> (kind: Kind, index: Int)? {
    guard occurs(in: text) else { return nil }
    let core = text.filter { $0 != filler && !$0.isWhitespace }
    guard core.first == open, core.last == close, core.count >= 4,
      let kind = Kind(rawValue: core[core.index(after: core.startIndex)]),
      let index = Int(core.dropFirst(2).dropLast())
    else { return nil }
    return (kind, index)
  }
}
