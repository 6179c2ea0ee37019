extension GradeReport {
  /// The report for a terminal: each check with ✔/✘, its points and, when it failed, the
  /// feedback and the hint to read; then the exercise's and the overall total.
  ///
  /// ```text
  /// 01-normalize — Normalize a state and read its probabilities (lesson 01-qubits)
  ///   ✔ normalized(_:) returns ψ/‖ψ‖ for random vectors of 1–4 qubits      3/3
  ///   ✘ normalized(_:) throws NormalizationError.zeroVector for the zero vector   0/1
  ///       normalized(_:) is not implemented yet: …
  ///       hint: plateau hint 01-normalize (tier 2)
  ///   3/4 points
  /// ```
  func text() -> String {
    var lines: [String] = []
    if let student { lines.append("Student \(student)") }
    if let error { lines.append("✘ grading failed: \(error)") }
    for exercise in exercises {
      lines.append("\(exercise.id) — \(exercise.title) (lesson \(exercise.lesson))")
      switch exercise.status {
      case .graded: break
      case .notSubmitted(let message): lines.append("  ✘ \(message)")
      case .compileError(let message):
        lines.append("  ✘ does not compile:")
        lines += message.split(separator: "\n", omittingEmptySubsequences: false).map { "      \($0)" }
      case .graderError(let message): lines.append("  ✘ not graded: \(message)")
      }
      for check in exercise.checks {
        let mark = check.status == .passed ? "✔" : "✘"
        let hidden = check.visibility.isHidden ? " [hidden: \(check.visibility.rawValue)]" : ""
        lines.append(
          "  \(mark) \(check.title)\(hidden)  \(Self.points(check.points))/\(Self.points(check.maxPoints))")
        if check.status != .passed, let feedback = check.feedback, !exercise.isWholeExerciseFailure {
          lines += feedback.lines.map { "      " + $0 }
          lines.append("      hint: plateau hint \(exercise.id)  (tier \(check.hint))")
        }
      }
      lines.append("  \(Self.points(exercise.score))/\(Self.points(exercise.maxScore)) points")
    }
    var total = "Total: \(Self.points(score))/\(Self.points(maxScore)) points"
    if skippedHiddenPoints > 0 {
      total += " (and \(Self.points(skippedHiddenPoints)) in checks hidden until the due date)"
    }
    lines.append(total)
    return lines.joined(separator: "\n")
  }
}

extension ExerciseReport {
  /// Whether one message (missing files, compile errors) explains every check's failure.
  var isWholeExerciseFailure: Bool { status != .graded }
}
