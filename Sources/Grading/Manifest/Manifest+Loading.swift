import Foundation

extension Manifest {
  /// The manifest's path relative to the course root.
  public static let relativePath = "Exercises/exercises.json"

  /// Reads and validates a manifest file.
  ///
  /// - Parameter displayName: how errors name the file (default: `path`).
  /// - Throws: ``ManifestError`` naming the file, line and key, with the allowed values.
  public static func load(from path: String, displayName: String? = nil) throws(ManifestError) -> Manifest {
    let name = displayName ?? path
    guard let data = FileManager.default.contents(atPath: path) else {
      throw ManifestError(file: name, line: nil, key: "", message: "cannot read the file (does it exist?)")
    }
    return try parse(String(decoding: data, as: UTF8.self), file: name)
  }

  /// Parses and validates manifest text; `file` names it in errors.
  public static func parse(_ text: String, file: String) throws(ManifestError) -> Manifest {
    let parsed: (value: JSON, lines: [String: Int])
    do { parsed = try JSON.parse(text) } catch {
      throw ManifestError(
        file: file, line: error.line, key: "", message: "not valid JSON (column \(error.column)): \(error.message)")
    }
    var reader = ManifestReader(file: file, lines: parsed.lines)
    return try reader.manifest(parsed.value)
  }
}

/// Walks the parsed JSON, checking every key, type and value; errors carry the key path.
private struct ManifestReader {
  let file: String
  let lines: [String: Int]

  func fail(_ path: String, _ message: String) -> ManifestError {
    // A missing key has no line of its own: use its parent's.
    var probe = path
    while lines[probe] == nil, let cut = probe.lastIndex(where: { $0 == "." || $0 == "[" }) {
      probe = String(probe[..<cut])
    }
    return ManifestError(file: file, line: lines[probe] ?? lines[""], key: path, message: message)
  }

