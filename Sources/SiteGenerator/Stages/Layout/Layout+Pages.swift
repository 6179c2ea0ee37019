/// The content of each kind of page (what goes inside `<main>`).
extension Layout {
  /// Minutes as "45 min" or "1 h 30 min".
  static func duration(_ minutes: Int) -> String {
    minutes < 60 ? "\(minutes) min" : "\(minutes / 60) h" + (minutes % 60 == 0 ? "" : " \(minutes % 60) min")
  }

  func lesson(_ page: CoursePage) -> (content: String, headings: [Heading]) {
    let r = rendered[page.sourcePath]!
    var headings = r.headings
    var html = "<article class=\"page page-lesson\">\n<header class=\"page-header\">\n"
    let time = page.frontMatter.time.map { " · <span class=\"time\">\(Self.duration($0))</span>" } ?? ""
    html += "<p class=\"eyebrow\">Lesson \(page.number)\(time)</p>\n"
    html += "<h1 id=\"page-title\">\(HTML.escape(page.title))</h1>\n"
    if let summary = r.summary { html += "<p class=\"summary\">\(summary)</p>\n" }
    html += "<div class=\"lesson-meta\">\n"
    if !r.objectives.isEmpty {
      html +=
        "<section id=\"objectives\" class=\"objectives\">\n<h2 class=\"meta-title\">You will be able to</h2>\n<ul>\n"
      html += r.objectives.map { "<li>\($0)</li>\n" }.joined() + "</ul>\n</section>\n"
    }
    if !r.prerequisites.isEmpty {
      html +=
        "<section id=\"prerequisites\" class=\"prerequisites\">\n<h2 class=\"meta-title\">Before you start</h2>\n<ul>\n"
      html += r.prerequisites.map { "<li>\(prerequisite($0, from: page.outputPath))</li>\n" }.joined()
      html += "</ul>\n</section>\n"
    }
    html += "</div>\n</header>\n<div class=\"page-body\">\n\(r.body)</div>\n"
    let exercises = course.exercises(of: page)
    if !exercises.isEmpty {
      html += "<section id=\"exercises\" class=\"page-exercises\">\n<h2>Exercises</h2>\n<ul>\n"
      for exercise in exercises {
        let href = SitePaths.relative(from: page.outputPath, to: exercise.outputPath)
        let summary = rendered[exercise.sourcePath]?.summary.map { " — \($0)" } ?? ""
        html +=
          "<li data-page=\"\(Self.pageID(exercise.outputPath))\"><a href=\"\(href)\">\(HTML.escape(exercise.title))</a>\(summary)</li>\n"
      }
      html += "</ul>\n</section>\n"
      headings.append(Heading(level: 2, id: "exercises", html: "Exercises", text: "Exercises", line: 0))
    }
    html += papers(page, r, headings: &headings)
    html += progressControl()
    return (html + "</article>\n", headings)
  }

  /// A guide: title, summary and body, outside the reading order (no pager, no progress).
  func guide(_ page: CoursePage) -> (content: String, headings: [Heading]) {
    let r = rendered[page.sourcePath]!
    var headings = r.headings
    var html = "<article class=\"page page-guide\">\n<header class=\"page-header\">\n<p class=\"eyebrow\">Guide</p>\n"
    html += "<h1 id=\"page-title\">\(HTML.escape(page.title))</h1>\n"
    if let summary = r.summary { html += "<p class=\"summary\">\(summary)</p>\n" }
    html += "</header>\n<div class=\"page-body\">\n\(r.body)</div>\n"
    html += papers(page, r, headings: &headings)
    return (html + "</article>\n", headings)
  }

  func exercise(_ page: CoursePage) -> (content: String, headings: [Heading]) {
    let r = rendered[page.sourcePath]!
    var headings = r.headings
    let lesson = page.frontMatter.lesson.flatMap(course.lesson)
    let planned = page.frontMatter.lesson.flatMap(course.plannedLesson)
    var html = "<article class=\"page page-exercise\">\n<header class=\"page-header\">\n<p class=\"eyebrow\">Exercise"
    if let lesson {
      let href = SitePaths.relative(from: page.outputPath, to: lesson.outputPath)
      html += " for <a href=\"\(href)\">\(HTML.escape(Self.label(of: lesson)))</a>"
    } else if let planned {
      html += " for \(HTML.escape(Self.label(of: planned)))"
    }
    html += page.frontMatter.time.map { " · <span class=\"time\">\(Self.duration($0))</span>" } ?? ""
    html += "</p>\n<h1 id=\"page-title\">\(HTML.escape(page.title))</h1>\n"
    if let summary = r.summary { html += "<p class=\"summary\">\(summary)</p>\n" }
    html += "</header>\n<div class=\"page-body\">\n\(r.body)</div>\n"
    html += "<section id=\"grading\" class=\"grading\">\n<h2>Check your work</h2>\n"
    html += "<p>From the course folder, this command builds your solution and runs this exercise’s tests:</p>\n"
    html +=
      "<div class=\"code-block\" data-lang=\"bash\">\n<pre><code class=\"language-bash\">plateau grade \(page.slug)</code></pre>\n</div>\n"
    if let lesson {
      let href = SitePaths.relative(from: page.outputPath, to: lesson.outputPath)
      html += "<p class=\"back-link\">Back to <a href=\"\(href)\">\(HTML.escape(Self.label(of: lesson)))</a>.</p>\n"
    }
    html += "</section>\n"
    headings.append(Heading(level: 2, id: "grading", html: "Check your work", text: "Check your work", line: 0))
    html += papers(page, r, headings: &headings)
    html += progressControl()
    return (html + "</article>\n", headings)
  }

