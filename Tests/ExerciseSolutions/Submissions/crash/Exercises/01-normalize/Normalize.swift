import Quantum

enum NormalizationError: Error {
  case zeroVector
}

func normalized(_ amplitudes: [Amplitude]) throws -> [Amplitude] {
  fatalError("I will write this later")
}

func probabilities(of state: [Amplitude]) throws -> [Double] {
  state.map(\.lengthSquared)
}

// Reads one count past the end.
func sampleCounts(of state: [Amplitude], shots: Int, using generator: inout SeededGenerator) throws -> [Int] {
  var counts = [Int](repeating: 0, count: state.count)
  counts[state.count] = shots
  return counts
}
