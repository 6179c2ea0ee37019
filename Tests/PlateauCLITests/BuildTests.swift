import Foundation
import PlateauCLI
import Testing

/// A small course in a temporary folder for the command tests.
struct CourseFolder {
  static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  let root: URL

  init() throws {
    root = FileManager.default.temporaryDirectory.appendingPathComponent("plateau-cli-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    // The theme is the repository's.
    try FileManager.default.copyItem(
      at: Self.repository.appendingPathComponent("site/templates"), to: root.appendingPathComponent("site/templates"))
    try FileManager.default.copyItem(
      at: Self.repository.appendingPathComponent("site/assets"), to: root.appendingPathComponent("site/assets"))
    try write("Lessons/01-qubits/lesson.md", Self.lesson("Qubits", body: "## States\n\nA state of $n$ qubits.\n"))
    try write("Exercises/01-bell/README.md", "---\ntitle: Bell pair\nlesson: 01-qubits\n---\n\nPrepare a Bell pair.\n")
  }

  static func lesson(_ title: String, body: String) -> String {
    "---\ntitle: \(title)\nsummary: S.\nobjectives: [O]\ntime: 10\n---\n\n\(body)"
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

@Suite("plateau build")
struct BuildTests {
  @Test("builds the course, says where to open it, and a rebuild replaces the old site")
  func buildsAndReplaces() throws {
    let course = try CourseFolder()
    defer { course.remove() }
    let output = course.root.appendingPathComponent("out")
    let message = try Build.parse(["--root", course.root.path, "--output", output.path]).execute()
    #expect(message.contains("Open file://") && message.contains("/out/index.html"))
    #expect(message.contains("2 pages (2 re-rendered, 0 unchanged)"))
    let lesson = try course.read("out/lessons/01-qubits/index.html")
    #expect(lesson.contains("<h1 id=\"page-title\">Qubits</h1>") && lesson.contains("math math-inline"))
    #expect(try course.read("out/exercises/01-bell/index.html").contains("plateau grade 01-bell"))
    #expect(
      FileManager.default.fileExists(
        atPath: output.appendingPathComponent("assets/katex/fonts/KaTeX_Main-Regular.woff2").path))
    try "stale".write(to: output.appendingPathComponent("stale.txt"), atomically: true, encoding: .utf8)
    let again = try Build.parse(["--root", course.root.path, "--output", output.path]).execute()
    #expect(again.contains("(0 re-rendered, 2 unchanged)"))
    #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("stale.txt").path))
  }

  @Test("the default output is site/build under the root")
  func defaultOutput() throws {
    let course = try CourseFolder()
    defer { course.remove() }
    let message = try Build.parse(["--root", course.root.path]).execute()
    #expect(message.contains("/site/build/index.html"))
  }

  @Test("a broken link fails with file:line and keeps the previous site")
  func brokenLinkFails() throws {
    let course = try CourseFolder()
    defer { course.remove() }
    let output = course.root.appendingPathComponent("out").path
    _ = try Build.parse(["--root", course.root.path, "--output", output]).execute()
    try course.write(
      "Lessons/01-qubits/lesson.md", CourseFolder.lesson("Qubits", body: "See [next](../02-next/lesson.md).\n"))
    #expect {
      try Build.parse(["--root", course.root.path, "--output", output]).execute()
    } throws: { error in
      "\(error)".contains("Lessons/01-qubits/lesson.md:8: broken link '../02-next/lesson.md'")
    }
    #expect(try course.read("out/lessons/01-qubits/index.html").contains("A state of"))
  }
}
