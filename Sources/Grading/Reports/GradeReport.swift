/// The result of grading one submission (a learner's copy, or one student's folder).
///
/// A report always exists, even when grading could not run: then `error` says why and every
/// exercise scores 0, so platforms still receive a complete, readable result.
public struct GradeReport: Sendable {
  /// The student (the submission folder's name in batch grading), or nil for the learner's own copy.
  public var student: String?
  public var exercises: [ExerciseReport]
  /// Why grading failed as a whole (nil when it ran).
  public var error: String?
  /// Wall-clock seconds.
  public var seconds: Double
  /// Points of checks that are not in this report (hidden checks skipped in a learner's run).
  public var skippedHiddenPoints: Double

  public init(
    student: String? = nil, exercises: [ExerciseReport], error: String? = nil, seconds: Double = 0,
    skippedHiddenPoints: Double = 0
  ) {
    self.student = student
    self.exercises = exercises
    self.error = error
    self.seconds = seconds
    self.skippedHiddenPoints = skippedHiddenPoints
  }

  public var score: Double { exercises.reduce(0) { $0 + $1.score } }
  public var maxScore: Double { exercises.reduce(0) { $0 + $1.maxScore } }
  /// Whether every check passed and nothing went wrong.
  public var passed: Bool { error == nil && exercises.allSatisfy(\.passed) }
}

/// The result of one exercise: how it built, and each check's result.
public struct ExerciseReport: Sendable {
  public enum Status: Sendable, Equatable {
    /// Compiled and ran its checks (which may have passed or failed).
    case graded
    /// The learner's files are missing (the message names them).
    case notSubmitted(String)
    /// The learner's files do not compile (the message holds the compiler's errors).
    case compileError(String)
    /// The grader itself failed on this exercise (the message says why).
    case graderError(String)
  }

  public var id: String
  public var title: String
  public var lesson: String
  public var status: Status
  public var checks: [CheckResult]
  public var seconds: Double

  public init(id: String, title: String, lesson: String, status: Status, checks: [CheckResult], seconds: Double = 0) {
    self.id = id
    self.title = title
    self.lesson = lesson
    self.status = status
    self.checks = checks
    self.seconds = seconds
  }

  public var score: Double { checks.reduce(0) { $0 + $1.points } }
  public var maxScore: Double { checks.reduce(0) { $0 + $1.maxPoints } }
  public var passed: Bool { status == .graded && checks.allSatisfy { $0.status == .passed } }

  /// The status message (compiler errors, the missing files, the grader's error), if any.
  public var statusMessage: String? {
    switch status {
    case .graded: return nil
    case .notSubmitted(let m), .compileError(let m), .graderError(let m): return m
    }
  }
}

/// The result of one check.
public struct CheckResult: Sendable {
  public enum Status: String, Sendable {
    /// Every case right: full points.
    case passed
    /// The code ran and gave a wrong answer (or threw where it should not).
    case failed
    /// The code did not give an answer: compile error, crash, time-out, memory or output limit.
    case error
  }

  public var id: String
  public var title: String
  public var points: Double
  public var maxPoints: Double
  public var visibility: Manifest.Visibility
  public var status: Status
  public var feedback: Feedback?
  /// The hint tier to read when the check fails.
  public var hint: Int
  public var seconds: Double

  public init(
    id: String, title: String, points: Double, maxPoints: Double, visibility: Manifest.Visibility, status: Status,
    feedback: Feedback?, hint: Int, seconds: Double = 0
  ) {
    self.id = id
    self.title = title
    self.points = points
    self.maxPoints = maxPoints
    self.visibility = visibility
    self.status = status
    self.feedback = feedback
    self.hint = hint
    self.seconds = seconds
  }
}
