// Reference solution of exercise 01-normalize (stripped from student releases).
import Quantum

/// The error `normalized(_:)` throws for a vector that has no direction.
enum NormalizationError: Error {
  case zeroVector
}

/// The unit vector ψ/‖ψ‖ pointing the same way as `amplitudes`.
///
/// The amplitudes are first divided by the largest |aₖ|, so that squaring cannot overflow or
/// underflow even for amplitudes like 1e200 or 1e-200.
func normalized(_ amplitudes: [Amplitude]) throws -> [Amplitude] {
  let largest = amplitudes.reduce(0.0) { max($0, $1.length) }
  guard largest > 0 else { throw NormalizationError.zeroVector }
  let scaled = amplitudes.map { $0.divided(by: largest) }
  let norm = scaled.reduce(0.0) { $0 + $1.lengthSquared }.squareRoot()
  return scaled.map { $0.divided(by: norm) }
}

/// pₖ = |aₖ|².
func probabilities(of state: [Amplitude]) throws -> [Double] {
  state.map(\.lengthSquared)
}

/// Inverse-transform sampling: one uniform number per shot, located in the cumulative
/// distribution p₀, p₀+p₁, … by binary search.
func sampleCounts(of state: [Amplitude], shots: Int, using generator: inout SeededGenerator) throws -> [Int] {
  var cumulative: [Double] = []
  var total = 0.0
  for a in state {
    total += a.lengthSquared
    cumulative.append(total)
  }
  var counts = [Int](repeating: 0, count: state.count)
  for _ in 0..<shots {
    let u = Double.random(in: 0..<1, using: &generator) * total
    var low = 0
    var high = cumulative.count - 1
    while low < high {
      let mid = (low + high) / 2
      if cumulative[mid] > u { high = mid } else { low = mid + 1 }
    }
    counts[low] += 1
  }
  return counts
}
