public import ArgumentParser
import Foundation
import SiteGenerator

/// `plateau build`: renders the course into a static site.
///
/// Until the full site generator lands (lessons, search, math), this renders the course
/// overview page with cmark and writes it atomically.
public struct Build: ParsableCommand {
  public static let configuration = CommandConfiguration(
    abstract: "Build the course site and print where to open it.",
    discussion: """
      Renders Lessons/ and Exercises/ into a static site under site/build/ (or --output).
      The site works offline: open the printed file:// address in a browser.

      Examples:
        plateau build
        plateau build --output /tmp/plateau-site
      """
  )

  @Option(help: "The course root (the folder holding Lessons/ and Exercises/).")
  public var root: String = "."

  @Option(help: "Where to write the site (default: <root>/site/build).")
  public var output: String?

  public init() {}

  public func run() throws {
    print(try execute())
  }

  /// Builds the site and returns the message that tells the learner where to open it.
  public func execute() throws -> String {
    let rootURL = URL(fileURLWithPath: root).standardizedFileURL
    let destination =
      output.map { URL(fileURLWithPath: $0).standardizedFileURL }
      ?? rootURL.appendingPathComponent("site/build")
    let page = try PlaceholderSite.render(root: rootURL)
    try AtomicDirectoryWriter.write([("index.html", page)], to: destination)
    let index = destination.appendingPathComponent("index.html")
    return "Built the course site (cmark \(Markdown.cmarkVersion)).\nOpen \(index.absoluteString) in a browser."
  }
}
