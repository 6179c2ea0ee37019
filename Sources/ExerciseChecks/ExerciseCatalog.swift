// The course's graders: one ExerciseDefinition per exercise in Exercises/exercises.json.
//
// To add an exercise: write Exercises/NN-slug/ (README.md and starter files), its entry in the
// manifest, its checks here (NN-slug/<Name>Exercise.swift, registered below), its untouched
// starter in Tests/ExerciseStarters/NN-slug and its reference solution in
// Tests/ExerciseSolutions/NN-slug (two targets in Package.swift), and a binding line in
// Tests/GradingTests/ExerciseSelfCheckTests.swift. `swift test` then proves that every check
// passes on the reference and fails on the starter.
//
// Checks hidden from learners go between `// plateau-release: hidden-begin` and
// `// plateau-release: hidden-end`: `plateau release` removes those lines from the student copy.
public import Grading

/// Every exercise's checks, in course order.
public enum ExerciseCatalog {
  public static let exercises: [GradedExercise] = [
    GradedExercise(NormalizeExercise.self),
    GradedExercise(ApplyGateExercise.self),
    GradedExercise(PauliExpectationExercise.self),
    GradedExercise(PauliProductExercise.self),
    GradedExercise(TFIMHamiltonianExercise.self),
    GradedExercise(VQELoopExercise.self),
    GradedExercise(ParameterShiftExercise.self),
    GradedExercise(AdjointBackwardExercise.self),
    GradedExercise(GradientVarianceExercise.self),
    GradedExercise(HaarConcentrationExercise.self),
    GradedExercise(LocalCostExercise.self),
    GradedExercise(LightConeExercise.self),
    GradedExercise(LieClosureExercise.self),
    GradedExercise(PredictedVarianceExercise.self),
    GradedExercise(PolynomialAnsatzExercise.self),
    GradedExercise(SmallAngleExercise.self),
    GradedExercise(AdjointRotationExercise.self),
    GradedExercise(PauliRotationRuleExercise.self),
    GradedExercise(CliffordLightConeExercise.self),
    GradedExercise(DiagnoseExercise.self),
  ]
}