  func home(intro: RenderedPage?) -> String {
    let title = course.intro?.title ?? "Plateau"
    var html =
      "<article class=\"page page-home\">\n<header class=\"page-header\">\n<h1 id=\"page-title\">\(HTML.escape(title))</h1>\n"
    let minutes = course.readingOrder.compactMap(\.frontMatter.time).reduce(0, +)
    var stats = ["\(course.lessons.count) lesson\(course.lessons.count == 1 ? "" : "s")"]
    stats.append("\(course.exercises.count) exercise\(course.exercises.count == 1 ? "" : "s")")
    if minutes > 0 { stats.append("about \(Self.duration(minutes))") }
    html += "<p class=\"course-stats\">\(stats.joined(separator: " · "))</p>\n</header>\n"
    if let intro { html += "<div class=\"page-body intro\">\n\(intro.body)</div>\n" }
    html +=
      "<section class=\"course-map\" aria-labelledby=\"course-map\">\n<h2 id=\"course-map\">Course map</h2>\n<ol class=\"map\">\n"
    for entry in course.outline {
      switch entry {
      case .lesson(let lesson): html += lessonCard(lesson)
      case .planned(let lesson): html += plannedCard(lesson)
      }
    }
    if course.outline.isEmpty { html += "<li>The lessons are being written.</li>\n" }
    return html + "</ol>\n</section>\n</article>\n"
  }

  private func plannedCard(_ planned: Course.PlannedLesson) -> String {
    var html = "<li class=\"map-lesson map-planned\">\n"
    html += "<p class=\"eyebrow\">Lesson \(planned.number) · coming soon</p>\n"
    html += "<h3>\(HTML.escape(planned.title))</h3>\n"
    let exercises = course.exercises(ofSlug: planned.slug)
    if !exercises.isEmpty {
      let links = exercises.map { "<a href=\"\($0.outputPath)\">\(HTML.escape($0.title))</a>" }
      html += "<p class=\"map-exercises\">Exercises: \(links.joined(separator: ", "))</p>\n"
    }
    return html + "</li>\n"
  }

  private func lessonCard(_ lesson: CoursePage) -> String {
    let r = rendered[lesson.sourcePath]!
    var html = "<li class=\"map-lesson\" data-page=\"\(Self.pageID(lesson.outputPath))\">\n"
    let time = lesson.frontMatter.time.map { " · \(Self.duration($0))" } ?? ""
    html += "<p class=\"eyebrow\">Lesson \(lesson.number)\(time)<span class=\"mark\" aria-hidden=\"true\"></span></p>\n"
    html += "<h3><a href=\"\(lesson.outputPath)\">\(HTML.escape(lesson.title))</a></h3>\n"
    if let summary = r.summary { html += "<p class=\"summary\">\(summary)</p>\n" }
    if !r.objectives.isEmpty {
      html += "<ul class=\"map-objectives\" aria-label=\"Objectives\">\n"
      html += r.objectives.map { "<li>\($0)</li>\n" }.joined() + "</ul>\n"
    }
    let exercises = course.exercises(of: lesson)
    if !exercises.isEmpty {
      let links = exercises.map { "<a href=\"\($0.outputPath)\">\(HTML.escape($0.title))</a>" }
      html += "<p class=\"map-exercises\">Exercises: \(links.joined(separator: ", "))</p>\n"
    }
    return html + "</li>\n"
  }

  private func prerequisite(_ item: Prerequisite, from output: String) -> String {
    switch item {
    case .text(let html): return html
    case .lesson(let slug):
      if let planned = course.plannedLesson(slug) { return HTML.escape(Self.label(of: planned)) }
      guard let lesson = course.lesson(slug) else { return HTML.escape(slug) }
      let href = SitePaths.relative(from: output, to: lesson.outputPath)
      return "<a href=\"\(href)\">\(HTML.escape(Self.label(of: lesson)))</a>"
    }
  }

  private func papers(_ page: CoursePage, _ r: RenderedPage, headings: inout [Heading]) -> String {
    var ids: [String] = []
    for id in page.frontMatter.papers + r.citations.map(\.arxiv) where !ids.contains(id) { ids.append(id) }
    guard !ids.isEmpty else { return "" }
    headings.append(Heading(level: 2, id: "papers", html: "Papers", text: "Papers", line: 0))
    var html = "<section id=\"papers\" class=\"page-papers\">\n<h2>Papers</h2>\n<ul class=\"references\">\n"
    for id in ids {
      let paper = course.bibliography[id] ?? Paper(arxiv: id)
      html += "<li>\(References.describe(paper))</li>\n"
    }
    let all = SitePaths.relative(from: page.outputPath, to: "references.html")
    return html + "</ul>\n<p class=\"more\"><a href=\"\(all)\">All references</a></p>\n</section>\n"
  }

  private func progressControl() -> String {
    "<p class=\"progress-control\"><button type=\"button\" class=\"progress-toggle\" data-progress-toggle aria-pressed=\"false\">Mark as done</button></p>\n"
  }
}
