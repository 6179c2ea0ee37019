import Foundation
public import Grading
import Landscapes
public import Quantum

/// Exercise 12-diagnose: the numbers behind a simulability verdict, and the verdict.
///
/// The learner computes an observable's backward light cone, the variance of ⟨O⟩ over random
/// parameters, whether a sequence grows exponentially, and the verdict drawn from those
/// numbers. The expected values come from the library (`Circuit.backwardLightCone(of:)`,
/// `DimensionGrowth`, `StateVector`) or from closed forms, never from the reference solution.
public enum DiagnoseExercise: ExerciseDefinition {
  /// The learner's functions (see Exercises/12-diagnose/Diagnose.swift).
  public struct Implementation: Sendable {
    public var lightCone: @Sendable ([Int], Circuit) throws -> [Int]
    public var variance: @Sendable (PauliSum, Circuit, Int, inout SeededGenerator) throws -> Double
    public var growsExponentially: @Sendable ([(qubits: Int, value: Double)]) throws -> Bool
    public var verdict:
      @Sendable (Int, Int, [(qubits: Int, dimension: Int)], Bool, [(qubits: Int, variance: Double)]) throws -> String

    public init(
      lightCone: @escaping @Sendable ([Int], Circuit) throws -> [Int],
      variance: @escaping @Sendable (PauliSum, Circuit, Int, inout SeededGenerator) throws -> Double,
      growsExponentially: @escaping @Sendable ([(qubits: Int, value: Double)]) throws -> Bool,
      verdict:
        @escaping @Sendable (
          Int, Int, [(qubits: Int, dimension: Int)], Bool, [(qubits: Int, variance: Double)]
        ) throws -> String
    ) {
      self.lightCone = lightCone
      self.variance = variance
      self.growsExponentially = growsExponentially
      self.verdict = verdict
    }
  }

  public static let id = "12-diagnose"
  public static let binding =
    ".init(lightCone: lightCone(of:in:), variance: varianceOfExpectation(of:in:samples:using:), "
    + "growsExponentially: growsExponentially(_:), "
    + "verdict: verdict(qubits:lightConeSize:lieDimensions:observableInAlgebra:variances:))"

  public static var checks: [Check<Implementation>] {
    [heaLightCone, randomLightCone, productVariance, deepVariance, growth, verdictRules]
      // plateau-release: hidden-begin
      + [lessonModels]
    // plateau-release: hidden-end
  }

  // MARK: - Light cone

  /// The hardware-efficient ansatz: each layer's CZ ladder widens the cone by one qubit each
  /// way, so the cone of qubit q after L layers is [q − L, q + L] clipped to the chain.
  static let heaLightCone = Check<Implementation>.cases(
    "hea-light-cone",
    inputs: { _ in
      [(12, 1, [5]), (12, 2, [5]), (12, 3, [0]), (12, 2, [11]), (12, 1, [3, 8]), (8, 4, [2]), (30, 3, [15])].map {
        DiagnoseConeInput(circuit: .hardwareEfficient(qubits: $0.0, layers: $0.1), qubits: $0.2, layers: $0.1)
      }
    },
    describe: describeCone,
    call: { implementation, input in try implementation.lightCone(input.qubits, input.circuit) },
    judge: { input, outcome in
      let n = input.circuit.qubitCount
      let expected = Set(input.qubits.flatMap { q in max(0, q - input.layers)...min(n - 1, q + input.layers) }).sorted()
      return judgeCone(input, outcome, expected: expected)
    })

