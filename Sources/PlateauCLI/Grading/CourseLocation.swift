import Foundation
import Grading

/// Finds the course and the exercise kit for the grading commands.
enum CourseLocation {
  /// The course at `root`, or at the nearest folder above the current one that has
  /// `Exercises/exercises.json` when `root` is ".".
  static func course(root: String) throws -> Course {
    var folder = URL(fileURLWithPath: root).standardizedFileURL
    if root == "." {
      var probe = folder
      while !FileManager.default.fileExists(atPath: probe.appendingPathComponent(Manifest.relativePath).path) {
        let parent = probe.deletingLastPathComponent()
        if parent.path == probe.path { break }
        probe = parent
      }
      if FileManager.default.fileExists(atPath: probe.appendingPathComponent(Manifest.relativePath).path) {
        folder = probe
      }
    }
    guard FileManager.default.fileExists(atPath: folder.appendingPathComponent(Manifest.relativePath).path) else {
      throw CLIError(
        "no \(Manifest.relativePath) in \(folder.path) or above; run this in the course folder or pass --root")
    }
    do { return try Course.load(root: folder) } catch { throw CLIError("\(error)") }
  }

  /// The exercise kit: in `kitPath` if given, else next to this executable, after building it
  /// there with `swift build` unless `build` is false.
  static func kit(course: Course, kitPath: String?, build: Bool) throws -> ExerciseKit {
    if let kitPath {
      do { return try ExerciseKit.locate(binDirectory: URL(fileURLWithPath: kitPath)) } catch {
        throw CLIError("\(error)")
      }
    }
    let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
    let bin =
      FileManager.default.fileExists(atPath: executable.path)
      ? executable.deletingLastPathComponent()
      : URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
    if build {
      // A SwiftPM bin folder is <scratch>/<triple>/<configuration>.
      let configuration = bin.lastPathComponent == "release" ? "release" : "debug"
      let scratch = bin.deletingLastPathComponent().deletingLastPathComponent()
      var arguments = ["swift", "build", "-c", configuration, "--product", ExerciseKit.libraryName]
      if FileManager.default.fileExists(atPath: scratch.appendingPathComponent("workspace-state.json").path) {
        arguments += ["--scratch-path", scratch.path]
      }
      let status = try ExamplesBinary.run(arguments, in: course.root.path, quiet: true)
      guard status.code == 0 else {
        throw CLIError("building the exercise kit failed (\(arguments.joined(separator: " "))):\n\(status.output)")
      }
    }
    do { return try ExerciseKit.locate(binDirectory: bin) } catch { throw CLIError("\(error)") }
  }

  /// The exercise named by `query` (an id, a unique prefix or a part of one).
  static func exercise(_ query: String, in course: Course) throws -> Manifest.Exercise {
    do { return try course.exercise(matching: query) } catch { throw CLIError("\(error)") }
  }
}
