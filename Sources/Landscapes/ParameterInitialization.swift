public import Quantum

/// How the parameters of a random-landscape experiment are drawn.
///
/// - `uniform`: θₖ ~ U[0, 2π), the setting of the barren-plateau theorems.
/// - `smallAngle(σ)`: θₖ ~ N(0, σ²) — the circuit starts near the identity (a way out of
///   plateaus, and a way into classical simulability).
/// - `warmStart(center:σ)`: θₖ ~ N(centerₖ, σ²), around a known good point.
/// - `identityBlocks(blockSize:)`: parameters come in blocks of 2·blockSize; the first half is
///   uniform and the second half copies it, so an ansatz whose blocks are V(θ)·V(θ')† starts at
///   the identity (Grant et al., arXiv:1903.05076; see ``Ansatz/identityBlocks``).
public enum ParameterInitialization: Sendable, Hashable, CustomStringConvertible {
  case uniform
  case smallAngle(sigma: Double)
  case warmStart(center: [Double], sigma: Double)
  case identityBlocks(blockSize: Int)

  /// Reads "uniform", "small-angle:0.1" or "identity-blocks" (block size from the ansatz).
  /// - Throws: a message listing the allowed forms.
  public init(parsing text: String, blockSize: Int = 1) throws {
    let parts = text.split(separator: ":", maxSplits: 1).map(String.init)
    switch parts[0] {
    case "uniform" where parts.count == 1: self = .uniform
    case "identity-blocks" where parts.count == 1: self = .identityBlocks(blockSize: blockSize)
    case "small-angle" where parts.count == 2:
      guard let sigma = Double(parts[1]), sigma > 0, sigma.isFinite else {
        throw LandscapeError.invalidInitialization(text)
      }
      self = .smallAngle(sigma: sigma)
    default:
      throw LandscapeError.invalidInitialization(text)
    }
  }

  /// Draws `count` parameters.
  public func sample(count: Int, using rng: inout SeededGenerator) -> [Double] {
    switch self {
    case .uniform:
      return (0..<count).map { _ in Double.random(in: 0..<(2 * .pi), using: &rng) }
    case .smallAngle(let sigma):
      return (0..<count).map { _ in sigma * rng.nextGaussian() }
    case .warmStart(let center, let sigma):
      precondition(center.count == count, "the warm start has \(center.count) parameters, the circuit \(count)")
      return center.map { $0 + sigma * rng.nextGaussian() }
    case .identityBlocks(let size):
      var theta = [Double](repeating: 0, count: count)
      var k = 0
      while k < count {
        for j in 0..<size where k + j < count { theta[k + j] = Double.random(in: 0..<(2 * .pi), using: &rng) }
        for j in 0..<size where k + size + j < count { theta[k + size + j] = theta[k + j] }
        k += 2 * size
      }
      return theta
    }
  }

  public var description: String {
    switch self {
    case .uniform: "uniform"
    case .smallAngle(let s): "small-angle:\(s)"
    case .warmStart(_, let s): "warm-start:\(s)"
    case .identityBlocks: "identity-blocks"
    }
  }
}

/// Errors of landscape experiments; messages name the bad value and what is allowed.
public enum LandscapeError: Error, CustomStringConvertible, Sendable {
  case invalidInitialization(String)
  case parameterOutOfRange(index: Int, count: Int, ansatz: String)
  case tooFewSamples(Int)

  public var description: String {
    switch self {
    case .invalidInitialization(let text):
      return
        "unknown initialization \"\(text)\"; allowed: uniform, small-angle:σ (σ > 0, e.g. small-angle:0.1), identity-blocks"
    case .parameterOutOfRange(let k, let count, let ansatz):
      return "parameter \(k) does not exist: \(ansatz) has \(count) parameter(s) (0…\(count - 1))"
    case .tooFewSamples(let s):
      return "at least 2 samples are needed to estimate a variance, got \(s)"
    }
  }
}
