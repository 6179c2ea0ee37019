public import ArgumentParser
import Foundation
import LessonRuntime

/// `plateau check`: runs every lesson's examples and checks every expected output.
public struct Check: ParsableCommand {
  public static let configuration = CommandConfiguration(
    abstract: "Run all lessons' examples and check their expected outputs.",
    discussion: """
      Every ```swift block runs (each lesson in its own process, so a crash is reported at \
      its line) and every ```output block is compared (exactly, or with tolerance=T for \
      numbers). Failures name the lesson file and line. The reports are kept in \
      .build/lesson-outputs/ for the site. Exit status 1 when anything fails.

      Examples:
        plateau check
        plateau check 01-qubits 02-gates
      """)

  @Argument(help: "Lessons to check (default: all).")
  public var lessons: [String] = []

  @Option(help: "Lessons run at the same time (default: the number of cores).")
  public var jobs: Int?

  @Flag(help: "Use the already-built runner instead of building it first.")
  public var noBuild = false

  @Option(help: "The course root (the folder with Package.swift and Lessons/).")
  public var root: String = "."

  @Option(help: ArgumentHelp("The lesson-examples runner to use (for tests).", visibility: .hidden))
  public var runner: String?

  public init() {}

  public func run() throws {
    let (text, passed) = try execute()
    print(text)
    if !passed { throw ExitCode(1) }
  }

  /// Runs the checks; returns the report text and whether everything passed.
  public func execute() throws -> (String, Bool) {
    let binary = try runner ?? ExamplesBinary.locate(root: root, build: !noBuild)
    let process = ExampleProcess(executable: binary)
    let all = try process.lessons()
    let selected =
      try lessons.isEmpty
      ? all.filter { !$0.id.hasPrefix("fixture:") } : lessons.map { try ExamplesBinary.lesson(matching: $0, in: all) }
    let reports = Self.runAll(
      selected, runner: process, jobs: max(1, jobs ?? ProcessInfo.processInfo.activeProcessorCount))
    let cache = URL(fileURLWithPath: root).appendingPathComponent(".build/lesson-outputs")
    try? FileManager.default.createDirectory(at: cache, withIntermediateDirectories: true)
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    var lines: [String] = []
    for report in reports {
      try? encoder.encode(report).write(to: cache.appendingPathComponent("\(report.lesson).json"))
      if report.passed {
        lines.append(
          "✔ \(report.lesson): \(report.blocks.count) block(s) in \(String(format: "%.2f", report.seconds)) s")
      } else {
        lines.append("✘ \(report.lesson)")
        lines += report.failures.map { "  \($0)" }
      }
    }
    let failed = reports.filter { !$0.passed }.count
    lines.append(
      failed == 0 ? "All \(reports.count) lesson(s) pass." : "\(failed) of \(reports.count) lesson(s) failed.")
    return (lines.joined(separator: "\n"), failed == 0)
  }

  /// Runs lessons `jobs` at a time, keeping the order of `lessons` in the result.
  static func runAll(_ lessons: [(id: String, file: String)], runner: ExampleProcess, jobs: Int) -> [LessonReport] {
    let results = UnsafeMutableBufferPointer<LessonReport?>.allocate(capacity: lessons.count)
    results.initialize(repeating: nil)
    defer { results.deallocate() }
    let shared = ReportSlots(results)
    let next = Counter()
    DispatchQueue.concurrentPerform(iterations: min(jobs, max(1, lessons.count))) { _ in
      while let k = next.take(below: lessons.count) {
        shared.set(k, runner.run(lesson: lessons[k].id, file: lessons[k].file))
      }
    }
    return results.compactMap { $0 }
  }
}

/// Result slots written by worker threads, one slot each.
private struct ReportSlots: @unchecked Sendable {
  let buffer: UnsafeMutableBufferPointer<LessonReport?>
  init(_ buffer: UnsafeMutableBufferPointer<LessonReport?>) { self.buffer = buffer }
  func set(_ k: Int, _ report: LessonReport) { buffer[k] = report }
}

/// A thread-safe counter handing out work items.
private final class Counter: @unchecked Sendable {
  private var value = 0
  private let lock = NSLock()
  func take(below limit: Int) -> Int? {
    lock.lock()
    defer { lock.unlock() }
    guard value < limit else { return nil }
    value += 1
    return value - 1
  }
}
