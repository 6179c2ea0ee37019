import Foundation
import Testing

@testable import SiteGenerator

/// The real course in a real browser: Debian's headless Chromium loads every page from disk
/// (`file://`, offline) and dumps the DOM after the scripts ran.
///
/// Each page is opened with `?selftest`, which makes `plateau.js` append a JSON report of what
/// a reader sees (math typeset, code highlighted, theme colours and their contrast, search
/// hits); the test also checks the DOM itself (no raw `$`, no KaTeX error). It skips only when
/// no Chromium is installed (`scripts/test` installs it: `scripts/install-system-deps --browser`).
@Suite("Browser: headless Chromium on the built course")
struct BrowserTests {
  static let chromium: String? = {
    let env = ProcessInfo.processInfo.environment
    if let path = env["PLATEAU_CHROMIUM"], FileManager.default.isExecutableFile(atPath: path) { return path }
    for dir in (env["PATH"] ?? "/usr/bin").split(separator: ":") {
      for name in ["chromium", "chromium-browser", "google-chrome"] {
        let path = "\(dir)/\(name)"
        if FileManager.default.isExecutableFile(atPath: path) { return path }
      }
    }
    return nil
  }()

  static let skipMessage =
    "Chromium is not installed: run scripts/install-system-deps --browser (Debian package chromium)"

  /// Builds the repository's course once, with Debian's KaTeX and highlight.js.
  static let site: Result<URL, any Error> = Result {
    let output = FileManager.default.temporaryDirectory.appendingPathComponent("plateau-browser-\(UUID().uuidString)")
    var config = SiteConfiguration(root: TemporaryCourse.repository)
    config.output = output
    config.cacheDirectory = nil
    config.version = "browser-test"
    try SiteBuilder(configuration: config).build()
    return output
  }

