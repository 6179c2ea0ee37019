/// A product state |φ₀⟩ ⊗ |φ₁⟩ ⊗ …, on which a propagated observable is evaluated.
///
/// Each qubit's state is given by its Bloch vector r = (⟨X⟩, ⟨Y⟩, ⟨Z⟩), so for a Pauli string
/// the expectation factorizes: ⟨P⟩ = Π_q r_q[P_q] with r[I] = 1. Qubits not listed are |0⟩
/// (r = (0, 0, 1)). Computational-basis states take a fast path: ⟨P⟩ is 0 if P has an X or Y,
/// otherwise (−1)^(number of Z factors on qubits in |1⟩).
///
/// Text form (``init(parsing:)``), Qiskit's order — the rightmost character is qubit 0:
/// `0`, `1`, `+`, `-`, `r` (|+i⟩), `l` (|−i⟩). So `"10"` is qubit 1 in |1⟩, qubit 0 in |0⟩.
///
/// ```swift
/// let s = try ProductState(parsing: "+1")     // qubit 1 in |+⟩, qubit 0 in |1⟩
/// print(s.expectation(of: "X1 Z0"))           // -1.0
/// ```
public struct ProductState: Hashable, Sendable {
  /// One qubit's state.
  public enum Qubit: Hashable, Sendable {
    case zero, one, plus, minus, plusI, minusI
    /// A pure or mixed state by its Bloch vector (length ≤ 1).
    case bloch(x: Double, y: Double, z: Double)

    /// (⟨X⟩, ⟨Y⟩, ⟨Z⟩).
    public var blochVector: (x: Double, y: Double, z: Double) {
      switch self {
      case .zero: (0, 0, 1)
      case .one: (0, 0, -1)
      case .plus: (1, 0, 0)
      case .minus: (-1, 0, 0)
      case .plusI: (0, 1, 0)
      case .minusI: (0, -1, 0)
      case .bloch(let x, let y, let z): (x, y, z)
      }
    }
  }

  /// The states of qubits 0, 1, …; qubits beyond the end are |0⟩.
  public let qubits: [Qubit]

  /// |0…0⟩ on any number of qubits.
  public static let zeros = ProductState([])

  /// A product state from per-qubit states (index = qubit).
  public init(_ qubits: [Qubit]) {
    var trimmed = qubits
    while trimmed.last == .zero { trimmed.removeLast() }
    self.qubits = trimmed
  }

  /// The computational-basis state with the given qubits in |1⟩ and all others in |0⟩.
  public static func basis(ones: [Int]) -> ProductState {
    let n = (ones.max() ?? -1) + 1
    var states = [Qubit](repeating: .zero, count: n)
    for q in ones { states[q] = .one }
    return ProductState(states)
  }

  /// A state from its text form (rightmost character = qubit 0).
  /// - Throws: ``PropagationError/invalidState(_:)`` naming the bad character and the allowed ones.
  public init(parsing text: String) throws {
    var states: [Qubit] = []
    for (position, c) in text.reversed().enumerated() {
      switch c {
      case "0": states.append(.zero)
      case "1": states.append(.one)
      case "+": states.append(.plus)
      case "-": states.append(.minus)
      case "r": states.append(.plusI)
      case "l": states.append(.minusI)
      default:
        throw PropagationError.invalidState(
          "state \"\(text)\": '\(c)' (qubit \(position)) is not a single-qubit state; use 0, 1, +, -, r (|+i⟩) or l (|−i⟩)"
        )
      }
    }
    self.init(states)
  }

  /// Whether every qubit is |0⟩ or |1⟩.
  public var isComputationalBasis: Bool { qubits.allSatisfy { $0 == .zero || $0 == .one } }

  /// The qubits in |1⟩ (meaningful for computational-basis states).
  var onesQubits: [Int] { qubits.indices.filter { qubits[$0] == .one } }

  /// One more than the highest qubit not in |0⟩.
  public var minimumQubitCount: Int { qubits.count }

  /// Checks that every Bloch vector has length ≤ 1 (to 1e-12).
  /// - Throws: ``PropagationError/invalidState(_:)``.
  public func validate() throws {
    for (q, state) in qubits.enumerated() {
      let r = state.blochVector
      let length = (r.x * r.x + r.y * r.y + r.z * r.z).squareRoot()
      if !(length <= 1 + 1e-12) {
        throw PropagationError.invalidState("qubit \(q): Bloch vector \(r) has length \(length); a state needs ≤ 1")
      }
    }
  }
}
