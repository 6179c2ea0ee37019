public import ArgumentParser
import Foundation
import Grading

/// `plateau hint EXERCISE`: the next hint tier.
public struct Hint: ParsableCommand {
  public static let configuration = CommandConfiguration(
    abstract: "Show the next hint of an exercise (tier 1 nudges; the last tier nearly answers).",
    discussion: """
      Each call reveals one more tier and shows all tiers revealed so far; a failing check's \
      feedback names the tier that helps with it. --tier N shows tier N (and reveals it).

      Examples:
        plateau hint 01-normalize
        plateau hint 01-apply-gate --tier 2
      """)

  @Argument(help: "The exercise (an id such as 01-normalize, or a unique part of one).")
  public var exercise: String

  @Option(help: "Show this tier (1-based) instead of the next one.")
  public var tier: Int?

  @Option(help: "The course root (the folder with Exercises/exercises.json; default: here or above).")
  public var root: String = "."

  public init() {}

  public func run() throws { print(try execute()) }

  /// The revealed hints, as text.
  public func execute() throws -> String {
    let course = try CourseLocation.course(root: root)
    let exercise = try CourseLocation.exercise(self.exercise, in: course)
    var progress = LearnerProgress.load(from: course.progressFile)
    var entry = progress[exercise.id]
    let count = exercise.hints.count
    if let tier {
      guard (1...count).contains(tier) else {
        throw CLIError("--tier \(tier): \(exercise.id) has hint tiers 1…\(count)")
      }
      entry.hintsShown = max(entry.hintsShown, tier)
    } else {
      entry.hintsShown = min(count, entry.hintsShown + 1)
    }
    progress[exercise.id] = entry
    try? progress.save(to: course.progressFile)
    let shown = tier.map { [$0] } ?? Array(1...entry.hintsShown)
    var lines = ["\(exercise.id) — \(exercise.title)"]
    for k in shown { lines.append("Hint \(k) of \(count): \(exercise.hints[k - 1])") }
    lines.append(
      entry.hintsShown < count
        ? "(run `plateau hint \(exercise.id)` again for the next tier)"
        : "(that was the last tier; the statement is Exercises/\(exercise.id)/README.md)")
    return lines.joined(separator: "\n")
  }
}
