import Foundation
import Testing

@testable import SiteGenerator

/// The render cache and the atomic swap: rebuilds render only what changed, and a failed
/// build never touches the site that is already there.
@Suite("Incremental and atomic builds")
struct IncrementalBuildTests {
  static func lesson(_ title: String, body: String = "## Part\n\nText with $x$.\n") -> String {
    "---\ntitle: \(title)\nsummary: S.\nobjectives: [O]\ntime: 10\n---\n\n\(body)"
  }

  static func course() throws -> TemporaryCourse {
    try TemporaryCourse(files: [
      "Lessons/01-a/lesson.md": lesson("A"), "Lessons/02-b/lesson.md": lesson("B"),
      "Lessons/03-c/lesson.md": lesson("C"), "Exercises/01-x/README.md": "---\ntitle: X\nlesson: 01-a\n---\n\nDo it.\n",
    ])
  }

  @Test("a rebuild after editing one lesson re-renders only that lesson, also from the disk cache")
  func rendersOnlyWhatChanged() throws {
    let course = try Self.course()
    defer { course.remove() }
    var config = SiteTests.configuration(course)
    config.cacheDirectory = course.root.appendingPathComponent(".plateau/site-cache")
    let builder = SiteBuilder(configuration: config)
    #expect(try builder.build().renderedCount == 4)
    #expect(try builder.build().renderedCount == 0)
    try course.write("Lessons/02-b/lesson.md", Self.lesson("B", body: "## Part\n\nEdited text.\n"))
    #expect(try builder.build().renderedCount == 1)
    #expect(try course.read("out/lessons/02-b/index.html").contains("Edited text."))
    // A new builder (a new `plateau build`) starts from the cache on disk.
    #expect(try SiteBuilder(configuration: config).build().renderedCount == 0)
  }

  @Test("a page re-renders when the outputs of its swift blocks change")
  func outputsAreInTheCacheKey() throws {
    let course = try TemporaryCourse(files: [
      "Lessons/01-a/lesson.md": Self.lesson("A", body: "```swift\nprint(1)\n```\n"),
      "Lessons/02-b/lesson.md": Self.lesson("B"),
    ])
    defer { course.remove() }
    let outputs = CannedOutputs()
    let builder = SiteBuilder(configuration: SiteTests.configuration(course), outputs: outputs)
    #expect(try builder.build().renderedCount == 2)
    outputs.text = "2\n"
    #expect(try builder.build().renderedCount == 1)
    #expect(try course.read("out/lessons/01-a/index.html").contains("<samp>2\n</samp>"))
  }

  @Test("the outputs hook sees every swift block with its page, index, line and flags")
  func outputsHookSeesBlocks() throws {
    let course = try TemporaryCourse(files: [
      "Lessons/01-a/lesson.md": Self.lesson(
        "A", body: "```swift fragment\nlet a = 1\n```\n\n```sh\nls\n```\n\n```swift\nprint(a)\n```\n")
    ])
    defer { course.remove() }
    let outputs = CannedOutputs()
    try SiteBuilder(configuration: SiteTests.configuration(course), outputs: outputs).build()
    let seen = outputs.seen.map { "\($0.id) line \($0.line) \($0.flags) \($0.code)" }
    #expect(
      seen == [
        "Lessons/01-a/lesson.md#swift-0 line 8 [\"fragment\"] let a = 1\n",
        "Lessons/01-a/lesson.md#swift-1 line 16 [] print(a)\n",
      ])
  }

  @Test("a failed build leaves the previous site intact and no temporary folders behind")
  func failedBuildKeepsPreviousSite() throws {
    let course = try Self.course()
    defer { course.remove() }
    let config = SiteTests.configuration(course)
    try SiteBuilder(configuration: config).build()
    let before = try course.read("out/lessons/01-a/index.html")
    try course.write("Lessons/01-a/lesson.md", Self.lesson("A", body: "A [broken](nowhere.md) link.\n"))
    #expect(throws: SiteError.self) { try SiteBuilder(configuration: config).build() }
    #expect(try course.read("out/lessons/01-a/index.html") == before)
    // The old site is deleted by a background `rm -rf`; give it a moment.
    var leftovers: [String] = []
    for _ in 0..<100 {
      leftovers = try FileManager.default.contentsOfDirectory(atPath: course.root.path).filter { $0.contains("-tmp-") }
      if leftovers.isEmpty { break }
      Thread.sleep(forTimeInterval: 0.05)
    }
    #expect(leftovers.isEmpty)
  }

  @Test("an existing folder that is not a plateau site is never replaced")
  func refusesForeignOutputFolder() throws {
    let course = try Self.course()
    defer { course.remove() }
    try course.write("out/precious.txt", "keep me\n")
    let error = #expect(throws: SiteError.self) {
      try SiteBuilder(configuration: SiteTests.configuration(course)).build()
    }
    #expect(error?.description.contains("not a site built by plateau") == true)
    #expect(try course.read("out/precious.txt") == "keep me\n")
  }
}

/// A `CodeBlockOutputs` provider with a settable output, recording what it was asked.
final class CannedOutputs: CodeBlockOutputs, @unchecked Sendable {
  var text = "1\n"
  var seen: [SwiftCodeBlock] = []

  func outputs(for blocks: [SwiftCodeBlock]) throws -> [SwiftCodeBlock.ID: CodeBlockOutput] {
    seen = blocks
    return Dictionary(uniqueKeysWithValues: blocks.map { ($0.id, CodeBlockOutput(text: text)) })
  }
}