  /// Runs Chromium headless with a fresh profile; returns its standard output.
  static func chromium(_ arguments: [String], url: String) throws -> String {
    let profile = FileManager.default.temporaryDirectory.appendingPathComponent("plateau-chromium-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: profile) }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: chromium!)
    process.arguments =
      ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--user-data-dir=\(profile.path)"] + arguments
      + [url]
    let out = Pipe()
    process.standardOutput = out
    process.standardError = FileHandle.nullDevice
    try process.run()
    let watchdog = DispatchWorkItem { if process.isRunning { process.terminate() } }
    DispatchQueue.global().asyncAfter(deadline: .now() + 60, execute: watchdog)
    let data = out.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    watchdog.cancel()
    return String(decoding: data, as: UTF8.self)
  }

  struct Report: Decodable {
    var theme: String
    var background: String
    var color: String
    var contrast: Double
    var linkContrast: Double?
    var mathSpans: Int
    var typeset: Int
    var katexErrors: Int
    var codeBlocks: Int
    var highlighted: Int
    var searchResults: Int
  }

  /// Loads a page with `?selftest` (plus `query`), returns the DOM and the page's report.
  static func load(_ page: String, query: String = "", dark: Bool = false) throws -> (dom: String, report: Report) {
    let root = try site.get()
    let url = root.appendingPathComponent(page).absoluteString + "?selftest" + query
    let dom = try chromium(["--dump-dom"] + (dark ? ["--force-dark-mode"] : []), url: url)
    guard let start = dom.range(of: "<pre id=\"plateau-selftest\" hidden=\"\">"),
      let end = dom.range(of: "</pre>", range: start.upperBound..<dom.endIndex)
    else { throw SiteError(file: page, "no self-test report in the DOM (did plateau.js run?)") }
    let json = HTML.unescape(String(dom[start.upperBound..<end.lowerBound]))
    return (dom, try JSONDecoder().decode(Report.self, from: Data(json.utf8)))
  }

  /// The page's text outside scripts, code and KaTeX's MathML annotations.
  static func visibleText(_ dom: String) -> String {
    dom.replacing(/<script[\s\S]*?<\/script>/, with: "").replacing(/<pre[\s\S]*?<\/pre>/, with: "")
      .replacing(/<code[\s\S]*?<\/code>/, with: "").replacing(/<annotation[\s\S]*?<\/annotation>/, with: "")
  }

  /// sRGB relative luminance of `rgb(r, g, b)`.
  static func luminance(_ css: String) -> Double {
    let v = css.matches(of: /[\d.]+/).prefix(3).map { Double($0.output)! / 255 }
      .map { $0 <= 0.03928 ? $0 / 12.92 : pow(($0 + 0.055) / 1.055, 2.4) }
    return 0.2126 * v[0] + 0.7152 * v[1] + 0.0722 * v[2]
  }

  @Test(
    "every page: math typeset (no raw $, no KaTeX error), code highlighted, readable contrast",
    .enabled(if: chromium != nil, Comment(rawValue: skipMessage)))
  func everyPage() throws {
    let root = try Self.site.get()
    let pages = FileManager.default.enumerator(atPath: root.path)!.compactMap { $0 as? String }
      .filter { $0.hasSuffix(".html") && !$0.hasPrefix("assets/") }.sorted()
    #expect(pages.contains("lessons/00-welcome/index.html") && pages.contains("index.html"))
    // Two Chromiums at a time; the suite's tests also run side by side.
    let loaded = Locked([String: Result<(dom: String, report: Report), any Error>]())
    DispatchQueue.concurrentPerform(iterations: pages.count) { k in
      let result = Result { try Self.load(pages[k]) }
      loaded.withLock { $0[pages[k]] = result }
    }
    for page in pages {
      let (dom, report) = try loaded.withLock { $0[page]! }.get()
      #expect(
        report.typeset == report.mathSpans, "\(page): \(report.typeset) of \(report.mathSpans) math spans typeset")
      #expect(report.katexErrors == 0 && !dom.contains("katex-error"), "\(page): KaTeX reported an error")
      #expect(!Self.visibleText(dom).contains("$"), "\(page): a raw $ is left in the text")
      #expect(
        report.highlighted == report.codeBlocks,
        "\(page): \(report.highlighted) of \(report.codeBlocks) code blocks highlighted")
      #expect(
        report.theme == "light" && report.contrast >= 7, "\(page): text contrast \(report.contrast) in the light theme")
      #expect((report.linkContrast ?? 7) >= 4.5, "\(page): link contrast \(report.linkContrast ?? 0)")
    }
    let (lesson, report) = try loaded.withLock { $0["lessons/00-welcome/index.html"]! }.get()
    #expect(report.mathSpans > 20 && lesson.contains("class=\"katex-display\""))
    #expect(lesson.contains("<span class=\"hljs-keyword\">var</span>"), "Swift is highlighted")
    #expect(
      lesson.contains("<span class=\"hljs-keyword\">OPENQASM</span>"), "QASM is highlighted by our language definition")
    #expect(lesson.contains("class=\"copy-button\""))
  }

  @Test(
    "search finds a known term from the prebuilt index", .enabled(if: chromium != nil, Comment(rawValue: skipMessage)))
  func searchFindsTerm() throws {
    let (dom, report) = try Self.load("index.html", query: "&q=hardware-efficient%20ansatz")
    #expect(report.searchResults >= 1)
    // Hits are sections: a lesson page with an anchor (which lesson ranks first depends on the course).
    let results = dom.components(separatedBy: "id=\"search-results\"").dropFirst().joined()
    #expect(
      results.range(of: ##"href="lessons/[0-9]{2}-[^"#]+/index\.html#[^"]+""##, options: .regularExpression) != nil,
      "a lesson section is a hit")
    #expect(dom.contains("<mark>"), "matches are highlighted in the snippet")
  }

  @Test(
    "the dark theme applies from the system preference and from ?theme=dark",
    .enabled(if: chromium != nil, Comment(rawValue: skipMessage)))
  func darkTheme() throws {
    for (query, forceDark) in [("", true), ("&theme=dark", false)] {
      let (_, report) = try Self.load("lessons/00-welcome/index.html", query: query, dark: forceDark)
      #expect(report.theme == "dark")
      #expect(Self.luminance(report.background) < 0.05, "dark background, got \(report.background)")
      #expect(
        report.contrast >= 7 && (report.linkContrast ?? 0) >= 4.5,
        "contrast \(report.contrast), links \(report.linkContrast ?? 0)")
      #expect(report.typeset == report.mathSpans && report.katexErrors == 0)
    }
  }

  @Test(
    "screenshots of a lesson in the light and the dark theme",
    .enabled(if: chromium != nil, Comment(rawValue: skipMessage)))
  func screenshots() throws {
    let root = try Self.site.get()
    let folder = URL(
      fileURLWithPath: ProcessInfo.processInfo.environment["PLATEAU_SCREENSHOTS"]
        ?? FileManager.default.temporaryDirectory.appendingPathComponent("plateau-screenshots").path)
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let lesson = root.appendingPathComponent("lessons/00-welcome/index.html").absoluteString
    for theme in ["light", "dark"] {
      let file = folder.appendingPathComponent("lesson-\(theme).png")
      try? FileManager.default.removeItem(at: file)
      _ = try Self.chromium(
        ["--hide-scrollbars", "--window-size=1280,1600", "--screenshot=\(file.path)"], url: lesson + "?theme=\(theme)")
      let size = (try? FileManager.default.attributesOfItem(atPath: file.path)[.size] as? Int) ?? 0
      #expect(size > 50_000, "\(file.path) is \(size) bytes")
      print("Screenshot (\(theme) theme): \(file.path)")
    }
  }
}