  /// Random circuits of one- and two-qubit gates, diagonal and not, against the library.
  static let randomLightCone = Check<Implementation>.cases(
    "random-light-cone",
    inputs: { rng in
      (0..<12).map { _ in
        let n = Int.random(in: 4...10, using: &rng)
        let circuit = randomCircuit(qubits: n, gates: Int.random(in: 4...24, using: &rng), using: &rng)
        let count = Int.random(in: 1...2, using: &rng)
        let qubits = Array((0..<n).shuffled(using: &rng).prefix(count)).sorted()
        return DiagnoseConeInput(circuit: circuit, qubits: qubits, layers: 0)
      }
    },
    describe: describeCone,
    call: { implementation, input in try implementation.lightCone(input.qubits, input.circuit) },
    judge: { input, outcome in
      judgeCone(input, outcome, expected: input.circuit.backwardLightCone(of: input.qubits).qubits)
    })

  // MARK: - Variance

  /// Circuits whose variance is known in closed form: ⟨Z⟩ = cos θ has Var = 1/2; ⟨Z₀Z₁⟩ =
  /// cos θ₀ cos θ₁ has Var = 1/4; ⟨Z⟩ = cos(θ/4) (θ/4 uniform in [0, π/2)) has mean 2/π and
  /// Var = 1/2 − 4/π², which catches E[⟨O⟩²] without the mean subtracted.
  static let productVariance = Check<Implementation>.cases(
    "closed-form-variance",
    inputs: { _ in
      var one = Circuit(qubitCount: 1, parameterCount: 1)
      one.append(.ry(.parameter(0), on: 0))
      var two = Circuit(qubitCount: 2, parameterCount: 2)
      two.append(.ry(.parameter(0), on: 0))
      two.append(.ry(.parameter(1), on: 1))
      var quarter = Circuit(qubitCount: 1, parameterCount: 1)
      quarter.append(.ry(.parameter(0, scale: 0.25), on: 0))
      return [
        VarianceInput(circuit: one, observable: "Z0", samples: 4000, seed: 11, exact: 0.5, fourthMoment: 3.0 / 8),
        VarianceInput(
          circuit: two, observable: "Z0 Z1", samples: 4000, seed: 12, exact: 0.25, fourthMoment: 9.0 / 64),
        VarianceInput(
          circuit: quarter, observable: "Z0", samples: 4000, seed: 13, exact: 0.5 - 4 / (Double.pi * Double.pi),
          fourthMoment: nil),
      ]
    },
    describe: describeVariance,
    call: callVariance,
    judge: judgeVariance)

  /// A hardware-efficient ansatz with 4 qubits and 16 layers (its variance is near the Haar
  /// value 1/(2⁴ + 1) ≈ 0.059): the grader's own estimate from 10 000 samples, within 5
  /// combined standard errors.
  static let deepVariance = Check<Implementation>.cases(
    "deep-hea-variance",
    inputs: { _ in
      [
        VarianceInput(
          circuit: .hardwareEfficient(qubits: 4, layers: 16), observable: "Z0", samples: 1000, seed: 21, exact: nil,
          fourthMoment: nil)
      ]
    },
    describe: describeVariance,
    call: callVariance,
    judge: judgeVariance)

  // MARK: - Growth

