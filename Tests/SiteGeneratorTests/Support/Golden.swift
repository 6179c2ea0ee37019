import Foundation
import Testing

/// Golden files: `Fixtures/<stage>/<case>/input…` → `Fixtures/<stage>/<case>/expected/…`.
///
/// Fixtures are read next to this source file (`#filePath`), so they need no bundle
/// resources. `PLATEAU_UPDATE_GOLDENS=1 swift test --filter SiteGeneratorTests` rewrites the
/// expected files from the current output; review the diff before committing it.
enum Golden {
  static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Fixtures")

  static var updating: Bool { ProcessInfo.processInfo.environment["PLATEAU_UPDATE_GOLDENS"] == "1" }

  /// The case folders of a stage, sorted.
  static func cases(_ stage: String) -> [String] {
    let dir = fixtures.appendingPathComponent(stage)
    return ((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []).filter { !$0.hasPrefix(".") }
      .sorted()
  }

  static func folder(_ stage: String, _ name: String) -> URL {
    fixtures.appendingPathComponent(stage).appendingPathComponent(name)
  }

  static func read(_ url: URL) throws -> String {
    try String(contentsOf: url, encoding: .utf8)
  }

  /// Compares `actual` with the expected file (or rewrites it when updating).
  static func check(
    _ actual: String, _ stage: String, _ name: String, _ file: String, sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    let url = folder(stage, name).appendingPathComponent("expected").appendingPathComponent(file)
    if updating {
      try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try actual.write(to: url, atomically: true, encoding: .utf8)
      return
    }
    guard let expected = try? read(url) else {
      Issue.record(
        "missing golden \(stage)/\(name)/expected/\(file); run with PLATEAU_UPDATE_GOLDENS=1",
        sourceLocation: sourceLocation)
      return
    }
    if expected != actual {
      Issue.record(
        "\(stage)/\(name)/expected/\(file) differs from the output:\n\(firstDifference(expected, actual))\n(PLATEAU_UPDATE_GOLDENS=1 rewrites goldens)",
        sourceLocation: sourceLocation)
    }
  }

  /// The first differing line, for readable failures.
  static func firstDifference(_ expected: String, _ actual: String) -> String {
    let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
    for i in 0..<max(e.count, a.count) {
      let l = i < e.count ? String(e[i]) : "<end of file>"
      let r = i < a.count ? String(a[i]) : "<end of file>"
      if l != r { return "line \(i + 1):\n  expected: \(l)\n  actual:   \(r)" }
    }
    return "(same lines, different line endings)"
  }
}

/// A course in a temporary folder, with the repository's theme.
struct TemporaryCourse {
  static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  let root: URL

  /// Copies `source` (a fixture's `input/` folder) or writes `files` into a new folder.
  init(copying source: URL? = nil, files: [String: String] = [:]) throws {
    root = FileManager.default.temporaryDirectory.appendingPathComponent("plateau-site-\(UUID().uuidString)")
    if let source {
      try FileManager.default.copyItem(at: source, to: root)
    } else {
      try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    }
    for (path, text) in files { try write(path, text) }
  }

  func write(_ path: String, _ text: String) throws {
    let url = root.appendingPathComponent(path)
    try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try text.write(to: url, atomically: true, encoding: .utf8)
  }

  func read(_ path: String) throws -> String {
    try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
  }

  func remove() { try? FileManager.default.removeItem(at: root) }
}
