import Foundation
import Testing

@testable import Grading

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Every output format, checked against its consumer's schema with an independent parser
/// (JSONSerialization, XMLParser), on a report with every kind of result.
@Suite struct ReportFormatTests {
  /// Two exercises: one graded with a pass, a wrong answer, a crash and a hidden check; one
  /// that did not compile.
  static let report: GradeReport = {
    let checks = [
      CheckResult(
        id: "unit-norm", title: "normalized(_:) returns ψ/‖ψ‖", points: 3, maxPoints: 3, visibility: .visible,
        status: .passed, feedback: nil, hint: 1, seconds: 0.012),
      CheckResult(
        id: "born", title: "probabilities <&> \"quoted\"", points: 0, maxPoints: 2, visibility: .visible,
        status: .failed,
        feedback: Feedback(
          "outcome 0 has probability 0.25, not 0.5", input: "ψ = [0.5+0i]", expected: "[0.25]", actual: "[0.5]"),
        hint: 2, seconds: 0.02),
      CheckResult(
        id: "sampling", title: "sampling", points: 0, maxPoints: 3, visibility: .visible, status: .error,
        feedback: Feedback("crashed in case 2 of 3 (signal 4, a trap)\u{1}", output: "debug print"), hint: 3,
        seconds: 0.3),
      CheckResult(
        id: "large", title: "large", points: 1, maxPoints: 1, visibility: .afterDueDate, status: .passed, feedback: nil,
        hint: 1, seconds: 0.05),
    ]
    let broken = ExerciseReport(
      id: "01-apply-gate", title: "Apply a gate", lesson: "01-qubits",
      status: .compileError("Exercises/01-apply-gate/ApplyGate.swift:3:5: error: cannot find 'x' in scope"),
      checks: [
        CheckResult(
          id: "x-on-basis-states", title: "X", points: 0, maxPoints: 2, visibility: .visible, status: .error,
          feedback: Feedback("does not compile"), hint: 1)
      ])
    return GradeReport(
      student: "alice, \"the\" student",
      exercises: [
        ExerciseReport(
          id: "01-normalize", title: "Normalize", lesson: "01-qubits", status: .graded, checks: checks, seconds: 1.5),
        broken,
      ], seconds: 2.25)
  }()

  static func object(_ text: String) throws -> [String: Any] {
    try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
  }