  func join(_ path: String, _ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

  /// The object's pairs, after checking that it is an object with only `allowed` keys.
  func object(_ value: JSON, _ path: String, allowed: [String]) throws(ManifestError) -> JSON {
    guard case .object(let pairs) = value else { throw fail(path, "expected an object, found \(value.kindName)") }
    for (key, _) in pairs where !allowed.contains(key) {
      throw fail(join(path, key), "unknown key; allowed keys here: \(allowed.joined(separator: ", "))")
    }
    return value
  }

  func required(_ object: JSON, _ path: String, _ key: String) throws(ManifestError) -> JSON {
    guard let value = object[key] else { throw fail(join(path, key), "missing (required)") }
    return value
  }

  func string(
    _ value: JSON, _ path: String, pattern: String? = nil, example: String = ""
  ) throws(ManifestError) -> String {
    guard let s = value.string else { throw fail(path, "expected a string, found \(value.kindName)") }
    if let pattern, s.range(of: pattern, options: .regularExpression) == nil {
      throw fail(path, "\"\(s)\" does not have the form \(example)")
    }
    return s
  }

  func number(_ value: JSON, _ path: String, range: ClosedRange<Double>) throws(ManifestError) -> Double {
    guard let d = value.number else { throw fail(path, "expected a number, found \(value.kindName)") }
    guard range.contains(d) else {
      throw fail(
        path,
        "\(JSON.number(d).serialized()) is out of range; allowed: \(JSON.number(range.lowerBound).serialized())…\(JSON.number(range.upperBound).serialized())"
      )
    }
    return d
  }

  func integer(_ value: JSON, _ path: String, range: ClosedRange<Int>) throws(ManifestError) -> Int {
    guard case .int(let i) = value else {
      throw fail(path, "expected a whole number, found \(value.serialized(indent: nil))")
    }
    guard range.contains(i) else {
      throw fail(path, "\(i) is out of range; allowed: \(range.lowerBound)…\(range.upperBound)")
    }
    return i
  }

  func choice<E: RawRepresentable & CaseIterable>(_ value: JSON, _ path: String, _: E.Type) throws(ManifestError) -> E
  where E.RawValue == String {
    let allowed = E.allCases.map(\.rawValue).joined(separator: ", ")
    guard let s = value.string else {
      throw fail(path, "expected a string, found \(value.kindName); use one of \(allowed)")
    }
    guard let e = E(rawValue: s) else { throw fail(path, "\"\(s)\" is not allowed; use one of \(allowed)") }
    return e
  }

  func array(_ value: JSON, _ path: String, nonEmpty: Bool) throws(ManifestError) -> [JSON] {
    guard case .array(let items) = value else { throw fail(path, "expected an array, found \(value.kindName)") }
    if nonEmpty && items.isEmpty { throw fail(path, "must not be empty") }
    return items
  }

  mutating func manifest(_ root: JSON) throws(ManifestError) -> Manifest {
    let top = try object(root, "", allowed: ["formatVersion", "solutions", "defaults", "exercises"])
    let version = try integer(try required(top, "", "formatVersion"), "formatVersion", range: 1...1)
    let solutions =
      try top["solutions"].map { v throws(ManifestError) in try choice(v, "solutions", Manifest.SolutionPolicy.self) }
      ?? .afterPass
    let defaults = try limits(top["defaults"], "defaults", fallback: Manifest.Limits())
    var exercises: [Manifest.Exercise] = []
    for (k, item) in try array(try required(top, "", "exercises"), "exercises", nonEmpty: true).enumerated() {
      let e = try exercise(item, "exercises[\(k)]", defaults: defaults)
      if exercises.contains(where: { $0.id == e.id }) {
        throw fail("exercises[\(k)].id", "\"\(e.id)\" is used by an earlier exercise")
      }
      exercises.append(e)
    }
    return Manifest(formatVersion: version, solutions: solutions, defaults: defaults, exercises: exercises)
  }

  func limits(_ value: JSON?, _ path: String, fallback: Manifest.Limits) throws(ManifestError) -> Manifest.Limits {
    guard let value else { return fallback }
    let o = try object(value, path, allowed: ["timeLimitSeconds", "memoryLimitMB", "outputLimitKB"])
    return try limits(in: o, path, fallback: fallback)
  }

  /// The limit keys of `o` (an object already checked for allowed keys), over `fallback`.
  func limits(in o: JSON, _ path: String, fallback: Manifest.Limits) throws(ManifestError) -> Manifest.Limits {
    var l = fallback
    if let v = o["timeLimitSeconds"] {
      l.timeLimitSeconds = try number(v, join(path, "timeLimitSeconds"), range: 0.1...3600)
    }
    if let v = o["memoryLimitMB"] { l.memoryLimitMB = try integer(v, join(path, "memoryLimitMB"), range: 64...65536) }
    if let v = o["outputLimitKB"] { l.outputLimitKB = try integer(v, join(path, "outputLimitKB"), range: 1...65536) }
    return l
  }

  func exercise(_ value: JSON, _ path: String, defaults: Manifest.Limits) throws(ManifestError) -> Manifest.Exercise {
    let o = try object(
      value, path,
      allowed: [
        "id", "title", "lesson", "files", "seed", "hints", "checks", "timeLimitSeconds", "memoryLimitMB",
        "outputLimitKB",
      ])
    let slug = "^[0-9][0-9]-[a-z0-9]+(-[a-z0-9]+)*$"
    let id = try string(
      try required(o, path, "id"), join(path, "id"), pattern: slug, example: "NN-slug (e.g. 01-normalize)")
    let title = try string(try required(o, path, "title"), join(path, "title"))
    let lesson = try string(
      try required(o, path, "lesson"), join(path, "lesson"), pattern: slug, example: "NN-slug (e.g. 01-qubits)")
    var files: [String] = []
    for (k, f) in try array(try required(o, path, "files"), join(path, "files"), nonEmpty: true).enumerated() {
      let p = "\(join(path, "files"))[\(k)]"
      let name = try string(
        f, p, pattern: "^[A-Za-z0-9_+-]+\\.swift$", example: "Name.swift (a Swift file in the exercise folder)")
      if name == "main.swift" { throw fail(p, "main.swift is the grader's own file; rename it") }
      files.append(name)
    }
    let seedValue = try integer(try required(o, path, "seed"), join(path, "seed"), range: 0...Int.max)
    var hints: [String] = []
    for (k, h) in try array(try required(o, path, "hints"), join(path, "hints"), nonEmpty: true).enumerated() {
      hints.append(try string(h, "\(join(path, "hints"))[\(k)]"))
    }
    var checks: [Manifest.Check] = []
    for (k, c) in try array(try required(o, path, "checks"), join(path, "checks"), nonEmpty: true).enumerated() {
      let checkPath = "\(join(path, "checks"))[\(k)]"
      let check = try self.check(c, checkPath, hintCount: hints.count)
      if checks.contains(where: { $0.id == check.id }) {
        throw fail(join(checkPath, "id"), "\"\(check.id)\" is used by an earlier check")
      }
      checks.append(check)
    }
    return Manifest.Exercise(
      id: id, title: title, lesson: lesson, files: files, seed: UInt64(seedValue), hints: hints,
      limits: try limits(in: o, path, fallback: defaults), checks: checks)
  }

  func check(_ value: JSON, _ path: String, hintCount: Int) throws(ManifestError) -> Manifest.Check {
    let o = try object(value, path, allowed: ["id", "title", "points", "visibility", "hint"])
    return Manifest.Check(
      id: try string(
        try required(o, path, "id"), join(path, "id"), pattern: "^[a-z0-9]+(-[a-z0-9]+)*$",
        example: "kebab-case (e.g. unit-norm)"),
      title: try string(try required(o, path, "title"), join(path, "title")),
      points: try number(try required(o, path, "points"), join(path, "points"), range: 0...1000),
      visibility: try o["visibility"].map { v throws(ManifestError) in
        try choice(v, join(path, "visibility"), Manifest.Visibility.self)
      } ?? .visible,
      hint: try integer(try required(o, path, "hint"), join(path, "hint"), range: 1...max(1, hintCount)))
  }
}
