import Foundation
import Testing

@testable import Grading

/// The manifest reader: the course's own manifest loads, and every kind of mistake is
/// reported with the file, the line, the key and what is allowed.
@Suite struct ManifestTests {
  /// A small valid manifest; `edit` replaces one substring to make a broken one.
  static let valid = """
    {
      "formatVersion": 1,
      "exercises": [
        {
          "id": "01-normalize",
          "title": "Normalize",
          "lesson": "01-qubits",
          "files": ["Normalize.swift"],
          "seed": 7,
          "hints": ["one", "two"],
          "checks": [
            {"id": "unit-norm", "title": "unit norm", "points": 2, "visibility": "visible", "hint": 1},
            {"id": "large", "title": "large", "points": 1, "visibility": "after_due_date", "hint": 2}
          ]
        }
      ]
    }
    """

  @Test func theCourseManifestLoads() throws {
    let manifest = try Manifest.load(from: GradingHarness.root.appendingPathComponent(Manifest.relativePath).path)
    #expect(manifest.exercises.map(\.id).starts(with: ["01-normalize", "01-apply-gate"]))
    #expect(manifest.exercises.allSatisfy { $0.maxPoints > 0 && !$0.hints.isEmpty })
  }

  @Test func defaultsFillWhatAnExerciseLeavesOut() throws {
    let manifest = try Manifest.parse(Self.valid, file: "m.json")
    #expect(manifest.solutions == .afterPass)
    #expect(manifest.exercises[0].limits == Manifest.Limits())
    #expect(manifest.exercises[0].checks[1].visibility == .afterDueDate)
    #expect(manifest.exercises[0].maxPoints == 3)
  }

  @Test(arguments: [
    (
      "\"visibility\": \"visible\"", "\"visibility\": \"secret\"", 12, "exercises[0].checks[0].visibility",
      "\"secret\" is not allowed; use one of visible, after_due_date, after_published, hidden"
    ),
    (
      "\"points\": 2", "\"pionts\": 2", 12, "exercises[0].checks[0].pionts",
      "unknown key; allowed keys here: id, title, points, visibility, hint"
    ),
    ("\"seed\": 7,", "", 4, "exercises[0].seed", "missing (required)"),
    ("\"hint\": 2}", "\"hint\": 3}", 13, "exercises[0].checks[1].hint", "3 is out of range; allowed: 1…2"),
    (
      "\"id\": \"large\"", "\"id\": \"unit-norm\"", 13, "exercises[0].checks[1].id",
      "\"unit-norm\" is used by an earlier check"
    ),
    (
      "\"01-qubits\"", "\"qubits\"", 7, "exercises[0].lesson",
      "\"qubits\" does not have the form NN-slug (e.g. 01-qubits)"
    ),
    (
      "\"Normalize.swift\"", "\"main.swift\"", 8, "exercises[0].files[0]",
      "main.swift is the grader's own file; rename it"
    ),
    ("\"points\": 2", "\"points\": \"2\"", 12, "exercises[0].checks[0].points", "expected a number, found a string"),
    ("\"formatVersion\": 1", "\"formatVersion\": 2", 2, "formatVersion", "2 is out of range; allowed: 1…1"),
  ])
  func mistakesNameTheLineTheKeyAndTheAllowedValues(
    find: String, replace: String, line: Int, key: String, message: String
  ) {
    let text = Self.valid.replacingOccurrences(of: find, with: replace)
    let expected = ManifestError(file: "Exercises/exercises.json", line: line, key: key, message: message)
    #expect(throws: expected) { try Manifest.parse(text, file: "Exercises/exercises.json") }
    #expect(expected.description == "Exercises/exercises.json:\(line): \(key): \(message)")
  }

  @Test func syntaxErrorsNameTheLineAndColumn() {
    let broken = Self.valid.replacingOccurrences(of: "\"seed\": 7,", with: "\"seed\": 7,,")
    do {
      _ = try Manifest.parse(broken, file: "m.json")
      Issue.record("no error")
    } catch {
      #expect(error.description.hasPrefix("m.json:9: not valid JSON (column"))
    }
  }

  @Test func theWrittenManifestReadsBackTheSame() throws {
    let manifest = try Manifest.parse(Self.valid, file: "m.json")
    #expect(try Manifest.parse(manifest.json().serialized(), file: "again") == manifest)
  }

  @Test func jsonRoundTripsStringsWithEscapes() throws {
    let value = JSON.object([
      ("a", .string("line\n\"quoted\" \\ tab\t é")), ("b", .array([.int(1), .number(2.5), .null])),
    ])
    let parsed = try JSON.parse(value.serialized()).value
    #expect(parsed.serialized() == value.serialized())
  }
}
