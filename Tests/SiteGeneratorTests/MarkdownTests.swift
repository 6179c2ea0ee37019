import SiteGenerator
import Testing

@Suite("Markdown through cmark")
struct MarkdownTests {
  @Test("a paragraph with emphasis renders as HTML")
  func rendersParagraph() {
    #expect(Markdown.html(from: "Hello *world*") == "<p>Hello <em>world</em></p>\n")
  }

  @Test("raw HTML is dropped in safe mode and kept when allowed")
  func safeMode() {
    #expect(Markdown.html(from: "<b>x</b>").contains("raw HTML omitted"))
    #expect(Markdown.html(from: "<b>x</b>", allowRawHTML: true).contains("<b>x</b>"))
  }

  @Test("the linked cmark is the Debian 0.30 series or newer")
  func version() {
    let parts = Markdown.cmarkVersion.split(separator: ".").compactMap { Int($0) }
    #expect(parts.count == 3 && (parts[0] > 0 || parts[1] >= 29), "cmark \(Markdown.cmarkVersion)")
  }
}