  /// Clear-cut sequences, judged by the library's `DimensionGrowth`.
  ///
  /// Dimensions of so(2n) and su(2ⁿ), inverse variances of a plateau and of polynomially
  /// decaying models, constant values, too few points.
  static let growth = Check<Implementation>.cases(
    "grows-exponentially",
    inputs: { _ in
      let sizes = [2, 4, 6, 8, 10]
      let so = GrowthInput(2...8) { Double($0 * (2 * $0 - 1)) }
      let su = GrowthInput(2...5) { Double((1 << (2 * $0)) - 1) }
      let haar = GrowthInput(sizes) { Double((1 << $0) + 1) }
      let linear = GrowthInput(sizes) { 3 * Double($0) }
      let cubic = GrowthInput(3...9) { pow(Double($0), 3) }
      let constant = GrowthInput(sizes) { _ in 2 }
      let twoPoints = GrowthInput([2, 4]) { $0 == 2 ? 3 : 48 }
      let slow = GrowthInput(sizes) { 2.5 * pow(1.9, Double($0)) }
      return [so, su, haar, linear, cubic, constant, twoPoints, slow]
    },
    describe: describeGrowth,
    call: { implementation, input in try implementation.growsExponentially(input.points.map { ($0.qubits, $0.value) })
    },
    judge: { input, outcome in
      let got: Bool
      switch outcome.value(of: "growsExponentially(_:)") {
      case .success(let value): got = value
      case .failure(let failed): return failed.verdict
      }
      let growth = DimensionGrowth(points: input.points.map { (n: $0.qubits, value: $0.value) })
      guard got != growth.isExponential else { return .pass }
      let why: String
      switch growth {
      case .unknown: why = "fewer than three sizes: too few to tell, so the answer is false"
      case .polynomial(let k):
        why =
          "log(value) against log(n) is the better line (degree \(StateText.number(k))), or the exponential slope is below 0.05"
      case .exponential(let b):
        why = "log(value) against n is the better line (base \(StateText.number(b))) and its slope is above 0.05"
      }
      return .fail(
        Feedback(
          "the sequence \(growth.isExponential ? "grows" : "does not grow") exponentially: \(why)",
          expected: "\(growth.isExponential)", actual: "\(got)"))
    })

  // MARK: - Verdict

  /// One case per branch of the rule, each with the number that decides it.
  static let verdictRules = Check<Implementation>.cases(
    "verdict-rules",
    inputs: { _ in
      let so = (2...6).map { (qubits: $0, dimension: $0 * (2 * $0 - 1)) }
      let su = (2...5).map { (qubits: $0, dimension: (1 << (2 * $0)) - 1) }
      let plateau = stride(from: 2, through: 10, by: 2).map { (qubits: $0, variance: 1 / (Double(1 << $0) + 1)) }
      let flat = stride(from: 2, through: 10, by: 2).map { (qubits: $0, variance: 0.3 / Double($0)) }
      return [
        VerdictInput(
          name: "a shallow circuit: O's light cone has 5 of 40 qubits", qubits: 40, lightConeSize: 5, lie: su,
          observableInAlgebra: false, variances: plateau),
        VerdictInput(
          name: "O in a polynomial algebra, light cone everywhere", qubits: 40, lightConeSize: 40, lie: so,
          observableInAlgebra: true, variances: flat),
        VerdictInput(
          name: "a polynomial algebra without O", qubits: 40, lightConeSize: 40, lie: so, observableInAlgebra: false,
          variances: flat),
        VerdictInput(
          name: "an exponential algebra and an exponentially small variance", qubits: 40, lightConeSize: 40, lie: su,
          observableInAlgebra: true, variances: plateau),
        VerdictInput(
          name: "an exponential algebra, but a polynomially small variance", qubits: 40, lightConeSize: 40, lie: su,
          observableInAlgebra: false, variances: flat),
        VerdictInput(
          name: "a light cone of 35 qubits: too many for a statevector", qubits: 60, lightConeSize: 35, lie: su,
          observableInAlgebra: false, variances: plateau),
      ]
    },
    describe: describeVerdict,
    call: callVerdict,
    judge: judgeVerdict)

