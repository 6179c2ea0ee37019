public import ArgumentParser
import ExerciseChecks
import Foundation
public import Grading

/// `plateau grade`: grades the learner's exercises, another copy, or a folder of copies.
public struct Grade: ParsableCommand {
  public static let configuration = CommandConfiguration(
    abstract: "Grade exercises: each check's result, points and feedback.",
    discussion: """
      Without options, grades your own exercise files in Exercises/ (all exercises, or the one \
      named) and remembers your progress in .plateau/. Each exercise is compiled on its own \
      and each check runs in a child process with the manifest's time and memory limits, so \
      a compile error, crash or endless loop costs only that exercise's points. Checks hidden \
      until the due date are skipped in your own copy.

      --submission DIR grades another copy (a repository, or the exercise files alone) with \
      every check; --submissions DIR grades each folder in DIR (one per student, in \
      parallel) into --output gradebook.csv plus one JSON report per student.

      Formats: text, json, junit (JUnit XML), gradescope (results.json), github-classroom \
      (version 1 runner result; also appended base64-encoded as `result=` to \
      $GITHUB_OUTPUT when that is set). The exit status is 1 when a check fails, except for \
      the gradescope and github-classroom formats (always 0, so the platform reads the \
      results).

      Examples:
        plateau grade                            # all exercises
        plateau grade 01-normalize
        plateau grade --format junit --output grades.xml
        plateau grade --submission /autograder/submission --format gradescope --output results.json
        plateau grade --submissions submissions/ --output gradebook.csv
      """)

  @Argument(help: "The exercise to grade (an id such as 01-normalize, or a unique part of one); default: all.")
  public var exercise: String?

  @Option(help: "Output format: text, json, junit, gradescope or github-classroom.")
  public var format: GradeFormat = .text

  @Option(help: "Write the report to this file (with --submissions: the CSV gradebook).")
  public var output: String?

  @Option(help: "Grade this copy (a repository, or the exercise files alone) instead of your own.")
  public var submission: String?

  @Option(help: "Grade every folder in this folder (one per student) into --output gradebook.csv.")
  public var submissions: String?

  @Option(help: "With --submissions: the folder for the per-student JSON reports (default: next to the CSV).")
  public var reports: String?

  @Flag(
    inversion: .prefixedNo,
    help: "Run the checks hidden until the due date (default: only with --submission and --submissions).")
  public var hiddenChecks: Bool?

  @Option(help: "Exercises (or, with --submissions, students) graded at the same time (default: the number of cores).")
  public var jobs: Int?

  @Option(help: "Run learner code as this unprivileged user (needs root; for autograders).")
  public var childUser: String?

  @Flag(help: "Use the already-built exercise kit instead of running `swift build` first.")
  public var noBuild = false

  @Option(help: "The course root (the folder with Exercises/exercises.json; default: here or above).")
  public var root: String = "."

  @Option(help: ArgumentHelp("The bin folder with the built exercise kit (for tests).", visibility: .hidden))
  public var kitPath: String?

  public init() {}

  public func validate() throws {
    if submission != nil && submissions != nil { throw ValidationError("give --submission or --submissions, not both") }
    if submissions != nil && output == nil { throw ValidationError("--submissions needs --output gradebook.csv") }
    if submissions != nil && exercise != nil {
      throw ValidationError("--submissions grades every exercise; leave out the exercise")
    }
    if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1, got \(jobs)") }
  }

  public func run() throws {
    let outcome = try execute()
    if !outcome.text.isEmpty { print(outcome.text) }
    if outcome.exitCode != 0 { throw ExitCode(outcome.exitCode) }
  }

  /// What `run` prints, and its exit status.
  public struct Outcome: Sendable {
    public var text: String
    public var exitCode: Int32
    public var reports: [GradeReport]
  }

