import RealModule

/// Sample statistics with the standard errors the experiments report.
public struct SampleStatistics: Sendable, Hashable, Codable {
  /// Number of samples N.
  public let count: Int
  /// The sample mean x̄.
  public let mean: Double
  /// The unbiased sample variance s² = Σ(x − x̄)²/(N − 1).
  public let variance: Double
  /// The standard error of s²: √((m₄ − (N − 3)/(N − 1)·s⁴)/N), with m₄ the fourth central
  /// moment (the large-sample formula for the variance of the sample variance).
  public let varianceStandardError: Double
  /// The standard error of the mean, s/√N.
  public let meanStandardError: Double

  /// Statistics of `samples` (at least two), summed in the given order (deterministic).
  public init(_ samples: [Double]) {
    precondition(samples.count >= 2, "statistics need at least two samples")
    let n = Double(samples.count)
    let mean = samples.reduce(0, +) / n
    var m2 = 0.0, m4 = 0.0
    for x in samples {
      let d = (x - mean) * (x - mean)
      m2 += d
      m4 += d * d
    }
    let s2 = m2 / (n - 1)
    let fourth = m4 / n
    count = samples.count
    self.mean = mean
    variance = s2
    varianceStandardError = max(0, (fourth - (n - 3) / (n - 1) * s2 * s2) / n).squareRoot()
    meanStandardError = (s2 / n).squareRoot()
  }
}

/// Weighted least squares for y = a + b·x, with the standard errors of a and b.
struct LinearFit {
  let intercept: Double
  let slope: Double
  let interceptError: Double
  let slopeError: Double
  /// χ² = Σ wᵢ (yᵢ − a − b xᵢ)².
  let chiSquared: Double

  /// Fits with weights wᵢ = 1/σᵢ².
  init(x: [Double], y: [Double], sigma: [Double]) {
    precondition(x.count == y.count && y.count == sigma.count && x.count >= 2)
    let w = sigma.map { 1 / max($0 * $0, 1e-300) }
    let s = w.reduce(0, +)
    let sx = zip(w, x).map(*).reduce(0, +)
    let sy = zip(w, y).map(*).reduce(0, +)
    let sxx = zip(w, x).map { $0 * $1 * $1 }.reduce(0, +)
    let sxy = zip(w, zip(x, y)).map { $0 * $1.0 * $1.1 }.reduce(0, +)
    let delta = s * sxx - sx * sx
    slope = (s * sxy - sx * sy) / delta
    intercept = (sxx * sy - sx * sxy) / delta
    slopeError = (s / delta).squareRoot()
    interceptError = (sxx / delta).squareRoot()
    var chi = 0.0
    for k in x.indices {
      let r = y[k] - intercept - slope * x[k]
      chi += w[k] * r * r
    }
    chiSquared = chi
  }
}
