public import Quantum

/// The record of a training run: the cost after every iteration.
public struct TrainingRun: Sendable, Hashable, Codable {
  /// C(θ) before the first step and after each step.
  public var losses: [Double]
  /// The final parameters.
  public var parameters: [Double]
  /// Circuit evaluations used (forward simulations; a gradient counts as one for adjoint).
  public var evaluations: Int
}

/// Minimizes a cost with a gradient optimizer (gradients by adjoint differentiation).
///
/// ```swift
/// let circuit = Circuit.hamiltonianVariational(.tfim, qubits: 6, layers: 3)
/// let h = PauliSum.transverseFieldIsing(on: .line(6), field: 1)
/// var adam = Adam(learningRate: 0.05)
/// let run = try train(.energy(h), circuit: circuit, from: initial, optimizer: &adam, iterations: 200)
/// print(run.losses.last!)   // approaches the ground energy
/// ```
public func train<O: GradientOptimizer>(
  _ cost: CostFunction, circuit: Circuit, from initial: [Double], optimizer: inout O, iterations: Int,
  simulator: Simulator = .default
) throws -> TrainingRun {
  var theta = initial
  var losses: [Double] = []
  for _ in 0..<iterations {
    let (value, gradient) = try cost.valueAndGradient(of: circuit, at: theta, simulator: simulator)
    losses.append(value)
    optimizer.step(&theta, gradient: gradient)
  }
  losses.append(try cost.value(of: circuit, at: theta, simulator: simulator))
  return TrainingRun(losses: losses, parameters: theta, evaluations: iterations + 1)
}

/// Minimizes a cost with SPSA, estimating every cost value from `shots` measurements
/// (nil: exact values), as on hardware.
public func trainSPSA(
  _ cost: CostFunction, circuit: Circuit, from initial: [Double], optimizer: inout SPSA, iterations: Int,
  shots: Int? = nil, seed: UInt64 = 1, simulator: Simulator = .default
) throws -> TrainingRun {
  var theta = initial
  var losses: [Double] = []
  var rng = SeededGenerator(seed: seed)
  var evaluations = 0
  func estimate(_ parameters: [Double]) throws -> Double {
    evaluations += 1
    let psi = try StateVector(running: circuit, parameters: parameters, simulator: simulator)
    guard let shots else { return cost.offset + cost.scale * cost.observable.expectation(in: psi) }
    return cost.offset + cost.scale * ShotEstimator.estimate(cost.observable, in: psi, shots: shots, using: &rng)
  }
  for _ in 0..<iterations {
    losses.append(try cost.value(of: circuit, at: theta, simulator: simulator))
    try optimizer.step(&theta, cost: estimate)
  }
  losses.append(try cost.value(of: circuit, at: theta, simulator: simulator))
  return TrainingRun(losses: losses, parameters: theta, evaluations: evaluations)
}

/// Finite-shot estimates of expectation values, sampled exactly.
///
/// Each Pauli term is measured in its own basis with `shots` repetitions: the outcome ±1 has
/// probability (1 ± ⟨P⟩)/2, so the estimate is 2k/shots − 1 with k ~ Binomial(shots, (1+⟨P⟩)/2).
/// A projector |b⟩⟨b| is estimated as k/shots with k ~ Binomial(shots, |ψ_b|²).
public enum ShotEstimator {
  public static func estimate(
    _ observable: Observable, in psi: StateVector, shots: Int, using rng: inout SeededGenerator
  ) -> Double {
    precondition(shots > 0, "shots must be positive")
    switch observable {
    case .projector:
      return Double(binomial(shots, observable.expectation(in: psi), &rng)) / Double(shots)
    case .pauliSum(let sum):
      var total = 0.0
      for term in sum.terms {
        if term.string.isIdentity {
          total += term.coefficient
          continue
        }
        let p = (1 + psi.expectation(of: term.string)) / 2
        total += term.coefficient * (2 * Double(binomial(shots, p, &rng)) / Double(shots) - 1)
      }
      return total
    }
  }

  /// A Binomial(n, p) sample: exact Bernoulli sums up to 10⁴ trials, the normal
  /// approximation (rounded, clamped) beyond.
  static func binomial(_ n: Int, _ p: Double, _ rng: inout SeededGenerator) -> Int {
    let q = min(max(p, 0), 1)
    if n <= 10_000 {
      return (0..<n).reduce(0) { count, _ in count + (Double.random(in: 0..<1, using: &rng) < q ? 1 : 0) }
    }
    let mean = Double(n) * q, sd = (Double(n) * q * (1 - q)).squareRoot()
    return min(n, max(0, Int((mean + sd * rng.nextGaussian()).rounded())))
  }
}
