import Foundation
public import Quantum

/// One graded behaviour of an exercise, split between the two processes that grade it.
///
/// A check makes its inputs from a seed (``CheckContext``), calls the learner's code on each
/// (`call`, in the child process that the learner's code is compiled into) and judges each
/// answer (`judge`, in the grader's own process, against a value it computes independently).
/// Only the learner's raw answers cross from the child to the grader, so nothing the
/// learner's code prints or writes can award points: see ``ChildHarness``.
///
/// ```swift
/// let unitNorm = Check<Implementation>.cases(
///   "unit-norm",
///   inputs: { rng in (1...4).map { n in randomAmplitudes(qubits: n, using: &rng) } },
///   describe: { "ψ = \(StateText.amplitudes($0))" },
///   call: { implementation, psi in try implementation.normalized(psi) },
///   judge: { psi, outcome in … })
/// ```
public struct Check<Implementation: Sendable>: Sendable {
  /// The identifier the manifest refers to (kebab-case).
  public let id: String
  let observe: @Sendable (Implementation, CheckContext, _ record: (String) -> Void) -> Void
  let judgeRecords: @Sendable ([String], CheckContext) -> CheckJudgement

  /// A check of `inputs` one by one.
  ///
  /// - Parameters:
  ///   - inputs: the cases, made from the check's generator (the same on every run).
  ///   - describe: an input as the learner should read it in feedback.
  ///   - call: calls the learner's code (runs in the child process).
  ///   - judge: judges one answer (runs in the grader); computes the expected value itself.
  public static func cases<Input: Sendable, Output: Codable & Sendable>(
    _ id: String,
    inputs: @escaping @Sendable (inout SeededGenerator) -> [Input],
    describe: @escaping @Sendable (Input) -> String,
    call: @escaping @Sendable (Implementation, Input) throws -> Output,
    judge: @escaping @Sendable (Input, CaseOutcome<Output>) -> CaseVerdict
  ) -> Check {
    Check(
      id: id,
      observe: { implementation, context, record in
        var rng = context.makeGenerator()
        for input in inputs(&rng) {
          let outcome: CaseOutcome<Output>
          do { outcome = .returned(try call(implementation, input)) } catch { outcome = .threw(ThrownError(error)) }
          record(ObservationCoding.encode(outcome))
        }
      },
      judgeRecords: { records, context in
        var rng = context.makeGenerator()
        let cases = inputs(&rng)
        for (k, input) in cases.enumerated() {
          guard k < records.count else {
            return .incomplete(caseIndex: k, caseCount: cases.count, input: describe(input))
          }
          guard let outcome = ObservationCoding.decode(CaseOutcome<Output>.self, from: records[k]) else {
            let which = cases.count == 1 ? "" : "case \(k + 1) of \(cases.count): "
            return .failed(
              Feedback(
                which + "the grader could not read the answer the code gave (was the channel file changed?)",
                input: describe(input)))
          }
          if case .fail(var feedback) = judge(input, outcome) {
            if feedback.input == nil { feedback.input = describe(input) }
            if cases.count > 1, feedback.input != "" {
              feedback.message = "case \(k + 1) of \(cases.count): \(feedback.message)"
            }
            return .failed(feedback)
          }
        }
        if records.count > cases.count {
          return .failed(
            Feedback(
              "the child process reported \(records.count) answers for \(cases.count) inputs (was the channel file changed?)"
            ))
        }
        return .passed(caseCount: cases.count)
      })
  }

  init(
    id: String, observe: @escaping @Sendable (Implementation, CheckContext, (String) -> Void) -> Void,
    judgeRecords: @escaping @Sendable ([String], CheckContext) -> CheckJudgement
  ) {
    self.id = id
    self.observe = observe
    self.judgeRecords = judgeRecords
  }
}

/// The grader's judgement of the answers a check's child process recorded.
public enum CheckJudgement: Sendable, Equatable {
  /// Every case was answered and every answer is right.
  case passed(caseCount: Int)
  /// A recorded answer is wrong (the first wrong one).
  case failed(Feedback)
  /// The recorded answers are right, but the child stopped before answering case `caseIndex`
  /// (0-based): it crashed, timed out or exited there.
  case incomplete(caseIndex: Int, caseCount: Int, input: String)
}

/// How one case's outcome is written as one line of JSON in the channel file.
enum ObservationCoding {
  static func encode<T: Encodable>(_ value: T) -> String {
    let encoder = JSONEncoder()
    encoder.nonConformingFloatEncodingStrategy = .convertToString(
      positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
    guard let data = try? encoder.encode(value) else { return "null" }
    return String(decoding: data, as: UTF8.self)
  }

  static func decode<T: Decodable>(_ type: T.Type, from line: String) -> T? {
    let decoder = JSONDecoder()
    decoder.nonConformingFloatDecodingStrategy = .convertFromString(
      positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
    return try? decoder.decode(type, from: Data(line.utf8))
  }
}
