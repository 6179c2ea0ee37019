import Quantum

enum GateError: Error {
  case qubitOutOfRange(Int)
}

func apply(_ gate: ComplexMatrix, toQubit k: Int, of state: inout [Amplitude]) throws {
  guard k >= 0, 1 << k < state.count else { throw GateError.qubitOutOfRange(k) }
  let stride = 1 << k
  for i in 0..<state.count where i & stride == 0 {
    let (a0, a1) = (state[i], state[i + stride])
    state[i] = gate[0, 0] * a0 + gate[0, 1] * a1
    state[i + stride] = gate[1, 0] * a0 + gate[1, 1] * a1
  }
}

// Never returns: the loop forgets to advance.
func productState(blochAngles: [(theta: Double, phi: Double)]) throws -> [Amplitude] {
  var state = [Amplitude](repeating: .zero, count: 1 << blochAngles.count)
  state[0] = .one
  var k = 0
  while k < blochAngles.count {
    state[0] = state[0] * .one
  }
  return state
}