  /// Grades and returns what to print (reports go to --output when given).
  public func execute() throws -> Outcome {
    let course = try CourseLocation.course(root: root)
    let outputURL = output.map { URL(fileURLWithPath: $0) }
    // The results file exists from the start, so a platform always finds one.
    if let outputURL, submissions == nil {
      let placeholder = Grader.failedReport(
        manifest: course.manifest, student: nil, reason: "grading started but did not finish (the grader was stopped)")
      try? placeholder.render(format.reportFormat).write(to: outputURL, atomically: true, encoding: .utf8)
    }
    let cores = ProcessInfo.processInfo.activeProcessorCount
    let grader: Grader
    do {
      let kit = try CourseLocation.kit(course: course, kitPath: kitPath, build: !noBuild)
      let learner = submission == nil && submissions == nil
      let work =
        learner
        ? course.stateDirectory.appendingPathComponent("build")
        : FileManager.default.temporaryDirectory.appendingPathComponent("plateau-grade-\(UUID().uuidString)")
      grader = try Grader(
        manifest: course.manifest, exercises: ExerciseCatalog.exercises, kit: kit, workDirectory: work,
        includeHidden: hiddenChecks ?? !learner, childUser: childUser)
    } catch {
      // Grading cannot start: the report still says so, in the asked-for format.
      let report = Grader.failedReport(manifest: course.manifest, student: nil, reason: "\(error)")
      return try deliver([report], course: course)
    }
    defer {
      if submission != nil || submissions != nil { try? FileManager.default.removeItem(at: grader.workDirectory) }
    }

    if let submissions, let outputURL {
      let reportsURL =
        reports.map { URL(fileURLWithPath: $0) }
        ?? outputURL.deletingPathExtension().appendingPathExtension("reports")
      let graded: [GradeReport]
      do {
        graded = try Gradebook.grade(
          submissions: URL(fileURLWithPath: submissions), grader: grader, csv: outputURL, reports: reportsURL,
          jobs: jobs ?? cores)
      } catch { throw CLIError("\(error)") }
      let lines = graded.map { "\($0.student ?? "?"): \(points($0.score))/\(points($0.maxScore))" }
      return Outcome(
        text: (lines + ["Graded \(graded.count) submission(s): \(outputURL.path), reports in \(reportsURL.path)"])
          .joined(separator: "\n"),
        exitCode: 0, reports: graded)
    }

    let only = try exercise.map { [try CourseLocation.exercise($0, in: course).id] }
    let target = Submission(root: submission.map { URL(fileURLWithPath: $0) } ?? course.root)
    let report = grader.grade(target, only: only, jobs: jobs ?? cores)
    if submission == nil {
      var progress = LearnerProgress.load(from: course.progressFile)
      for exercise in report.exercises { progress.record(exercise) }
      try? progress.save(to: course.progressFile)
    }
    return try deliver([report], course: course)
  }

  /// Writes or returns the report in the chosen format, with the exit status.
  private func deliver(_ reports: [GradeReport], course: Course) throws -> Outcome {
    let report = reports[0]
    let text = report.render(format.reportFormat)
    if format == .githubClassroom, let path = ProcessInfo.processInfo.environment["GITHUB_OUTPUT"], !path.isEmpty {
      if let handle = FileHandle(forWritingAtPath: path) {
        handle.seekToEndOfFile()
        handle.write(Data((PlatformFiles.githubOutputLine(for: report) + "\n").utf8))
        try? handle.close()
      }
    }
    let platform = format == .gradescope || format == .githubClassroom
    let exitCode: Int32 = platform || report.passed ? 0 : 1
    if let output {
      do { try text.write(toFile: output, atomically: true, encoding: .utf8) } catch {
        throw CLIError("cannot write \(output): \(error)")
      }
      let summary = "\(points(report.score))/\(points(report.maxScore)) points; report written to \(output)"
      return Outcome(text: format == .text ? text : summary, exitCode: exitCode, reports: reports)
    }
    return Outcome(text: text, exitCode: exitCode, reports: reports)
  }

  private func points(_ x: Double) -> String { x == x.rounded() ? String(Int(x)) : String(x) }
}

/// `--format` of `plateau grade`.
public enum GradeFormat: String, ExpressibleByArgument, CaseIterable, Sendable {
  case text, json, junit, gradescope
  case githubClassroom = "github-classroom"

  var reportFormat: ReportFormat { ReportFormat(rawValue: rawValue)! }
}
