/// Stage 5, layout: wraps each page's content in the theme template.
///
/// Adds the course outline (sidebar with progress markers), the page's table of contents,
/// previous/next links and the version stamp. All links are relative, so the site works from `file://` and any folder.
struct Layout {
  var course: Course
  var rendered: [String: RenderedPage]
  var template: Template
  var version: String
  var liveReload: Bool

  /// "Lesson 1: Qubits (coming soon)" for a planned lesson.
  static func label(of planned: Course.PlannedLesson) -> String {
    "Lesson \(planned.number): \(planned.title) (coming soon)"
  }

  /// "Lesson 1: Qubits", "Exercise: Bell states", or the title.
  static func label(of page: CoursePage) -> String {
    switch page.kind {
    case .lesson: return "Lesson \(page.number): \(page.title)"
    case .exercise: return "Exercise: \(page.title)"
    case .intro, .guide: return page.title
    }
  }

  /// One finished page: `content` is the HTML inside `<main>`; `headings` feed the TOC.
  func page(
    output: String, title: String, kind: String, description: String, content: String, headings: [Heading],
    previous: CoursePage?, next: CoursePage?
  ) -> String {
    let root = SitePaths.rootPrefix(of: output)
    var values: [String: String] = [
      "title": HTML.escape(title),
      "description": HTML.escape(description),
      "root": root,
      "page_id": HTML.escape(Self.pageID(output)),
      "kind": kind,
      "sidebar": sidebar(current: output),
      "content": content,
      "toc": toc(headings),
      "pager": pager(from: output, previous: previous, next: next),
      "version": HTML.escape(version),
      "cmark": HTML.escape(CmarkDocument.version),
      "scripts": "",
    ]
    if liveReload { values["scripts"] = "<script src=\"\(root)assets/live-reload.js\"></script>" }
    return template.render(values)
  }

  /// `lessons/01-x/index.html` → `lessons/01-x`, the key of progress markers.
  static func pageID(_ output: String) -> String {
    output.hasSuffix("/index.html") ? String(output.dropLast(11)) : output
  }

  // MARK: - Sidebar, TOC, pager

  func sidebar(current: String) -> String {
    func item(_ output: String, _ label: String, number: String?) -> String {
      let href = SitePaths.relative(from: current, to: output)
      let here = output == current ? " aria-current=\"page\"" : ""
      let num = number.map { "<span class=\"num\">\($0)</span> " } ?? ""
      return
        "<a href=\"\(href)\"\(here)>\(num)<span class=\"label\">\(HTML.escape(label))</span><span class=\"mark\" aria-hidden=\"true\"></span></a>"
    }
    var html = "<ol class=\"outline\">\n"
    html += "<li class=\"outline-home\">\(item("index.html", "Course map", number: nil))</li>\n"
    for entry in course.outline {
      let exercises: [CoursePage]
      switch entry {
      case .lesson(let lesson):
        html += "<li class=\"outline-lesson\" data-page=\"\(Self.pageID(lesson.outputPath))\">"
        html += item(lesson.outputPath, lesson.title, number: String(lesson.number))
        exercises = course.exercises(of: lesson)
      case .planned(let lesson):
        html +=
          "<li class=\"outline-lesson outline-planned\"><span class=\"planned\"><span class=\"num\">\(lesson.number)</span> "
        html += "<span class=\"label\">\(HTML.escape(lesson.title))</span><span class=\"soon\">soon</span></span>"
        exercises = course.exercises(ofSlug: lesson.slug)
      }
      if !exercises.isEmpty {
        html += "\n<ol class=\"outline-exercises\">\n"
        for exercise in exercises {
          html += "<li class=\"outline-exercise\" data-page=\"\(Self.pageID(exercise.outputPath))\">"
          html += item(exercise.outputPath, exercise.title, number: "✎") + "</li>\n"
        }
        html += "</ol>\n"
      }
      html += "</li>\n"
    }
    html += "<li class=\"outline-extra\">\(item("references.html", "References", number: nil))</li>\n"
    html += "<li class=\"outline-extra\">\(item("glossary.html", "Glossary", number: nil))</li>\n"
    for guide in course.guides {
      html += "<li class=\"outline-extra\">\(item(guide.outputPath, guide.title, number: nil))</li>\n"
    }
    return html + "</ol>\n"
  }

  func toc(_ headings: [Heading]) -> String {
    let entries = headings.filter { $0.level == 2 || $0.level == 3 }
    guard entries.count > 1 else { return "" }
    var html = "<nav class=\"toc\" aria-labelledby=\"toc-title\">\n<h2 id=\"toc-title\">On this page</h2>\n<ol>\n"
    for heading in entries {
      html += "<li class=\"toc-h\(heading.level)\"><a href=\"#\(heading.id)\">\(heading.html)</a></li>\n"
    }
    return html + "</ol>\n</nav>\n"
  }

  func pager(from output: String, previous: CoursePage?, next: CoursePage?) -> String {
    guard previous != nil || next != nil else { return "" }
    func link(_ page: CoursePage, _ rel: String, _ direction: String) -> String {
      let href = SitePaths.relative(from: output, to: page.outputPath)
      return "<a class=\"pager-\(rel)\" rel=\"\(rel)\" href=\"\(href)\"><span class=\"pager-dir\">\(direction)</span>"
        + "<span class=\"pager-title\">\(HTML.escape(Self.label(of: page)))</span></a>"
    }
    var html = "<nav class=\"pager\" aria-label=\"Previous and next page\">\n"
    if let previous { html += link(previous, "prev", "Previous") + "\n" }
    if let next { html += link(next, "next", "Next") + "\n" }
    return html + "</nav>\n"
  }
}
