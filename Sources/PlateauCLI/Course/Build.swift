public import ArgumentParser
import Foundation
import SiteGenerator

/// `plateau build`: renders the course into a static site and says where to open it.
public struct Build: ParsableCommand {
  public static let configuration = CommandConfiguration(
    abstract: "Build the course site and print where to open it.",
    discussion: """
      Renders Lessons/ and Exercises/ into a static site under site/build/ (or --output), with
      math (KaTeX), highlighted code, search, and a references page and glossary. The site
      works offline: open the printed file:// address in a browser. Broken links, missing
      images, malformed front matter and unclosed math or code fences fail the build with
      file:line messages, and leave the previous site untouched.

      Every ```swift block shows its real output and figures: the lessons' examples are run \
      (reusing `plateau check`'s reports when they are current); a failing example fails the \
      build at its line. --no-examples skips them.

      Examples:
        plateau build
        plateau build --output /tmp/plateau-site
        plateau build --no-examples --timings
      """
  )

  @Option(help: "The course root (the folder holding Lessons/ and Exercises/).")
  public var root: String = "."

  @Option(help: "Where to write the site (default: <root>/site/build). Replaced on each build.")
  public var output: String?

  @Flag(help: "Also print the time each stage took.")
  public var timings = false

  @Flag(help: "Leave out the examples' outputs and figures (faster; no Swift build).")
  public var noExamples = false

  public init() {}

  public func run() throws {
    print(try execute())
  }

  /// Builds the site and returns the message that tells the learner where to open it.
  public func execute() throws -> String {
    let builder = SiteBuilder(configuration: configuration(), outputs: examplesOutputs())
    do {
      let report = try builder.build()
      var message = Self.summary(report)
      if timings {
        message +=
          "\n"
          + report.stageSeconds.map { "  \($0.stage): \(Int(($0.seconds * 1000).rounded())) ms" }.joined(
            separator: "\n")
      }
      return message + "\nOpen \(report.index.absoluteString) in a browser."
    } catch let error as SiteError {
      throw CLIError(error.description)
    }
  }

  /// The lessons' example outputs, unless --no-examples or the root is not the course package
  /// (fixture courses in tests have no Package.swift).
  func examplesOutputs() -> any CodeBlockOutputs {
    let rootURL = URL(fileURLWithPath: root)
    let manifest = (try? String(contentsOf: rootURL.appendingPathComponent("Package.swift"), encoding: .utf8)) ?? ""
    guard !noExamples, manifest.contains("lesson-examples") else { return NoCodeBlockOutputs() }
    return LessonOutputs(root: rootURL.standardizedFileURL, runner: nil)
  }

  func configuration() -> SiteConfiguration {
    var config = SiteConfiguration(root: URL(fileURLWithPath: root))
    if let output { config.output = URL(fileURLWithPath: output).standardizedFileURL }
    return config
  }

  /// The one-line summary: "Built the course site in 0.08 s: 12 pages (1 re-rendered, …)".
  static func summary(_ report: BuildReport) -> String {
    let seconds = (report.seconds * 100).rounded() / 100
    let pages = report.pageCount == 1 ? "1 page" : "\(report.pageCount) pages"
    return "Built the course site in \(seconds) s: \(pages) (\(report.renderedCount) re-rendered, "
      + "\(report.pageCount - report.renderedCount) unchanged)."
  }
}
