/// A single-qubit noise channel, given by its Kraus operators.
///
/// - `depolarizing(p)`: ρ → (1 − p)ρ + p·Tr(ρ)·I/2: the X, Y and Z components of the qubit
///   shrink by (1 − p), so a Pauli string of weight w on the noisy qubits loses (1 − p)^w
///   (Wang et al., arXiv:2007.14384). Kraus: √(1 − 3p/4)·I, √(p/4)·X, √(p/4)·Y, √(p/4)·Z.
/// - `dephasing(p)`: ρ → (1 − p/2)ρ + (p/2)·ZρZ: X and Y components shrink by (1 − p).
///
/// These are the conventions of the `PauliPropagation` module too, so a density-matrix and a
/// Pauli-propagation simulation of the same noisy circuit agree.
/// - `amplitudeDamping(γ)`: K₀ = [[1, 0], [0, √(1−γ)]], K₁ = [[0, √γ], [0, 0]]: |1⟩ decays to
///   |0⟩ with probability γ.
public enum NoiseChannel: Sendable, Hashable, CustomStringConvertible {
  case depolarizing(Double)
  case dephasing(Double)
  case amplitudeDamping(Double)

  /// Reads "depolarizing:p", "dephasing:p" or "amplitude-damping:γ" with the number in [0, 1].
  public init(parsing text: String) throws(NoiseError) {
    let parts = text.split(separator: ":", maxSplits: 1).map(String.init)
    guard parts.count == 2, let p = Double(parts[1]), (0...1).contains(p) else { throw .invalid(text) }
    switch parts[0] {
    case "depolarizing": self = .depolarizing(p)
    case "dephasing": self = .dephasing(p)
    case "amplitude-damping": self = .amplitudeDamping(p)
    default: throw .invalid(text)
    }
  }

  /// The Kraus operators Kₖ (Σ Kₖ†Kₖ = I).
  public var krausOperators: [ComplexMatrix] {
    switch self {
    case .depolarizing(let p):
      let a = Complex((1 - 3 * p / 4).squareRoot()), b = Complex((p / 4).squareRoot())
      return [a * Pauli.i.matrix, b * Pauli.x.matrix, b * Pauli.y.matrix, b * Pauli.z.matrix]
    case .dephasing(let p):
      return [Complex((1 - p / 2).squareRoot()) * Pauli.i.matrix, Complex((p / 2).squareRoot()) * Pauli.z.matrix]
    case .amplitudeDamping(let g):
      return [
        ComplexMatrix([[.one, .zero], [.zero, Complex((1 - g).squareRoot())]]),
        ComplexMatrix([[.zero, Complex(g.squareRoot())], [.zero, .zero]]),
      ]
    }
  }

  public var description: String {
    switch self {
    case .depolarizing(let p): "depolarizing:\(p)"
    case .dephasing(let p): "dephasing:\(p)"
    case .amplitudeDamping(let g): "amplitude-damping:\(g)"
    }
  }
}

/// A noise model: channels applied to each qubit a gate acts on, right after the gate.
public struct NoiseModel: Sendable, Hashable {
  public var channels: [NoiseChannel]
  public init(_ channels: [NoiseChannel] = []) { self.channels = channels }
  /// No noise.
  public static let none = NoiseModel()

  /// Depolarizing noise with probability p on every qubit of every gate.
  public static func depolarizing(_ p: Double) -> NoiseModel { NoiseModel([.depolarizing(p)]) }

  /// Dephasing noise with probability p on every qubit of every gate.
  public static func dephasing(_ p: Double) -> NoiseModel { NoiseModel([.dephasing(p)]) }

  /// Whether the model changes nothing (no channels, or all with probability 0).
  public var isNoiseless: Bool {
    channels.allSatisfy {
      switch $0 {
      case .depolarizing(let p), .dephasing(let p), .amplitudeDamping(let p): p == 0
      }
    }
  }
}

/// A malformed noise specification.
public enum NoiseError: Error, Hashable, Sendable, CustomStringConvertible {
  case invalid(String)
  public var description: String {
    switch self {
    case .invalid(let text):
      return
        "unknown noise \"\(text)\"; allowed: depolarizing:p, dephasing:p, amplitude-damping:γ with a number in [0, 1]"
    }
  }
}
