public import ArgumentParser
import Foundation
import Grading

/// `plateau release --output DIR`: a student copy of the course.
public struct ReleaseCommand: ParsableCommand {
  public static let configuration = CommandConfiguration(
    commandName: "release",
    abstract: "Write a student copy of the course: no reference solutions, no hidden checks.",
    discussion: """
      The copy leaves out Tests/ExerciseSolutions (reference solutions and graded \
      submission fixtures), every line marked `// plateau-release: solution`, every region \
      between `// plateau-release: hidden-begin` and `// plateau-release: hidden-end`, the \
      hidden checks' manifest entries, and what .gitignore ignores; the exercise files are the \
      untouched starters. It builds, and its `swift test` runs (scripts/test-release checks \
      both on a fresh copy). --github-classroom adds .github/workflows/classroom.yml.

      Examples:
        plateau release --output ../plateau-student
        plateau release --output ../template --github-classroom
      """)

  @Option(help: "The folder to write (must not exist, or be empty).")
  public var output: String

  @Flag(help: "Add the GitHub Classroom autograding workflow (.github/workflows/classroom.yml).")
  public var githubClassroom = false

  @Option(help: "The course root (the folder with Exercises/exercises.json; default: here or above).")
  public var root: String = "."

  public init() {}

  public func run() throws { print(try execute()) }

  /// Writes the release and summarizes it.
  public func execute() throws -> String {
    let course = try CourseLocation.course(root: root)
    let destination = URL(fileURLWithPath: output)
    let summary: Release.Summary
    do { summary = try Release.make(course: course, output: destination, kind: .student) } catch {
      throw CLIError("\(error)")
    }
    var lines = [
      "Wrote a student release to \(destination.path): \(summary.files) file(s), \(summary.strippedLines) line(s) stripped.",
      summary.removedChecks.isEmpty
        ? "No hidden checks." : "Hidden checks left out: \(summary.removedChecks.joined(separator: ", ")).",
    ]
    if githubClassroom {
      let workflow = destination.appendingPathComponent(".github/workflows/classroom.yml")
      do {
        try FileManager.default.createDirectory(
          at: workflow.deletingLastPathComponent(), withIntermediateDirectories: true)
        try PlatformFiles.githubClassroomWorkflow.write(to: workflow, atomically: true, encoding: .utf8)
      } catch { throw CLIError("writing \(workflow.path): \(error)") }
      lines.append("Added .github/workflows/classroom.yml (GitHub Classroom autograding).")
    }
    lines += summary.warnings.map { "warning: \($0)" }
    return lines.joined(separator: "\n")
  }
}

/// `plateau autograder --output DIR`: the contents of a Gradescope autograder zip.
public struct AutograderCommand: ParsableCommand {
  public static let configuration = CommandConfiguration(
    commandName: "autograder",
    abstract: "Write a Gradescope autograder (setup.sh, run_autograder and the course with its hidden checks).",
    discussion: """
      The folder holds setup.sh and run_autograder at its root and the course (hidden checks \
      kept, reference solutions left out). Zip its contents, not the folder: \
      (cd DIR && zip -r ../autograder.zip .), or pass --zip. See Exercises/INSTRUCTORS.md.

      Examples:
        plateau autograder --output ../gradescope --zip ../autograder.zip
      """)

  @Option(help: "The folder to write (must not exist, or be empty).")
  public var output: String

  @Option(help: "Also zip the folder's contents into this file (needs the zip command).")
  public var zip: String?

  @Option(help: "The Swift toolchain setup.sh installs.")
  public var swiftVersion: String = "6.3.1"

  @Option(help: "The course root (the folder with Exercises/exercises.json; default: here or above).")
  public var root: String = "."

  public init() {}

  public func run() throws { print(try execute()) }

  /// Writes the autograder and summarizes it.
  public func execute() throws -> String {
    let course = try CourseLocation.course(root: root)
    let destination = URL(fileURLWithPath: output).standardizedFileURL
    let summary: Release.Summary
    do {
      summary = try PlatformFiles.writeGradescopeAutograder(
        course: course, output: destination, swiftVersion: swiftVersion)
    } catch { throw CLIError("\(error)") }
    var lines = [
      "Wrote a Gradescope autograder to \(destination.path) (\(summary.files) course file(s), setup.sh, run_autograder)."
    ]
    if let zip {
      let archive = URL(fileURLWithPath: zip).standardizedFileURL
      try? FileManager.default.removeItem(at: archive)
      let status = try ExamplesBinary.run(
        ["zip", "-q", "-r", "-y", archive.path, "."], in: destination.path, quiet: true)
      guard status.code == 0 else { throw CLIError("zip failed: \(status.output)") }
      lines.append("Zipped it into \(archive.path): upload that as the autograder.")
    } else {
      lines.append("Zip its contents for Gradescope: (cd \(destination.path) && zip -r ../autograder.zip .)")
    }
    lines += summary.warnings.map { "warning: \($0)" }
    return lines.joined(separator: "\n")
  }
}
