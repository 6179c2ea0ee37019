public import Quantum

/// A cost of the form C(θ) = offset + scale·⟨ψ(θ)|O|ψ(θ)⟩, so that its value and gradient come
/// from one observable.
///
/// - Global cost (Cerezo et al., arXiv:2001.00550): C_G = 1 − |⟨0|U|0⟩|² = 1 − ⟨P₀⟩ with
///   P₀ = |0…0⟩⟨0…0|.
/// - Local cost: C_L = 1 − (1/n) Σⱼ Prob(qubit j = 0) = 1/2 − (1/2n) Σⱼ ⟨Zⱼ⟩, since
///   Prob(qubit j = 0) = (1 + ⟨Zⱼ⟩)/2.
/// - Energy: C = ⟨H⟩ for a Pauli sum H.
///
/// ```swift
/// let cost = CostFunction.local(qubits: 4)
/// let c = try cost.value(of: .hardwareEfficient(qubits: 4, layers: 1), at: theta)
/// ```
public struct CostFunction: Sendable, Hashable, CustomStringConvertible {
  /// A short name ("global", "local", or the Pauli sum).
  public let name: String
  public let observable: Observable
  public let offset: Double
  public let scale: Double

  public init(name: String, observable: Observable, offset: Double = 0, scale: Double = 1) {
    self.name = name
    self.observable = observable
    self.offset = offset
    self.scale = scale
  }

  /// C_G = 1 − |⟨0…0|U|0…0⟩|².
  public static func global(qubits n: Int) -> CostFunction {
    CostFunction(name: "global", observable: .projector(basisState: 0), offset: 1, scale: -1)
  }

  /// C_L = 1 − (1/n) Σⱼ Prob(qubit j = 0).
  public static func local(qubits n: Int) -> CostFunction {
    precondition(n >= 1, "the local cost needs at least one qubit")
    let sum = PauliSum((0..<n).map { (PauliString(.z, on: $0), 1.0) })
    return CostFunction(name: "local", observable: .pauliSum(sum), offset: 0.5, scale: -0.5 / Double(n))
  }

  /// C = ⟨H⟩.
  public static func energy(_ hamiltonian: PauliSum) -> CostFunction {
    CostFunction(name: hamiltonian.description, observable: .pauliSum(hamiltonian))
  }

  /// C(θ) for `circuit` started from |0…0⟩.
  public func value(of circuit: Circuit, at parameters: [Double], simulator: Simulator = .default) throws -> Double {
    offset + scale * (try simulator.expectation(of: observable, in: circuit, parameters: parameters))
  }

  /// C(θ) and ∇C(θ) (adjoint differentiation unless another method is given).
  public func valueAndGradient(
    of circuit: Circuit, at parameters: [Double], method: GradientMethod = .adjoint, simulator: Simulator = .default
  ) throws -> (value: Double, gradient: [Double]) {
    let (v, g) = try simulator.gradient(of: observable, in: circuit, parameters: parameters, method: method)
    return (offset + scale * v, g.map { scale * $0 })
  }

  /// ∂C/∂θₖ by the parameter-shift rule (the cheapest way to get one component).
  public func partialDerivative(
    of circuit: Circuit, at parameters: [Double], index k: Int, simulator: Simulator = .default
  ) throws -> Double {
    scale * (try simulator.partialDerivative(of: observable, in: circuit, parameters: parameters, index: k))
  }

  public var description: String { name }
}
