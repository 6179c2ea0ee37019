import Foundation
public import Quantum

/// Compares a learner's state with the expected one and explains any difference.
///
/// States may be compared exactly (amplitude by amplitude) or up to a global phase: |ψ⟩ and
/// e^{iφ}|ψ⟩ are the same physical state, so a check about preparing a state accepts both,
/// while a check about applying a given matrix does not (and says when the only difference is
/// a global phase). The feedback's diff lists the basis states whose amplitudes differ, with
/// qubit 0 as the rightmost bit of the ket (|q₂q₁q₀⟩, Qiskit's order).
///
/// ```swift
/// let verdict = StateComparison.verdict(expected: [.one, .zero], actual: [.i, .zero], upToGlobalPhase: true)
/// // .pass: i|0⟩ is |0⟩ up to the global phase e^{iπ/2}
/// ```
public enum StateComparison {
  /// Judges `actual` against `expected`; the failure's diff is an amplitude table.
  ///
  /// - Parameter what: how the message names the learner's result ("the state").
  /// - Complexity: O(2ⁿ).
  public static func verdict(
    expected: [Amplitude], actual: [Amplitude], upToGlobalPhase: Bool, tolerance: Double = Tolerance.amplitude,
    what: String = "the state"
  ) -> CaseVerdict {
    guard actual.count == expected.count else {
      return .fail(
        Feedback(
          "\(what) has \(actual.count) amplitudes; expected \(expected.count) (\(qubitText(expected.count)))",
          expected: StateText.amplitudes(expected), actual: StateText.amplitudes(actual)))
    }
    let phase = upToGlobalPhase ? bestPhase(expected: expected, actual: actual) : .one
    let aligned = actual.map { $0 * phase.conjugate }
    let differing = (0..<expected.count).filter { !((aligned[$0] - expected[$0]).length <= tolerance) }
    if differing.isEmpty { return .pass }
    var message =
      "\(what) differs from the expected one in \(differing.count) of \(expected.count) amplitudes"
      + (upToGlobalPhase ? " (even after removing the best global phase)" : "")
    if !upToGlobalPhase {
      let p = bestPhase(expected: expected, actual: actual)
      if (0..<expected.count).allSatisfy({ (actual[$0] * p.conjugate - expected[$0]).length <= tolerance }) {
        message +=
          "; it equals the expected state times the global phase e^{iφ}, φ = \(StateText.number(p.phase)): "
          + "physically the same state, but this function must return exactly the amplitudes asked for"
      }
    }
    var diff = diffTable(expected: expected, actual: aligned, rows: differing)
    if upToGlobalPhase, phase != .one {
      diff = "(actual multiplied by e^{-iφ}, φ = \(StateText.number(phase.phase)), to align the global phase)\n" + diff
    }
    let norm = actual.reduce(0.0) { $0 + $1.lengthSquared }
    if !(abs(norm - 1) <= 1e-6), abs(expected.reduce(0.0) { $0 + $1.lengthSquared } - 1) <= 1e-6 {
      diff += "\nnote: Σ|aₖ|² of the actual state is \(StateText.number(norm)), not 1"
    }
    return .fail(
      Feedback(message, expected: StateText.amplitudes(expected), actual: StateText.amplitudes(actual), diff: diff))
  }

  /// The unit phase e^{iφ} that best aligns `actual` with `expected`: ⟨expected|actual⟩ / |⟨expected|actual⟩|
  /// (1 when the overlap is 0).
  public static func bestPhase(expected: [Amplitude], actual: [Amplitude]) -> Amplitude {
    var overlap = Amplitude.zero
    for k in 0..<min(expected.count, actual.count) { overlap += expected[k].conjugate * actual[k] }
    let length = overlap.length
    return length > 0 && length.isFinite ? overlap / Amplitude(length) : .one
  }

  /// Rows `index  |ket⟩  expected  actual  |Δ|` for the differing amplitudes (at most 16).
  static func diffTable(expected: [Amplitude], actual: [Amplitude], rows: [Int]) -> String {
    let n = max(1, expected.count.trailingZeroBitCount)
    let ketWidth = max(n + 2, "basis".count)
    var lines = [
      "diff (qubit 0 is the rightmost bit):",
      "  " + pad("index", 6) + pad("basis", ketWidth + 2) + pad("expected", 20) + pad("actual", 20) + "|Δ|",
    ]
    for k in rows.prefix(16) {
      let ket =
        "|" + String(String(k, radix: 2).reversed()).padding(toLength: n, withPad: "0", startingAt: 0).reversed() + "⟩"
      lines.append(
        "  " + pad(String(k), 6) + pad(String(ket), ketWidth + 2) + pad(StateText.amplitude(expected[k]), 20)
          + pad(StateText.amplitude(actual[k]), 20) + StateText.number((actual[k] - expected[k]).length))
    }
    if rows.count > 16 { lines.append("  … and \(rows.count - 16) more") }
    return lines.joined(separator: "\n")
  }

  private static func pad(_ s: String, _ width: Int) -> String {
    s.count >= width ? s + " " : s + String(repeating: " ", count: width - s.count)
  }

  private static func qubitText(_ count: Int) -> String {
    count > 0 && count & (count - 1) == 0 ? "\(count.trailingZeroBitCount) qubit(s)" : "not a power of two"
  }
}

/// How feedback prints numbers, amplitudes and states: short, fixed precision, readable.
public enum StateText {
  /// A real number with 6 significant digits (`0.707107`, `1e-12`, `nan`).
  public static func number(_ x: Double) -> String {
    if x.isNaN { return "nan" }
    if x.isInfinite { return x > 0 ? "inf" : "-inf" }
    return String(format: "%.6g", x)
  }

  /// `a+bi` with each part to 4 decimals (`0.7071-0.7071i`); -0 prints as 0.
  public static func amplitude(_ z: Amplitude) -> String {
    func part(_ x: Double) -> String {
      if x.isNaN { return "nan" }
      if x.isInfinite { return "inf" }
      return String(format: "%.4f", abs(x) < 5e-5 ? 0 : abs(x))
    }
    let re = z.real < 0 && !(abs(z.real) < 5e-5) ? "-" + part(z.real) : part(z.real)
    let sign = z.imaginary < 0 && !(abs(z.imaginary) < 5e-5) ? "-" : "+"
    return re + sign + part(z.imaginary) + "i"
  }

  /// `[a₀, a₁, …]` (at most 16 amplitudes, then `…`), with the count when truncated.
  public static func amplitudes(_ state: [Amplitude]) -> String {
    let shown = state.prefix(16).map(amplitude).joined(separator: ", ")
    return "[" + shown + (state.count > 16 ? ", … (\(state.count) amplitudes)]" : "]")
  }

  /// `[x₀, x₁, …]` with ``number(_:)`` (at most 16 entries).
  public static func numbers(_ values: [Double]) -> String {
    let shown = values.prefix(16).map(number).joined(separator: ", ")
    return "[" + shown + (values.count > 16 ? ", … (\(values.count) values)]" : "]")
  }
}
