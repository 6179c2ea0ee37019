// The simulability report of a variational model: trainability and classical shortcuts, measured.

import Dispatch
import LieAlgebra
import PauliPropagation
public import Quantum

/// A diagnosis of a parameterized circuit and observable: trainability and classical shortcuts.
///
/// Is the model trainable (no barren plateau), and can a classical computer estimate its
/// expectation values anyway?
///
/// The report the course teaches (Cerezo et al., arXiv:2312.09121), from measurements, not
/// rules of thumb:
/// 1. **Lie algebra** (Ragone et al. arXiv:2309.09342, Fontana et al. arXiv:2309.07902): the
///    dynamical Lie algebra g of the circuit's rotation generators, its dimension at this size
///    and, for a named ansatz family, at small sizes, with the fitted growth; the deep-circuit
///    variance Var⟨O⟩ = Σₖ P_gₖ(ρ)P_gₖ(O)/dim gₖ when it applies. Exponential growth means a
///    barren plateau for deep circuits; polynomial growth with O ∈ g means g-sim (Goh et al.
///    arXiv:2308.01432) runs in time polynomial in dim g.
/// 2. **Light cone**: the qubits that can influence O (``Circuit/backwardLightCone(of:)``); a
///    statevector on them is exact.
/// 3. **Pauli propagation** (Rudolph et al. arXiv:2505.21606; Angrisani et al. arXiv:2409.01706):
///    ⟨O⟩ at seeded random parameters with |c| ≥ `accuracy` and a term budget, timed, with the
///    discarded norm as its error indicator.
/// 4. **Methods and verdict**: each classical method with whether it applies and its cost; a
///    verdict (``Verdict``) with reasons and citations.
///
/// ```swift
/// let family: @Sendable (Int) -> Circuit = { Circuit.hamiltonianVariational(.tfim, qubits: $0, layers: 4) }
/// let d = SimulabilityDiagnosis(circuit: family(50), observable: "Z0 Z1", family: family)
/// print(d.verdict)   // simulable: g-sim in so(100) …
/// ```
///
/// - Complexity: Lie closures up to ``Options/maximumDimension`` (O(dim²) commutators each), one
///   truncated propagation (at most ``Options/termBudget`` terms per gate), and statevector
///   cross-checks up to 20 qubits.
public struct SimulabilityDiagnosis: Sendable {
  /// What the diagnosis may spend.
  public struct Options: Sendable, Hashable {
    /// The coefficient cutoff of the Pauli-propagation run (its accuracy target).
    public var accuracy = 1e-3
    /// The most Pauli strings the propagation may hold; beyond it, it is declared too costly.
    public var termBudget = 1 << 20
    /// The largest Lie algebra closed at the circuit's size.
    public var maximumDimension = 1 << 17
    /// The largest Lie algebra closed at each small size of a family.
    public var scalingDimension = 2048
    /// The seed of the random parameters (uniform in [0, 2π)).
    public var seed: UInt64 = 7
    /// Worker threads for the propagation.
    public var threads = 1
    /// A propagation counts as accurate when its discarded norm is at most this times ‖O‖.
    public var discardedNormLimit = 0.05
    /// Random parameter vectors per size for the measured variance of ⟨O⟩.
    public var varianceSamples = 200

    /// The defaults: accuracy 1e-3, 2²⁰ terms, algebras up to 2¹⁷ (2048 at small sizes), seed 7.
    public init() {}
  }

  /// One classical method and whether it applies here.
  public struct Method: Sendable, Hashable {
    /// "g-sim", "Pauli propagation", "light-cone statevector" or "full statevector".
    public var name: String
    /// Whether it computes ⟨O⟩ at this size within the budgets.
    public var applies: Bool
    /// Whether its cost grows polynomially with the number of qubits for this model.
    public var scalable: Bool
    /// Its estimated cost, in words.
    public var cost: String
    /// Why it applies or not.
    public var reason: String
  }

