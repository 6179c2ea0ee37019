/// What the learner's code did with one input: returned a value or threw an error.
///
/// The child process records one `CaseOutcome` per input; the grader decodes them and judges
/// each against the value it computes itself.
public enum CaseOutcome<Output: Codable & Sendable>: Codable, Sendable {
  case returned(Output)
  case threw(ThrownError)
}

/// An error thrown by the learner's code, as the grader sees it.
public struct ThrownError: Codable, Sendable, Equatable {
  /// The error's type name without its module (`NormalizationError`).
  public var type: String
  /// `String(describing: error)` (`zeroVector`, or the message of `NotImplemented`).
  public var description: String

  public init(type: String, description: String) {
    self.type = type
    self.description = description
  }

  /// Records `error` as the learner's code threw it.
  public init(_ error: any Error) {
    self.type = String(describing: Swift.type(of: error))
    self.description = String(describing: error)
  }

  /// Whether this is the starter's "not implemented" error.
  public var isNotImplemented: Bool { type == "NotImplemented" }
}

/// The judgement of one case: passed, or failed with feedback.
public enum CaseVerdict: Sendable, Equatable {
  case pass
  case fail(Feedback)
}

extension CaseOutcome {
  /// The returned value, or a failing verdict that explains the error the code threw instead.
  ///
  /// ```swift
  /// switch outcome.value(of: "normalized(_:)") {
  /// case .success(let state): …                    // judge the state
  /// case .failure(let failed): return failed.verdict  // "normalized(_:) threw …"
  /// }
  /// ```
  public func value(of function: String) -> Result<Output, FailedCase> {
    switch self {
    case .returned(let output): return .success(output)
    case .threw(let error):
      if error.isNotImplemented {
        // The starter's error says it all; the input does not matter yet.
        return .failure(FailedCase(Feedback(error.description, input: "")))
      }
      return .failure(
        FailedCase(
          Feedback(
            "\(function) threw \(error.type).\(error.description) where a value was expected",
            actual: "throws \(error.type).\(error.description)")))
    }
  }
}

/// A failing case as an `Error`, so that judges can use `Result` and `guard`.
public struct FailedCase: Error, Sendable {
  public var feedback: Feedback
  public init(_ feedback: Feedback) { self.feedback = feedback }
  public var verdict: CaseVerdict { .fail(feedback) }
}
