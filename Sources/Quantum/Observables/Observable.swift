import _QuantumKernels

/// A Hermitian observable that the simulator can measure and differentiate: a Pauli sum, or
/// the projector onto one computational basis state.
///
/// The projector |b⟩⟨b| is what the global cost C_G = 1 − |⟨0|U|0⟩|² measures; written as a
/// Pauli sum it would need 2ⁿ terms, as a projector it costs one amplitude.
///
/// ```swift
/// let global = Observable.projector(basisState: 0)       // |0…0⟩⟨0…0|
/// let energy = Observable.pauliSum("-Z0 Z1 - 0.5*X0")
/// ```
public enum Observable: Sendable, Hashable, CustomStringConvertible {
  /// Σₖ cₖ Pₖ.
  case pauliSum(PauliSum)
  /// |b⟩⟨b| for the basis state with index b (qubit 0 = least significant bit).
  case projector(basisState: Int)

  /// One more than the highest qubit the observable needs.
  public var minimumQubitCount: Int {
    switch self {
    case .pauliSum(let sum): return sum.minimumQubitCount
    case .projector(let b): return b == 0 ? 0 : Int.bitWidth - b.leadingZeroBitCount
    }
  }

  /// ⟨ψ|O|ψ⟩.
  /// - Complexity: O(terms · 2ⁿ) for a Pauli sum, O(1) for a projector.
  public func expectation(in psi: StateVector) -> Double {
    switch self {
    case .pauliSum(let sum): return psi.expectation(of: sum)
    case .projector(let b): return psi[b].lengthSquared
    }
  }

  /// O|ψ⟩ (not normalized).
  public func applied(to psi: StateVector) throws(SimulationError) -> StateVector {
    switch self {
    case .pauliSum(let sum): return try psi.applying(sum)
    case .projector(let b):
      var out = try StateVector(basisState: b, qubitCount: psi.qubitCount)
      out[b] = psi[b]
      return out
    }
  }

  public var description: String {
    switch self {
    case .pauliSum(let sum): return sum.description
    case .projector(let b): return "|\(b)⟩⟨\(b)|"
    }
  }
}
