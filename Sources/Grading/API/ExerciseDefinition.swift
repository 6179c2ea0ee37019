/// The code half of an exercise: how the grader calls the learner's functions and its checks.
///
/// The manifest (`Exercises/exercises.json`) holds the exercise's points, visibility, hints
/// and seed; a type conforming to this protocol holds the checks with the same identifiers.
/// `Implementation` gathers the learner's functions as closures, so the same checks run on
/// the learner's code (in a child process), on the reference solution and on the untouched
/// starter (in `swift test`).
///
/// ```swift
/// public enum NormalizeExercise: ExerciseDefinition {
///   public struct Implementation: Sendable {
///     public var normalized: @Sendable ([Amplitude]) throws -> [Amplitude]
///   }
///   public static let id = "01-normalize"
///   public static let binding = ".init(normalized: normalized(_:))"
///   public static var checks: [Check<Implementation>] { [unitNorm] }
/// }
/// ```
public protocol ExerciseDefinition: Sendable {
  /// The learner's functions, as the checks call them.
  associatedtype Implementation: Sendable
  /// The exercise's identifier (`NN-slug`), as in the manifest.
  static var id: String { get }
  /// A Swift expression of type `Implementation` made from the learner's top-level functions;
  /// the grader compiles it into the child process next to the learner's files, so it names
  /// exactly the functions (and signatures) the exercise statement asks for.
  static var binding: String { get }
  /// The checks, in the order the grader runs and reports them.
  static var checks: [Check<Implementation>] { get }
}

extension ExerciseDefinition {
  /// Runs every check on `implementation` in this process (calling, recording and judging),
  /// as `swift test` does with the reference solution and the starter.
  ///
  /// - Returns: each check's identifier and judgement, in order.
  public static func judgeInProcess(
    _ implementation: Implementation, seed: UInt64
  ) -> [(id: String, judgement: CheckJudgement)] {
    checks.map { check in
      let context = CheckContext(exerciseSeed: seed, checkID: check.id)
      var records: [String] = []
      check.observe(implementation, context) { records.append($0) }
      return (check.id, check.judgeRecords(records, context))
    }
  }
}

/// An exercise's checks without their `Implementation` type, as the grader holds them.
public struct GradedExercise: Sendable {
  /// The identifier (`NN-slug`).
  public let id: String
  /// The type's name (`NormalizeExercise`), as the child's generated `main.swift` names it.
  public let definitionName: String
  /// See ``ExerciseDefinition/binding``.
  public let binding: String
  /// The checks' identifiers, in order.
  public let checkIDs: [String]
  private let judgeRecords: @Sendable (String, [String], CheckContext) -> CheckJudgement?

  public init<D: ExerciseDefinition>(_ definition: D.Type) {
    id = D.id
    definitionName = String(describing: D.self)
    binding = D.binding
    checkIDs = D.checks.map(\.id)
    judgeRecords = { id, records, context in
      D.checks.first { $0.id == id }.map { $0.judgeRecords(records, context) }
    }
  }

  /// Judges what a check's child process recorded (nil for an unknown check).
  public func judge(check id: String, records: [String], context: CheckContext) -> CheckJudgement? {
    judgeRecords(id, records, context)
  }
}
