public import ArgumentParser
import Foundation
import SiteGenerator

/// `plateau serve`: builds the site, serves it on 127.0.0.1, rebuilds when a lesson, an
/// exercise or the theme changes, and makes open pages reload themselves.
public struct Serve: ParsableCommand {
  public static let configuration = CommandConfiguration(
    abstract: "Preview the course site with automatic rebuild and reload.",
    discussion: """
      Builds the site (like plateau build), serves it at http://127.0.0.1:PORT/, and watches
      Lessons/, Exercises/ and the theme in site/. After a change it rebuilds (re-rendering only
      the pages that changed) and open pages reload; a failed build keeps the previous site and
      shows the errors on the page. Stop with Ctrl-C. Only this machine can connect.

      Examples:
        plateau serve
        plateau serve --port 8080
      """
  )

  @Option(help: "The course root (the folder holding Lessons/ and Exercises/).")
  public var root: String = "."

  @Option(help: "Where to write the site (default: <root>/site/build).")
  public var output: String?

  @Option(help: "The port on 127.0.0.1 (0 picks a free one).")
  public var port: Int = 3000

  @Flag(help: "Leave out the examples' outputs (no Swift build on each change).")
  public var noExamples = false

  public init() {}

  public func run() throws {
    let session = try start()
    print(session.message)
    session.watch()
  }

  /// Builds and starts serving; returns the session (stop it with `stop()`).
  ///
  /// `run()` prints its `message` and then watches for changes until the process ends.
  public func start() throws -> PreviewSession {
    var build = Build()
    build.root = root
    build.output = output
    build.noExamples = noExamples
    var config = build.configuration()
    config.liveReload = true
    let builder = SiteBuilder(configuration: config, outputs: build.examplesOutputs())
    do {
      try builder.build()
    } catch let error as SiteError {
      throw CLIError(error.description)
    }
    let server = try PreviewServer(directory: config.output, port: port)
    server.start()
    return PreviewSession(builder: builder, server: server)
  }
}

/// A running preview: the server plus the watcher that rebuilds on change.
public final class PreviewSession {
  private let builder: SiteBuilder
  private let server: PreviewServer
  private var fingerprint: Int

  init(builder: SiteBuilder, server: PreviewServer) {
    self.builder = builder
    self.server = server
    self.fingerprint = Self.fingerprint(builder.configuration)
  }

  /// The address of the preview.
  public var url: String { "http://127.0.0.1:\(server.port)/" }

  /// What `plateau serve` prints when it starts.
  public var message: String {
    "Serving the course site at \(url) (rebuilds and reloads on change; Ctrl-C stops)."
  }

  /// Rebuilds if a watched file changed since the last look.
  ///
  /// Returns the build's message
  /// (nil when nothing changed); a failed build leaves the previous site in place and is
  /// shown on open pages.
  @discardableResult
  public func rebuildIfChanged() -> String? {
    let now = Self.fingerprint(builder.configuration)
    guard now != fingerprint else { return nil }
    fingerprint = now
    do {
      let report = try builder.build()
      server.buildFinished(error: nil)
      return "Rebuilt: " + Build.summary(report)
    } catch {
      server.buildFinished(error: "\(error)")
      return "Build failed (the previous site stays up):\n\(error)"
    }
  }

  /// Polls for changes every 0.4 s and rebuilds, forever.
  public func watch() -> Never {
    while true {
      Thread.sleep(forTimeInterval: 0.4)
      if let message = rebuildIfChanged() { print(message) }
    }
  }

  public func stop() { server.stop() }

  /// Paths, sizes and modification times of everything a build reads, hashed.
  static func fingerprint(_ config: SiteConfiguration) -> Int {
    var hasher = Hasher()
    let output = config.output.standardizedFileURL.path
    for folder in [
      config.root.appendingPathComponent("Lessons"), config.root.appendingPathComponent("Exercises"), config.theme,
    ] {
      guard
        let walker = FileManager.default.enumerator(
          at: folder, includingPropertiesForKeys: [.contentModificationDateKey, .fileSizeKey],
          options: [.skipsHiddenFiles])
      else { continue }
      for case let url as URL in walker {
        let path = url.standardizedFileURL.path
        if path == output || path.hasPrefix(output + "/") {
          walker.skipDescendants()
          continue
        }
        let values = try? url.resourceValues(forKeys: [.contentModificationDateKey, .fileSizeKey])
        hasher.combine(path)
        hasher.combine(values?.fileSize)
        hasher.combine(values?.contentModificationDate)
      }
    }
    return hasher.finalize()
  }
}
