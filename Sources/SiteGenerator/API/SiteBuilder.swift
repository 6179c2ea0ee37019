import Foundation

/// Builds the course site: the pipeline load → preprocess → render → check → layout → write.
///
/// ```swift
/// let builder = SiteBuilder(configuration: SiteConfiguration(root: courseRoot))
/// let report = try builder.build()        // throws SiteError listing every file:line problem
/// print("Open \(report.index.absoluteString)")
/// ```
///
/// Keep one builder to rebuild (as `plateau serve` does): its render cache re-renders only
/// pages whose text or code-block outputs changed. Literate examples plug in through
/// `outputs` (see `CodeBlockOutputs`).
///
/// - Complexity: linear in the course text; the Debian KaTeX and highlight.js files (≈3 MB)
///   are copied on every build.
public final class SiteBuilder {
  public let configuration: SiteConfiguration
  private let outputs: any CodeBlockOutputs
  private let cache: RenderCache

  public init(configuration: SiteConfiguration, outputs: any CodeBlockOutputs = NoCodeBlockOutputs()) {
    self.configuration = configuration
    self.outputs = outputs
    self.cache = RenderCache(directory: configuration.cacheDirectory)
  }

  /// Builds the site into `configuration.output`, replacing the previous site only on success.
  @discardableResult
  public func build() throws -> BuildReport {
    let start = Date()
    var stages: [(String, Double)] = []
    var mark = start
    func lap(_ name: String) {
      let now = Date()
      stages.append((name, now.timeIntervalSince(mark)))
      mark = now
    }
    let config = configuration
    // 1. Load.
    var log = DiagnosticLog()
    let course = CourseLoader(root: config.root).load(log: &log)
    let template = try loadTemplate()
    let vendor = try vendorAssets()
    lap("load")

    // The literate-examples hook: every ```swift block, once per build.
    let pages = course.allPages
    let blocks = pages.flatMap(PageRenderStage.swiftBlocks)
    let produced = try outputs.outputs(for: blocks)

    // 2–3. Preprocess and render what changed.
    var rendered: [String: RenderedPage] = [:]
    var renderedCount = 0
    for page in pages {
      var pageOutputs: [Int: CodeBlockOutput] = [:]
      for (id, output) in produced where id.page == page.sourcePath { pageOutputs[id.index] = output }
      let key = RenderCache.key(for: page, outputs: pageOutputs, salt: cache.salt)
      if let hit = cache[key] {
        rendered[page.sourcePath] = hit
      } else {
        let result = PageRenderStage.render(page, outputs: pageOutputs)
        cache[key] = result
        rendered[page.sourcePath] = result
        renderedCount += 1
      }
    }
    lap("preprocess+render")
    cache.save()
    lap("cache save")

    // 4. Check.
    for page in pages { log.append(contentsOf: rendered[page.sourcePath]!.diagnostics) }
    let assets = LinkChecker(root: config.root, course: course, rendered: rendered).check(log: &log)
    try log.throwIfAny()
    lap("check")

    // 5. Generate and lay out.
    var files = layOut(course, rendered: rendered, template: template)
    for asset in assets { files[SitePaths.output(forSource: asset)] = .copy(config.root.appendingPathComponent(asset)) }
    files.merge(vendor.files) { a, _ in a }
    lap("generate+layout")

    // 6. Write.
    try SiteWriter(destination: config.output).write(files, copyingFolders: vendor.folders)
    lap("write")
    return BuildReport(
      output: config.output, pageCount: pages.count, renderedCount: renderedCount,
      seconds: Date().timeIntervalSince(start), stageSeconds: stages)
  }

