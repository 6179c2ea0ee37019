import Quantum
import RealModule

/// A gradient-based optimizer: one update of the parameters from the gradient of the cost.
public protocol GradientOptimizer: Sendable {
  /// θ ← update(θ, ∇C(θ)).
  mutating func step(_ parameters: inout [Double], gradient: [Double])
}

/// Plain gradient descent θ ← θ − η∇C.
public struct GradientDescent: GradientOptimizer {
  public var learningRate: Double
  public init(learningRate: Double = 0.1) { self.learningRate = learningRate }

  public mutating func step(_ parameters: inout [Double], gradient: [Double]) {
    for k in parameters.indices { parameters[k] -= learningRate * gradient[k] }
  }
}

/// Adam (Kingma and Ba, arXiv:1412.6980): per-parameter steps from bias-corrected running
/// averages of the gradient (m) and its square (v): θ ← θ − η·m̂/(√v̂ + ε).
public struct Adam: GradientOptimizer {
  public var learningRate: Double
  public var beta1: Double
  public var beta2: Double
  public var epsilon: Double
  private var m: [Double] = []
  private var v: [Double] = []
  private var t = 0

  public init(learningRate: Double = 0.05, beta1: Double = 0.9, beta2: Double = 0.999, epsilon: Double = 1e-8) {
    self.learningRate = learningRate
    self.beta1 = beta1
    self.beta2 = beta2
    self.epsilon = epsilon
  }

  public mutating func step(_ parameters: inout [Double], gradient: [Double]) {
    if m.isEmpty {
      m = Array(repeating: 0, count: parameters.count)
      v = m
    }
    t += 1
    let c1 = 1 - Double.pow(beta1, Double(t)), c2 = 1 - Double.pow(beta2, Double(t))
    for k in parameters.indices {
      m[k] = beta1 * m[k] + (1 - beta1) * gradient[k]
      v[k] = beta2 * v[k] + (1 - beta2) * gradient[k] * gradient[k]
      parameters[k] -= learningRate * (m[k] / c1) / ((v[k] / c2).squareRoot() + epsilon)
    }
  }
}

/// Simultaneous-perturbation stochastic approximation (SPSA).
///
/// SPSA (Spall 1992) estimates the gradient from two cost evaluations along a random ±1
/// direction Δ — ĝ = [C(θ + cₖΔ) − C(θ − cₖΔ)]/(2cₖ) · Δ — with gains aₖ = a/(k + 1 + A)^α and
/// cₖ = c/(k + 1)^γ (α = 0.602, γ = 0.101, the standard choices). It needs no gradient
/// and tolerates shot noise, which is why hardware experiments use it.
public struct SPSA: Sendable {
  public var a: Double
  public var c: Double
  public var stability: Double
  public var alpha = 0.602
  public var gamma = 0.101
  private var rng: SeededGenerator
  private var k = 0

  public init(a: Double = 0.2, c: Double = 0.1, stability: Double = 10, seed: UInt64 = 1) {
    self.a = a
    self.c = c
    self.stability = stability
    rng = SeededGenerator(seed: seed)
  }

  /// One SPSA update; `cost` evaluates C at a parameter vector (possibly with shot noise).
  public mutating func step(_ parameters: inout [Double], cost: ([Double]) throws -> Double) rethrows {
    let ak = a / Double.pow(Double(k + 1) + stability, alpha)
    let ck = c / Double.pow(Double(k + 1), gamma)
    let delta = parameters.map { _ in Bool.random(using: &rng) ? 1.0 : -1.0 }
    let plus = zip(parameters, delta).map { $0 + ck * $1 }
    let minus = zip(parameters, delta).map { $0 - ck * $1 }
    let difference = (try cost(plus) - cost(minus)) / (2 * ck)
    for j in parameters.indices { parameters[j] -= ak * difference * delta[j] }
    k += 1
  }
}
