public import Foundation

/// Batch grading: a folder of student copies (one folder each) into a CSV gradebook and one
/// JSON report per student.
///
/// Students are graded `jobs` at a time (default: one per core). Each student's grading is
/// independent: a compile error, crash, endless loop or missing file scores only that
/// student's exercise 0, and the CSV is rewritten after every student, so an interrupted run
/// still leaves every finished row.
///
/// ```text
/// student,01-normalize,01-apply-gate,total,max,status,message
/// alice,10,10,20,20,graded,
/// bob,7,0,7,20,graded,01-apply-gate: compile-error
/// ```
public enum Gradebook {
  /// Grades every sub-folder of `submissions` (sorted by name).
  ///
  /// - Parameters:
  ///   - csv: the gradebook file to write.
  ///   - reports: the folder for `<student>.json` reports.
  ///   - log: called with one line per finished student.
  /// - Returns: the reports, in student order.
  public static func grade(
    submissions: URL, grader: Grader, csv: URL, reports: URL, jobs: Int, log: @Sendable (String) -> Void = { _ in }
  ) throws(GradingError) -> [GradeReport] {
    let fm = FileManager.default
    let students: [String]
    do {
      students = try fm.contentsOfDirectory(atPath: submissions.path).filter { name in
        var isDirectory: ObjCBool = false
        return !name.hasPrefix(".")
          && fm.fileExists(atPath: submissions.appendingPathComponent(name).path, isDirectory: &isDirectory)
          && isDirectory.boolValue
      }.sorted()
      try fm.createDirectory(at: reports, withIntermediateDirectories: true)
      try fm.createDirectory(at: csv.deletingLastPathComponent(), withIntermediateDirectories: true)
    } catch {
      throw .io("cannot read \(submissions.path) or create \(reports.path): \(error)")
    }
    let slots = ResultSlots<GradeReport>(count: students.count)
    let next = WorkCounter()
    let writer = NSLock()
    let ids = grader.manifest.exercises.map(\.id)
    try? csvText(ids: ids, reports: []).write(to: csv, atomically: true, encoding: .utf8)
    DispatchQueue.concurrentPerform(iterations: max(1, min(jobs, students.count))) { _ in
      while let k = next.take(below: students.count) {
        let student = students[k]
        let report = grader.grade(Submission(root: submissions.appendingPathComponent(student), student: student))
        slots.set(k, report)
        writer.lock()
        try? report.render(.json).write(
          to: reports.appendingPathComponent(Grader.folderName(student) + ".json"), atomically: true, encoding: .utf8)
        try? csvText(ids: ids, reports: slots.values).write(to: csv, atomically: true, encoding: .utf8)
        writer.unlock()
        log("\(student): \(GradeReport.points(report.score))/\(GradeReport.points(report.maxScore))")
      }
    }
    return slots.values
  }

  /// The gradebook: a header, then one row per report.
  static func csvText(ids: [String], reports: [GradeReport]) -> String {
    var rows = [(["student"] + ids + ["total", "max", "status", "message"]).map(field).joined(separator: ",")]
    for report in reports {
      let scores = ids.map { id in report.exercises.first { $0.id == id }.map { GradeReport.points($0.score) } ?? "" }
      let notes = report.exercises.filter { $0.status != .graded }.map { "\($0.id): \($0.statusName)" }
      let status = report.error == nil ? "graded" : "error"
      let message = ([report.error].compactMap { $0 } + notes).joined(separator: "; ")
      let cells =
        [report.student ?? ""] + scores + [
          GradeReport.points(report.score), GradeReport.points(report.maxScore), status, message,
        ]
      rows.append(cells.map(field).joined(separator: ","))
    }
    return rows.joined(separator: "\n") + "\n"
  }

  /// A CSV field (RFC 4180): quoted when it holds a comma, quote or line break.
  static func field(_ s: String) -> String {
    s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
      ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
  }
}
