extension GradeReport {
  /// JUnit XML, the form most CI systems and LMS graders read: one `testsuite` per exercise
  /// (its score in `properties`), one `testcase` per check named `id: title`; a wrong answer
  /// is a `failure`, no answer (compile error, crash, time-out, limits) an `error`, and the
  /// feedback is the element's text.
  func junitXML() -> String {
    let failures = exercises.flatMap(\.checks).filter { $0.status == .failed }.count
    let errors = exercises.flatMap(\.checks).filter { $0.status == .error }.count
    let tests = exercises.reduce(0) { $0 + $1.checks.count }
    var xml = [
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
      "<testsuites name=\"\(Self.xml(student.map { "plateau: \($0)" } ?? "plateau"))\" tests=\"\(tests)\" "
        + "failures=\"\(failures)\" errors=\"\(errors)\" time=\"\(Self.seconds(seconds))\">",
    ]
    if let error {
      xml.append("  <testsuite name=\"grading\" tests=\"1\" failures=\"0\" errors=\"1\" time=\"0\">")
      xml.append("    <testcase classname=\"grading\" name=\"grading ran\" time=\"0\">")
      xml.append("      <error message=\"\(Self.xml(error))\" type=\"grader-error\">\(Self.xml(error))</error>")
      xml.append("    </testcase>")
      xml.append("  </testsuite>")
    }
    for exercise in exercises {
      let f = exercise.checks.filter { $0.status == .failed }.count
      let e = exercise.checks.filter { $0.status == .error }.count
      xml.append(
        "  <testsuite name=\"\(Self.xml(exercise.id))\" tests=\"\(exercise.checks.count)\" failures=\"\(f)\" "
          + "errors=\"\(e)\" time=\"\(Self.seconds(exercise.seconds))\">")
      xml.append("    <properties>")
      for (name, value) in [
        ("title", exercise.title), ("lesson", exercise.lesson), ("status", exercise.statusName),
        ("score", Self.points(exercise.score)), ("maxScore", Self.points(exercise.maxScore)),
      ] {
        xml.append("      <property name=\"\(name)\" value=\"\(Self.xml(value))\"/>")
      }
      xml.append("    </properties>")
      for check in exercise.checks {
        let open =
          "    <testcase classname=\"\(Self.xml(exercise.id))\" name=\"\(Self.xml("\(check.id): \(check.title)"))\" "
          + "time=\"\(Self.seconds(check.seconds))\""
        guard check.status != .passed else {
          xml.append(open + "/>")
          continue
        }
        let message = check.feedback?.message ?? "failed"
        let body = (check.feedback?.lines ?? [message]).joined(separator: "\n")
        let element = check.status == .failed ? "failure" : "error"
        let type =
          check.status == .failed ? "wrong-answer" : exercise.statusName == "graded" ? "no-answer" : exercise.statusName
        xml.append(open + ">")
        xml.append("      <\(element) message=\"\(Self.xml(message))\" type=\"\(type)\">\(Self.xml(body))</\(element)>")
        xml.append("    </testcase>")
      }
      xml.append("  </testsuite>")
    }
    xml.append("</testsuites>")
    return xml.joined(separator: "\n") + "\n"
  }

  static func seconds(_ s: Double) -> String {
    let milliseconds = (max(0, s) * 1000).rounded()
    return String(milliseconds / 1000)
  }

  /// Text escaped for XML attributes and content; characters XML 1.0 forbids are dropped.
  static func xml(_ s: String) -> String {
    var out = ""
    for scalar in s.unicodeScalars {
      switch scalar {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&apos;"
      case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
      case let c where c.value < 0x20 || c.value == 0xFFFE || c.value == 0xFFFF: continue
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out
  }
}
