import Foundation
import Testing

@testable import SiteGenerator

/// Stage 1 (load): front matter is split off, parsed with Yams and checked against the
/// lesson or exercise schema; every problem names the file line, the key and what is allowed.
@Suite("Front matter (load stage)")
struct FrontMatterTests {
  @Test(
    "golden: Fixtures/front-matter/<case>/input.md → expected/front-matter.txt", arguments: Golden.cases("front-matter")
  )
  func golden(_ name: String) throws {
    let text = try Golden.read(Golden.folder("front-matter", name).appendingPathComponent("input.md"))
    let kind: CoursePage.Kind = name.hasPrefix("exercise") ? .exercise : .lesson
    var log = DiagnosticLog()
    var out = ""
    do {
      let (yaml, _, bodyLine) = try FrontMatter.split(text, file: "input.md")
      let fm = FrontMatter.parse(yaml: yaml ?? "", kind: kind, file: "input.md", firstLine: 2, log: &log)
      out = "body starts on line \(bodyLine)\n" + Dump.frontMatter(fm, log)
    } catch let error as SiteError {
      out = Dump.diagnostics(error.diagnostics)
    }
    try Golden.check(out, "front-matter", name, "front-matter.txt")
  }

  @Test(
    "arXiv ids: new style with version, old style; malformed ones rejected",
    arguments: [
      ("2312.09121", true), ("2312.09121v3", true), ("1803.11173", true), ("quant-ph/0104030", true),
      ("math.OC/0101001", true), ("cond-mat.str-el/0101001", true), ("2312.0912", true), ("231.09121", false),
      ("arXiv:2312.09121", false), ("2312.09121 ", false), ("quant-ph/010403", false),
    ])
  func arxivIDs(_ id: String, _ valid: Bool) {
    #expect(ValueReader.isArxivID(id) == valid)
  }

  @Test("YAML would read 2001.00550 as a number; the raw text keeps the trailing zero")
  func arxivIDKeepsDigits() throws {
    var log = DiagnosticLog()
    let fm = FrontMatter.parse(
      yaml: "title: T\nlesson: 01-a\npapers: [2001.00550]", kind: .exercise, file: "f", firstLine: 2, log: &log)
    #expect(fm.papers == ["2001.00550"] && log.isEmpty)
  }
}
