/// The exercises of the course, read from `Exercises/exercises.json`.
///
/// One file holds everything the grader needs to know about the exercises that is not code:
/// their order (the order of the `exercises` array), the lesson each belongs to, the learner's
/// files, the points and visibility of every check, tiered hints, limits and seeds.
///
/// ```json
/// {
///   "formatVersion": 1,
///   "solutions": "after-pass",
///   "defaults": {"timeLimitSeconds": 10, "memoryLimitMB": 2048, "outputLimitKB": 256},
///   "exercises": [{
///     "id": "01-normalize", "title": "Normalize a state", "lesson": "01-qubits",
///     "files": ["Normalize.swift"], "seed": 101,
///     "hints": ["first nudge", "more", "almost the answer"],
///     "checks": [{"id": "unit-norm", "title": "normalized(_:) returns ψ/‖ψ‖",
///                 "points": 2, "visibility": "visible", "hint": 1}]
///   }]
/// }
/// ```
///
/// `Manifest.load(from:)` validates it; errors name the file, the line, the key and what is
/// allowed.
public struct Manifest: Sendable, Equatable {
  /// The version of this format (1).
  public var formatVersion: Int
  /// When `plateau solution` shows a reference solution.
  public var solutions: SolutionPolicy
  /// Limits for every exercise that does not set its own.
  public var defaults: Limits
  /// The exercises in course order.
  public var exercises: [Exercise]

  /// The exercise with identifier `id`.
  public func exercise(_ id: String) -> Exercise? { exercises.first { $0.id == id } }

  /// When the reference solution of an exercise may be shown to the learner.
  public enum SolutionPolicy: String, Sendable, CaseIterable {
    /// Only after every check of the exercise has passed (the default).
    case afterPass = "after-pass"
    /// Always (a self-study course that trusts its learners).
    case always
    /// Never (the instructor publishes solutions elsewhere).
    case never
  }

  /// Resource limits for running a learner's code.
  public struct Limits: Sendable, Equatable {
    /// Wall-clock seconds each check's child process may run.
    public var timeLimitSeconds: Double
    /// Address-space limit of the child process, in MiB.
    public var memoryLimitMB: Int
    /// How much the child may print (standard output and error each), in KiB.
    public var outputLimitKB: Int

    public init(timeLimitSeconds: Double = 10, memoryLimitMB: Int = 2048, outputLimitKB: Int = 256) {
      self.timeLimitSeconds = timeLimitSeconds
      self.memoryLimitMB = memoryLimitMB
      self.outputLimitKB = outputLimitKB
    }
  }

  /// One exercise: `Exercises/<id>/` with a statement, starter files and graded checks.
  public struct Exercise: Sendable, Equatable {
    /// `NN-slug`, the folder name under `Exercises/`.
    public var id: String
    public var title: String
    /// The lesson the exercise belongs to (`NN-slug` under `Lessons/`).
    public var lesson: String
    /// The files the learner edits, relative to `Exercises/<id>/`.
    public var files: [String]
    /// The seed every check's random inputs derive from (see ``CheckContext``).
    public var seed: UInt64
    /// Hints, from a gentle nudge (tier 1) to nearly the answer.
    public var hints: [String]
    public var limits: Limits
    public var checks: [Check]

    /// The most points the exercise can give.
    public var maxPoints: Double { checks.reduce(0) { $0 + $1.points } }
  }

  /// One graded behaviour of an exercise.
  public struct Check: Sendable, Equatable {
    /// The identifier the check's code registers (kebab-case, unique in the exercise).
    public var id: String
    /// What the check verifies, named after the behaviour.
    public var title: String
    public var points: Double
    public var visibility: Visibility
    /// The hint tier a learner who fails this check should read (1-based).
    public var hint: Int

    public init(id: String, title: String, points: Double, visibility: Visibility, hint: Int) {
      self.id = id
      self.title = title
      self.points = points
      self.visibility = visibility
      self.hint = hint
    }
  }

  /// Who sees a check's result and when (Gradescope's values, which the reports pass on).
  public enum Visibility: String, Sendable, CaseIterable {
    /// Shown to the learner, always.
    case visible
    /// Hidden until the due date has passed.
    case afterDueDate = "after_due_date"
    /// Hidden until the instructor publishes the grades.
    case afterPublished = "after_published"
    /// Never shown to the learner.
    case hidden

    /// Whether the check is stripped from a student release.
    public var isHidden: Bool { self != .visible }
  }
}
