// Reference solution of exercise 01-apply-gate (stripped from student releases).
import Quantum

/// The error `apply(_:toQubit:of:)` throws for a qubit the state does not have.
enum GateError: Error {
  case qubitOutOfRange(Int)
}

/// The pair-of-amplitudes loop.
///
/// The outer loop walks blocks of 2ᵏ⁺¹ amplitudes; inside a block, i runs over the first half
/// (bit k = 0) and its partner is i + 2ᵏ.
func apply(_ gate: ComplexMatrix, toQubit k: Int, of state: inout [Amplitude]) throws {
  let n = state.count.trailingZeroBitCount
  guard (0..<n).contains(k) else { throw GateError.qubitOutOfRange(k) }
  let stride = 1 << k
  let (g00, g01, g10, g11) = (gate[0, 0], gate[0, 1], gate[1, 0], gate[1, 1])
  for block in Swift.stride(from: 0, to: state.count, by: 2 * stride) {
    for i in block..<(block + stride) {
      let (a0, a1) = (state[i], state[i + stride])
      state[i] = g00 * a0 + g01 * a1
      state[i + stride] = g10 * a0 + g11 * a1
    }
  }
}

/// RY(θₖ) then P(φₖ) on each qubit of |0…0⟩.
func productState(blochAngles: [(theta: Double, phi: Double)]) throws -> [Amplitude] {
  var state = [Amplitude](repeating: .zero, count: 1 << blochAngles.count)
  state[0] = .one
  for (k, angles) in blochAngles.enumerated() {
    let c = Amplitude(Double.cos(angles.theta / 2))
    let s = Amplitude(Double.sin(angles.theta / 2))
    try apply(ComplexMatrix([[c, -s], [s, c]]), toQubit: k, of: &state)
    try apply(
      ComplexMatrix([[.one, .zero], [.zero, Amplitude(length: 1, phase: angles.phi)]]), toQubit: k, of: &state)
  }
  return state
}
