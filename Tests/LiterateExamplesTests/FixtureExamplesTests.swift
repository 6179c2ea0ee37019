import Foundation
import LessonRuntime
import Testing

/// The machinery itself, on fixture lessons in Tests/LessonFixtures: failures must name the
/// lesson file and the line of the block.
@Suite("Literate-example failures name the lesson and line")
struct FixtureExamplesTests {
  func run(_ name: String) -> LessonReport {
    ExamplesHarness.runner.run(lesson: "fixture:\(name)", file: "Tests/LessonFixtures/\(name).md")
  }

  @Test("outputs, tolerances, fragments, ignored blocks and figures pass")
  func passingFixture() {
    let report = run("passing")
    #expect(report.passed, "\(report.failures)")
    #expect(report.blocks.map(\.result.line) == [8, 19, 30, 38])
    #expect(report.blocks[0].result.output == "P(00) = 0.4999999999999999\n")
    #expect(report.blocks[2].result.kind == .fragment && report.blocks[2].result.output.isEmpty)
    #expect(report.blocks[3].result.figures.first?.alt == "two points on a line")
    #expect(report.blocks[3].result.figures.first?.svg.hasPrefix("<svg") == true)
  }

  @Test("a wrong output fails at the block's line with expected and actual")
  func wrongOutput() {
    let report = run("wrong-output")
    #expect(report.failures.count == 1)
    #expect(report.failures.first?.hasPrefix("Tests/LessonFixtures/wrong-output.md:3: output line 1 differs") == true)
    #expect(report.failures.first?.contains("expected: 1 + 1 = 3") == true)
    #expect(report.failures.first?.contains("actual:   1 + 1 = 2") == true)
  }

  @Test("a crash fails at the line of the block that crashed")
  func crash() {
    let report = run("crash")
    #expect(report.failures.count == 1)
    #expect(
      report.failures.first?.hasPrefix("Tests/LessonFixtures/crash.md:9: the example crashed") == true,
      "\(report.failures)")
  }

  @Test("a thrown error fails at the line of the block that threw")
  func thrownError() {
    let report = run("throws")
    #expect(report.failures.first?.hasPrefix("Tests/LessonFixtures/throws.md:7: the example threw an error") == true)
  }

  @Test("a figure without alt text fails")
  func missingAltText() {
    let report = run("missing-alt")
    #expect(report.failures.first?.contains("has no alt text") == true)
  }

  @Test("a compile error points at the lesson file and line, not at generated code")
  func compileErrorPointsAtLesson() throws {
    let fixture = ExamplesHarness.root.appendingPathComponent("Tests/LessonFixtures/CompileErrors/type-error.md")
    let work = FileManager.default.temporaryDirectory.appendingPathComponent("plateau-compile-\(UUID().uuidString)")
    let lessons = work.appendingPathComponent("Tests/LessonFixtures")
    try FileManager.default.createDirectory(at: lessons, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: work) }
    try FileManager.default.copyItem(at: fixture, to: lessons.appendingPathComponent("type-error.md"))
    let script = ExamplesHarness.root.appendingPathComponent("Sources/LessonExamplesPlugin/extract.sh").path
    #expect(try shell(["/bin/sh", script, work.appendingPathComponent("out").path, work.path, "Plotting"]).status == 0)
    let numerics = ExamplesHarness.root.appendingPathComponent(
      ".build/checkouts/swift-numerics/Sources/_NumericsShims/include/module.modulemap")
    let result = try shell(
      [
        "swiftc", "-typecheck", "-I", ExamplesHarness.binDirectory.appendingPathComponent("Modules").path,
        "-Xcc", "-fmodule-map-file=\(numerics.path)", "out/Lesson_fixture_type_error.swift",
      ], in: work)
    #expect(result.status != 0)
    #expect(
      result.output.contains("Tests/LessonFixtures/type-error.md:6:18: error: cannot convert value"), "\(result.output)"
    )
  }

  func shell(_ arguments: [String], in directory: URL? = nil) throws -> (status: Int32, output: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = arguments
    if let directory { process.currentDirectoryURL = directory }
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = pipe
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
  }
}

@Suite("Comparing outputs")
struct OutputComparisonTests {
  @Test("exact comparison ignores trailing spaces and blank lines only")
  func exact() {
    #expect(OutputComparison.difference(expected: "a 1\nb\n", actual: "a 1  \nb\n\n", tolerance: nil) == nil)
    #expect(OutputComparison.difference(expected: "a 1", actual: "a 1.0", tolerance: nil) != nil)
    #expect(
      OutputComparison.difference(expected: "a", actual: "a\nb", tolerance: nil)?.contains("line 2 is extra") == true)
  }

  @Test(
    "with a tolerance numbers may differ, text may not",
    arguments: [
      ("x = 1.0", "x = 0.9999999999", true), ("x = 1.0", "x = 1.1", false), ("q0: 5", "q1: 5", false),
      ("E = -1.2e-3 ± 4", "E = -1.2000001e-3 ± 4", true), ("[0.5, 0.25]", "[0.5, 0.2500000001]", true),
      ("n = 3", "n = 3.0000000001", true), ("a", "b", false),
    ])
  func tolerance(expected: String, actual: String, agree: Bool) {
    #expect((OutputComparison.difference(expected: expected, actual: actual, tolerance: 1e-6) == nil) == agree)
  }
}