  @Test func gradescopeResultsFollowTheSpec() throws {
    let json = try Self.object(Self.report.render(.gradescope))
    #expect(json["score"] as? Double == 4)
    #expect(json["output_format"] as? String == "text")
    let tests = try #require(json["tests"] as? [[String: Any]])
    #expect(tests.count == 2 + 5)  // one "builds" test per exercise, one per check
    let allowedVisibility: Set = ["hidden", "after_due_date", "after_published", "visible"]
    for test in tests {
      #expect(test["name"] is String)
      #expect(["passed", "failed"].contains(test["status"] as? String ?? ""))
      #expect(allowedVisibility.contains(test["visibility"] as? String ?? ""))
      #expect(test["output"] is String)
      if let score = test["score"] {
        #expect(score is Double || score is Int)
        #expect((test["max_score"] as? Double) != nil)
      }
    }
    let scored = tests.filter { $0["max_score"] != nil }
    #expect(scored.reduce(0.0) { $0 + ($1["score"] as? Double ?? 0) } == 4)
    #expect(scored.reduce(0.0) { $0 + ($1["max_score"] as? Double ?? 0) } == 11)
    #expect(
      tests.first { ($0["name"] as? String)?.hasSuffix("large") == true }?["visibility"] as? String == "after_due_date")
    let builds = tests.first { $0["name"] as? String == "01-apply-gate: builds" }
    #expect(builds?["status"] as? String == "failed")
    #expect((builds?["output"] as? String)?.contains("cannot find 'x' in scope") == true)
  }

  @Test func githubClassroomResultIsTheVersion1RunnerResult() throws {
    let json = try Self.object(Self.report.render(.githubClassroom))
    #expect(json["version"] as? Int == 1)
    #expect(json["status"] as? String == "fail")
    #expect(json["max_score"] as? Double == 11)
    let tests = try #require(json["tests"] as? [[String: Any]])
    #expect(tests.count == 5)
    for test in tests {
      #expect(Set(test.keys) == ["name", "status", "score", "message", "test_code", "filename", "line_no", "duration"])
      #expect(["pass", "fail", "error"].contains(test["status"] as? String ?? ""))
      #expect(test["line_no"] as? Int == 0 && test["duration"] is Int)
    }
    #expect(tests.map { $0["status"] as? String } == ["pass", "fail", "error", "pass", "error"])
    #expect(tests.reduce(0.0) { $0 + ($1["score"] as? Double ?? 0) } == 4)
  }

  @Test func theGitHubOutputLineIsBase64OfTheSameJSON() throws {
    let line = PlatformFiles.githubOutputLine(for: Self.report)
    #expect(line.hasPrefix("result="))
    let data = try #require(Data(base64Encoded: String(line.dropFirst("result=".count))))
    #expect(String(decoding: data, as: UTF8.self) + "\n" == Self.report.render(.githubClassroom))
  }

  @Test func junitXMLParsesWithCountsThatAddUp() throws {
    let xml = Self.report.render(.junit)
    let parsed = JUnitReader()
    let parser = XMLParser(data: Data(xml.utf8))
    parser.delegate = parsed
    #expect(parser.parse(), "JUnit XML does not parse: \(String(describing: parser.parserError))")
    #expect(parsed.root["tests"] == "5" && parsed.root["failures"] == "1" && parsed.root["errors"] == "2")
    #expect(parsed.suites.map { $0["name"] } == ["01-normalize", "01-apply-gate"])
    #expect(parsed.testcases == 5)
    #expect(parsed.failures == 1 && parsed.errors == 2)
    #expect(parsed.properties["score"] == "0" && parsed.properties["maxScore"] == "2")
    #expect(parsed.text.contains("outcome 0 has probability 0.25"))
  }

  @Test func plateauJSONHasEveryCheckWithStatusAndFeedback() throws {
    let json = try Self.object(Self.report.render(.json))
    #expect(json["formatVersion"] as? Int == 1)
    #expect(json["score"] as? Double == 4 && json["maxScore"] as? Double == 11)
    #expect(json["passed"] as? Bool == false)
    let exercises = try #require(json["exercises"] as? [[String: Any]])
    #expect(exercises.map { $0["status"] as? String } == ["graded", "compile-error"])
    let checks = try #require(exercises[0]["checks"] as? [[String: Any]])
    #expect(checks.map { $0["status"] as? String } == ["passed", "failed", "error", "passed"])
    let feedback = try #require(checks[1]["feedback"] as? [String: Any])
    #expect(feedback["expected"] as? String == "[0.25]" && feedback["actual"] as? String == "[0.5]")
  }

  @Test func textShowsFeedbackHintsAndTotals() {
    let text = Self.report.render(.text)
    #expect(text.contains("✘ probabilities <&> \"quoted\"  0/2"))
    #expect(text.contains("hint: plateau hint 01-normalize  (tier 2)"))
    #expect(text.contains("✘ does not compile:"))
    #expect(text.hasSuffix("Total: 4/11 points"))
  }

  @Test func aFailedGradingStillGivesAFullReportWithTheReason() throws {
    let manifest = try Manifest.parse(ManifestTests.valid, file: "m.json")
    let report = Grader.failedReport(manifest: manifest, student: nil, reason: "the kit is missing")
    let json = try Self.object(report.render(.gradescope))
    #expect(json["score"] as? Double == 0)
    #expect((json["output"] as? String)?.contains("Grading failed: the kit is missing") == true)
    #expect((json["tests"] as? [Any])?.count == 3)
    #expect(try Self.object(report.render(.githubClassroom))["status"] as? String == "error")
  }

  @Test func gradebookCSVQuotesFieldsAndHasOneColumnPerExercise() {
    let csv = Gradebook.csvText(ids: ["01-normalize", "01-apply-gate"], reports: [Self.report])
    let lines = csv.split(separator: "\n")
    #expect(lines[0] == "student,01-normalize,01-apply-gate,total,max,status,message")
    #expect(lines[1] == "\"alice, \"\"the\"\" student\",4,0,4,11,graded,01-apply-gate: compile-error")
  }
}

/// Collects what the JUnit tests look at.
final class JUnitReader: NSObject, XMLParserDelegate {
  var root: [String: String] = [:]
  var suites: [[String: String]] = []
  var testcases = 0
  var failures = 0
  var errors = 0
  var properties: [String: String] = [:]
  var text = ""

  func parser(
    _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
    attributes: [String: String] = [:]
  ) {
    switch name {
    case "testsuites": root = attributes
    case "testsuite": suites.append(attributes)
    case "testcase": testcases += 1
    case "failure": failures += 1
    case "error": errors += 1
    case "property": properties[attributes["name"] ?? ""] = attributes["value"]
    default: break
    }
  }

  func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }
}
