import Quantum

enum NormalizationError: Error {
  case zeroVector
}

// Right, but forgets the zero vector (returns NaNs).
func normalized(_ amplitudes: [Amplitude]) throws -> [Amplitude] {
  let norm = amplitudes.reduce(0.0) { $0 + $1.lengthSquared }.squareRoot()
  return amplitudes.map { $0.divided(by: norm) }
}

func probabilities(of state: [Amplitude]) throws -> [Double] {
  state.map(\.lengthSquared)
}

// Wrong: draws outcome k with probability ∝ |aₖ| instead of |aₖ|².
func sampleCounts(of state: [Amplitude], shots: Int, using generator: inout SeededGenerator) throws -> [Int] {
  let weights = state.map(\.length)
  let total = weights.reduce(0, +)
  var counts = [Int](repeating: 0, count: state.count)
  for _ in 0..<shots {
    var u = Double.random(in: 0..<total, using: &generator)
    var k = 0
    while k < weights.count - 1 && u >= weights[k] {
      u -= weights[k]
      k += 1
    }
    counts[k] += 1
  }
  return counts
}
