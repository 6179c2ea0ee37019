import RealModule

/// How a variance decays with the number of qubits: an exponential fit Var ≈ A·e^{−r·n} and a
/// polynomial fit Var ≈ A·n^{−p}, each by weighted least squares on log Var (weights from
/// the standard errors: σ_log = SE/Var), with 95% confidence intervals (Student t) and the
/// model with the smaller χ² marked preferred.
///
/// An exponential decay (a barren plateau) is a straight line on a semi-log plot; a
/// polynomial one is straight on a log-log plot.
public struct DecayFit: Sendable, Hashable, Codable {
  /// One fitted model.
  public struct Model: Sendable, Hashable, Codable {
    /// "exponential" or "polynomial".
    public let name: String
    /// The decay rate: r in e^{−r·n}, or p in n^{−p}.
    public let rate: Double
    /// The 95% confidence interval of the rate.
    public let rateInterval: [Double]
    /// The prefactor A.
    public let amplitude: Double
    /// Σ wᵢ (log Varᵢ − fit)².
    public let chiSquared: Double
  }

  public let exponential: Model
  public let polynomial: Model
  /// The name of the model with the smaller χ².
  public let preferred: String
  /// For the exponential model: the base b in Var ∝ b^{−n} (b = e^r).
  public var exponentialBase: Double { Double.exp(exponential.rate) }

  /// Fits points (n, Var, SE); needs at least three with positive variance.
  public init?(qubits: [Int], variances: [Double], standardErrors: [Double]) {
    let usable = zip(qubits, zip(variances, standardErrors)).filter { $0.1.0 > 0 && $0.0 > 0 }
    guard usable.count >= 3 else { return nil }
    let n = usable.map { Double($0.0) }
    let y = usable.map { Double.log($0.1.0) }
    let sigma = usable.map { max($0.1.1 / $0.1.0, 1e-12) }
    let t = Self.studentT975(degreesOfFreedom: usable.count - 2)
    func model(_ name: String, _ x: [Double]) -> Model {
      let fit = LinearFit(x: x, y: y, sigma: sigma)
      let rate = -fit.slope
      // Scale errors by √(χ²/dof) when the scatter exceeds the error bars (Birge ratio).
      let birge = max(1, (fit.chiSquared / Double(max(1, usable.count - 2))).squareRoot())
      let half = t * fit.slopeError * birge
      return Model(
        name: name, rate: rate, rateInterval: [rate - half, rate + half], amplitude: Double.exp(fit.intercept),
        chiSquared: fit.chiSquared)
    }
    exponential = model("exponential", n)
    polynomial = model("polynomial", n.map { Double.log($0) })
    preferred = exponential.chiSquared <= polynomial.chiSquared ? "exponential" : "polynomial"
  }

  /// The 97.5% quantile of Student's t distribution.
  static func studentT975(degreesOfFreedom dof: Int) -> Double {
    let table: [Double] = [
      12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228,
      2.201, 2.179, 2.160, 2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086,
    ]
    return dof >= 1 && dof <= table.count ? table[dof - 1] : 1.96
  }
}
