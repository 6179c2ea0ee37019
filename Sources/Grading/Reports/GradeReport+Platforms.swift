extension GradeReport {
  /// Gradescope's `results.json` (gradescope/autograder_samples `docs/specs.md`).
  ///
  /// Each exercise gives one information test "NN-slug: builds" (no points, always visible,
  /// so that compile errors show even when every scored check of the exercise is hidden),
  /// then one test per check with `score`, `max_score`, `status` (`passed`/`failed`), its
  /// feedback as `output`, and the manifest's `visibility`. `score` at the top is the total.
  func gradescopeResults() -> JSON {
    var tests: [JSON] = []
    for (e, exercise) in exercises.enumerated() {
      let builds = exercise.status == .graded
      tests.append(
        .object([
          ("number", .string("\(e + 1).0")),
          ("name", .string("\(exercise.id): builds")),
          ("status", .string(builds ? "passed" : "failed")),
          ("output", .string(exercise.statusMessage ?? "Exercises/\(exercise.id) compiled.")),
          ("visibility", .string("visible")),
        ]))
      for (c, check) in exercise.checks.enumerated() {
        let output = check.status == .passed ? "passed" : (check.feedback?.lines ?? ["failed"]).joined(separator: "\n")
        tests.append(
          .object([
            ("number", .string("\(e + 1).\(c + 1)")),
            ("name", .string("\(exercise.id): \(check.title)")),
            ("score", .number(check.points)),
            ("max_score", .number(check.maxPoints)),
            ("status", .string(check.status == .passed ? "passed" : "failed")),
            (
              "output",
              .string(
                output + (check.status == .passed ? "" : "\nhint: plateau hint \(exercise.id) (tier \(check.hint))"))
            ),
            ("visibility", .string(check.visibility.rawValue)),
            ("tags", .array([.string(exercise.lesson), .string(exercise.id)])),
          ]))
      }
    }
    var summary = "Plateau grader: \(Self.points(score))/\(Self.points(maxScore)) points."
    if let error { summary += "\nGrading failed: \(error)" }
    return .object([
      ("score", .number(score)),
      ("execution_time", .number(seconds.rounded(.up))),
      ("output", .string(summary)),
      ("output_format", .string("text")),
      ("test_output_format", .string("text")),
      ("stdout_visibility", .string("hidden")),
      ("tests", .array(tests)),
    ])
  }

  /// GitHub Classroom's version 1 runner result, as `classroom-resources/autograding-grading-reporter`
  /// reads it: one runner whose `max_score` is the total and whose tests carry their own
  /// `score` (so partial credit adds up in the check run's "Points X/Y").
  ///
  /// `status` is `pass` when every check passed, `error` when grading failed as a whole or an
  /// exercise could not be graded, `fail` otherwise. `duration` is in milliseconds.
  func githubClassroomResult() -> JSON {
    var tests: [JSON] = []
    for exercise in exercises {
      for check in exercise.checks {
        let status = check.status == .passed ? "pass" : check.status == .failed ? "fail" : "error"
        let message = check.status == .passed ? "" : (check.feedback?.lines ?? []).joined(separator: "\n")
        tests.append(
          .object([
            ("name", .string("\(exercise.id): \(check.title)")),
            ("status", .string(status)),
            ("score", .number(check.points)),
            ("message", .string(message)),
            ("test_code", .string("swift run plateau grade \(exercise.id)")),
            ("filename", .string("Exercises/\(exercise.id)")),
            ("line_no", .int(0)),
            ("duration", .int(Int((check.seconds * 1000).rounded()))),
          ]))
      }
    }
    let broken =
      error != nil || exercises.contains { if case .graderError = $0.status { return true } else { return false } }
    let status = broken ? "error" : passed ? "pass" : "fail"
    return .object([
      ("version", .int(1)),
      ("status", .string(status)),
      ("max_score", .number(maxScore)),
      ("tests", .array(tests)),
    ])
  }
}