  // plateau-release: hidden-begin
  /// The five models of lesson 12, with the numbers `SimulabilityDiagnosis` measured for them there.
  static let lessonModels = Check<Implementation>.cases(
    "lesson-models",
    inputs: { _ in
      let su = [(2, 15), (3, 63), (4, 255)].map { (qubits: $0.0, dimension: $0.1) }
      let so = (2...8).map { (qubits: $0, dimension: $0 * (2 * $0 - 1)) }
      let soPair = (2...8).map { (qubits: $0, dimension: $0 == 2 ? 6 : 2 * $0 * (2 * $0 - 1)) }
      func measured(_ values: [Double]) -> [(qubits: Int, variance: Double)] {
        values.enumerated().map { (qubits: 2 * $0.offset + 2, variance: $0.element) }
      }
      return [
        VerdictInput(
          name: "deep hea, 8 qubits, 48 layers, O = Z0", qubits: 8, lightConeSize: 8, lie: su,
          observableInAlgebra: false, variances: measured([0.1795, 0.06101, 0.01583, 0.004609])),
        VerdictInput(
          name: "shallow hea, 50 qubits, 2 layers, O = Z0", qubits: 50, lightConeSize: 3, lie: su,
          observableInAlgebra: false, variances: measured([0.2961, 0.3787, 0.2572, 0.3193, 0.2778])),
        VerdictInput(
          name: "hva-tfim, 10 qubits, 10 layers, O = Z0 Z1", qubits: 10, lightConeSize: 10, lie: so,
          observableInAlgebra: true, variances: measured([0.3012, 0.125, 0.1608, 0.1472, 0.1165])),
        VerdictInput(
          name: "qaoa ring, 10 qubits, 2 rounds, O = Z0 Z1", qubits: 10, lightConeSize: 6, lie: soPair,
          observableInAlgebra: true, variances: measured([0.3763, 0.1328, 0.07208, 0.06672, 0.0718])),
        VerdictInput(
          name: "qcnn, 8 qubits, O = Z7", qubits: 8, lightConeSize: 8, lie: su, observableInAlgebra: false,
          variances: measured([0.3322, 0.1356, 0.06546, 0.05606])),
      ]
    },
    describe: describeVerdict,
    call: callVerdict,
    judge: judgeVerdict)
  // plateau-release: hidden-end

  // MARK: - Shared pieces

  @Sendable static func describeGrowth(_ input: GrowthInput) -> String {
    let points = input.points.map { point -> String in "(\(point.qubits), \(StateText.number(point.value)))" }
    return "points (n, value) = " + points.joined(separator: ", ")
  }

  @Sendable static func describeCone(_ input: DiagnoseConeInput) -> String {
    let shown = input.circuit.gates.prefix(40).map { "\($0)" }.joined(separator: "; ")
    return
      "O on qubits \(input.qubits) of a \(input.circuit.qubitCount)-qubit circuit of \(input.circuit.gates.count) gates: "
      + shown + (input.circuit.gates.count > 40 ? "; …" : "")
  }

  @Sendable static func judgeCone(
    _ input: DiagnoseConeInput, _ outcome: CaseOutcome<[Int]>, expected: [Int]
  ) -> CaseVerdict {
    let got: [Int]
    switch outcome.value(of: "lightCone(of:in:)") {
    case .success(let value): got = value
    case .failure(let failed): return failed.verdict
    }
    if got == expected { return .pass }
    if Set(got) == Set(expected) {
      return .fail(
        Feedback(
          "the right qubits, but return them sorted and without repeats", expected: "\(expected)", actual: "\(got)"))
    }
    let extra = Set(got).subtracting(expected).sorted()
    let missing = Set(expected).subtracting(got).sorted()
    var message = "the light cone differs"
    if !missing.isEmpty {
      message += "; missing \(missing): a gate that touches the cone brings in all its qubits"
    }
    if !extra.isEmpty {
      message +=
        "; too many \(extra): consecutive diagonal gates (a CZ ladder, RZ, RZZ) commute, so in a run of them only the gates touching the cone as it was before the run widen it"
    }
    return .fail(Feedback(message, expected: "\(expected)", actual: "\(got)"))
  }

  @Sendable static func describeVariance(_ input: VarianceInput) -> String {
    "Var⟨\(input.observable)⟩ over θ uniform in [0, 2π) for a \(input.circuit.qubitCount)-qubit circuit of "
      + "\(input.circuit.gates.count) gates and \(input.circuit.parameterCount) parameters, "
      + "samples = \(input.samples), generator seed = \(input.seed)"
  }

  @Sendable static func callVariance(_ implementation: Implementation, _ input: VarianceInput) throws -> Double {
    var generator = SeededGenerator(seed: input.seed)
    return try implementation.variance(input.observable, input.circuit, input.samples, &generator)
  }

