public import Foundation

/// Grades submissions: every exercise of the manifest (or some), each compiled and run on its
/// own, several at a time.
///
/// ```swift
/// let grader = try Grader(manifest: manifest, exercises: ExerciseCatalog.exercises,
///                         kit: try ExerciseKit.locate(binDirectory: bin), workDirectory: work)
/// let report = grader.grade(Submission(root: courseRoot))
/// print(report.render(.text))
/// ```
///
/// `grade` never throws and never stops early: a compile error, crash, time-out or grader
/// failure in one exercise scores that exercise's checks 0 with the reason, and the others
/// are graded as usual.
public struct Grader: Sendable {
  public var manifest: Manifest
  public var exercises: [GradedExercise]
  public var kit: ExerciseKit
  /// Where the grader compiles and runs (one sub-folder per submission and exercise).
  public var workDirectory: URL
  /// Whether to run checks hidden from learners (instructors, platforms, batch grading).
  public var includeHidden: Bool
  /// Run the learner's code as this user (`runuser -u`; the grader must run as root).
  public var childUser: String?

  /// - Throws: ``GradingError/course(_:)`` when the manifest and the checks' code disagree.
  public init(
    manifest: Manifest, exercises: [GradedExercise], kit: ExerciseKit, workDirectory: URL, includeHidden: Bool = false,
    childUser: String? = nil
  ) throws(GradingError) {
    try Grader.checkConsistency(manifest: manifest, exercises: exercises)
    self.manifest = manifest
    self.exercises = exercises
    self.kit = kit
    self.workDirectory = workDirectory
    self.includeHidden = includeHidden
    self.childUser = childUser
  }

  /// Every manifest exercise has code with exactly the manifest's checks, and vice versa.
  public static func checkConsistency(manifest: Manifest, exercises: [GradedExercise]) throws(GradingError) {
    var problems: [String] = []
    for exercise in manifest.exercises {
      guard let code = exercises.first(where: { $0.id == exercise.id }) else {
        problems.append("\(exercise.id): in \(Manifest.relativePath) but has no checks in ExerciseCatalog")
        continue
      }
      let listed = exercise.checks.map(\.id)
      for id in listed where !code.checkIDs.contains(id) {
        problems.append(
          "\(exercise.id): check \"\(id)\" is in \(Manifest.relativePath) but not in \(code.definitionName).checks")
      }
      for id in code.checkIDs where !listed.contains(id) {
        problems.append(
          "\(exercise.id): check \"\(id)\" is in \(code.definitionName).checks but not in \(Manifest.relativePath)")
      }
    }
    for code in exercises where manifest.exercise(code.id) == nil {
      problems.append("\(code.id): \(code.definitionName) is in ExerciseCatalog but not in \(Manifest.relativePath)")
    }
    if !problems.isEmpty { throw .course(problems.joined(separator: "\n")) }
  }

  /// Grades `only` these exercises (default: all) of a submission, `jobs` exercises at a time.
  ///
  /// - Parameter onExercise: called as each exercise finishes (from any thread), so callers
  ///   can write partial results as they go.
  public func grade(
    _ submission: Submission, only ids: [String]? = nil, jobs: Int = 1,
    onExercise: @Sendable (ExerciseReport) -> Void = { _ in }
  ) -> GradeReport {
    let start = Date()
    let selected = manifest.exercises.filter { ids?.contains($0.id) ?? true }
    let folder = workDirectory.appendingPathComponent(Self.folderName(submission.student ?? "learner"))
    // Clang's module cache remembers its own path: a copied or moved work folder needs a new one.
    let pathHash = CheckContext(exerciseSeed: 0, checkID: workDirectory.standardizedFileURL.path).seed
    let moduleCache = workDirectory.appendingPathComponent("ModuleCache-" + String(pathHash, radix: 36))
    let slots = ResultSlots<ExerciseReport>(count: selected.count)
    let next = WorkCounter()
    DispatchQueue.concurrentPerform(iterations: max(1, min(jobs, selected.count))) { _ in
      while let k = next.take(below: selected.count) {
        let exercise = selected[k]
        let report: ExerciseReport
        if let code = exercises.first(where: { $0.id == exercise.id }) {
          report = ExerciseGrader(
            exercise: exercise, code: code, kit: kit, workDirectory: folder.appendingPathComponent(exercise.id),
            includeHidden: includeHidden, childUser: childUser,
            moduleCache: moduleCache
          ).grade(submission)
        } else {
          report = ExerciseReport(
            id: exercise.id, title: exercise.title, lesson: exercise.lesson,
            status: .graderError("no checks for \(exercise.id) in ExerciseCatalog"), checks: [])
        }
        slots.set(k, report)
        onExercise(report)
      }
    }
    let skipped =
      includeHidden
      ? 0 : selected.flatMap(\.checks).filter(\.visibility.isHidden).reduce(0) { $0 + $1.points }
    return GradeReport(
      student: submission.student, exercises: slots.values, seconds: Date().timeIntervalSince(start),
      skippedHiddenPoints: skipped)
  }

  /// A report for a submission that could not be graded at all: every check 0, with the reason.
  public static func failedReport(
    manifest: Manifest?, student: String?, reason: String, includeHidden: Bool = true
  )
    -> GradeReport
  {
    let exercises = (manifest?.exercises ?? []).map { exercise in
      ExerciseReport(
        id: exercise.id, title: exercise.title, lesson: exercise.lesson, status: .graderError(reason),
        checks: exercise.checks.filter { includeHidden || !$0.visibility.isHidden }.map {
          CheckResult(
            id: $0.id, title: $0.title, points: 0, maxPoints: $0.points, visibility: $0.visibility, status: .error,
            feedback: Feedback("not graded: \(reason)"), hint: $0.hint)
        })
    }
    return GradeReport(student: student, exercises: exercises, error: reason)
  }

  /// A safe folder name for a student.
  static func folderName(_ name: String) -> String {
    String(name.map { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == "." ? $0 : "_" })
  }
}

/// One result slot per work item, written by worker threads (each slot by one thread).
final class ResultSlots<T: Sendable>: @unchecked Sendable {
  private var slots: [T?]
  private let lock = NSLock()
  init(count: Int) { slots = Array(repeating: nil, count: count) }
  func set(_ k: Int, _ value: T) {
    lock.lock()
    slots[k] = value
    lock.unlock()
  }
  var values: [T] {
    lock.lock()
    defer { lock.unlock() }
    return slots.compactMap { $0 }
  }
}

/// Hands out work items 0, 1, 2, … to worker threads.
final class WorkCounter: @unchecked Sendable {
  private var value = 0
  private let lock = NSLock()
  func take(below limit: Int) -> Int? {
    lock.lock()
    defer { lock.unlock() }
    guard value < limit else { return nil }
    value += 1
    return value - 1
  }
}
