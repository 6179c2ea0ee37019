/// The course as loaded from disk: pages in reading order, with their front matter.
///
/// Lessons come from `Lessons/NN-slug/lesson.md`, ordered by `NN`; exercises from
/// `Exercises/NN-slug/README.md`, each attached to the lesson its front matter names.
struct Course {
  /// `Lessons/README.md`, the home page's introduction (optional).
  var intro: CoursePage?
  var lessons: [CoursePage]
  var exercises: [CoursePage]
  /// `Lessons/papers.yaml`: arXiv id → what the references page prints.
  var bibliography: [String: Paper]
  /// Lessons announced in `Lessons/README.md` (`planned:`) that have no folder yet.
  var planned: [PlannedLesson] = []
  /// Guides: the other top-level Markdown files of `Lessons/` and `Exercises/`
  /// (`Exercises/INSTRUCTORS.md`), linked at the foot of the sidebar.
  var guides: [CoursePage] = []

  /// A lesson announced before it is written: exercises may already name it.
  struct PlannedLesson {
    var slug: String
    var number: Int
    var title: String
  }

  /// The course outline: written and planned lessons by number.
  enum Entry {
    case lesson(CoursePage)
    case planned(PlannedLesson)

    var slug: String {
      switch self {
      case .lesson(let page): return page.slug
      case .planned(let lesson): return lesson.slug
      }
    }
  }

  var outline: [Entry] {
    let all = lessons.map { Entry.lesson($0) } + planned.map { Entry.planned($0) }
    return all.sorted { number(of: $0) < number(of: $1) }
  }

  private func number(of entry: Entry) -> Int {
    switch entry {
    case .lesson(let page): return page.number
    case .planned(let lesson): return lesson.number
    }
  }

  /// Lessons and exercises in reading order: each lesson followed by its exercises.
  var readingOrder: [CoursePage] {
    outline.flatMap { entry -> [CoursePage] in
      switch entry {
      case .lesson(let lesson): return [lesson] + exercises(of: lesson)
      case .planned(let lesson): return exercises(ofSlug: lesson.slug)
      }
    }
  }

  func exercises(ofSlug slug: String) -> [CoursePage] {
    exercises.filter { $0.frontMatter.lesson == slug }
  }

  func plannedLesson(_ slug: String) -> PlannedLesson? { planned.first { $0.slug == slug } }

  /// Every page rendered from Markdown (intro, lessons, exercises, guides).
  var allPages: [CoursePage] { (intro.map { [$0] } ?? []) + lessons + exercises + guides }

  func exercises(of lesson: CoursePage) -> [CoursePage] { exercises(ofSlug: lesson.slug) }

  func lesson(_ slug: String) -> CoursePage? { lessons.first { $0.slug == slug } }

  func page(sourcePath: String) -> CoursePage? { allPages.first { $0.sourcePath == sourcePath } }
}

/// One Markdown page of the course.
struct CoursePage {
  enum Kind: String, Codable { case intro, lesson, exercise, guide }

  var kind: Kind
  /// The folder name, `01-qubits` (empty for the intro).
  var slug: String
  /// The number in the folder name (`1` for `01-qubits`).
  var number: Int
  /// Source path relative to the course root: `Lessons/01-qubits/lesson.md`.
  var sourcePath: String
  /// Output path relative to the site root: `lessons/01-qubits/index.html`.
  var outputPath: String
  /// The whole file (front matter included), the render cache's key.
  var text: String
  var frontMatter: FrontMatter
  /// The Markdown after the front matter, and the file line where it starts.
  var body: String
  var bodyLine: Int

  var title: String { frontMatter.title }
}

/// A paper of the bibliography (`Lessons/papers.yaml`).
struct Paper: Hashable, Codable {
  var arxiv: String
  var authors: String?
  var title: String?
  var year: String?
  var venue: String?

  /// The abstract page, `https://arxiv.org/abs/<id>`.
  var url: String { "https://arxiv.org/abs/\(arxiv)" }
}

/// Output locations: the site mirrors the source tree with lower-case top folders.
enum SitePaths {
  /// `Lessons/01-x/lesson.md` → `lessons/01-x/index.html`; `Exercises/e/README.md` →
  /// `exercises/e/index.html`; `Lessons/README.md` → `index.html`; a guide
  /// `Exercises/INSTRUCTORS.md` → `exercises/instructors.html`; other files keep their
  /// place (`Lessons/01-x/fig.svg` → `lessons/01-x/fig.svg`).
  static func output(forSource path: String) -> String {
    if path == "Lessons/README.md" { return "index.html" }
    let parts = path.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
    guard let top = parts.first, top == "Lessons" || top == "Exercises" else { return path }
    if parts.count == 2, parts[1].hasSuffix(".md") {
      return top.lowercased() + "/" + parts[1].dropLast(3).lowercased() + ".html"
    }
    var mapped = [top.lowercased()] + parts.dropFirst()
    if parts.count == 3,
      (top == "Lessons" && parts[2] == "lesson.md") || (top == "Exercises" && parts[2] == "README.md")
    {
      mapped[2] = "index.html"
    }
    return mapped.joined(separator: "/")
  }

  /// The relative URL from the page at `from` (a site path) to `to` (a site path).
  static func relative(from: String, to: String) -> String {
    let fromDir = from.split(separator: "/").dropLast()
    let toParts = to.split(separator: "/")
    var common = 0
    while common < fromDir.count, common < toParts.count - 1, fromDir[fromDir.startIndex + common] == toParts[common] {
      common += 1
    }
    let ups = Array(repeating: "..", count: fromDir.count - common)
    return (ups + toParts[common...].map(String.init)).joined(separator: "/")
  }

  /// The prefix that leads from a page back to the site root (`../../` for a lesson).
  static func rootPrefix(of page: String) -> String {
    String(repeating: "../", count: page.split(separator: "/").count - 1)
  }

  /// Resolves `relative` against the folder of `base` (both root-relative, `/`-separated);
  /// nil when it climbs above the root.
  static func resolve(_ relative: String, against base: String) -> String? {
    var parts = base.split(separator: "/").dropLast().map(String.init)
    for part in relative.split(separator: "/", omittingEmptySubsequences: true) {
      switch part {
      case ".": continue
      case "..":
        if parts.isEmpty { return nil }
        parts.removeLast()
      default: parts.append(String(part))
      }
    }
    return parts.joined(separator: "/")
  }
}
