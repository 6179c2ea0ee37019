public import ArgumentParser
import Foundation
import Grading

/// `plateau exercises`: the exercises in course order with your status and points.
public struct ExercisesCommand: ParsableCommand {
  public static let configuration = CommandConfiguration(
    commandName: "exercises",
    abstract: "List the exercises with your status and points.",
    discussion: """
      Status and points come from your last gradings (remembered in .plateau/progress.json); \
      run `plateau grade` to update them. JSON: {"exercises": [{"id", "title", "lesson", \
      "status", "score", "maxScore", "hintsShown", "hints"}]}; status is not-started, \
      in-progress or passed.

      Examples:
        plateau exercises
        plateau exercises --format json
      """)

  @Option(help: "Output format: text or json.")
  public var format: OutputFormat = .text

  @Option(help: "The course root (the folder with Exercises/exercises.json; default: here or above).")
  public var root: String = "."

  public init() {}

  public func run() throws { print(try execute()) }

  /// The list, as text or JSON.
  public func execute() throws -> String {
    let course = try CourseLocation.course(root: root)
    let progress = LearnerProgress.load(from: course.progressFile)
    let rows = course.manifest.exercises.map { exercise -> (Manifest.Exercise, String, LearnerProgress.Entry) in
      let entry = progress[exercise.id]
      let status = entry.passed ? "passed" : entry.attempts > 0 ? "in-progress" : "not-started"
      return (exercise, status, entry)
    }
    switch format {
    case .json:
      let items: [JSONValue] = rows.map { exercise, status, entry in
        .object([
          ("id", .string(exercise.id)), ("title", .string(exercise.title)), ("lesson", .string(exercise.lesson)),
          ("status", .string(status)), ("score", .number(entry.bestScore)),
          ("maxScore", .number(entry.attempts > 0 ? entry.maxScore : exercise.maxPoints)),
          ("hintsShown", .int(entry.hintsShown)), ("hints", .int(exercise.hints.count)),
        ])
      }
      return JSONValue.object([("exercises", .array(items))]).serialized()
    case .text:
      var lines = ["   exercise         lesson      status        points   title"]
      for (k, (exercise, status, entry)) in rows.enumerated() {
        let mark = status == "passed" ? "✔" : status == "in-progress" ? "…" : " "
        let max = entry.attempts > 0 ? entry.maxScore : exercise.maxPoints
        let points = "\(Self.number(entry.bestScore))/\(Self.number(max))"
        lines.append(
          "\(mark) \(Self.pad("\(k + 1). \(exercise.id)", 17))\(Self.pad(exercise.lesson, 12))"
            + "\(Self.pad(status, 14))\(Self.pad(points, 9))\(exercise.title)")
      }
      let passed = rows.filter { $0.1 == "passed" }.count
      lines.append("\(passed) of \(rows.count) exercise(s) passed. Grade one with: plateau grade EXERCISE")
      return lines.joined(separator: "\n")
    }
  }

  static func pad(_ s: String, _ width: Int) -> String {
    s.count >= width ? s + " " : s + String(repeating: " ", count: width - s.count)
  }

  static func number(_ x: Double) -> String { x == x.rounded() ? String(Int(x)) : String(x) }
}
