import ExerciseChecks
import Foundation
import Grading
import Testing

@testable import Starter_01_apply_gate
@testable import Starter_01_normalize
@testable import Starter_02_pauli_expectation
@testable import Starter_02_pauli_product
@testable import Starter_03_tfim_hamiltonian
@testable import Starter_03_vqe_loop
@testable import Starter_04_adjoint_backward
@testable import Starter_04_parameter_shift
@testable import Starter_05_gradient_variance
@testable import Starter_05_haar_concentration
@testable import Starter_06_light_cone
@testable import Starter_06_local_cost
@testable import Starter_07_lie_closure
@testable import Starter_07_predicted_variance
@testable import Starter_08_polynomial_ansatz
@testable import Starter_08_small_angle
@testable import Starter_09_adjoint_rotation
@testable import Starter_10_pauli_rotation_rule
@testable import Starter_11_clifford_light_cone
@testable import Starter_12_diagnose

#if canImport(Solution_01_normalize) && canImport(Solution_01_apply_gate) && canImport(Solution_12_diagnose)
  @testable import Solution_01_apply_gate
  @testable import Solution_01_normalize
  @testable import Solution_02_pauli_expectation
  @testable import Solution_02_pauli_product
  @testable import Solution_03_tfim_hamiltonian
  @testable import Solution_03_vqe_loop
  @testable import Solution_04_adjoint_backward
  @testable import Solution_04_parameter_shift
  @testable import Solution_05_gradient_variance
  @testable import Solution_05_haar_concentration
  @testable import Solution_06_light_cone
  @testable import Solution_06_local_cost
  @testable import Solution_07_lie_closure
  @testable import Solution_07_predicted_variance
  @testable import Solution_08_polynomial_ansatz
  @testable import Solution_08_small_angle
  @testable import Solution_09_adjoint_rotation
  @testable import Solution_10_pauli_rotation_rule
  @testable import Solution_11_clifford_light_cone
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
    Subject(exercise: PauliExpectationExercise.id) {
      PauliExpectationExercise.judgeInProcess(
        .init(
          applyPauli: Starter_02_pauli_expectation.applyPauli(_:to:),
          expectation: Starter_02_pauli_expectation.expectation(of:in:),
          energy: Starter_02_pauli_expectation.energy(of:in:)),
        seed: $0)
    },
    Subject(exercise: PauliProductExercise.id) {
      PauliProductExercise.judgeInProcess(
        .init(multiply: Starter_02_pauli_product.multiply(_:_:), commutes: Starter_02_pauli_product.commutes(_:_:)),
        seed: $0)
    },
    Subject(exercise: TFIMHamiltonianExercise.id) {
      TFIMHamiltonianExercise.judgeInProcess(
        .init(
          hamiltonian: Starter_03_tfim_hamiltonian.tfimHamiltonian(qubits:coupling:field:periodic:),
          ringGroundEnergy: Starter_03_tfim_hamiltonian.ringGroundEnergy(qubits:coupling:field:)),
        seed: $0)
    },
    Subject(exercise: VQELoopExercise.id) {
      VQELoopExercise.judgeInProcess(.init(vqe: Starter_03_vqe_loop.vqe(hamiltonian:ansatz:initial:)), seed: $0)
    },
    Subject(exercise: ParameterShiftExercise.id) {
      ParameterShiftExercise.judgeInProcess(
        .init(gradient: Starter_04_parameter_shift.parameterShiftGradient(of:in:at:)), seed: $0)
    },
    Subject(exercise: AdjointBackwardExercise.id) {
      AdjointBackwardExercise.judgeInProcess(
        .init(gradient: Starter_04_adjoint_backward.adjointGradient(of:in:at:)), seed: $0)
    },
    Subject(exercise: GradientVarianceExercise.id) {
      GradientVarianceExercise.judgeInProcess(
        .init(
          varianceWithStandardError: Starter_05_gradient_variance.varianceWithStandardError(_:),
          globalCostDerivative: Starter_05_gradient_variance.globalCostDerivative(qubits:parameters:),
          estimateGlobalCostVariance: Starter_05_gradient_variance.estimateGlobalCostVariance(qubits:samples:seed:),
          decayRate: Starter_05_gradient_variance.decayRate(qubits:variances:standardErrors:)),
        seed: $0)
    },
    Subject(exercise: HaarConcentrationExercise.id) {
      HaarConcentrationExercise.judgeInProcess(
        .init(
          haarRandomState: Starter_05_haar_concentration.haarRandomState(qubits:using:),
          expectationOfZ: Starter_05_haar_concentration.expectationOfZ(onQubit:in:),
          shotsToResolve: Starter_05_haar_concentration.shotsToResolve(gradientVariance:)),
        seed: $0)
    },
    Subject(exercise: LocalCostExercise.id) {
      LocalCostExercise.judgeInProcess(
        .init(
          localCost: Starter_06_local_cost.localCost(of:),
          localCostDerivative: Starter_06_local_cost.localCostDerivative(qubits:parameters:index:),
          estimateLocalCostVariance: Starter_06_local_cost.estimateLocalCostVariance(qubits:samples:seed:)),
        seed: $0)
    },
    Subject(exercise: LightConeExercise.id) {
      LightConeExercise.judgeInProcess(
        .init(
          backwardLightCone: Starter_06_light_cone.backwardLightCone(qubits:layers:observableQubit:),
          influencedQubits: Starter_06_light_cone.influencedQubits(qubits:layers:parameter:)),
        seed: $0)
    },
    Subject(exercise: LieClosureExercise.id) {
      LieClosureExercise.judgeInProcess(
        .init(
          productString: Starter_07_lie_closure.productString(_:_:),
          anticommute: Starter_07_lie_closure.anticommute(_:_:),
          lieClosure: Starter_07_lie_closure.lieClosure(of:)),
        seed: $0)
    },
    Subject(exercise: PredictedVarianceExercise.id) {
      PredictedVarianceExercise.judgeInProcess(
        .init(
          gPurity: Starter_07_predicted_variance.gPurity(of:basis:qubits:),
          zeroStatePurity: Starter_07_predicted_variance.zeroStatePurity(basis:qubits:),
          predictedVariance: Starter_07_predicted_variance.predictedVariance(of:basis:qubits:)),
        seed: $0)
    },
    Subject(exercise: PolynomialAnsatzExercise.id) {
      PolynomialAnsatzExercise.judgeInProcess(
        .init(
          generators: Starter_08_polynomial_ansatz.generators(qubits:),
          ansatz: Starter_08_polynomial_ansatz.ansatz(qubits:layers:)),
        seed: $0)
    },
    Subject(exercise: SmallAngleExercise.id) {
      SmallAngleExercise.judgeInProcess(
        .init(
          smallAngleVariance: Starter_08_small_angle.smallAngleVariance(qubits:sigma:),
          estimateSmallAngleVariance: Starter_08_small_angle.estimateSmallAngleVariance(qubits:sigma:samples:seed:),
          optimalSigma: Starter_08_small_angle.optimalSigma(qubits:)),
        seed: $0)
    },
    Subject(exercise: AdjointRotationExercise.id) {
      AdjointRotationExercise.judgeInProcess(
        .init(
          zeroStateExpectations: Starter_09_adjoint_rotation.zeroStateExpectations(basis:),
          rotate: Starter_09_adjoint_rotation.rotate(_:basis:generator:angle:),
          expectation: Starter_09_adjoint_rotation.expectation(of:basis:expectations:)),
        seed: $0)
    },
    Subject(exercise: PauliRotationRuleExercise.id) {
      PauliRotationRuleExercise.judgeInProcess(
        .init(
          propagate: Starter_10_pauli_rotation_rule.propagate(_:throughRotation:angle:maxWeight:),
          truncatedExpectation: Starter_10_pauli_rotation_rule.truncatedExpectation(of:rotations:maxWeight:)),
        seed: $0)
    },
    Subject(exercise: CliffordLightConeExercise.id) {
      CliffordLightConeExercise.judgeInProcess(
        .init(
          lightCone: Starter_11_clifford_light_cone.lightCone(of:steps:on:),
          cliffordPropagate: Starter_11_clifford_light_cone.cliffordPropagate(_:steps:thetaH:on:)),
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
      Subject(exercise: PauliExpectationExercise.id) {
        PauliExpectationExercise.judgeInProcess(
          .init(
            applyPauli: Solution_02_pauli_expectation.applyPauli(_:to:),
            expectation: Solution_02_pauli_expectation.expectation(of:in:),
            energy: Solution_02_pauli_expectation.energy(of:in:)),
          seed: $0)
      },
      Subject(exercise: PauliProductExercise.id) {
        PauliProductExercise.judgeInProcess(
          .init(
            multiply: Solution_02_pauli_product.multiply(_:_:), commutes: Solution_02_pauli_product.commutes(_:_:)),
          seed: $0)
      },
      Subject(exercise: TFIMHamiltonianExercise.id) {
        TFIMHamiltonianExercise.judgeInProcess(
          .init(
            hamiltonian: Solution_03_tfim_hamiltonian.tfimHamiltonian(qubits:coupling:field:periodic:),
            ringGroundEnergy: Solution_03_tfim_hamiltonian.ringGroundEnergy(qubits:coupling:field:)),
          seed: $0)
      },
      Subject(exercise: VQELoopExercise.id) {
        VQELoopExercise.judgeInProcess(.init(vqe: Solution_03_vqe_loop.vqe(hamiltonian:ansatz:initial:)), seed: $0)
      },
      Subject(exercise: ParameterShiftExercise.id) {
        ParameterShiftExercise.judgeInProcess(
          .init(gradient: Solution_04_parameter_shift.parameterShiftGradient(of:in:at:)), seed: $0)
      },
      Subject(exercise: AdjointBackwardExercise.id) {
        AdjointBackwardExercise.judgeInProcess(
          .init(gradient: Solution_04_adjoint_backward.adjointGradient(of:in:at:)), seed: $0)
      },
      Subject(exercise: GradientVarianceExercise.id) {
        GradientVarianceExercise.judgeInProcess(
          .init(
            varianceWithStandardError: Solution_05_gradient_variance.varianceWithStandardError(_:),
            globalCostDerivative: Solution_05_gradient_variance.globalCostDerivative(qubits:parameters:),
            estimateGlobalCostVariance: Solution_05_gradient_variance.estimateGlobalCostVariance(
              qubits:samples:seed:),
            decayRate: Solution_05_gradient_variance.decayRate(qubits:variances:standardErrors:)),
          seed: $0)
      },
      Subject(exercise: HaarConcentrationExercise.id) {
        HaarConcentrationExercise.judgeInProcess(
          .init(
            haarRandomState: Solution_05_haar_concentration.haarRandomState(qubits:using:),
            expectationOfZ: Solution_05_haar_concentration.expectationOfZ(onQubit:in:),
            shotsToResolve: Solution_05_haar_concentration.shotsToResolve(gradientVariance:)),
          seed: $0)
      },
      Subject(exercise: LocalCostExercise.id) {
        LocalCostExercise.judgeInProcess(
          .init(
            localCost: Solution_06_local_cost.localCost(of:),
            localCostDerivative: Solution_06_local_cost.localCostDerivative(qubits:parameters:index:),
            estimateLocalCostVariance: Solution_06_local_cost.estimateLocalCostVariance(qubits:samples:seed:)),
          seed: $0)
      },
      Subject(exercise: LightConeExercise.id) {
        LightConeExercise.judgeInProcess(
          .init(
            backwardLightCone: Solution_06_light_cone.backwardLightCone(qubits:layers:observableQubit:),
            influencedQubits: Solution_06_light_cone.influencedQubits(qubits:layers:parameter:)),
          seed: $0)
      },
      Subject(exercise: LieClosureExercise.id) {
        LieClosureExercise.judgeInProcess(
          .init(
            productString: Solution_07_lie_closure.productString(_:_:),
            anticommute: Solution_07_lie_closure.anticommute(_:_:),
            lieClosure: Solution_07_lie_closure.lieClosure(of:)),
          seed: $0)
      },
      Subject(exercise: PredictedVarianceExercise.id) {
        PredictedVarianceExercise.judgeInProcess(
          .init(
            gPurity: Solution_07_predicted_variance.gPurity(of:basis:qubits:),
            zeroStatePurity: Solution_07_predicted_variance.zeroStatePurity(basis:qubits:),
            predictedVariance: Solution_07_predicted_variance.predictedVariance(of:basis:qubits:)),
          seed: $0)
      },
      Subject(exercise: PolynomialAnsatzExercise.id) {
        PolynomialAnsatzExercise.judgeInProcess(
          .init(
            generators: Solution_08_polynomial_ansatz.generators(qubits:),
            ansatz: Solution_08_polynomial_ansatz.ansatz(qubits:layers:)),
          seed: $0)
      },
      Subject(exercise: SmallAngleExercise.id) {
        SmallAngleExercise.judgeInProcess(
          .init(
            smallAngleVariance: Solution_08_small_angle.smallAngleVariance(qubits:sigma:),
            estimateSmallAngleVariance: Solution_08_small_angle.estimateSmallAngleVariance(qubits:sigma:samples:seed:),
            optimalSigma: Solution_08_small_angle.optimalSigma(qubits:)),
          seed: $0)
      },
      Subject(exercise: AdjointRotationExercise.id) {
        AdjointRotationExercise.judgeInProcess(
          .init(
            zeroStateExpectations: Solution_09_adjoint_rotation.zeroStateExpectations(basis:),
            rotate: Solution_09_adjoint_rotation.rotate(_:basis:generator:angle:),
            expectation: Solution_09_adjoint_rotation.expectation(of:basis:expectations:)),
          seed: $0)
      },
      Subject(exercise: PauliRotationRuleExercise.id) {
        PauliRotationRuleExercise.judgeInProcess(
          .init(
            propagate: Solution_10_pauli_rotation_rule.propagate(_:throughRotation:angle:maxWeight:),
            truncatedExpectation: Solution_10_pauli_rotation_rule.truncatedExpectation(of:rotations:maxWeight:)),
          seed: $0)
      },
      Subject(exercise: CliffordLightConeExercise.id) {
        CliffordLightConeExercise.judgeInProcess(
          .init(
            lightCone: Solution_11_clifford_light_cone.lightCone(of:steps:on:),
            cliffordPropagate: Solution_11_clifford_light_cone.cliffordPropagate(_:steps:thetaH:on:)),
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
