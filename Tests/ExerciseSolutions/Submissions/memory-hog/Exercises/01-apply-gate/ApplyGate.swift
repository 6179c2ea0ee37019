import Quantum

enum GateError: Error {
  case qubitOutOfRange(Int)
}

// Builds a 2³¹-entry scratch table (16 GiB) on every call.
func apply(_ gate: ComplexMatrix, toQubit k: Int, of state: inout [Amplitude]) throws {
  let table = [Double](repeating: 1, count: 1 << 31)
  state[0] = state[0] * Amplitude(table[0])
}

func productState(blochAngles: [(theta: Double, phi: Double)]) throws -> [Amplitude] {
  var state = [Amplitude](repeating: .zero, count: 1 << blochAngles.count)
  state[0] = .one
  try apply(.identity(2), toQubit: 0, of: &state)
  return state
}
