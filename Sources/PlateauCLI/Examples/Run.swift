public import ArgumentParser
import Foundation
import LessonRuntime

/// `plateau run LESSON`: runs one lesson's Swift examples in the terminal, in order.
public struct Run: ParsableCommand {
  public static let configuration = CommandConfiguration(
    abstract: "Run a lesson's Swift examples in the terminal, in order, showing their output.",
    discussion: """
      The lesson's ```swift blocks run like a notebook (later blocks see earlier ones), \
      built in release mode. Heavy experiments use a small default size; --full runs them at \
      the size of the paper.

      Examples:
        plateau run 01-qubits
        plateau run 05 --full
      """)

  @Argument(help: "The lesson: its folder name (01-qubits), number (01) or part of its name.")
  public var lesson: String

  @Flag(help: "Run heavy experiments at full size.")
  public var full = false

  @Flag(help: "Use the already-built runner instead of building it first.")
  public var noBuild = false

  @Option(help: "The course root (the folder with Package.swift and Lessons/).")
  public var root: String = "."

  @Option(help: ArgumentHelp("The lesson-examples runner to use (for tests).", visibility: .hidden))
  public var runner: String?

  public init() {}

  public func run() throws {
    let binary = try runner ?? ExamplesBinary.locate(root: root, build: !noBuild)
    let lessons = try ExampleProcess(executable: binary).lessons()
    let match = try ExamplesBinary.lesson(matching: lesson, in: lessons)
    let status = try ExamplesBinary.run([binary, "run", match.id] + (full ? ["--full"] : []), in: root, quiet: false)
    if status.code != 0 { throw ExitCode(status.code) }
  }
}
