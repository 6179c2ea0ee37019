import Foundation
import Testing

@testable import SiteGenerator

/// Stage 3 (render): cmark renders; the renderer adds heading ids, rewrites links to site
/// paths, renders code blocks with the literate-examples outputs, tables and math spans, and
/// reports missing alt text, level-1 headings and raw HTML.
@Suite("Render stage through cmark")
struct RenderTests {
  @Test("golden: Fixtures/render/<case>/input.md → expected/body.html, outline.txt", arguments: Golden.cases("render"))
  func golden(_ name: String) throws {
    let folder = Golden.folder("render", name)
    let input = try Golden.read(folder.appendingPathComponent("input.md"))
    var outputs: [Int: CodeBlockOutput] = [:]
    if let data = FileManager.default.contents(atPath: folder.appendingPathComponent("outputs.json").path) {
      let byIndex = try JSONDecoder().decode([String: CodeBlockOutput].self, from: data)
      for (key, value) in byIndex { outputs[Int(key)!] = value }
    }
    var preprocessor = Preprocessor(file: "Lessons/01-test/lesson.md")
    let prepared = preprocessor.prepare(input, firstLine: 1)
    var renderer = PageRenderer(
      sourcePath: "Lessons/01-test/lesson.md", outputPath: "lessons/01-test/index.html",
      allowRawHTML: name.contains("allowed"), outputs: outputs)
    let page = renderer.render(prepared)
    try Golden.check(page.body, "render", name, "body.html")
    try Golden.check(
      Dump.rendered(page) + Dump.diagnostics(preprocessor.log.diagnostics), "render", name, "outline.txt")
  }

  @Test(
    "heading ids follow GitHub's slug rule and are unique per page",
    arguments: [
      ("Barren plateaus", "barren-plateaus"), ("The $n$-qubit case", "the-n-qubit-case"), ("C++ & Swift!", "c--swift"),
      ("Ansätze", "ansätze"), ("", "section"),
    ])
  func slugs(_ text: String, _ slug: String) {
    #expect(Slugger.slug(text) == slug)
  }

  @Test("site paths: source files map to pages, relative links between pages")
  func sitePaths() {
    #expect(SitePaths.output(forSource: "Lessons/01-a/lesson.md") == "lessons/01-a/index.html")
    #expect(SitePaths.output(forSource: "Exercises/01-x/README.md") == "exercises/01-x/index.html")
    #expect(SitePaths.output(forSource: "Lessons/01-a/fig/plot.svg") == "lessons/01-a/fig/plot.svg")
    #expect(SitePaths.output(forSource: "Lessons/README.md") == "index.html")
    #expect(
      SitePaths.relative(from: "lessons/01-a/index.html", to: "exercises/01-x/index.html")
        == "../../exercises/01-x/index.html")
    #expect(SitePaths.relative(from: "lessons/01-a/index.html", to: "lessons/01-a/plot.svg") == "plot.svg")
    #expect(SitePaths.relative(from: "index.html", to: "lessons/01-a/index.html") == "lessons/01-a/index.html")
    #expect(SitePaths.resolve("../../x", against: "Lessons/01-a/lesson.md") == "x")
    #expect(SitePaths.resolve("../../../x", against: "Lessons/01-a/lesson.md") == nil)
  }
}
