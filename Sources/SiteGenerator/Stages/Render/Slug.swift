/// Heading ids: GitHub's rule (lower case; letters, digits, `-` and `_` kept; spaces become
/// `-`; everything else dropped), made unique per page with `-1`, `-2`, ….
///
/// `## Gradients {#grad}` sets the id explicitly (the `{#…}` is removed from the text).
struct Slugger {
  private var used: Set<String>

  /// `reserved` ids (the layout's own sections) are never handed out.
  init(reserved: Set<String> = []) { used = reserved }

  static func slug(_ text: String) -> String {
    var out = ""
    for c in text.lowercased() {
      if c.isLetter || c.isNumber || c == "-" || c == "_" {
        out.append(c)
      } else if c == " " {
        out.append("-")
      }
    }
    return out.isEmpty ? "section" : out
  }

  /// A unique id for a heading with this text.
  mutating func unique(_ text: String) -> String {
    let base = Self.slug(text)
    var candidate = base
    var n = 1
    while used.contains(candidate) {
      candidate = "\(base)-\(n)"
      n += 1
    }
    used.insert(candidate)
    return candidate
  }

  /// Claims an explicit id; false if it is taken.
  mutating func claim(_ id: String) -> Bool { used.insert(id).inserted }
}
