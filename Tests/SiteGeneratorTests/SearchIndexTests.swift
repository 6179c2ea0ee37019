import Testing

@testable import SiteGenerator

/// The search index's tokenizer; `plateau.js` mirrors it, and the browser test checks that a
/// query finds its page.
@Suite("Search index")
struct SearchIndexTests {
  @Test(
    "tokens: lower case, diacritics folded, stop words and one-letter words dropped, plurals stemmed",
    arguments: [
      ("Barren Plateaus", ["barren", "plateau"]), ("the ansätze of a QAOA", ["ansatze", "qaoa"]),
      ("qubits, 127-qubit", ["qubit", "127", "qubit"]), ("Pauli strings: X0 Z3", ["pauli", "string", "x0", "z3"]),
      ("theories", ["theory"]), ("class", ["class"]), ("focus", ["focus"]), ("analysis", ["analysis"]),
    ])
  func tokens(_ text: String, _ expected: [String]) {
    #expect(SearchIndex.tokens(text) == expected)
  }

  @Test("the index script maps terms to weighted sections; titles weigh more than text")
  func weights() {
    let docs = [
      SearchIndex.Document(
        url: "lessons/01-a/index.html#x", pageTitle: "Lesson 1: Plateaus", sectionTitle: "X", text: "a plateau"),
      SearchIndex.Document(
        url: "lessons/02-b/index.html", pageTitle: "Lesson 2: B", sectionTitle: "", text: "plateau plateau"),
    ]
    let script = SearchIndex.script(docs)
    #expect(script.hasPrefix("window.PLATEAU_SEARCH = {\"docs\": ["))
    #expect(script.contains("\"plateau\": [[0, 6], [1, 2]]"))
  }
}
