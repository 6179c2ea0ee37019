/// The formats `plateau grade --format` writes.
///
/// - `text`: for people, in a terminal.
/// - `json`: Plateau's own report (see ``GradeReport/json()``), also the per-student reports of
///   batch grading.
/// - `junit`: JUnit XML (`testsuites` → one `testsuite` per exercise → one `testcase` per check,
///   `failure` for wrong answers, `error` for crashes, time-outs and compile errors).
/// - `gradescope`: Gradescope's `results.json`.
/// - `github-classroom`: GitHub Classroom's version 1 runner result (the autograding reporter
///   reads it base64-encoded from the step output `result`).
public enum ReportFormat: String, CaseIterable, Sendable {
  case text, json, junit, gradescope
  case githubClassroom = "github-classroom"
}

extension GradeReport {
  /// The report in `format`.
  public func render(_ format: ReportFormat) -> String {
    switch format {
    case .text: return text()
    case .json: return json().serialized() + "\n"
    case .junit: return junitXML()
    case .gradescope: return gradescopeResults().serialized() + "\n"
    case .githubClassroom: return githubClassroomResult().serialized(indent: nil) + "\n"
    }
  }

  /// Points as people write them: `3`, `2.5`.
  static func points(_ x: Double) -> String {
    x == x.rounded() && abs(x) < 1e15 ? String(Int(x)) : String(x)
  }
}
