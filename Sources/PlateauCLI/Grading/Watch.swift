public import ArgumentParser
import Foundation
import Grading

/// `plateau watch [EXERCISE]`: regrades an exercise whenever its files are saved.
public struct Watch: ParsableCommand {
  public static let configuration = CommandConfiguration(
    abstract: "Regrade an exercise every time you save it (Ctrl-C to stop).",
    discussion: """
      Without an exercise, watches the first one you have not passed yet and moves on to the \
      next when it passes. Files are polled twice a second (no file-system events needed, so \
      it works in containers and WSL).

      Examples:
        plateau watch
        plateau watch 01-apply-gate
      """)

  @Argument(help: "The exercise (an id such as 01-normalize, or a unique part of one); default: the first not passed.")
  public var exercise: String?

  @Option(help: "The course root (the folder with Exercises/exercises.json; default: here or above).")
  public var root: String = "."

  @Option(help: ArgumentHelp("Stop after this many gradings (for tests).", visibility: .hidden))
  public var maxRuns: Int?

  @Option(help: ArgumentHelp("The bin folder with the built exercise kit (for tests).", visibility: .hidden))
  public var kitPath: String?

  @Flag(help: "Use the already-built exercise kit instead of running `swift build` first.")
  public var noBuild = false

  public init() {}

  public func run() throws {
    try execute { print($0) }
  }

  /// Watches, calling `emit` with each grading's text; returns after `maxRuns` gradings.
  public func execute(_ emit: (String) -> Void) throws {
    let course = try CourseLocation.course(root: root)
    let first = try exercise.map { try CourseLocation.exercise($0, in: course) } ?? nextUnpassed(course)
    guard var watched = first else {
      emit("Every exercise passes. Well done!")
      return
    }
    var built = noBuild
    var last: [String] = []
    var runs = 0
    while maxRuns.map({ runs < $0 }) ?? true {
      let stamp = fingerprint(course, watched)
      if stamp != last {
        last = stamp
        var arguments = [watched.id, "--root", course.root.path] + (built ? ["--no-build"] : [])
        if let kitPath { arguments += ["--kit-path", kitPath] }
        built = true
        let outcome = try Grade.parse(arguments).execute()
        runs += 1
        emit(outcome.text)
        if outcome.exitCode == 0, exercise == nil, let next = nextUnpassed(course) {
          emit("✔ \(watched.id) passes. Next: \(next.id) — \(next.title) (Exercises/\(next.id)/README.md)")
          watched = next
          last = []
          continue
        }
        emit("Watching Exercises/\(watched.id)/ for changes (Ctrl-C to stop)…")
      }
      if maxRuns.map({ runs >= $0 }) ?? false { break }
      Thread.sleep(forTimeInterval: 0.5)
    }
  }

  private func nextUnpassed(_ course: Course) -> Manifest.Exercise? {
    let progress = LearnerProgress.load(from: course.progressFile)
    return course.manifest.exercises.first { !progress[$0.id].passed }
  }

  /// Modification dates and sizes of the exercise's files.
  private func fingerprint(_ course: Course, _ exercise: Manifest.Exercise) -> [String] {
    exercise.files.map { file in
      let path = course.exerciseDirectory(exercise.id).appendingPathComponent(file).path
      let attributes = try? FileManager.default.attributesOfItem(atPath: path)
      let date = (attributes?[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
      let size = (attributes?[.size] as? NSNumber)?.intValue ?? -1
      return "\(file):\(date):\(size)"
    }
  }
}
