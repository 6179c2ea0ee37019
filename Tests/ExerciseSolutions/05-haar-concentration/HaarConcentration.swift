// Reference solution of exercise 05-haar-concentration (stripped from student releases).
import Foundation
import Quantum

/// Normalized complex Gaussian vectors are Haar-distributed (the Gaussian is unitarily invariant).
func haarRandomState(qubits n: Int, using generator: inout SeededGenerator) throws -> [Amplitude] {
  var a: [Amplitude] = []
  for _ in 0..<(1 << n) {
    let re = generator.nextGaussian()
    let im = generator.nextGaussian()
    a.append(Amplitude(re, im))
  }
  let norm = a.reduce(0.0) { $0 + $1.lengthSquared }.squareRoot()
  return a.map { $0.divided(by: norm) }
}

/// Σᵢ ± |aᵢ|² with the sign of bit k.
func expectationOfZ(onQubit k: Int, in state: [Amplitude]) throws -> Double {
  var total = 0.0
  for (i, a) in state.enumerated() { total += (i >> k) & 1 == 0 ? a.lengthSquared : -a.lengthSquared }
  return total
}

/// N = ⌈1/(2·Var)⌉.
func shotsToResolve(gradientVariance: Double) throws -> Int {
  Int((1 / (2 * gradientVariance)).rounded(.up))
}