extension BrowserTests {
  @Test(
    "a plot renders to a PNG with its lines, points and text (light and dark page)",
    .enabled(if: chromium != nil, Comment(rawValue: skipMessage)))
  func plotRendersInBrowser() throws {
    // The golden figure of the plotting tests: log axis, error bars, legend, title, labels.
    let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("../PlottingTests/Golden/log-errorbars.svg").standardizedFileURL
    let svg = try String(contentsOf: golden, encoding: .utf8)
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("plateau-plot-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    func shoot(_ body: String, scheme: String, name: String) throws -> Int {
      let page = folder.appendingPathComponent("\(name).html")
      try """
      <!doctype html><html><head><meta charset="utf-8"><meta name="color-scheme" content="\(scheme)">
      <style>body { margin: 0; background: \(scheme == "dark" ? "#1e1e1e" : "#ffffff"); }</style></head>
      <body>\(body)</body></html>
      """.write(to: page, atomically: true, encoding: .utf8)
      let png = folder.appendingPathComponent("\(name).png")
      _ = try Self.chromium(
        [
          "--hide-scrollbars", "--window-size=800,560", "--force-dark-mode=\(scheme == "dark")",
          "--screenshot=\(png.path)",
        ],
        url: page.absoluteString)
      return (try? FileManager.default.attributesOfItem(atPath: png.path)[.size] as? Int) ?? 0
    }
    for scheme in ["light", "dark"] {
      let blank = try shoot("", scheme: scheme, name: "blank-\(scheme)")
      let plot = try shoot(svg, scheme: scheme, name: "plot-\(scheme)")
      // A blank page compresses to a few KB; the drawn figure (text, curves, markers) does not.
      #expect(blank > 0 && plot > 4 * blank, "\(scheme): plot PNG \(plot) bytes vs blank \(blank) bytes")
    }
  }
}

/// A value behind a lock, for collecting results from concurrent work.
final class Locked<Value>: @unchecked Sendable {
  private var value: Value
  private let lock = NSLock()

  init(_ value: Value) { self.value = value }

  func withLock<T>(_ body: (inout Value) throws -> T) rethrows -> T {
    lock.lock()
    defer { lock.unlock() }
    return try body(&value)
  }
}