  /// The overall judgement.
  public enum Verdict: String, Sendable, Hashable {
    /// A classical method with polynomial cost computes the model's expectation values.
    case simulable
    /// No scalable shortcut was found, and gradients vanish exponentially: not trainable at scale.
    case barrenPlateau = "barren-plateau"
    /// Neither: no shortcut found and no plateau detected (a candidate for advantage, to scrutinize).
    case noShortcutFound = "no-shortcut-found"
  }

  /// The Lie-algebra part of the report.
  public struct LieReport: Sendable {
    /// dim g at the circuit's size, or nil when it was not computed (see ``reason``).
    public var dimension: Int?
    /// The algebra's name ("so(100)", "su(2)^3 ⊕ u(1)^2", "unidentified").
    public var algebra: String?
    /// (qubits, dim g) at small sizes of the family; nil dimension: above the scaling limit.
    public var scaling: [(qubits: Int, dimension: Int?)]
    /// The growth fitted to ``scaling``.
    public var growth: DimensionGrowth
    /// The deep-circuit variance of ⟨O⟩ at this size, when the theory applies.
    public var predictedVariance: Double?
    /// Whether O's traceless part lies in g.
    public var observableInAlgebra: Bool?
    /// Why something could not be computed or predicted.
    public var reason: String?
  }

  /// The Pauli-propagation part of the report.
  public struct PropagationReport: Sendable {
    /// ⟨O⟩ at the random parameters (nil when the run did not finish within the budget).
    public var value: Double?
    /// Strings kept at the end, and the most held at once.
    public var terms: Int
    public var maxTerms: Int
    /// √(Σc²) of everything dropped.
    public var discardedNorm: Double
    /// Whether the term budget was reached (the run stopped being faithful).
    public var budgetReached: Bool
    /// Wall-clock seconds.
    public var seconds: Double
  }

  public let qubits: Int
  public let gateCount: Int
  public let parameterCount: Int
  public let observable: PauliSum
  public let options: Options
  public let lie: LieReport
  /// The measured variance of ⟨O⟩ at small sizes of the family.
  public let concentration: ConcentrationReport
  /// The observable's backward light cone.
  public let lightCone: [Int]
  public let propagation: PropagationReport
  /// ⟨O⟩ from the statevector at the same parameters (n ≤ 20), the reference for the others.
  public let statevectorValue: Double?
  /// ⟨O⟩ from g-sim at the same parameters, when it applies.
  public let gsimValue: Double?
  public let methods: [Method]
  public let verdict: Verdict
  /// The verdict's reasons, each a sentence.
  public let reasons: [String]
  /// The papers behind the reasons (arXiv ids).
  public let citations: [String]

  /// Diagnoses `circuit` (symbolic angles are the parameters) with `observable`.
  ///
  /// - Parameters:
  ///   - family: the same model at other sizes (for the Lie-algebra scaling); nil for a fixed circuit.
  public init(
    circuit: Circuit, observable: PauliSum, family: (@Sendable (Int) -> Circuit)? = nil,
    options: Options = Options()
  ) {
    let n = circuit.qubitCount
    qubits = n
    gateCount = circuit.gates.count
    parameterCount = circuit.parameterCount
    self.observable = observable
    self.options = options
    var rng = SeededGenerator(seed: options.seed)
    let theta = (0..<circuit.parameterCount).map { _ in Double.random(in: 0..<(2 * .pi), using: &rng) }

    // 1. Lie algebra.
    let lieAnalysis = Self.analyzeLie(circuit, observable, family, options, theta)
    lie = lieAnalysis.report
    gsimValue = lieAnalysis.gsimValue

    concentration = Self.measureConcentration(family, observable, qubits: n, options)

    // 2. Light cone.
    let support = Array(Set(observable.terms.flatMap { $0.string.support })).sorted()
    let cone = circuit.backwardLightCone(of: support)
    lightCone = cone.qubits

    // 3. Pauli propagation.
    propagation = Self.propagate(circuit, observable, theta, options)
    statevectorValue =
      n <= 20 ? (try? StateVector(running: circuit, parameters: theta).expectation(of: observable)) : nil

    // 4. Methods and verdict.
    methods = Self.methods(
      n: n, circuit: circuit, cone: cone, lie: lie, gsimValue: gsimValue, propagation: propagation,
      observableNorm: observable.traceless.norm, options: options)
    (verdict, reasons, citations) = Self.judge(
      n: n, lie: lie, concentration: concentration, methods: methods, coversAllQubits: cone.qubits.count == n)
  }
}

