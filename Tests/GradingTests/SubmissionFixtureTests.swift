import ExerciseChecks
import Foundation
import Testing

@testable import Grading

/// Learner submissions graded for real, as `plateau grade --submissions` does.
///
/// Each one is compiled on its own, each check runs in a child process with limits, the whole
/// set as one batch (two at a time). Each fixture gets the right points and a message that
/// says what happened, and no fixture disturbs another.
@Suite(.enabled(if: GradingHarness.hasSolutions, "the submission fixtures live with the solutions"))
struct SubmissionFixtureTests {
  /// The course manifest with short limits for the exercises the fixtures submit, so the
  /// endless loop costs 2 s; the others (only the "correct" submission has them) keep theirs.
  static func testManifest() throws -> Manifest {
    var manifest = try GradingHarness.course().manifest
    let fixtures = try FileManager.default.contentsOfDirectory(atPath: GradingHarness.submissions.path)
    let submitted = Set(
      fixtures.flatMap { student in
        (try? FileManager.default.contentsOfDirectory(
          atPath: GradingHarness.submissions.appendingPathComponent("\(student)/Exercises").path)) ?? []
      })
    for k in manifest.exercises.indices where submitted.contains(manifest.exercises[k].id) {
      manifest.exercises[k].limits = Manifest.Limits(timeLimitSeconds: 2, memoryLimitMB: 1024, outputLimitKB: 64)
    }
    return manifest
  }

  /// The course's total points: every exercise, hidden checks included.
  static var totalPoints: Double {
    get throws { try GradingHarness.course().manifest.exercises.flatMap(\.checks).reduce(0) { $0 + $1.points } }
  }

  /// The batch: every fixture under Tests/ExerciseSolutions/Submissions, plus "correct" made
  /// from the reference solutions; graded once and shared by the tests below.
  static let batch: Result<(reports: [String: GradeReport], csv: String, savedReports: [String: Data]), GradingError> =
    {
      let fm = FileManager.default
      let folder = GradingHarness.temporaryDirectory("batch")
      defer { try? fm.removeItem(at: folder) }  // the compiled children and module cache are large
      let submissions = folder.appendingPathComponent("submissions")
      do {
        try fm.copyItem(at: GradingHarness.submissions, to: submissions)
        #if !os(Linux)
          // macOS does not enforce `ulimit -v`: the memory hog would really allocate 16 GiB.
          try fm.removeItem(at: submissions.appendingPathComponent("memory-hog"))
        #endif
        let course = try GradingHarness.course()
        for exercise in course.manifest.exercises {
          let target = submissions.appendingPathComponent("correct/Exercises/\(exercise.id)")
          try fm.createDirectory(at: target, withIntermediateDirectories: true)
          for file in exercise.files {
            try fm.copyItem(
              at: course.solutionDirectory(exercise.id).appendingPathComponent(file),
              to: target.appendingPathComponent(file))
          }
        }
        let grader = try Grader(
          manifest: try testManifest(), exercises: ExerciseCatalog.exercises, kit: try GradingHarness.kit(),
          workDirectory: folder.appendingPathComponent("work"), includeHidden: true)
        let csv = folder.appendingPathComponent("gradebook.csv")
        let reports = try Gradebook.grade(
          submissions: submissions, grader: grader, csv: csv, reports: folder.appendingPathComponent("reports"), jobs: 2
        )
        let byStudent = Dictionary(uniqueKeysWithValues: reports.map { ($0.student ?? "", $0) })
        let reportsFolder = folder.appendingPathComponent("reports")
        var saved: [String: Data] = [:]
        for name in try fm.contentsOfDirectory(atPath: reportsFolder.path) {
          saved[name] = try Data(contentsOf: reportsFolder.appendingPathComponent(name))
        }
        return .success((byStudent, try String(contentsOf: csv, encoding: .utf8), saved))
      } catch let error as GradingError {
        return .failure(error)
      } catch {
        return .failure(.io("\(error)"))
      }
    }()

  /// Whether the address-space limit holds (Linux; macOS ignores `ulimit -v`).
  static var memoryLimitEnforced: Bool {
    #if os(Linux)
      return true
    #else
      return false
    #endif
  }

  static func report(_ student: String) throws -> GradeReport {
    try #require(try batch.get().reports[student], "no report for \(student)")
  }

  static func check(_ student: String, _ exercise: String, _ check: String) throws -> CheckResult {
    let report = try #require(try Self.report(student).exercises.first { $0.id == exercise })
    return try #require(report.checks.first { $0.id == check })
  }

