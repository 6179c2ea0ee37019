import Dispatch
import Foundation
public import Quantum

/// The cost an experiment differentiates, given the number of qubits.
public enum CostSpecification: Sendable, Hashable, CustomStringConvertible {
  /// C_G = 1 − |⟨0|U|0⟩|².
  case global
  /// C_L = 1 − (1/n) Σⱼ Prob(qubit j = 0).
  case local
  /// ⟨H⟩ for a fixed Pauli sum (e.g. "Z0 Z1").
  case observable(PauliSum)

  /// Reads "global", "local", or a Pauli sum such as "Z0 Z1".
  public init(parsing text: String) throws {
    switch text {
    case "global": self = .global
    case "local": self = .local
    default: self = .observable(try PauliSum(parsing: text))
    }
  }

  /// The cost on n qubits.
  public func cost(qubits n: Int) -> CostFunction {
    switch self {
    case .global: return .global(qubits: n)
    case .local: return .local(qubits: n)
    case .observable(let sum): return .energy(sum)
    }
  }

  public var description: String {
    switch self {
    case .global: "global"
    case .local: "local"
    case .observable(let sum): sum.description
    }
  }
}

/// One (n, L) point of a gradient-variance experiment (mean and variance of the sampled
/// quantity: ∂C/∂θₖ, or C itself).
public struct VariancePoint: Sendable, Hashable, Codable {
  public let qubits: Int
  public let layers: Int
  /// Mean of ∂C/∂θₖ over the samples.
  public let mean: Double
  /// Sample variance of ∂C/∂θₖ.
  public let variance: Double
  /// Standard error of that variance (from the fourth moment).
  public let standardError: Double
  public let samples: Int
}

/// A gradient-variance experiment over qubit counts and depths.
///
/// Measures Var[∂C/∂θₖ] over random parameters the way the barren-plateau papers do
/// (McClean et al. arXiv:1803.11173; Cerezo et al. arXiv:2001.00550): for each qubit count and
/// depth, draw parameter vectors, compute the exact partial derivative (parameter-shift rule),
/// and report mean, variance and the variance's standard error, plus a decay fit.
///
/// Sample s of point (n, L) uses its own generator seeded from (seed, n, L, s), and results
/// are combined in sample order: the numbers do not depend on the number of threads.
///
/// ```swift
/// var experiment = GradientVarianceExperiment(ansatz: .hardwareEfficient, cost: .global)
/// experiment.samples = 2000
/// let result = try experiment.run(qubits: [2, 4, 6], layers: [1])
/// // result.points[k].variance ≈ (1/8)(3/8)^(n−1)
/// ```
public struct GradientVarianceExperiment: Sendable {
  public var ansatz: Ansatz
  public var cost: CostSpecification
  /// What is sampled: ∂C/∂θₖ (the default) or the cost C itself.
  public enum Quantity: Sendable, Hashable { case derivative, cost }
  public var quantity = Quantity.derivative
  /// The parameter k whose derivative is sampled.
  public var parameterIndex = 0
  /// How the derivative is computed: `.parameterShift` (two circuit runs, the default: the
  /// cheapest for one component) or `.adjoint` (the whole gradient in about three runs).
  public var method = GradientMethod.parameterShift
  public var samples = 1000
  public var seed: UInt64 = 7
  public var initialization: ParameterInitialization? = nil
  /// Worker threads (samples are split between them).
  public var threads = Simulator.coreCount
  /// A fixed circuit to use instead of the ansatz (every gate angle a parameter).
  public var circuitOverride: Circuit?
  /// Noise after every gate; when not empty the derivative is computed on the density
  /// matrix (small n only).
  public var noise = NoiseModel.none

  public init(ansatz: Ansatz, cost: CostSpecification) {
    self.ansatz = ansatz
    self.cost = cost
  }

  /// The result: one point per (n, L), and, when there are three or more qubit counts at one
  /// depth, the decay fit over n for that depth.
  public struct Result: Sendable, Hashable, Codable {
    public let points: [VariancePoint]
    /// Decay fits over n, one per depth with enough points (keyed by the number of layers).
    public let fits: [Int: DecayFit]
  }

