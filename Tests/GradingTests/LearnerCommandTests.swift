import Foundation
import Testing

@testable import Grading
@testable import PlateauCLI

/// The learner's and instructor's commands, run in-process on a scratch copy of the course
/// (so that the real checkout's progress and files are never touched).
@Suite(.serialized, .enabled(if: GradingHarness.hasSolutions))
struct LearnerCommandTests {
  /// A copy of the course's exercise files: manifest, statements, starters, untouched
  /// starters and solutions.
  static func scratchCourse() throws -> URL {
    let fm = FileManager.default
    let root = GradingHarness.temporaryDirectory("course")
    for folder in [
      "Exercises", "Tests/ExerciseStarters", "Tests/ExerciseSolutions/01-normalize",
      "Tests/ExerciseSolutions/01-apply-gate",
    ] {
      try fm.createDirectory(
        at: root.appendingPathComponent(folder).deletingLastPathComponent(), withIntermediateDirectories: true)
      try fm.copyItem(at: GradingHarness.root.appendingPathComponent(folder), to: root.appendingPathComponent(folder))
    }
    return root
  }

  static func grade(_ root: URL, _ arguments: [String]) throws -> Grade.Outcome {
    let command = try Grade.parse(
      arguments + ["--root", root.path, "--kit-path", GradingHarness.binDirectory.path, "--no-build"])
    return try command.execute()
  }

  @Test func aLearnerGradesPassesSeesTheSolutionAndResets() throws {
    let root = try Self.scratchCourse()
    defer { try? FileManager.default.removeItem(at: root) }
    let r = ["--root", root.path]

    let exerciseCount = try GradingHarness.course().manifest.exercises.count
    #expect(try ExercisesCommand.parse(r).execute().contains("0 of \(exerciseCount) exercise(s) passed"))

    let starter = try Self.grade(root, ["01-normalize"])
    #expect(starter.exitCode == 1)
    #expect(starter.text.contains("normalized(_:) is not implemented yet"))
    #expect(starter.text.contains("Total: 0/9 points (and 1 in checks hidden until the due date)"))

    #expect(throws: CLIError.self) { try Solution.parse(["01-normalize"] + r).execute() }

    let mine = root.appendingPathComponent("Exercises/01-normalize/Normalize.swift")
    try FileManager.default.removeItem(at: mine)
    try FileManager.default.copyItem(
      at: root.appendingPathComponent("Tests/ExerciseSolutions/01-normalize/Normalize.swift"), to: mine)
    let solved = try Self.grade(root, ["normalize"])
    #expect(solved.exitCode == 0, "\(solved.text)")
    #expect(solved.text.hasSuffix("Total: 9/9 points (and 1 in checks hidden until the due date)"))

    let list = try ExercisesCommand.parse(r + ["--format", "json"]).execute()
    #expect(
      list.contains(
        "\"id\": \"01-normalize\", \"title\": \"Normalize a state and read its probabilities\", \"lesson\": \"01-qubits\", \"status\": \"passed\", \"score\": 9.0"
      ))
    #expect(
      try Solution.parse(["01-normalize"] + r).execute().contains("func normalized(_ amplitudes: [Amplitude]) throws"))

    let reset = try Reset.parse(["01-normalize"] + r).execute()
    #expect(reset.contains("your version is in .plateau/backups/01-normalize-"))
    #expect(
      try Data(contentsOf: mine)
        == (try Data(contentsOf: root.appendingPathComponent("Tests/ExerciseStarters/01-normalize/Normalize.swift"))))
    #expect(
      try Reset.parse(["01-normalize"] + r).execute() == "01-normalize already has its starter files; nothing to do.")
  }

  @Test func hintsRevealOneTierAtATime() throws {
    let root = try Self.scratchCourse()
    defer { try? FileManager.default.removeItem(at: root) }
    let first = try Hint.parse(["01-apply-gate", "--root", root.path]).execute()
    #expect(first.contains("Hint 1 of 3:") && !first.contains("Hint 2 of 3:"))
    let second = try Hint.parse(["01-apply-gate", "--root", root.path]).execute()
    #expect(second.contains("Hint 1 of 3:") && second.contains("Hint 2 of 3:"))
    #expect(
      LearnerProgress.load(from: root.appendingPathComponent(".plateau/progress.json"))["01-apply-gate"].hintsShown == 2
    )
    #expect(throws: CLIError.self) { try Hint.parse(["01-apply-gate", "--tier", "4", "--root", root.path]).execute() }
    #expect(throws: CLIError.self) { try Hint.parse(["99-nothing", "--root", root.path]).execute() }
  }

  @Test func watchGradesTheFirstExerciseNotPassed() throws {
    let root = try Self.scratchCourse()
    defer { try? FileManager.default.removeItem(at: root) }
    var lines: [String] = []
    try Watch.parse([
      "--root", root.path, "--kit-path", GradingHarness.binDirectory.path, "--no-build", "--max-runs", "1",
    ])
    .execute { lines.append($0) }
    #expect(lines.first?.hasPrefix("01-normalize — Normalize a state") == true)
  }

  @Test func aPlatformRunWritesGradescopeResultsWithHiddenChecks() throws {
    let root = try Self.scratchCourse()
    defer { try? FileManager.default.removeItem(at: root) }
    let submission = root.appendingPathComponent("upload")
    try FileManager.default.createDirectory(at: submission, withIntermediateDirectories: true)
    // Files uploaded alone, as on Gradescope: found by name.
    try FileManager.default.copyItem(
      at: root.appendingPathComponent("Tests/ExerciseSolutions/01-apply-gate/ApplyGate.swift"),
      to: submission.appendingPathComponent("ApplyGate.swift"))
    let results = root.appendingPathComponent("results.json")
    let outcome = try Self.grade(
      root, ["--submission", submission.path, "--format", "gradescope", "--output", results.path])
    #expect(outcome.exitCode == 0)
    let json = try JSONSerialization.jsonObject(with: Data(contentsOf: results)) as? [String: Any]
    #expect(json?["score"] as? Double == 10)
    let tests = json?["tests"] as? [[String: Any]] ?? []
    #expect(tests.contains { $0["visibility"] as? String == "after_due_date" && $0["score"] as? Double == 2 })
    #expect(tests.contains { ($0["output"] as? String)?.contains("not submitted") == true })
  }

  @Test func aGraderThatCannotStartStillWritesResults() throws {
    let root = try Self.scratchCourse()
    defer { try? FileManager.default.removeItem(at: root) }
    let results = root.appendingPathComponent("results.json")
    let command = try Grade.parse([
      "--root", root.path, "--kit-path", "/nonexistent", "--no-build", "--format", "gradescope", "--output",
      results.path,
      "--submission", root.path,
    ])
    #expect(try command.execute().exitCode == 0)
    let json = try JSONSerialization.jsonObject(with: Data(contentsOf: results)) as? [String: Any]
    #expect(json?["score"] as? Double == 0)
    #expect((json?["output"] as? String)?.contains("libPlateauExerciseKit") == true)
  }
}
