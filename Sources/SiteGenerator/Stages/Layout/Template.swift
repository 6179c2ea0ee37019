/// A page template from the theme: HTML with `{{name}}` placeholders.
///
/// Values are inserted verbatim (they are HTML the layout stage built and escaped). A
/// placeholder the layout does not know fails the build with the template's file and line,
/// so a typo in the theme cannot silently drop content.
struct Template {
  private enum Segment {
    case literal(String)
    case value(String)
  }

  private let segments: [Segment]

  static let names: Set<String> = [
    "title", "description", "root", "page_id", "kind", "sidebar", "content", "toc", "pager", "version", "cmark",
    "scripts",
  ]

  /// Parses `text`; `file` names the template in messages.
  init(_ text: String, file: String) throws {
    var segments: [Segment] = []
    var log = DiagnosticLog()
    var rest = text[...]
    while let open = rest.firstRange(of: "{{") {
      segments.append(.literal(String(rest[..<open.lowerBound])))
      guard let close = rest[open.upperBound...].firstRange(of: "}}") else {
        log.error(file, Self.line(of: open.lowerBound, in: text), "'{{' without '}}'")
        break
      }
      let name = rest[open.upperBound..<close.lowerBound].trimmingCharacters(in: " ")
      if !Self.names.contains(String(name)) {
        log.error(
          file, Self.line(of: open.lowerBound, in: text),
          "unknown placeholder '{{\(name)}}'; known: \(Self.names.sorted().joined(separator: ", "))")
      }
      segments.append(.value(String(name)))
      rest = rest[close.upperBound...]
    }
    segments.append(.literal(String(rest)))
    try log.throwIfAny()
    self.segments = segments
  }

  func render(_ values: [String: String]) -> String {
    var out = ""
    out.reserveCapacity(16_384)
    for segment in segments {
      switch segment {
      case .literal(let text): out += text
      case .value(let name): out += values[name] ?? ""
      }
    }
    return out
  }

  private static func line(of index: String.Index, in text: String) -> Int {
    text[..<index].reduce(1) { $0 + ($1 == "\n" ? 1 : 0) }
  }
}