  public func run(qubits: [Int], layers: [Int]) throws -> Result {
    guard samples >= 2 else { throw LandscapeError.tooFewSamples(samples) }
    var points: [VariancePoint] = []
    for l in layers {
      for n in qubits { points.append(try point(qubits: n, layers: l)) }
    }
    var fits: [Int: DecayFit] = [:]
    for l in layers {
      let atDepth = points.filter { $0.layers == l }
      if let fit = DecayFit(
        qubits: atDepth.map(\.qubits), variances: atDepth.map(\.variance), standardErrors: atDepth.map(\.standardError))
      {
        fits[l] = fit
      }
    }
    return Result(points: points, fits: fits)
  }

  /// Var[∂C/∂θₖ] at one (n, L).
  public func point(qubits n: Int, layers l: Int) throws -> VariancePoint {
    let circuit = circuitOverride ?? ansatz.circuit(qubits: n, layers: l)
    let p = circuit.parameterCount
    guard quantity == .cost || (0..<p).contains(parameterIndex) else {
      throw LandscapeError.parameterOutOfRange(
        index: parameterIndex, count: p, ansatz: "\(ansatz) (n = \(n), L = \(l))")
    }
    let costFunction = cost.cost(qubits: circuit.qubitCount)
    let initialization = self.initialization ?? .uniform
    let simulator = Simulator(threads: 1)
    let seed = self.seed, k = parameterIndex, quantity = self.quantity, noise = self.noise, method = self.method
    var values = [Double](repeating: 0, count: samples)
    let errors = FirstError()
    let workers = max(1, min(threads, samples))
    values.withUnsafeMutableBufferPointer { buffer in
      let out = SampleSlots(buffer: buffer)
      DispatchQueue.concurrentPerform(iterations: workers) { w in
        for s in stride(from: w, to: samples, by: workers) {
          var rng = SeededGenerator(seed: Self.sampleSeed(seed, n, l, s))
          let theta = initialization.sample(count: p, using: &rng)
          do {
            switch (quantity, noise.channels.isEmpty) {
            case (.derivative, true) where method == .parameterShift:
              out.buffer[s] = try costFunction.partialDerivative(of: circuit, at: theta, index: k, simulator: simulator)
            case (.derivative, true):
              out.buffer[s] =
                try costFunction.valueAndGradient(of: circuit, at: theta, method: method, simulator: simulator)
                .gradient[k]
            case (.cost, true):
              out.buffer[s] = try costFunction.value(of: circuit, at: theta, simulator: simulator)
            case (.derivative, false):
              out.buffer[s] =
                costFunction.scale
                * (try DensityMatrix.partialDerivative(
                  of: costFunction.observable, in: circuit, parameters: theta, index: k, noise: noise,
                  simulator: simulator))
            case (.cost, false):
              out.buffer[s] =
                costFunction.offset + costFunction.scale
                * (try DensityMatrix.expectation(
                  of: costFunction.observable, in: circuit, parameters: theta, noise: noise, simulator: simulator))
            }
          } catch {
            errors.record("\(error)")
          }
        }
      }
    }
    if let first = errors.first { throw LandscapeExperimentError(first) }
    let stats = SampleStatistics(values)
    return VariancePoint(
      qubits: circuit.qubitCount, layers: l, mean: stats.mean, variance: stats.variance,
      standardError: stats.varianceStandardError, samples: samples)
  }

  /// A seed for one sample, mixing (seed, n, L, s) with SplitMix64 steps.
  static func sampleSeed(_ seed: UInt64, _ n: Int, _ l: Int, _ s: Int) -> UInt64 {
    var x = seed
    for v in [UInt64(n), UInt64(l), UInt64(s)] {
      x = (x ^ v) &* 0x9E37_79B9_7F4A_7C15
      x ^= x >> 31
    }
    return x
  }
}

/// An error raised inside a sample.
struct LandscapeExperimentError: Error, CustomStringConvertible {
  let description: String
  init(_ d: String) { description = d }
}

/// Result slots for worker threads: each sample index is written by exactly one worker.
struct SampleSlots: @unchecked Sendable {
  let buffer: UnsafeMutableBufferPointer<Double>
}

/// Keeps the first error raised by any worker.
final class FirstError: @unchecked Sendable {
  private var message: String?
  private let lock = NSLock()

  func record(_ text: String) {
    lock.lock()
    if message == nil { message = text }
    lock.unlock()
  }

  var first: String? {
    lock.lock()
    defer { lock.unlock() }
    return message
  }
}
