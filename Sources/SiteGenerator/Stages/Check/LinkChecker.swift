import Foundation

/// Stage 4, check: every link, anchor and image of every page must resolve.
///
/// - a page link must name a lesson or exercise page, and its `#fragment` an id on that page;
/// - a file link or image must name a file inside `Lessons/` or `Exercises/` (it is copied);
/// - `#anchor` must be an id on the same page; `glossary:slug` a defined term.
/// Each failure is a diagnostic at the link's file and line. Returns the files to copy.
struct LinkChecker {
  var root: URL
  var course: Course
  var rendered: [String: RenderedPage]

  /// Ids the layout adds to a page beyond its headings.
  func layoutAnchors(of page: CoursePage) -> Set<String> {
    var ids: Set<String> = ["content", "page-title", "top"]
    let r = rendered[page.sourcePath]
    switch page.kind {
    case .lesson:
      if !page.frontMatter.objectives.isEmpty { ids.insert("objectives") }
      if !page.frontMatter.prerequisites.isEmpty { ids.insert("prerequisites") }
      if !course.exercises(of: page).isEmpty { ids.insert("exercises") }
    case .exercise:
      ids.insert("grading")
    case .intro:
      ids.insert("course-map")
    case .guide:
      break
    }
    if !page.frontMatter.papers.isEmpty || !(r?.citations.isEmpty ?? true) { ids.insert("papers") }
    return ids
  }

  func check(log: inout DiagnosticLog) -> [String] {
    var anchors: [String: Set<String>] = [:]
    for page in course.allPages {
      anchors[page.sourcePath] = Set(rendered[page.sourcePath]?.anchors ?? []).union(layoutAnchors(of: page))
    }
    let terms = Set(course.allPages.flatMap { rendered[$0.sourcePath]?.terms.map(\.anchor) ?? [] })
    var assets: Set<String> = []
    for page in course.allPages {
      guard let r = rendered[page.sourcePath] else { continue }
      for link in r.links {
        let what = link.isImage ? "image" : "link"
        switch link.target {
        case .external:
          continue
        case .anchor:
          if let fragment = link.fragment, !anchors[page.sourcePath]!.contains(fragment) {
            log.error(
              page.sourcePath, link.line,
              "broken \(what) '\(link.url)': no heading or anchor '#\(fragment)' on this page\(suggest(fragment, anchors[page.sourcePath]!))"
            )
          }
        case .glossary(let slug):
          if !terms.contains(Glossary.anchor(forSlug: slug)) {
            let known = terms.map { String($0.dropFirst(5)) }.sorted().joined(separator: ", ")
            log.error(
              page.sourcePath, link.line,
              "unknown glossary term '\(slug)'; defined terms: \(known.isEmpty ? "none" : known)")
          }
        case .file(let target):
          if let targetAnchors = anchors[target], course.page(sourcePath: target) != nil {
            if link.isImage {
              log.error(page.sourcePath, link.line, "image '\(link.url)' points at a page, not an image file")
            } else if let fragment = link.fragment, !fragment.isEmpty, !targetAnchors.contains(fragment) {
              log.error(
                page.sourcePath, link.line,
                "broken link '\(link.url)': \(target) has no heading or anchor '#\(fragment)'\(suggest(fragment, targetAnchors))"
              )
            }
            continue
          }
          checkFile(target, link: link, what: what, page: page, assets: &assets, log: &log)
        }
      }
    }
    return assets.sorted()
  }

  private func checkFile(
    _ target: String, link: LinkReference, what: String, page: CoursePage, assets: inout Set<String>,
    log: inout DiagnosticLog
  ) {
    let top = target.split(separator: "/").first.map(String.init) ?? ""
    var isDirectory: ObjCBool = false
    let exists = FileManager.default.fileExists(
      atPath: root.appendingPathComponent(target).path, isDirectory: &isDirectory)
    if !exists {
      if link.isImage {
        log.error(page.sourcePath, link.line, "missing image '\(link.url)': no file \(target)")
      } else if target.hasSuffix("/lesson.md") || target.hasSuffix("/README.md") {
        log.error(
          page.sourcePath, link.line,
          "broken link '\(link.url)': there is no page \(target); pages are: \(course.allPages.map(\.sourcePath).joined(separator: ", "))"
        )
      } else {
        log.error(page.sourcePath, link.line, "broken \(what) '\(link.url)': no file \(target)")
      }
    } else if top != "Lessons" && top != "Exercises" {
      log.error(
        page.sourcePath, link.line,
        "\(what) '\(link.url)' points outside Lessons/ and Exercises/ (\(target)); the site only contains those folders: link other files of the repository with a full https:// address"
      )
    } else if isDirectory.boolValue {
      log.error(page.sourcePath, link.line, "\(what) '\(link.url)' points at the folder \(target), which is not a page")
    } else if target.hasSuffix(".md") {
      log.error(
        page.sourcePath, link.line, "link '\(link.url)' points at \(target), which is not a lesson or exercise page")
    } else {
      assets.insert(target)
    }
  }

  /// " (did you mean '#x'?)" for the closest known id, when one is close.
  private func suggest(_ fragment: String, _ known: Set<String>) -> String {
    let best = known.min { editDistance($0, fragment) < editDistance($1, fragment) }
    guard let best, editDistance(best, fragment) <= max(2, fragment.count / 3) else { return "" }
    return " (did you mean '#\(best)'?)"
  }

  private func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a)
    let b = Array(b)
    var row = Array(0...b.count)
    for i in 1...max(a.count, 1) where !a.isEmpty {
      var previous = row[0]
      row[0] = i
      for j in stride(from: 1, through: b.count, by: 1) {
        let current = row[j]
        row[j] = min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] == b[j - 1] ? 0 : 1))
        previous = current
      }
    }
    return a.isEmpty ? b.count : row[b.count]
  }
}
