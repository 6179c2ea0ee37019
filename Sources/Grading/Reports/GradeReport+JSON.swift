extension GradeReport {
  /// Plateau's JSON report, also the per-student files of batch grading.
  ///
  ///
  /// ```json
  /// {"formatVersion": 1, "student": "alice", "score": 7, "maxScore": 20, "passed": false,
  ///  "error": null, "seconds": 3.2, "skippedHiddenPoints": 0,
  ///  "exercises": [{"id": "01-normalize", "title": "…", "lesson": "01-qubits",
  ///    "status": "graded", "message": null, "score": 7, "maxScore": 10, "seconds": 1.2,
  ///    "checks": [{"id": "unit-norm", "title": "…", "status": "failed", "points": 0,
  ///      "maxPoints": 3, "visibility": "visible", "hint": 1, "seconds": 0.02,
  ///      "feedback": {"message": "…", "input": "…", "expected": "…", "actual": "…",
  ///                   "diff": "…", "output": null}}]}]}
  /// ```
  ///
  /// `status` of an exercise is `graded`, `not-submitted`, `compile-error` or `grader-error`;
  /// of a check `passed`, `failed` (a wrong answer) or `error` (no answer: crash, time-out,
  /// limits, compile error).
  func json() -> JSON {
    .object([
      ("formatVersion", .int(1)),
      ("student", student.map(JSON.string) ?? .null),
      ("score", .number(score)),
      ("maxScore", .number(maxScore)),
      ("passed", .bool(passed)),
      ("error", error.map(JSON.string) ?? .null),
      ("seconds", .number(seconds)),
      ("skippedHiddenPoints", .number(skippedHiddenPoints)),
      ("exercises", .array(exercises.map { $0.json() })),
    ])
  }
}

extension ExerciseReport {
  var statusName: String {
    switch status {
    case .graded: return "graded"
    case .notSubmitted: return "not-submitted"
    case .compileError: return "compile-error"
    case .graderError: return "grader-error"
    }
  }

  func json() -> JSON {
    .object([
      ("id", .string(id)),
      ("title", .string(title)),
      ("lesson", .string(lesson)),
      ("status", .string(statusName)),
      ("message", statusMessage.map(JSON.string) ?? .null),
      ("score", .number(score)),
      ("maxScore", .number(maxScore)),
      ("seconds", .number(seconds)),
      ("checks", .array(checks.map { $0.json() })),
    ])
  }
}

extension CheckResult {
  func json() -> JSON {
    .object([
      ("id", .string(id)),
      ("title", .string(title)),
      ("status", .string(status.rawValue)),
      ("points", .number(points)),
      ("maxPoints", .number(maxPoints)),
      ("visibility", .string(visibility.rawValue)),
      ("hint", .int(hint)),
      ("seconds", .number(seconds)),
      ("feedback", feedback.map { $0.json() } ?? .null),
    ])
  }
}

extension Feedback {
  func json() -> JSON {
    func optional(_ s: String?) -> JSON { s.map(JSON.string) ?? .null }
    return .object([
      ("message", .string(message)),
      ("input", optional(input)),
      ("expected", optional(expected)),
      ("actual", optional(actual)),
      ("diff", optional(diff)),
      ("output", optional(output)),
    ])
  }
}
