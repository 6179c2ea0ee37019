import Foundation
import Testing

@testable import SiteGenerator

/// The whole pipeline on small courses: every generated page is a golden file, and every
/// problem a build can hit fails it with `file:line` messages.
@Suite("Site builds (whole pipeline)")
struct SiteTests {
  /// A configuration without Debian assets or cache, with a fixed version stamp.
  static func configuration(_ course: TemporaryCourse) -> SiteConfiguration {
    var config = SiteConfiguration(root: course.root)
    config.theme = TemporaryCourse.repository.appendingPathComponent("site")
    config.output = course.root.appendingPathComponent("out")
    config.katex = nil
    config.highlightJS = nil
    config.version = "test-version"
    config.cacheDirectory = nil
    return config
  }

  @Test(
    "golden: Fixtures/site/<case>/input/ → expected/ (every page and the search index)", arguments: Golden.cases("site")
  )
  func golden(_ name: String) throws {
    let course = try TemporaryCourse(copying: Golden.folder("site", name).appendingPathComponent("input"))
    defer { course.remove() }
    try SiteBuilder(configuration: Self.configuration(course)).build()
    let out = course.root.appendingPathComponent("out")
    let files = FileManager.default.enumerator(atPath: out.path)!.compactMap { $0 as? String }
      .filter { !$0.hasPrefix("assets/") || $0 == "assets/search-index.js" }
      .filter { !FileManager.default.isDirectory(out.appendingPathComponent($0)) }
      .sorted()
    try Golden.check(files.joined(separator: "\n") + "\n", "site", name, "files.txt")
    for file in files where file.hasSuffix(".html") || file.hasSuffix(".js") {
      try Golden.check(course.read("out/\(file)"), "site", name, file)
    }
  }

  @Test(
    "errors: Fixtures/errors/<case>/input/ fails the build → expected/errors.txt", arguments: Golden.cases("errors"))
  func errors(_ name: String) throws {
    let course = try TemporaryCourse(copying: Golden.folder("errors", name).appendingPathComponent("input"))
    defer { course.remove() }
    do {
      try SiteBuilder(configuration: Self.configuration(course)).build()
      Issue.record("the build of errors/\(name) succeeded")
    } catch let error as SiteError {
      try Golden.check(error.description + "\n", "errors", name, "errors.txt")
    }
    #expect(!FileManager.default.fileExists(atPath: course.root.appendingPathComponent("out").path))
  }
}

extension FileManager {
  func isDirectory(_ url: URL) -> Bool {
    var isDirectory: ObjCBool = false
    return fileExists(atPath: url.path, isDirectory: &isDirectory) && isDirectory.boolValue
  }
}
