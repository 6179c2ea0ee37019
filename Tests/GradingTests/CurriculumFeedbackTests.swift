import ExerciseChecks
import Grading
import Quantum
import Testing

/// The feedback of the lesson 2–4 exercises names the usual mistake, not just "wrong".
///
/// Each test judges a typical wrong solution in-process (with the manifest's seed) and checks
/// that the right check fails with the right advice while the checks it should pass still pass.
@Suite struct CurriculumFeedbackTests {
  static func feedback(_ results: [(id: String, judgement: CheckJudgement)], _ check: String) -> Feedback? {
    guard case .failed(let feedback) = results.first(where: { $0.id == check })?.judgement else { return nil }
    return feedback
  }

  static func passed(_ results: [(id: String, judgement: CheckJudgement)], _ check: String) -> Bool {
    guard case .passed = results.first(where: { $0.id == check })?.judgement else { return false }
    return true
  }

  @Test func aProductWithoutItsPhaseSaysThePhaseIsWrong() throws {
    let results = PauliProductExercise.judgeInProcess(
      .init(
        multiply: { a, b in (0, PauliString(xMask: a.xMask ^ b.xMask, zMask: a.zMask ^ b.zMask)) },
        commutes: { a, b in a.commutes(with: b) }),
      seed: 202)
    let feedback = try #require(Self.feedback(results, "single-qubit-table"))
    #expect(feedback.message.contains("the string is right but the phase is not"))
    #expect(Self.passed(results, "commutation"))
  }

  @Test func shiftingASharedParameterEverywhereIsCaughtOnlyWhereItMatters() throws {
    let naive: @Sendable (PauliSum, Circuit, [Double]) throws -> [Double] = { observable, circuit, theta in
      try theta.indices.map { k in
        var (plus, minus) = (theta, theta)
        plus[k] += .pi / 2
        minus[k] -= .pi / 2
        return
          (try Simulator.default.expectation(of: observable, in: circuit, parameters: plus)
          - Simulator.default.expectation(of: observable, in: circuit, parameters: minus)) / 2
      }
    }
    let results = ParameterShiftExercise.judgeInProcess(.init(gradient: naive), seed: 401)
    #expect(Self.passed(results, "single-rotation"))
    #expect(Self.passed(results, "hardware-efficient"))
    let feedback = try #require(Self.feedback(results, "shared-parameters"))
    #expect(feedback.message.contains("drives"))
    #expect(feedback.message.contains("Shift one gate's angle at a time"))
  }

  @Test func anAdjointSweepWithTheInnerProductReversedHasTheWrongSign() throws {
    let reversed: @Sendable (PauliSum, Circuit, [Double]) throws -> [Double] = { observable, circuit, theta in
      let exact = try Simulator.default.gradient(of: observable, in: circuit, parameters: theta).gradient
      return exact.map { -$0 }  // what Im⟨φ|P|λ⟩ instead of Im⟨λ|P|φ⟩ gives
    }
    let results = AdjointBackwardExercise.judgeInProcess(.init(gradient: reversed), seed: 402)
    let feedback = try #require(Self.feedback(results, "single-rotation"))
    #expect(feedback.message.contains("every component has the wrong sign"))
    #expect(feedback.message.contains("Im⟨λ|P|φ⟩"))
  }

  @Test func aVQEThatClimbsSaysTheEnergyWentUp() throws {
    let ascent: @Sendable (PauliSum, Circuit, [Double]) throws -> [Double] = { hamiltonian, ansatz, initial in
      var theta = initial
      for _ in 0..<20 {
        let gradient = try Simulator.default.gradient(of: hamiltonian, in: ansatz, parameters: theta).gradient
        for k in theta.indices { theta[k] += 0.05 * gradient[k] }
      }
      return theta
    }
    let results = VQELoopExercise.judgeInProcess(.init(vqe: ascent), seed: 302)
    let feedback = try #require(Self.feedback(results, "one-qubit"))
    #expect(feedback.message.contains("the energy went up"))
  }

  @Test func aRingWithoutItsClosingBondNamesTheMissingTerm() throws {
    let openOnly: @Sendable (Int, Double, Double, Bool) throws -> PauliSum = { n, j, h, _ in
      PauliSum.transverseFieldIsing(on: .line(n), coupling: j, field: h)
    }
    let results = TFIMHamiltonianExercise.judgeInProcess(
      .init(hamiltonian: openOnly, ringGroundEnergy: { _, _, _ in 0 }), seed: 301)
    #expect(Self.passed(results, "open-chain"))
    let feedback = try #require(Self.feedback(results, "ring"))
    #expect(feedback.message.contains("Z0 Z2 is missing"))
    #expect(feedback.message.contains("a ring has n bonds"))
  }
}
