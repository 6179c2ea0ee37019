/// Stages 2 and 3 for one course page: preprocess its body and front-matter strings, then render.
///
/// A pure function of the page text, its paths and its code-block outputs,
/// which is what the render cache keys on.
enum PageRenderStage {
  static func render(_ page: CoursePage, outputs: [Int: CodeBlockOutput]) -> RenderedPage {
    var preprocessor = Preprocessor(file: page.sourcePath)
    let prepared = preprocessor.prepare(page.body, firstLine: page.bodyLine)
    var renderer = PageRenderer(
      sourcePath: page.sourcePath, outputPath: page.outputPath, allowRawHTML: page.frontMatter.allowRawHTML,
      outputs: outputs)
    var result = renderer.render(prepared)

    let fm = page.frontMatter
    func inline(_ text: String, key: String) -> String {
      renderer.renderInline(preprocessor.prepareInline(text, line: fm.lines[key] ?? 1))
    }
    result.summary = fm.summary.map { inline($0, key: "summary") }
    result.objectives = fm.objectives.map { inline($0, key: "objectives") }
    result.prerequisites = fm.prerequisites.map {
      ValueReader.isLessonSlug($0) ? .lesson($0) : .text(inline($0, key: "prerequisites"))
    }
    result.terms = fm.terms.map { term in
      let definition = renderer.renderInline(preprocessor.prepareInline(term.definition, line: term.line))
      return RenderedTerm(
        name: term.name, anchor: Glossary.anchor(for: term.name), definition: definition, line: term.line)
    }
    let extra = renderer.partial
    result.links = extra.links
    result.citations = extra.citations
    result.diagnostics = (preprocessor.log.diagnostics + extra.diagnostics).sorted()
    return result
  }

  /// The page's ```swift blocks, for the `CodeBlockOutputs` hook (fence scan only).
  static func swiftBlocks(of page: CoursePage) -> [SwiftCodeBlock] {
    Preprocessor.fencedBlocks(in: page.body, firstLine: page.bodyLine)
      .filter { $0.language == "swift" }
      .enumerated()
      .map { index, block in
        SwiftCodeBlock(
          id: .init(page: page.sourcePath, index: index), line: block.line, flags: block.flags, code: block.code)
      }
  }
}
