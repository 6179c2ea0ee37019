import Foundation
import LessonRuntime

/// Finds (and if needed builds) the `lesson-examples` runner for `plateau run` and `plateau check`.
enum ExamplesBinary {
  /// $PLATEAU_EXAMPLES_BINARY if set; otherwise builds the runner in release mode with
  /// `swift build` in `root` and returns its path.
  static func locate(root: String, build: Bool) throws -> String {
    if let path = ProcessInfo.processInfo.environment["PLATEAU_EXAMPLES_BINARY"] { return path }
    if build {
      let status = try run(["swift", "build", "-c", "release", "--product", "lesson-examples"], in: root, quiet: true)
      guard status.code == 0 else {
        throw CLIError("building the lesson examples failed; errors point at the lesson lines:\n\(status.output)")
      }
    }
    let bin = try run(["swift", "build", "-c", "release", "--show-bin-path"], in: root, quiet: true)
    let path = bin.output.trimmingCharacters(in: .whitespacesAndNewlines) + "/lesson-examples"
    guard FileManager.default.isExecutableFile(atPath: path) else {
      throw CLIError("no lesson-examples runner at \(path); run without --no-build to build it")
    }
    return path
  }

  /// Runs a command, capturing its output (or streaming it when `quiet` is false).
  @discardableResult
  static func run(_ arguments: [String], in directory: String, quiet: Bool) throws -> (code: Int32, output: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = arguments
    process.currentDirectoryURL = URL(fileURLWithPath: directory)
    let pipe = Pipe()
    if quiet {
      process.standardOutput = pipe
      process.standardError = pipe
    }
    try process.run()
    let data = quiet ? pipe.fileHandleForReading.readDataToEndOfFile() : Data()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
  }

  /// The lesson whose id is `query`, or starts with it ("01"), or contains it ("qubits").
  static func lesson(
    matching query: String, in lessons: [(id: String, file: String)]
  ) throws -> (id: String, file: String) {
    let courseLessons = lessons.filter { !$0.id.hasPrefix("fixture:") }
    if let exact = lessons.first(where: { $0.id == query }) { return exact }
    let matches = courseLessons.filter { $0.id.hasPrefix(query) || $0.id.contains(query) }
    guard matches.count == 1 else {
      let known = courseLessons.map(\.id).joined(separator: ", ")
      throw CLIError(
        matches.isEmpty
          ? "no lesson matches \"\(query)\"; lessons with examples: \(known)"
          : "\"\(query)\" matches several lessons: \(matches.map(\.id).joined(separator: ", "))")
    }
    return matches[0]
  }
}
