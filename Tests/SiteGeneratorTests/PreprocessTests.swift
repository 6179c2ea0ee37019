import Foundation
import Testing

@testable import SiteGenerator

/// Stage 2 (preprocess): math becomes placeholders cmark cannot damage, citations become
/// `cite:` links, pipe tables are lifted out, fences are listed; line counts never change.
@Suite("Preprocess stage: math, citations, tables, fences")
struct PreprocessTests {
  @Test(
    "golden: Fixtures/preprocess/<case>/input.md → expected/output.md, placeholders.txt",
    arguments: Golden.cases("preprocess"))
  func golden(_ name: String) throws {
    let input = try Golden.read(Golden.folder("preprocess", name).appendingPathComponent("input.md"))
    var preprocessor = Preprocessor(file: "input.md")
    let prepared = preprocessor.prepare(input, firstLine: 1)
    #expect(
      prepared.text.split(separator: "\n", omittingEmptySubsequences: false).count
        == input.split(separator: "\n", omittingEmptySubsequences: false).count)
    try Golden.check(Dump.visible(prepared.text), "preprocess", name, "output.md")
    try Golden.check(Dump.prepared(prepared, preprocessor.log.diagnostics), "preprocess", name, "placeholders.txt")
  }

  @Test(
    "TeX that cmark would damage comes back byte for byte",
    arguments: [
      #"\begin{pmatrix} a \\ b \end{pmatrix}"#, #"\{x \mid x > 0\}"#, "a*b*c", "a_1 + b_2", ##"\# \_ \$"##, "[a](b)",
      "x < y & z",
    ])
  func texSurvivesCmark(_ tex: String) {
    var preprocessor = Preprocessor(file: "f.md")
    let prepared = preprocessor.prepare("Before $\(tex)$ after.", firstLine: 1)
    var renderer = PageRenderer(
      sourcePath: "Lessons/01-a/lesson.md", outputPath: "lessons/01-a/index.html", allowRawHTML: false)
    let page = renderer.render(prepared)
    #expect(page.body == "<p>Before <span class=\"math math-inline\">\(HTML.escape(tex))</span> after.</p>\n")
    #expect(preprocessor.log.isEmpty && page.diagnostics.isEmpty)
  }

  @Test(
    "table cells that look like blocks stay inline",
    arguments: [
      ("# x", "\\# x"), ("> q", "\\> q"), ("- item", "\\- item"), ("3. x", "3\\. x"), ("---", "\\---"),
      ("*em*", "*em*"),
      ("#hashtag", "#hashtag"), ("12", "12"),
    ])
  func tableCellsInlineOnly(_ cell: String, _ escaped: String) {
    #expect(PipeTables.inlineOnly(cell) == escaped)
  }
}
