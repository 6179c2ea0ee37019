import Yams

/// Reads one front-matter value, reporting type errors against its key.
struct ValueReader {
  var file: String
  var key: String
  var line: Int
  var fileLine: (Node) -> Int

  /// arXiv identifiers: `2312.09121`, `2312.09121v2`, or old style `quant-ph/0104030`.
  static func isArxivID(_ id: String) -> Bool {
    id.wholeMatch(of: /[0-9]{4}\.[0-9]{4,5}(v[0-9]+)?/) != nil
      || id.wholeMatch(of: /[a-z][a-z-]*(\.[A-Za-z-]+)?\/[0-9]{7}(v[0-9]+)?/) != nil
  }

  /// A lesson folder name: `NN-slug` (two or three digits, lower-case words and hyphens).
  static func isLessonSlug(_ slug: String) -> Bool {
    slug.wholeMatch(of: /[0-9]{2,3}-[a-z0-9]+(-[a-z0-9]+)*/) != nil
  }

  func text(_ node: Node, _ log: inout DiagnosticLog) -> String? {
    guard let scalar = node.scalar, !scalar.string.trimmingCharacters(in: " \t").isEmpty else {
      log.error(file, line, "'\(key)' must be a line of text, got \(Self.show(node))")
      return nil
    }
    return scalar.string
  }

  func list(_ node: Node, _ log: inout DiagnosticLog) -> [String] {
    guard let sequence = node.sequence else {
      log.error(file, line, "'\(key)' must be a list (one '- item' per line, or [a, b]), got \(Self.show(node))")
      return []
    }
    return sequence.compactMap { item in
      guard let text = item.scalar?.string, !text.isEmpty else {
        log.error(file, fileLine(item), "each item of '\(key)' must be a line of text, got \(Self.show(item))")
        return nil
      }
      return text
    }
  }

  func minutes(_ node: Node, _ log: inout DiagnosticLog) -> Int? {
    guard let text = node.scalar?.string, let minutes = Int(text), (1...600).contains(minutes) else {
      log.error(file, line, "'time' must be a whole number of minutes from 1 to 600 (time: 45), got \(Self.show(node))")
      return nil
    }
    return minutes
  }

  func arxivIDs(_ node: Node, _ log: inout DiagnosticLog) -> [String] {
    list(node, &log).compactMap { raw in
      let id = raw.hasPrefix("arXiv:") ? String(raw.dropFirst(6)) : raw
      guard Self.isArxivID(id) else {
        log.error(file, line, "'\(raw)' in 'papers' is not an arXiv id (like 2312.09121 or quant-ph/0104030)")
        return nil
      }
      return id
    }
  }

  func terms(_ node: Node, _ log: inout DiagnosticLog) -> [FrontMatter.Term] {
    guard let mapping = node.mapping else {
      log.error(
        file, line,
        "'terms' must map each term to its definition ('barren plateau: A region where …'), got \(Self.show(node))")
      return []
    }
    return mapping.compactMap { term, definition in
      guard let name = term.scalar?.string, let text = definition.scalar?.string, !text.isEmpty else {
        log.error(
          file, fileLine(term),
          "each entry of 'terms' must be 'term: definition' on one line, got \(Self.show(definition))")
        return nil
      }
      return FrontMatter.Term(name: name, definition: text, line: fileLine(term))
    }
  }

  func lessonSlug(_ node: Node, _ log: inout DiagnosticLog) -> String? {
    guard let slug = node.scalar?.string, Self.isLessonSlug(slug) else {
      log.error(file, line, "'lesson' must name a lesson folder like 01-qubits, got \(Self.show(node))")
      return nil
    }
    return slug
  }

  /// `planned:` maps lesson folder names to titles (`01-qubits: Qubits and circuits`).
  func planned(_ node: Node, _ log: inout DiagnosticLog) -> [(slug: String, title: String)] {
    guard let mapping = node.mapping else {
      log.error(
        file, line,
        "'planned' must map lesson folder names to titles (01-qubits: Qubits and circuits), got \(Self.show(node))")
      return []
    }
    return mapping.compactMap { slug, title in
      guard let name = slug.scalar?.string, Self.isLessonSlug(name), let text = title.scalar?.string, !text.isEmpty
      else {
        log.error(
          file, fileLine(slug), "each entry of 'planned' is 'NN-slug: Title', got '\(slug.scalar?.string ?? "?")'")
        return nil
      }
      return (name, text)
    }
  }

  func bool(_ node: Node, _ log: inout DiagnosticLog) -> Bool? {
    switch node.scalar?.string {
    case "true": return true
    case "false": return false
    default:
      log.error(file, line, "'\(key)' must be true or false, got \(Self.show(node))")
      return nil
    }
  }

  /// A short rendering of a YAML value for messages: `'45 min'`, `a list`, `a mapping`.
  static func show(_ node: Node) -> String {
    switch node {
    case .scalar(let scalar): return "'\(scalar.string)'"
    case .sequence: return "a list"
    case .mapping: return "a mapping"
    case .alias: return "an alias"
    }
  }
}

extension String {
  func trimmingCharacters(in set: String) -> Substring { self[...].trimmingCharacters(in: set) }
}