  @Test(arguments: [
    ("correct", 10.0, 10.0),
    ("partly-correct", 6, 9),
    ("compile-error", 0, 10),
    ("crash", 2, 0),
    ("infinite-loop", 0, 8),
    ("output-flood", 5, 0),
    ("forged-score", 0, 0),
    ("memory-hog", 0, 0),
  ])
  func eachSubmissionGetsItsPoints(student: String, normalize: Double, applyGate: Double) throws {
    if student == "memory-hog" && !Self.memoryLimitEnforced { return }
    let report = try Self.report(student)
    let scores = Dictionary(uniqueKeysWithValues: report.exercises.map { ($0.id, $0.score) })
    #expect(scores["01-normalize"] == normalize, "\(student): \(report.render(.text))")
    #expect(scores["01-apply-gate"] == applyGate, "\(student): \(report.render(.text))")
    #expect(report.maxScore == (try Self.totalPoints))
  }

  @Test(arguments: [
    (
      "partly-correct", "01-apply-gate", "qubit-out-of-range-throws", CheckResult.Status.error,
      ["crashed", "Index out of range"]
    ),
    ("partly-correct", "01-normalize", "zero-vector-throws", .failed, ["returned a state for the zero vector", "nan"]),
    ("partly-correct", "01-normalize", "sampling-statistics", .failed, ["standard errors away"]),
    (
      "compile-error", "01-normalize", "unit-norm", .error,
      ["does not compile", "Exercises/01-normalize/Normalize.swift:9:"]
    ),
    ("crash", "01-normalize", "unit-norm", .error, ["crashed in case 1 of 8", "I will write this later"]),
    ("crash", "01-normalize", "sampling-statistics", .error, ["crashed in case 1 of 3", "Index out of range"]),
    (
      "crash", "01-apply-gate", "x-on-basis-states", .error,
      ["not submitted: Exercises/01-apply-gate/ApplyGate.swift not found"]
    ),
    (
      "infinite-loop", "01-apply-gate", "product-state-up-to-phase", .error,
      ["stopped at the time limit of 2 s", "blochAngles"]
    ),
    ("output-flood", "01-normalize", "unit-norm", .error, ["printing more than 64 KB", "debug: step"]),
    ("forged-score", "01-normalize", "unit-norm", .failed, ["could not read the answer"]),
    ("forged-score", "01-normalize", "born-probabilities", .failed, ["returned 0 numbers"]),
    ("memory-hog", "01-apply-gate", "random-gates-every-qubit", .error, ["ran out of memory", "1024 MB"]),
  ])
  func eachFailureSaysWhatHappened(
    student: String, exercise: String, check: String, status: CheckResult.Status, phrases: [String]
  ) throws {
    if student == "memory-hog" && !Self.memoryLimitEnforced { return }
    let result = try Self.check(student, exercise, check)
    #expect(result.status == status)
    #expect(result.points == 0)
    let text = (result.feedback?.lines ?? []).joined(separator: "\n")
    for phrase in phrases { #expect(text.contains(phrase), "\(student)/\(exercise)/\(check): \(text)") }
  }

  @Test func aForgedScoreChangesNothing() throws {
    let report = try Self.report("forged-score")
    #expect(report.score == 0)
    #expect(report.exercises.flatMap(\.checks).allSatisfy { $0.status != .passed })
    let json = try #require(try Self.batch.get().savedReports["forged-score.json"])
    let saved = try JSONSerialization.jsonObject(with: json) as? [String: Any]
    #expect(saved?["score"] as? Double == 0)
  }

  @Test func theGradebookHasOneRowPerStudentAndOneColumnPerExercise() throws {
    let lines = try Self.batch.get().csv.split(separator: "\n").map(String.init)
    let manifest = try GradingHarness.course().manifest
    let ids = manifest.exercises.map(\.id)
    #expect(lines.first == "student," + ids.joined(separator: ",") + ",total,max,status,message")
    #expect(lines.count == 1 + (Self.memoryLimitEnforced ? 8 : 7))
    // The fixtures submit only the 01 exercises; "correct" submits every reference solution.
    let total = try Self.totalPoints
    let full = manifest.exercises.map { $0.checks.reduce(0) { $0 + $1.points } }
    func points(_ x: Double) -> String { x == x.rounded() ? String(Int(x)) : String(x) }
    let others = ids.dropFirst(2)
    let compileError =
      "compile-error,0,10," + others.map { _ in "0," }.joined()
      + "10,\(points(total)),graded,01-normalize: compile-error"
      + others.map { "; \($0): not-submitted" }.joined()
    #expect(lines.contains(compileError), "\(lines)")
    let correct = "correct," + full.map { points($0) + "," }.joined() + "\(points(total)),\(points(total)),graded,"
    #expect(lines.contains(correct), "\(lines)")
    #expect(try Self.batch.get().savedReports.count == lines.count - 1)
  }
}
