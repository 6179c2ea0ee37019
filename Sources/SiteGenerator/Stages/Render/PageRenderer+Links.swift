/// Link and image destinations: classified, rewritten to site paths, recorded for checking.
///
/// Conventions for authors (so that links also work when browsing the sources):
/// - another page: its source file, relative: `../02-variational/lesson.md#vqe`,
///   `../../Exercises/01-bell/README.md`; a folder (`../02-variational/`) means its page;
/// - a file in a lesson folder: `energies.csv`, `figures/landscape.svg` (copied to the site);
/// - a section of this page: `#the-variance`;
/// - a glossary term: `glossary:barren-plateau` (the term's slug);
/// - a paper: `[arXiv:2312.09121]` (see `InlineScanner`);
/// - anything else needs `https://`. Root-absolute paths (`/x`) break `file://` and are errors.
extension PageRenderer {
  mutating func link(_ node: CmarkDocument.Node, in doc: CmarkDocument, line: Int) {
    let url = doc.url(node)
    if url.hasPrefix("cite:") {
      let id = String(url.dropFirst(5))
      page.citations.append(Citation(arxiv: id, line: line))
      let href = SitePaths.relative(from: outputPath, to: "references.html") + "#" + Self.paperAnchor(id)
      doc.wrap(node, open: "<a class=\"cite\" href=\"\(HTML.escape(href))\">", close: "</a>", block: false)
      return
    }
    if let href = record(url, line: line, isImage: false) { doc.setURL(node, href) }
  }

  mutating func image(_ node: CmarkDocument.Node, in doc: CmarkDocument, line: Int) {
    let url = doc.url(node)
    if plainText(node, in: doc).allSatisfy(\.isWhitespace) {
      log.error(sourcePath, line, "image '\(url)' has no alt text: write ![what the image shows](\(url))")
    }
    if let href = record(url, line: line, isImage: true) { doc.setURL(node, href) }
  }

  /// The anchor of a paper on the references page.
  static func paperAnchor(_ arxiv: String) -> String {
    "arxiv-" + arxiv.map { $0.isLetter || $0.isNumber || $0 == "." ? String($0) : "-" }.joined()
  }

  /// Classifies `url`, records it, and returns the rewritten destination (nil: unchanged).
  @discardableResult
  mutating func record(_ url: String, line: Int, isImage: Bool) -> String? {
    let reference = { (target: LinkReference.Target, fragment: String?) in
      LinkReference(url: url, target: target, fragment: fragment, line: line, isImage: isImage)
    }
    if url.isEmpty {
      log.error(sourcePath, line, "empty link destination")
      return nil
    }
    if url.hasPrefix("#") {
      page.links.append(reference(.anchor, String(url.dropFirst())))
      return nil
    }
    if let scheme = url.firstMatch(of: /^([A-Za-z][A-Za-z0-9+.-]*):/)?.1.lowercased() {
      switch scheme {
      case "glossary":
        let slug = String(url.dropFirst(9))
        page.links.append(reference(.glossary(slug), nil))
        return SitePaths.relative(from: outputPath, to: "glossary.html") + "#" + Glossary.anchor(forSlug: slug)
      case "http", "https", "mailto":
        if isImage {
          log.error(
            sourcePath, line,
            "image '\(url)' is on the web; the site must work offline: put the file in the lesson folder and link it relatively"
          )
        }
        page.links.append(reference(.external, nil))
        return nil
      default:
        log.error(
          sourcePath, line,
          "link '\(url)' uses the scheme '\(scheme):'; allowed: relative paths, #anchors, https:, mailto:, glossary:, and [arXiv:…] citations"
        )
        return nil
      }
    }
    if url.hasPrefix("/") {
      log.error(
        sourcePath, line,
        "link '\(url)' is absolute; write it relative to this file (absolute paths break file:// and sub-folder hosting)"
      )
      return nil
    }
    let (path, fragment) = Self.splitFragment(url)
    guard let resolved = SitePaths.resolve(Self.percentDecoded(path), against: sourcePath), !resolved.isEmpty else {
      log.error(sourcePath, line, "link '\(url)' climbs above the course root")
      return nil
    }
    let target = Self.pageSource(forFolder: resolved) ?? resolved
    page.links.append(reference(.file(target), fragment))
    let href = SitePaths.relative(from: outputPath, to: SitePaths.output(forSource: target))
    return href + (fragment.map { "#" + $0 } ?? "")
  }

  /// `Lessons/02-x` (a folder) → `Lessons/02-x/lesson.md`; `Exercises/01-y` → its README.md.
  static func pageSource(forFolder path: String) -> String? {
    let parts = path.split(separator: "/")
    guard parts.count == 2 else { return nil }
    switch parts[0] {
    case "Lessons" where ValueReader.isLessonSlug(String(parts[1])): return path + "/lesson.md"
    case "Exercises" where ValueReader.isLessonSlug(String(parts[1])): return path + "/README.md"
    default: return nil
    }
  }

  static func splitFragment(_ url: String) -> (String, String?) {
    let withoutQuery = url.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)
    guard let hash = url.firstIndex(of: "#") else { return (String(withoutQuery[0]), nil) }
    let path = String(url[..<hash]).split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)[0]
    return (String(path), String(url[url.index(after: hash)...]))
  }

  static func percentDecoded(_ text: String) -> String {
    guard text.contains("%") else { return text }
    var bytes: [UInt8] = []
    var utf8 = Array(text.utf8)[...]
    while let b = utf8.popFirst() {
      if b == UInt8(ascii: "%"), utf8.count >= 2,
        let v = UInt8(String(decoding: utf8.prefix(2), as: UTF8.self), radix: 16)
      {
        bytes.append(v)
        utf8 = utf8.dropFirst(2)
      } else {
        bytes.append(b)
      }
    }
    return String(decoding: bytes, as: UTF8.self)
  }
}
