import Foundation
import Yams

/// Stage 1, load: reads `Lessons/` and `Exercises/` into a `Course`.
///
/// - `Lessons/NN-slug/lesson.md`: a lesson; `NN` orders the course (numbers must be unique).
/// - `Exercises/NN-slug/README.md`: an exercise; `lesson: NN-slug` in its front matter
///   attaches it to a lesson. Other folders under `Exercises/` (no README.md) are ignored.
/// - `Lessons/README.md` (optional): the introduction at the top of the home page.
/// - Other top-level `*.md` files of `Lessons/` and `Exercises/` (`Exercises/INSTRUCTORS.md`):
///   guides, pages outside the reading order with a `title` in their front matter.
/// - `Lessons/papers.yaml` (optional): authors, title, year and venue of cited papers.
///
/// Checks that every lesson reference (an exercise's `lesson`, a prerequisite that looks like
/// a lesson folder name) names an existing lesson or one that `Lessons/README.md` announces
/// under `planned:` (so exercises can be written before their lesson), and that no glossary
/// term is defined twice.
struct CourseLoader {
  var root: URL

  /// Loads everything it can; problems go to `log` (the build goes on to find more, and
  /// fails at the end).
  func load(log: inout DiagnosticLog) -> Course {
    var course = Course(intro: nil, lessons: [], exercises: [], bibliography: [:])
    let fm = FileManager.default
    let lessonsDir = root.appendingPathComponent("Lessons")

    for name in listing(lessonsDir) {
      let path = "Lessons/\(name)"
      let isLessonFolder = ValueReader.isLessonSlug(name)
      if fm.fileExists(atPath: lessonsDir.appendingPathComponent("\(name)/lesson.md").path) {
        guard isLessonFolder else {
          log.error(
            path, 0, "lesson folder '\(name)' must be named NN-slug (two digits, a hyphen, lower-case words: 01-qubits)"
          )
          continue
        }
        if let page = loadPage(kind: .lesson, slug: name, sourcePath: "\(path)/lesson.md", log: &log) {
          course.lessons.append(page)
        }
      } else if isLessonFolder && isDirectory(lessonsDir.appendingPathComponent(name)) {
        log.error(path, 0, "lesson folder has no lesson.md")
      }
    }
    course.lessons.sort { ($0.number, $0.slug) < ($1.number, $1.slug) }
    for (a, b) in zip(course.lessons, course.lessons.dropFirst()) where a.number == b.number {
      log.error(
        b.sourcePath, 0,
        "lessons '\(a.slug)' and '\(b.slug)' have the same number \(a.number); numbers order the course and must differ"
      )
    }
    if fm.fileExists(atPath: lessonsDir.appendingPathComponent("README.md").path) {
      course.intro = loadPage(kind: .intro, slug: "", sourcePath: "Lessons/README.md", log: &log)
    }
    course.bibliography = loadBibliography(log: &log)
    let written = Set(course.lessons.map(\.slug))
    course.planned = (course.intro?.frontMatter.planned ?? []).filter { !written.contains($0.slug) }.map {
      Course.PlannedLesson(slug: $0.slug, number: Int($0.slug.prefix { $0.isNumber }) ?? 0, title: $0.title)
    }

    let exercisesDir = root.appendingPathComponent("Exercises")
    for name in listing(exercisesDir)
    where fm.fileExists(atPath: exercisesDir.appendingPathComponent("\(name)/README.md").path) {
      let path = "Exercises/\(name)/README.md"
      guard ValueReader.isLessonSlug(name) else {
        log.error(path, 0, "exercise folder '\(name)' must be named NN-slug (01-bell-state)")
        continue
      }
      if let page = loadPage(kind: .exercise, slug: name, sourcePath: path, log: &log) { course.exercises.append(page) }
    }
    let lessonOrder = Dictionary(uniqueKeysWithValues: course.outline.enumerated().map { ($1.slug, $0) })
    course.exercises.sort {
      (lessonOrder[$0.frontMatter.lesson ?? ""] ?? .max, $0.slug) < (
        lessonOrder[$1.frontMatter.lesson ?? ""] ?? .max, $1.slug
      )
    }
    for (folder, directory) in [("Lessons", lessonsDir), ("Exercises", exercisesDir)] {
      for name in listing(directory) where name.hasSuffix(".md") && name != "README.md" {
        let slug = String(name.dropLast(3)).lowercased()
        if let page = loadPage(kind: .guide, slug: slug, sourcePath: "\(folder)/\(name)", log: &log) {
          course.guides.append(page)
        }
      }
    }
    checkReferences(course, lessons: lessonOrder, log: &log)
    return course
  }