  /// Accepts within 5 standard errors of the sample variance (from the fourth central moment),
  /// combined with the grader's own estimate's error when there is no closed form.
  @Sendable static func judgeVariance(_ input: VarianceInput, _ outcome: CaseOutcome<Double>) -> CaseVerdict {
    let got: Double
    switch outcome.value(of: "varianceOfExpectation(of:in:samples:using:)") {
    case .success(let value): got = value
    case .failure(let failed): return failed.verdict
    }
    // The grader's own sample, with its own generator: the variance and the fourth moment.
    var rng = SeededGenerator(seed: 0x5EED_0000 &+ input.seed)
    // Closed forms need the sample only for the fourth moment and the mean: fewer draws do.
    let count = input.exact == nil ? 10_000 : 4000
    var values: [Double] = []
    values.reserveCapacity(count)
    for _ in 0..<count {
      let theta = (0..<input.circuit.parameterCount).map { _ in Double.random(in: 0..<(2 * .pi), using: &rng) }
      guard let value = try? StateVector(running: input.circuit, parameters: theta).expectation(of: input.observable)
      else { return .fail(Feedback("the grader could not simulate the circuit")) }
      values.append(value)
    }
    let mean = values.reduce(0, +) / Double(count)
    let m2 = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(count)
    let m4 = input.fourthMoment ?? values.reduce(0) { $0 + pow($1 - mean, 4) } / Double(count)
    let expected = input.exact ?? m2
    let learnerError = ((m4 - expected * expected) / Double(input.samples)).squareRoot()
    let graderError = input.exact == nil ? ((m4 - m2 * m2) / Double(count)).squareRoot() : 0
    let tolerance = 5 * (learnerError * learnerError + graderError * graderError).squareRoot()
    if abs(got - expected) <= tolerance { return .pass }
    let expectedText = "\(StateText.number(expected)) ± \(StateText.number(tolerance)) (5 standard errors)"
    var message = "the variance is off by \(StateText.number(abs(got - expected))), more than 5 standard errors"
    if abs(got - (expected + mean * mean)) <= tolerance && abs(mean) > 0.1 {
      message += ": that is E[⟨O⟩²]; subtract the squared mean (⟨O⟩ averages \(StateText.number(mean)) here)"
    } else if abs(got - expected.squareRoot()) <= 2 * tolerance {
      message += ": that is the standard deviation; return its square"
    } else {
      message += ": draw every parameter uniformly from [0, 2π) with the generator you are given"
    }
    return .fail(Feedback(message, expected: expectedText, actual: StateText.number(got)))
  }

  @Sendable static func describeVerdict(_ input: VerdictInput) -> String {
    "\(input.name): qubits = \(input.qubits), lightConeSize = \(input.lightConeSize), lieDimensions = "
      + input.lie.map { "(\($0.qubits), \($0.dimension))" }.joined(separator: ", ")
      + ", observableInAlgebra = \(input.observableInAlgebra), variances = "
      + input.variances.map { "(\($0.qubits), \(StateText.number($0.variance)))" }.joined(separator: ", ")
  }

  @Sendable static func callVerdict(_ implementation: Implementation, _ input: VerdictInput) throws -> String {
    try implementation.verdict(
      input.qubits, input.lightConeSize, input.lie.map { ($0.qubits, $0.dimension) }, input.observableInAlgebra,
      input.variances.map { ($0.qubits, $0.variance) })
  }

