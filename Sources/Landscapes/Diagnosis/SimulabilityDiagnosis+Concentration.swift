// Measured concentration: how Var⟨O⟩ over random parameters shrinks as the model grows.

import Quantum

extension SimulabilityDiagnosis {
  /// Var⟨O⟩ over uniformly random parameters at small sizes of a family, and its decay.
  ///
  /// A vanishing variance of the cost and vanishing gradients go together (Arrasmith et al.,
  /// arXiv:2104.05868), so this is the direct, measured test for a barren plateau; the
  /// Lie-algebraic prediction is the theory for deep circuits.
  public struct ConcentrationReport: Sendable {
    /// (qubits, Var⟨O⟩, its standard error) per size, from ``Options/varianceSamples`` samples.
    public var points: [(qubits: Int, variance: Double, standardError: Double)]
    /// The growth of 1/Var with n: exponential means a barren plateau.
    public var decay: DimensionGrowth
    /// How the observable was placed at smaller sizes, or why nothing was measured.
    public var note: String?
  }

  /// Measures Var⟨O⟩ at n = 2, 4, 6, 8, 10 (up to the model's size), placing O on the same
  /// qubits when it fits, otherwise shifted so that its highest qubit is the top one (the
  /// readout qubit of a QCNN, for example).
  static func measureConcentration(
    _ family: (@Sendable (Int) -> Circuit)?, _ observable: PauliSum, qubits n: Int, _ options: Options
  ) -> ConcentrationReport {
    guard let family else {
      return ConcentrationReport(
        points: [], decay: .unknown, note: "a single circuit: no sizes to compare (use a named ansatz)")
    }
    var report = ConcentrationReport(points: [], decay: .unknown, note: nil)
    let top = observable.minimumQubitCount
    var shifted = false
    for m in stride(from: 2, through: min(n, 10), by: 2) {
      var o = observable
      if top > m {
        let offset = n - m
        guard observable.terms.allSatisfy({ $0.string.support.allSatisfy { $0 >= offset } }) else { continue }
        o = PauliSum(observable.terms.map { ($0.string.relabeled { $0 - offset }, $0.coefficient) })
        shifted = true
      }
      let circuit = family(m)
      var rng = SeededGenerator(seed: options.seed &+ UInt64(m))
      var values: [Double] = []
      for _ in 0..<options.varianceSamples {
        let theta = (0..<circuit.parameterCount).map { _ in Double.random(in: 0..<(2 * .pi), using: &rng) }
        guard let value = try? StateVector(running: circuit, parameters: theta).expectation(of: o) else { break }
        values.append(value)
      }
      guard values.count >= 2 else { continue }
      let statistics = SampleStatistics(values)
      report.points.append((m, statistics.variance, statistics.varianceStandardError))
    }
    if shifted { report.note = "at sizes where O does not fit, it was shifted to end on the top qubit" }
    if report.points.isEmpty {
      report.note =
        "no size from 2 to \(min(n, 10)) qubits holds O (it acts on qubits \(observable.minimumQubitCount - 1) and below, and not only near the top): nothing measured"
    }
    let usable = report.points.filter { $0.variance > 0 }.map { (n: $0.qubits, value: 1 / $0.variance) }
    report.decay = DimensionGrowth(points: usable)
    return report
  }
}
