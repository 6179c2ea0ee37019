public import ArgumentParser
import Foundation
import Grading

/// `plateau reset EXERCISE`: restores the starter files, keeping a backup.
public struct Reset: ParsableCommand {
  public static let configuration = CommandConfiguration(
    abstract: "Restore an exercise's starter files (your version is backed up first).",
    discussion: """
      Your current files go to .plateau/backups/<exercise>-<date>/ before the untouched \
      starters (from Tests/ExerciseStarters/) replace them.

      Examples:
        plateau reset 01-normalize
      """)

  @Argument(help: "The exercise (an id such as 01-normalize, or a unique part of one).")
  public var exercise: String

  @Option(help: "The course root (the folder with Exercises/exercises.json; default: here or above).")
  public var root: String = "."

  public init() {}

  public func run() throws { print(try execute()) }

  /// Resets and says what happened.
  public func execute() throws -> String {
    let course = try CourseLocation.course(root: root)
    let exercise = try CourseLocation.exercise(self.exercise, in: course)
    let fm = FileManager.default
    var changed: [String] = []
    for file in exercise.files {
      let starter = course.starterDirectory(exercise.id).appendingPathComponent(file)
      guard let pristine = fm.contents(atPath: starter.path) else {
        throw CLIError("Tests/ExerciseStarters/\(exercise.id)/\(file) is missing, so there is no starter to restore")
      }
      if fm.contents(atPath: course.exerciseDirectory(exercise.id).appendingPathComponent(file).path) != pristine {
        changed.append(file)
      }
    }
    guard !changed.isEmpty else { return "\(exercise.id) already has its starter files; nothing to do." }
    let stamp = ISO8601DateFormatter().string(from: Date()).replacingOccurrences(of: ":", with: "")
    let backup = course.stateDirectory.appendingPathComponent("backups/\(exercise.id)-\(stamp)")
    do {
      try fm.createDirectory(at: backup, withIntermediateDirectories: true)
      for file in changed {
        let mine = course.exerciseDirectory(exercise.id).appendingPathComponent(file)
        if fm.fileExists(atPath: mine.path) { try fm.copyItem(at: mine, to: backup.appendingPathComponent(file)) }
        let starter = course.starterDirectory(exercise.id).appendingPathComponent(file)
        try fm.contents(atPath: starter.path)!.write(to: mine)
      }
    } catch { throw CLIError("resetting \(exercise.id): \(error)") }
    let relative = ".plateau/backups/\(backup.lastPathComponent)"
    return
      "Restored the starter of \(exercise.id) (\(changed.joined(separator: ", "))); your version is in \(relative)/."
  }
}
