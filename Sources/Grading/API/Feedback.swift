/// What a learner reads when a check fails: what went wrong, on which input, the expected and
/// actual values, and (for states) a diff.
///
/// ```text
/// case 3 of 8: the amplitudes differ from ψ/‖ψ‖ (largest difference 0.12 at index 5)
///   input:    ψ = [0.3+0.1i, …]
///   expected: [0.28+0.09i, …]
///   actual:   [0.3+0.1i, …]
/// ```
public struct Feedback: Codable, Sendable, Equatable {
  /// One sentence: what went wrong, in the learner's vocabulary.
  public var message: String
  /// The input the learner's code was called with.
  public var input: String?
  /// The expected value.
  public var expected: String?
  /// The value the learner's code produced.
  public var actual: String?
  /// A line-by-line comparison (amplitude tables for states).
  public var diff: String?
  /// What the learner's code printed, last lines first trimmed (shown after crashes).
  public var output: String?

  public init(
    _ message: String, input: String? = nil, expected: String? = nil, actual: String? = nil, diff: String? = nil,
    output: String? = nil
  ) {
    self.message = message
    self.input = input
    self.expected = expected
    self.actual = actual
    self.diff = diff
    self.output = output
  }

  /// The feedback as indented text lines, for terminals and report outputs.
  public var lines: [String] {
    var out = [message]
    func block(_ label: String, _ text: String?) {
      guard let text, !text.isEmpty else { return }
      let body = text.split(separator: "\n", omittingEmptySubsequences: false)
      out.append("\(label) \(body[0])")
      let pad = String(repeating: " ", count: label.count + 1)
      out += body.dropFirst().map { pad + $0 }
    }
    block("input:   ", input)
    block("expected:", expected)
    block("actual:  ", actual)
    if let diff, !diff.isEmpty { out += diff.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) }
    block("output:  ", output)
    return out
  }
}
