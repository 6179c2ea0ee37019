import Foundation
import LessonRuntime
import Testing

/// The course's own examples: every ```swift block of every lesson runs, and every ```output
/// block matches (the same check as `plateau check`).
@Suite("The lessons' examples run and match their outputs")
struct CourseExamplesTests {
  @Test("every lesson's examples run and produce their expected output")
  func everyLessonPasses() throws {
    let runner = ExamplesHarness.runner
    let lessons = try runner.lessons().filter { !$0.id.hasPrefix("fixture:") }
    for lesson in lessons {
      let report = runner.run(lesson: lesson.id, file: lesson.file)
      #expect(report.passed, "\(report.failures.joined(separator: "\n"))")
    }
  }
}
