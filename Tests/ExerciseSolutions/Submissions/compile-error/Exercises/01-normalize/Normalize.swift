import Quantum

enum NormalizationError: Error {
  case zeroVector
}

func normalized(_ amplitudes: [Amplitude]) throws -> [Amplitude] {
  let norm: Double = amplitudes.reduce(0) { $0 + $1.lengthSquared }
  return amplitudes.map { $0 / norm }
}

func probabilities(of state: [Amplitude]) throws -> [Double] {
  state.map(\.lengthSquared)
}

func sampleCounts(of state: [Amplitude], shots: Int, using generator: inout SeededGenerator) throws -> [Int] {
  [shots]
}