  private func layOut(
    _ course: Course, rendered: [String: RenderedPage], template: Template
  ) -> [String: SiteWriter.Item] {
    let layout = Layout(
      course: course, rendered: rendered, template: template, version: configuration.version,
      liveReload: configuration.liveReload)
    var files: [String: SiteWriter.Item] = [:]
    let order = course.readingOrder
    for (k, page) in order.enumerated() {
      let (content, headings) = page.kind == .lesson ? layout.lesson(page) : layout.exercise(page)
      files[page.outputPath] = .text(
        layout.page(
          output: page.outputPath, title: page.title, kind: page.kind.rawValue,
          description: HTML.text(of: rendered[page.sourcePath]?.summary ?? page.title), content: content,
          headings: headings, previous: k > 0 ? order[k - 1] : nil, next: k + 1 < order.count ? order[k + 1] : nil))
    }
    for page in course.guides {
      let (content, headings) = layout.guide(page)
      files[page.outputPath] = .text(
        layout.page(
          output: page.outputPath, title: page.title, kind: page.kind.rawValue,
          description: HTML.text(of: rendered[page.sourcePath]?.summary ?? page.title), content: content,
          headings: headings, previous: nil, next: nil))
    }
    let intro = course.intro.flatMap { rendered[$0.sourcePath] }
    files["index.html"] = .text(
      layout.page(
        output: "index.html", title: course.intro?.title ?? "Plateau", kind: "home",
        description: "A course on barren plateaus and classical simulability.", content: layout.home(intro: intro),
        headings: [], previous: nil, next: order.first))
    let withRenders = order.map { ($0, rendered[$0.sourcePath]!) }
    let references = References.entries(withRenders, bibliography: course.bibliography)
    files["references.html"] = .text(
      layout.page(
        output: "references.html", title: "References", kind: "references",
        description: "Every paper the course cites.",
        content: "<article class=\"page\">\n" + References.content(references, from: "references.html")
          + "</article>\n",
        headings: [], previous: nil, next: nil))
    let terms = withRenders.flatMap { page, r in r.terms.map { Glossary.Entry(term: $0, page: page) } }
    files["glossary.html"] = .text(
      layout.page(
        output: "glossary.html", title: "Glossary", kind: "glossary", description: "The terms the lessons define.",
        content: "<article class=\"page\">\n" + Glossary.content(terms, from: "glossary.html") + "</article>\n",
        headings: [], previous: nil, next: nil))
    let searchable = withRenders + course.guides.map { ($0, rendered[$0.sourcePath]!) }
    files["assets/search-index.js"] = .text(SearchIndex.script(SearchIndex.documents(searchable)))
    return files
  }

  private func loadTemplate() throws -> Template {
    let url = configuration.theme.appendingPathComponent("templates/page.html")
    guard let data = FileManager.default.contents(atPath: url.path) else {
      throw SiteError(file: url.path, "the theme's page template is missing")
    }
    return try Template(String(decoding: data, as: UTF8.self), file: url.path)
  }

  /// The theme's `assets/` plus Debian's KaTeX and highlight.js.
  private func vendorAssets() throws -> (files: [String: SiteWriter.Item], folders: [String: URL]) {
    let fm = FileManager.default
    var files: [String: SiteWriter.Item] = [:]
    var folders: [String: URL] = [:]
    let themeAssets = configuration.theme.appendingPathComponent("assets")
    for name in (try? fm.contentsOfDirectory(atPath: themeAssets.path)) ?? [] where !name.hasPrefix(".") {
      files["assets/\(name)"] = .copy(themeAssets.appendingPathComponent(name))
    }
    let hint =
      "install it with scripts/install-system-deps --site (Debian: apt-get install libjs-katex libjs-highlight.js)"
    if let katex = configuration.katex {
      guard fm.fileExists(atPath: katex.appendingPathComponent("katex.min.js").path) else {
        throw SiteError(file: katex.path, "KaTeX is missing; \(hint)")
      }
      folders["assets/katex"] = katex
    }
    if let highlight = configuration.highlightJS {
      guard fm.fileExists(atPath: highlight.path) else {
        throw SiteError(file: highlight.path, "highlight.js is missing; \(hint)")
      }
      files["assets/highlight/highlight.min.js"] = .copy(highlight)
    }
    return (files, folders)
  }
}
