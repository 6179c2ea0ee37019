public import Foundation

/// Where the course is, where the site goes, and what the build uses.
///
/// ```swift
/// var config = SiteConfiguration(root: URL(fileURLWithPath: "."))
/// config.output = URL(fileURLWithPath: "/tmp/plateau-site")
/// let report = try SiteBuilder(configuration: config).build()
/// ```
public struct SiteConfiguration: Sendable {
  /// The course root: the folder with `Lessons/`, `Exercises/` and `site/`.
  public var root: URL
  /// The site folder (default `<root>/site/build`); replaced atomically on each build.
  public var output: URL
  /// The theme: `templates/page.html` and `assets/` (default `<root>/site`).
  public var theme: URL
  /// Debian's KaTeX folder (`libjs-katex`), copied into the site with symlinks resolved.
  ///
  /// nil skips math assets (tests of the HTML only). `PLATEAU_KATEX_DIR` overrides the default.
  public var katex: URL?
  /// Debian's `highlight.min.js` (`libjs-highlight.js` 9.18).
  ///
  /// nil skips it. `PLATEAU_HIGHLIGHT_JS` overrides the default.
  public var highlightJS: URL?
  /// The footer's version stamp (default: `git describe --always --dirty` of the root).
  public var version: String
  /// Adds the live-reload script (`plateau serve`).
  public var liveReload = false
  /// Where the render cache persists between builds (nil: memory only).
  ///
  /// Default `<root>/.plateau/site-cache`.
  public var cacheDirectory: URL?

  public init(root: URL) {
    let env = ProcessInfo.processInfo.environment
    self.root = root.standardizedFileURL
    self.output = self.root.appendingPathComponent("site/build")
    self.theme = self.root.appendingPathComponent("site")
    self.katex = URL(fileURLWithPath: env["PLATEAU_KATEX_DIR"] ?? "/usr/share/javascript/katex")
    self.highlightJS = URL(
      fileURLWithPath: env["PLATEAU_HIGHLIGHT_JS"] ?? "/usr/share/javascript/highlight.js/highlight.min.js")
    self.version = Self.gitVersion(of: self.root)
    self.cacheDirectory = self.root.appendingPathComponent(".plateau/site-cache")
  }

  /// `git describe --always --dirty` of `root` ("21c3fba", "21c3fba-dirty"), or "unversioned".
  public static func gitVersion(of root: URL) -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["git", "-C", root.path, "describe", "--always", "--dirty", "--abbrev=7"]
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = FileHandle.nullDevice
    do {
      try process.run()
      let data = pipe.fileHandleForReading.readDataToEndOfFile()
      process.waitUntilExit()
      let text = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
      return process.terminationStatus == 0 && !text.isEmpty ? text : "unversioned"
    } catch {
      return "unversioned"
    }
  }
}

/// What a build did.
public struct BuildReport: Sendable {
  /// The site folder and its home page.
  public var output: URL
  public var index: URL { output.appendingPathComponent("index.html") }
  /// Markdown pages in the course (lessons, exercises, the home page's introduction).
  public var pageCount: Int
  /// Pages rendered by this build; the others came from the render cache.
  public var renderedCount: Int
  /// Wall-clock seconds for the whole build (load to swap-in).
  public var seconds: Double
  /// Seconds per stage, in order (`plateau build --timings` prints them).
  public var stageSeconds: [(stage: String, seconds: Double)]
}