  private func checkReferences(_ course: Course, lessons: [String: Int], log: inout DiagnosticLog) {
    let known = course.outline.map(\.slug).joined(separator: ", ")
    for exercise in course.exercises {
      if let lesson = exercise.frontMatter.lesson, lessons[lesson] == nil {
        log.error(
          exercise.sourcePath, exercise.frontMatter.lines["lesson"] ?? 0,
          "unknown lesson '\(lesson)'; lessons are: \(known)")
      }
    }
    for page in course.lessons + course.exercises {
      for prerequisite in page.frontMatter.prerequisites where ValueReader.isLessonSlug(prerequisite) {
        if lessons[prerequisite] == nil {
          log.error(
            page.sourcePath, page.frontMatter.lines["prerequisites"] ?? 0,
            "unknown lesson '\(prerequisite)' in prerequisites; lessons are: \(known)")
        }
      }
    }
    var definedAt: [String: String] = [:]
    for page in course.lessons + course.exercises {
      for term in page.frontMatter.terms {
        let key = Glossary.anchor(for: term.name)
        if let other = definedAt[key] {
          log.error(page.sourcePath, term.line, "glossary term '\(term.name)' is already defined in \(other)")
        } else {
          definedAt[key] = page.sourcePath
        }
      }
    }
  }

  private func loadPage(
    kind: CoursePage.Kind, slug: String, sourcePath: String, log: inout DiagnosticLog
  ) -> CoursePage? {
    let url = root.appendingPathComponent(sourcePath)
    guard let data = FileManager.default.contents(atPath: url.path), let text = String(data: data, encoding: .utf8)
    else {
      log.error(sourcePath, 0, "cannot read the file as UTF-8 text")
      return nil
    }
    do {
      let (yaml, body, bodyLine) = try FrontMatter.split(text, file: sourcePath)
      var frontMatter = FrontMatter()
      if let yaml {
        frontMatter = FrontMatter.parse(yaml: yaml, kind: kind, file: sourcePath, firstLine: 2, log: &log)
      } else if kind != .intro {
        let schema = Schema.for(kind)
        log.error(
          sourcePath, 1,
          "missing front matter: \(kind.article) starts with a '---' block giving \(schema.required.joined(separator: ", ")) (allowed keys: \(schema.keyList))"
        )
      }
      if kind == .intro && frontMatter.title.isEmpty { frontMatter.title = "Plateau" }
      let number = Int(slug.prefix { $0.isNumber }) ?? 0
      return CoursePage(
        kind: kind, slug: slug, number: number, sourcePath: sourcePath,
        outputPath: SitePaths.output(forSource: sourcePath), text: text, frontMatter: frontMatter,
        body: body, bodyLine: bodyLine)
    } catch let error as SiteError {
      log.append(contentsOf: error.diagnostics)
      return nil
    } catch {
      log.error(sourcePath, 0, "\(error)")
      return nil
    }
  }

  private func loadBibliography(log: inout DiagnosticLog) -> [String: Paper] {
    let file = "Lessons/papers.yaml"
    guard let data = FileManager.default.contents(atPath: root.appendingPathComponent(file).path) else { return [:] }
    let fields = ["authors", "title", "year", "venue"]
    guard let text = String(data: data, encoding: .utf8), let node = try? Yams.compose(yaml: text),
      let mapping = node.mapping
    else {
      log.error(file, 0, "must be a YAML mapping from arXiv id to {\(fields.joined(separator: ", "))}")
      return [:]
    }
    var papers: [String: Paper] = [:]
    for (key, value) in mapping {
      let line = key.mark?.line ?? 0
      guard let id = key.scalar?.string, ValueReader.isArxivID(id) else {
        log.error(file, line, "'\(key.scalar?.string ?? "?")' is not an arXiv id (like 2312.09121)")
        continue
      }
      var paper = Paper(arxiv: id)
      for (field, entry) in value.mapping ?? [:] {
        let name = field.scalar?.string ?? "?"
        let text = entry.scalar?.string
        switch name {
        case "authors": paper.authors = text
        case "title": paper.title = text
        case "year": paper.year = text
        case "venue": paper.venue = text
        default:
          log.error(
            file, field.mark?.line ?? line, "unknown field '\(name)'; allowed: \(fields.joined(separator: ", "))")
        }
      }
      papers[id] = paper
    }
    return papers
  }

  private func listing(_ dir: URL) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
  }

  private func isDirectory(_ url: URL) -> Bool {
    var isDir: ObjCBool = false
    return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDir) && isDir.boolValue
  }
}
