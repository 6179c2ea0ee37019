import Foundation

/// The prebuilt full-text search index, written as `assets/search-index.js` (a script, not
/// JSON: browsers refuse `fetch` from `file://`, but load scripts).
///
/// One document per section (the text under each `##`/`###` heading) of every lesson and
/// exercise; each term maps to `[document, weight]` pairs, where the weight counts the term
/// in the text, 3× in the section title and 5× in the page title. `plateau.js` tokenizes
/// queries the same way (`tokens`), matches the last query word as a prefix, and ranks by
/// weight × log(1 + N/df), requiring every query word to match.
///
/// ```js
/// window.PLATEAU_SEARCH = {"docs": [[url, pageTitle, sectionTitle, text], …],
///                          "terms": {"plateau": [[0, 7], [3, 1]], …}}
/// ```
enum SearchIndex {
  struct Document {
    var url: String
    var pageTitle: String
    var sectionTitle: String
    var text: String
  }

  static func documents(_ pages: [(CoursePage, RenderedPage)]) -> [Document] {
    pages.flatMap { page, rendered in
      rendered.sections.map { section in
        Document(
          url: page.outputPath + (section.anchor.isEmpty ? "" : "#" + section.anchor),
          pageTitle: Layout.label(of: page), sectionTitle: section.title, text: section.text)
      }
    }
  }

  static func script(_ documents: [Document]) -> String {
    var postings: [String: [(Int, Int)]] = [:]
    for (d, doc) in documents.enumerated() {
      var weights: [String: Int] = [:]
      for t in tokens(doc.text) { weights[t, default: 0] += 1 }
      for t in tokens(doc.sectionTitle) { weights[t, default: 0] += 3 }
      for t in tokens(doc.pageTitle) { weights[t, default: 0] += 5 }
      for (t, w) in weights { postings[t, default: []].append((d, w)) }
    }
    var out = "window.PLATEAU_SEARCH = {\"docs\": [\n"
    out += documents.map { d in
      "[" + [d.url, d.pageTitle, d.sectionTitle, d.text].map(JSON.quote).joined(separator: ", ") + "]"
    }.joined(separator: ",\n")
    out += "\n], \"terms\": {\n"
    out += postings.keys.sorted().map { term in
      JSON.quote(term) + ": [" + postings[term]!.map { "[\($0.0), \($0.1)]" }.joined(separator: ", ") + "]"
    }.joined(separator: ",\n")
    return out + "\n}};\n"
  }

  /// The index terms of a text; mirrored by `tokens` in plateau.js.
  ///
  /// Lower-cased words without diacritics, split at anything but letters and digits; one-letter
  /// words and stop words dropped; then `stem`med.
  static func tokens(_ text: String) -> [String] {
    var words: [String] = []
    var current = ""
    for scalar in text.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars {
      if scalar.properties.generalCategory == .nonspacingMark { continue }
      if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
        current.unicodeScalars.append(scalar)
      } else if !current.isEmpty {
        words.append(current)
        current = ""
      }
    }
    if !current.isEmpty { words.append(current) }
    return words.filter { $0.count > 1 && !stopWords.contains($0) }.map(stem)
  }

  /// A light English stemmer for plural endings; mirrored by `stem` in plateau.js.
  ///
  /// `plateaus` → `plateau`, `qubits` → `qubit`, `theories` → `theory`; `class`, `focus` and
  /// `analysis` stay.
  static func stem(_ word: String) -> String {
    if word.count > 4 && word.hasSuffix("ies") { return String(word.dropLast(3)) + "y" }
    if word.count > 4 && word.hasSuffix("sses") { return String(word.dropLast(2)) }
    let latin = word.hasSuffix("is") || (word.hasSuffix("us") && !word.hasSuffix("aus"))
    if word.count > 3 && word.hasSuffix("s") && !word.hasSuffix("ss") && !latin {
      return String(word.dropLast())
    }
    return word
  }

  static let stopWords: Set<String> = [
    "a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "in", "is", "it", "of", "on", "or", "that", "the",
    "this", "to", "we", "with", "you",
  ]
}
