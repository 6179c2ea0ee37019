/// The render stage's result for one page: HTML plus everything later stages check or index.
///
/// Codable, because the render cache stores it keyed by a hash of the page's text, path and
/// code-block outputs.
struct RenderedPage: Codable, Equatable {
  /// The page body as HTML (math as `<span class="math …">TeX</span>` for KaTeX).
  var body: String
  /// Section headings (levels 2–6) with their ids.
  var headings: [Heading] = []
  /// Every id the body defines (headings, explicit ids).
  var anchors: [String] = []
  var links: [LinkReference] = []
  var citations: [Citation] = []
  /// The text of each section, for the search index.
  var sections: [SearchSection] = []
  /// Front-matter strings rendered as inline HTML.
  var summary: String?
  var objectives: [String] = []
  /// Free-text prerequisites as HTML; lesson references stay as folder names.
  var prerequisites: [Prerequisite] = []
  var terms: [RenderedTerm] = []
  /// Problems found while rendering (cached with the page: a bad page stays bad).
  var diagnostics: [Diagnostic] = []
}

struct Heading: Codable, Equatable {
  var level: Int
  var id: String
  /// The heading's text as HTML (math kept as math spans, links dropped).
  var html: String
  /// Plain text, for the search index.
  var text: String
  var line: Int
}

/// A link or image destination found in a page, classified for the check stage.
struct LinkReference: Codable, Equatable {
  enum Target: Codable, Equatable {
    /// A file of the course, by source path (`Lessons/01-x/lesson.md`, `Lessons/01-x/fig.svg`).
    case file(String)
    /// An anchor on the same page.
    case anchor
    /// A glossary term anchor (`glossary:barren-plateau`).
    case glossary(String)
    case external
  }

  var url: String
  var target: Target
  var fragment: String?
  var line: Int
  var isImage: Bool
}

struct Citation: Codable, Equatable {
  var arxiv: String
  var line: Int
}

struct SearchSection: Codable, Equatable {
  /// Heading id ("" for the text before the first heading).
  var anchor: String
  var title: String
  var text: String
}

enum Prerequisite: Codable, Equatable {
  case lesson(String)
  case text(String)
}

struct RenderedTerm: Codable, Equatable {
  var name: String
  var anchor: String
  var definition: String
  var line: Int
}