extension SimulabilityDiagnosis {
  static func analyzeLie(
    _ circuit: Circuit, _ observable: PauliSum, _ family: (@Sendable (Int) -> Circuit)?, _ options: Options,
    _ theta: [Double]
  ) -> (report: LieReport, gsimValue: Double?) {
    var report = LieReport(
      dimension: nil, algebra: nil, scaling: [], growth: .unknown, predictedVariance: nil,
      observableInAlgebra: nil, reason: nil)
    let n = circuit.qubitCount
    if let family {
      var exceeded = false
      for m in 2...max(2, min(n, 8)) where !exceeded {
        let small = family(m)
        let dimension = try? LieAlgebraSimulator(for: small, maximumDimension: options.scalingDimension).algebra
          .dimension
        report.scaling.append((m, dimension))
        exceeded = dimension == nil
      }
      let known = report.scaling.compactMap { p in p.dimension.map { (n: p.qubits, value: Double($0)) } }
      if exceeded, let last = report.scaling.last {
        // Beyond the limit after a few qubits: fit the sizes below it; with too few of them, or a
        // fit that is not exponential although the limit was passed at ≤ 6 qubits, take the
        // limit itself as a (low) point.
        report.growth = DimensionGrowth(points: known)
        if !report.growth.isExponential {
          report.growth = DimensionGrowth(points: known + [(last.qubits, Double(options.scalingDimension + 1))])
        }
      } else {
        report.growth = DimensionGrowth(points: known)
      }
    }
    if report.growth.isExponential && n > (report.scaling.last?.qubits ?? 0) {
      report.reason =
        "dim g grows \(report.growth) with the number of qubits; not closed at \(n) qubits"
      return (report, nil)
    }
    let simulator: LieAlgebraSimulator
    do {
      simulator = try LieAlgebraSimulator(for: circuit, maximumDimension: options.maximumDimension)
    } catch {
      report.reason = "\(error)"
      return (report, nil)
    }
    let g = simulator.algebra
    report.dimension = g.dimension
    let structure = g.structure()
    report.algebra = structure.name
    report.observableInAlgebra = g.contains(observable.traceless)
    let startsWithPreparation = circuit.gates.first.map { $0.angles.isEmpty } ?? false
    if startsWithPreparation {
      report.reason =
        "the circuit starts with fixed gates (a preparation); the variance formula here assumes the state |0…0⟩"
    } else {
      let prediction = g.predictedVariance(of: observable, structure: structure)
      report.predictedVariance = prediction.variance
      if prediction.variance == nil { report.reason = prediction.reason }
    }
    let value = try? simulator.expectation(of: observable, in: circuit, parameters: theta)
    return (report, value)
  }

  static func propagate(
    _ circuit: Circuit, _ observable: PauliSum, _ theta: [Double], _ options: Options
  ) -> PropagationReport {
    let policy = TruncationPolicy(minAbsCoefficient: options.accuracy, maxTerms: options.termBudget)
    let start = DispatchTime.now().uptimeNanoseconds
    let result = try? PauliPropagator(truncation: policy, threads: options.threads).propagate(
      observable, through: circuit, parameters: theta)
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    guard let result else {
      return PropagationReport(
        value: nil, terms: 0, maxTerms: 0, discardedNorm: .infinity, budgetReached: true, seconds: seconds)
    }
    return PropagationReport(
      value: result.capEvents == 0 ? result.expectation() : nil, terms: result.termCount,
      maxTerms: result.peakTermCount, discardedNorm: result.discardedNorm, budgetReached: result.capEvents > 0,
      seconds: seconds)
  }
}
