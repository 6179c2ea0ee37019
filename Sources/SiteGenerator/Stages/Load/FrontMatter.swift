import Yams

/// The YAML block between `---` lines at the top of a lesson or exercise.
///
/// ```yaml
/// ---
/// title: Gradients that vanish
/// summary: Why deep random circuits cannot be trained.
/// objectives:
///   - Estimate the variance of a gradient over random parameters
/// prerequisites: [03-gradients, "Some probability"]
/// time: 45                      # minutes
/// papers: [1803.11173]          # arXiv ids
/// terms:
///   barren plateau: A region where gradients vanish exponentially in the qubit count.
/// ---
/// ```
///
/// Exercises use `title`, `lesson` (the lesson folder they belong to), and optionally
/// `summary`, `time`, `papers`. `allowRawHTML: true` keeps raw HTML in the page.
struct FrontMatter {
  var title = ""
  var summary: String?
  var objectives: [String] = []
  /// Lesson folder names (`03-gradients`, linked and checked) or free text.
  var prerequisites: [String] = []
  /// Estimated minutes.
  var time: Int?
  /// arXiv ids, without the `arXiv:` prefix.
  var papers: [String] = []
  /// Glossary terms this page defines, in the order written.
  var terms: [Term] = []
  /// The lesson an exercise belongs to (`01-qubits`).
  var lesson: String?
  /// The introduction's announced lessons: folder name → title.
  var planned: [(slug: String, title: String)] = []
  var allowRawHTML = false
  /// File line of each key, for messages of later stages.
  var lines: [String: Int] = [:]

  struct Term: Equatable {
    var name: String
    var definition: String
    var line: Int
  }

  /// Splits a page into front matter text and body.
  ///
  /// Returns the YAML (nil when the file has no front matter), the body, and the 1-based
  /// file line where the body starts. Throws when `---` opens a block that never closes.
  static func split(_ text: String, file: String) throws -> (yaml: String?, body: String, bodyLine: Int) {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    guard let first = lines.first, first.trimmingTrailingWhitespace() == "---" else { return (nil, text, 1) }
    for index in 1..<lines.count where ["---", "..."].contains(lines[index].trimmingTrailingWhitespace()) {
      let yaml = lines[1..<index].joined(separator: "\n")
      let body = lines[(index + 1)...].joined(separator: "\n")
      return (yaml, body, index + 2)
    }
    throw SiteError(
      file: file, line: 1, "front matter opened with '---' on line 1 is never closed (add a line '---' after it)")
  }
}

extension Substring {
  func trimmingTrailingWhitespace() -> Substring {
    var end = endIndex
    while end > startIndex, self[index(before: end)].isWhitespace { end = index(before: end) }
    return self[startIndex..<end]
  }
}

// MARK: - Parsing YAML into the typed front matter

extension FrontMatter {
  /// Parses and validates front matter for a page of `kind`.
  ///
  /// `firstLine` is the file line of the YAML's first line. Every problem becomes a diagnostic naming the key, the bad
  /// value and what is allowed.
  static func parse(
    yaml: String, kind: CoursePage.Kind, file: String, firstLine: Int, log: inout DiagnosticLog
  ) -> FrontMatter {
    var result = FrontMatter()
    let schema = Schema.for(kind)
    let node: Node?
    do {
      node = try Yams.compose(yaml: yaml)
    } catch let error as YamlError {
      let (line, problem) = describe(error, firstLine: firstLine)
      log.error(file, line > 0 ? firstLine + line - 1 : firstLine - 1, "malformed front matter: \(problem)")
      return result
    } catch {
      log.error(file, firstLine - 1, "malformed front matter: \(error)")
      return result
    }
    guard let mapping = node?.mapping else {
      log.error(file, firstLine - 1, "front matter must be a YAML mapping of keys (\(schema.keyList)) to values")
      return result
    }
    let fileLine = { (n: Node) in firstLine + (n.mark?.line ?? 1) - 1 }
    for (keyNode, value) in mapping {
      let key = keyNode.scalar?.string ?? "?"
      let line = fileLine(keyNode)
      guard schema.allowed.contains(key) else {
        log.error(file, line, "unknown front-matter key '\(key)' in \(kind.article); allowed keys: \(schema.keyList)")
        continue
      }
      if result.lines[key] != nil {
        log.error(file, line, "front-matter key '\(key)' appears twice")
        continue
      }
      result.lines[key] = line
      let reader = ValueReader(file: file, key: key, line: line, fileLine: fileLine)
      switch key {
      case "title": result.title = reader.text(value, &log) ?? ""
      case "summary": result.summary = reader.text(value, &log)
      case "objectives": result.objectives = reader.list(value, &log)
      case "prerequisites": result.prerequisites = reader.list(value, &log)
      case "time": result.time = reader.minutes(value, &log)
      case "papers": result.papers = reader.arxivIDs(value, &log)
      case "terms": result.terms = reader.terms(value, &log)
      case "lesson": result.lesson = reader.lessonSlug(value, &log)
      case "exercise": _ = reader.text(value, &log)
      case "planned": result.planned = reader.planned(value, &log)
      case "allowRawHTML": result.allowRawHTML = reader.bool(value, &log) ?? false
      default: break
      }
    }
    for key in schema.required where result.lines[key] == nil {
      log.error(
        file, firstLine - 1,
        "front matter lacks '\(key)' (required for \(kind.article): \(schema.required.joined(separator: ", ")))")
    }
    return result
  }

  private static func describe(_ error: YamlError, firstLine: Int) -> (line: Int, problem: String) {
    switch error {
    case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
      .composer(let context, let problem, let mark, _):
      let where_ = context.map { " (\($0.text) that starts on line \(firstLine + $0.mark.line - 1))" } ?? ""
      return (mark.line, problem + where_)
    case .duplicatedKeysInMapping(let duplicates, let context):
      return (context.mark.line, "duplicated keys \(duplicates.joined(separator: ", "))")
    default:
      return (0, "\(error)")
    }
  }
}

extension CoursePage.Kind {
  /// "a lesson", "an exercise", "the introduction".
  var article: String {
    switch self {
    case .lesson: return "a lesson"
    case .exercise: return "an exercise"
    case .intro: return "the introduction"
    case .guide: return "a guide"
    }
  }
}

/// The keys each kind of page accepts.
struct Schema {
  var allowed: [String]
  var required: [String]

  var keyList: String { allowed.joined(separator: ", ") }

  static func `for`(_ kind: CoursePage.Kind) -> Schema {
    switch kind {
    case .lesson:
      return Schema(
        allowed: ["title", "summary", "objectives", "prerequisites", "time", "papers", "terms", "allowRawHTML"],
        required: ["title", "summary", "objectives", "time"])
    case .exercise:
      return Schema(
        allowed: ["title", "lesson", "exercise", "summary", "time", "papers", "terms", "allowRawHTML"],
        required: ["title", "lesson"])
    case .intro:
      return Schema(allowed: ["title", "planned", "allowRawHTML"], required: [])
    case .guide:
      return Schema(allowed: ["title", "summary", "papers", "allowRawHTML"], required: ["title"])
    }
  }
}
