import Foundation
import PlateauCLI
import Testing

@Suite("plateau check and plateau run")
struct CheckTests {
  static let runner =
    ProcessInfo.processInfo.environment["PLATEAU_EXAMPLES_BINARY"]
    ?? URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent(
      "lesson-examples"
    ).path

  @Test("a passing fixture lesson passes; a failing one names its file and line")
  func checkReportsFailures() throws {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("plateau-check-\(UUID().uuidString)").path
    let (passText, passed) = try Check.parse(["fixture:passing", "--runner", Self.runner, "--root", root]).execute()
    #expect(passed, "\(passText)")
    #expect(passText.contains("✔ fixture:passing: 4 block(s)"))
    let (failText, failedOK) = try Check.parse([
      "fixture:wrong-output", "fixture:crash", "--runner", Self.runner, "--root", root,
    ])
    .execute()
    #expect(!failedOK)
    #expect(failText.contains("Tests/LessonFixtures/wrong-output.md:3: output line 1 differs"))
    #expect(failText.contains("Tests/LessonFixtures/crash.md:9: the example crashed"))
    #expect(failText.contains("2 of 2 lesson(s) failed."))
    // The reports are kept for the site.
    #expect(FileManager.default.fileExists(atPath: root + "/.build/lesson-outputs/fixture:passing.json"))
  }

  @Test("an unknown lesson lists the lessons there are")
  func unknownLesson() {
    #expect {
      try Check.parse(["no-such-lesson", "--runner", Self.runner]).execute()
    } throws: { "\($0)".contains("no lesson matches \"no-such-lesson\"") }
  }
}
