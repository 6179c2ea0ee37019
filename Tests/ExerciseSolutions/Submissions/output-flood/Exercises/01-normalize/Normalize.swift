import Quantum

enum NormalizationError: Error {
  case zeroVector
}

// Debug printing that never stops.
func normalized(_ amplitudes: [Amplitude]) throws -> [Amplitude] {
  var step = 0
  while true {
    print("debug: step \(step), amplitudes \(amplitudes)")
    step += 1
  }
}

func probabilities(of state: [Amplitude]) throws -> [Double] {
  state.map(\.lengthSquared)
}

func sampleCounts(of state: [Amplitude], shots: Int, using generator: inout SeededGenerator) throws -> [Int] {
  var counts = [Int](repeating: 0, count: state.count)
  for _ in 0..<shots {
    var u = Double.random(in: 0..<1, using: &generator)
    var k = 0
    while k < state.count - 1 && u >= state[k].lengthSquared {
      u -= state[k].lengthSquared
      k += 1
    }
    counts[k] += 1
  }
  return counts
}
