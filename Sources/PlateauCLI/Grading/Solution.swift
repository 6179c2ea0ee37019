public import ArgumentParser
import Foundation
import Grading

/// `plateau solution EXERCISE`: the reference solution, once the exercise passes.
public struct Solution: ParsableCommand {
  public static let configuration = CommandConfiguration(
    abstract: "Show an exercise's reference solution (after you pass it, unless the course allows otherwise).",
    discussion: """
      The manifest's "solutions" setting decides: after-pass (the default: once every \
      visible check of the exercise has passed in `plateau grade`), always, or never. A \
      student copy made by `plateau release` has no solutions.

      Examples:
        plateau solution 01-normalize
      """)

  @Argument(help: "The exercise (an id such as 01-normalize, or a unique part of one).")
  public var exercise: String

  @Option(help: "The course root (the folder with Exercises/exercises.json; default: here or above).")
  public var root: String = "."

  public init() {}

  public func run() throws { print(try execute()) }

  /// The solution's files, or why they are not shown.
  public func execute() throws -> String {
    let course = try CourseLocation.course(root: root)
    let exercise = try CourseLocation.exercise(self.exercise, in: course)
    switch course.manifest.solutions {
    case .never:
      throw CLIError("this course does not show reference solutions (solutions: never); ask your instructor")
    case .afterPass where !LearnerProgress.load(from: course.progressFile)[exercise.id].passed:
      throw CLIError(
        "pass \(exercise.id) first: the solution is shown once every check passes (`plateau grade \(exercise.id)`); "
          + "stuck? `plateau hint \(exercise.id)`")
    case .afterPass, .always: break
    }
    let folder = course.solutionDirectory(exercise.id)
    let files = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter {
      $0.hasSuffix(".swift")
    }
    .sorted()
    guard !files.isEmpty else {
      throw CLIError("this copy of the course has no reference solutions (a student release); ask your instructor")
    }
    var out: [String] = []
    for file in files {
      out.append("── Tests/ExerciseSolutions/\(exercise.id)/\(file) " + String(repeating: "─", count: 20))
      out.append((try? String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)) ?? "")
    }
    return out.joined(separator: "\n")
  }
}