  /// The rule of the exercise statement, with the library's growth fit.
  @Sendable static func judgeVerdict(_ input: VerdictInput, _ outcome: CaseOutcome<String>) -> CaseVerdict {
    let got: String
    switch outcome.value(of: "verdict(qubits:lightConeSize:lieDimensions:observableInAlgebra:variances:)") {
    case .success(let value): got = value
    case .failure(let failed): return failed.verdict
    }
    let lieGrowth = DimensionGrowth(points: input.lie.map { (n: $0.qubits, value: Double($0.dimension)) })
    let decay = DimensionGrowth(points: input.variances.map { (n: $0.qubits, value: 1 / $0.variance) })
    let cone = input.lightConeSize < input.qubits && input.lightConeSize <= 30
    let gsim = input.observableInAlgebra && !lieGrowth.isExponential
    let expected: String
    let why: String
    if cone {
      expected = "simulable"
      why =
        "the light cone has \(input.lightConeSize) < \(input.qubits) qubits and at most 30: a statevector on it is exact"
    } else if gsim {
      expected = "simulable"
      why = "O lies in g and dim g grows \(lieGrowth): g-sim applies"
    } else if decay.isExponential {
      expected = "barren-plateau"
      why = "no shortcut applies and 1/Var grows \(decay)"
    } else {
      expected = "no-shortcut-found"
      why =
        "neither shortcut applies (light cone \(input.lightConeSize) of \(input.qubits); O \(input.observableInAlgebra ? "in" : "not in") g, dim g grows \(lieGrowth)) and 1/Var grows \(decay)"
    }
    if got == expected { return .pass }
    let allowed = ["simulable", "barren-plateau", "no-shortcut-found"]
    guard allowed.contains(got) else {
      return .fail(
        Feedback(
          "\"\(got)\" is not a verdict; return one of \(allowed.joined(separator: ", "))", expected: expected,
          actual: got))
    }
    return .fail(Feedback("the verdict is \(expected): \(why)", expected: expected, actual: got))
  }

  /// A random circuit of one- and two-qubit gates on neighbouring or distant qubits; diagonal
  /// runs (CZ, RZZ, RZ, S, T) are frequent so that the commuting rule matters.
  static func randomCircuit(qubits n: Int, gates: Int, using rng: inout SeededGenerator) -> Circuit {
    var c = Circuit(qubitCount: n)
    for _ in 0..<gates {
      let a = Int.random(in: 0..<n, using: &rng)
      var b = Int.random(in: 0..<(n - 1), using: &rng)
      if b >= a { b += 1 }
      let angle = Angle(floatLiteral: Double.random(in: -3...3, using: &rng))
      switch Int.random(in: 0..<9, using: &rng) {
      case 0: c.append(.h(a))
      case 1: c.append(.rx(angle, on: a))
      case 2: c.append(.rz(angle, on: a))
      case 3: c.append(.cx(control: a, target: b))
      case 4, 5: c.append(.cz(a, b))
      case 6: c.append(.rzz(angle, a, b))
      case 7: c.append(.t(a))
      default: c.append(.ry(angle, on: a))
      }
    }
    return c
  }
}

/// One light-cone case: a circuit and the qubits O acts on (`layers` for the hea closed form).
struct DiagnoseConeInput: Sendable {
  var circuit: Circuit
  var qubits: [Int]
  var layers: Int
}

/// One variance case; `exact` and `fourthMoment` when known in closed form.
struct VarianceInput: Sendable {
  var circuit: Circuit
  var observable: PauliSum
  var samples: Int
  var seed: UInt64
  var exact: Double?
  var fourthMoment: Double?
}

/// One growth case.
struct GrowthInput: Sendable {
  struct Point: Sendable {
    var qubits: Int
    var value: Double
  }
  var points: [Point]

  /// The points (n, value(n)) for each n in `sizes`.
  init(_ sizes: some Sequence<Int>, _ value: (Int) -> Double) {
    points = sizes.map { Point(qubits: $0, value: value($0)) }
  }
}

/// One verdict case: a named model and its numbers.
struct VerdictInput: Sendable {
  var name: String
  var qubits: Int
  var lightConeSize: Int
  var lie: [(qubits: Int, dimension: Int)]
  var observableInAlgebra: Bool
  var variances: [(qubits: Int, variance: Double)]
}
