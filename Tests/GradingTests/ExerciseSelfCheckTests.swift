import ExerciseChecks
import Foundation
import Grading
import Testing

@testable import Starter_01_apply_gate
@testable import Starter_01_normalize
@testable import Starter_12_diagnose

#if canImport(Solution_01_normalize) && canImport(Solution_01_apply_gate) && canImport(Solution_12_diagnose)
  @testable import Solution_01_apply_gate
  @testable import Solution_01_normalize
  @testable import Solution_12_diagnose
#endif

/// The grader self-check: every check passes on the reference and fails on the starter.
///
/// A check that passes on the untouched starter could never fail, and a check that fails on
/// the reference solution is wrong: both are defects. This runs on the copies in
/// Tests/ExerciseStarters and Tests/ExerciseSolutions, never on the learner's own files, so it
/// does not depend on anyone's progress. A student release has no solutions; there only the
/// starter half runs.
@Suite struct ExerciseSelfCheckTests {
  /// One implementation of one exercise, judged in-process with the manifest's seed.
  struct Subject: Sendable, CustomTestStringConvertible {
    var exercise: String
    var judge: @Sendable (UInt64) -> [(id: String, judgement: CheckJudgement)]
    var testDescription: String { exercise }
  }

  // One binding per exercise and implementation: the same expression as the exercise's
  // `binding`, with the module named.
  static let starters: [Subject] = [
    Subject(exercise: NormalizeExercise.id) {
      NormalizeExercise.judgeInProcess(
        .init(
          normalized: Starter_01_normalize.normalized(_:), probabilities: Starter_01_normalize.probabilities(of:),
          sampleCounts: Starter_01_normalize.sampleCounts(of:shots:using:)), seed: $0)
    },
    Subject(exercise: ApplyGateExercise.id) {
      ApplyGateExercise.judgeInProcess(
        .init(
          apply: Starter_01_apply_gate.apply(_:toQubit:of:),
          productState: Starter_01_apply_gate.productState(blochAngles:)),
        seed: $0)
    },
    Subject(exercise: DiagnoseExercise.id) {
      DiagnoseExercise.judgeInProcess(
        .init(
          lightCone: Starter_12_diagnose.lightCone(of:in:),
          variance: Starter_12_diagnose.varianceOfExpectation(of:in:samples:using:),
          growsExponentially: Starter_12_diagnose.growsExponentially(_:),
          verdict: Starter_12_diagnose.verdict(qubits:lightConeSize:lieDimensions:observableInAlgebra:variances:)),
        seed: $0)
    },
  ]

  #if canImport(Solution_01_normalize) && canImport(Solution_01_apply_gate) && canImport(Solution_12_diagnose)
    static let references: [Subject] = [
      Subject(exercise: NormalizeExercise.id) {
        NormalizeExercise.judgeInProcess(
          .init(
            normalized: Solution_01_normalize.normalized(_:), probabilities: Solution_01_normalize.probabilities(of:),
            sampleCounts: Solution_01_normalize.sampleCounts(of:shots:using:)), seed: $0)
      },
      Subject(exercise: ApplyGateExercise.id) {
        ApplyGateExercise.judgeInProcess(
          .init(
            apply: Solution_01_apply_gate.apply(_:toQubit:of:),
            productState: Solution_01_apply_gate.productState(blochAngles:)),
          seed: $0)
      },
      Subject(exercise: DiagnoseExercise.id) {
        DiagnoseExercise.judgeInProcess(
          .init(
            lightCone: Solution_12_diagnose.lightCone(of:in:),
            variance: Solution_12_diagnose.varianceOfExpectation(of:in:samples:using:),
            growsExponentially: Solution_12_diagnose.growsExponentially(_:),
            verdict: Solution_12_diagnose.verdict(qubits:lightConeSize:lieDimensions:observableInAlgebra:variances:)),
          seed: $0)
      },
    ]
  #else
    static let references: [Subject] = []
  #endif

  static func seed(_ id: String) throws -> UInt64 {
    try #require(try GradingHarness.course().manifest.exercise(id)).seed
  }

  @Test(arguments: references)
  func everyCheckPassesOnTheReferenceSolution(_ subject: Subject) throws {
    for (id, judgement) in subject.judge(try Self.seed(subject.exercise)) {
      guard case .passed = judgement else {
        Issue.record("\(subject.exercise)/\(id) fails on the reference solution: \(judgement)")
        continue
      }
    }
  }

  @Test(arguments: starters)
  func everyCheckFailsOnTheUntouchedStarter(_ subject: Subject) throws {
    for (id, judgement) in subject.judge(try Self.seed(subject.exercise)) {
      if case .passed = judgement {
        Issue.record("\(subject.exercise)/\(id) passes on the untouched starter, so it can never fail: a defect")
      }
    }
  }

  @Test func everyExerciseHasAStarterAndAReferenceBinding() throws {
    let ids = ExerciseCatalog.exercises.map(\.id)
    #expect(Self.starters.map(\.exercise) == ids)
    if GradingHarness.hasSolutions { #expect(Self.references.map(\.exercise) == ids) }
  }

  @Test func theManifestAndTheChecksCodeAgree() throws {
    let course = try GradingHarness.course()
    try Grader.checkConsistency(manifest: course.manifest, exercises: ExerciseCatalog.exercises)
  }

  @Test func everyExerciseHasItsStatementStarterAndUntouchedStarter() throws {
    #expect(try GradingHarness.course().fileProblems() == [])
  }

  @Test func everyReferenceSolutionMirrorsTheStarterFiles() throws {
    guard GradingHarness.hasSolutions else { return }
    let course = try GradingHarness.course()
    for exercise in course.manifest.exercises {
      for file in exercise.files {
        let path = course.solutionDirectory(exercise.id).appendingPathComponent(file).path
        #expect(FileManager.default.fileExists(atPath: path), "no reference solution \(path)")
      }
    }
  }

  @Test func checksDrawTheSameInputsOnEveryRun() {
    let a = CheckContext(exerciseSeed: 101, checkID: "unit-norm")
    let b = CheckContext(exerciseSeed: 101, checkID: "unit-norm")
    var (ra, rb) = (a.makeGenerator(), b.makeGenerator())
    #expect(ra.next() == rb.next())
    #expect(CheckContext(exerciseSeed: 101, checkID: "born-probabilities").seed != a.seed)
  }
}
