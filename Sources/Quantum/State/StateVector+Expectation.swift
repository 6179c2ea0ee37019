import _QuantumKernels

extension StateVector {
  /// ⟨ψ|P|ψ⟩ for a Pauli string (real, since P is Hermitian).
  /// - Precondition: the string fits on the state's qubits.
  /// - Complexity: O(2ⁿ).
  @_disfavoredOverload  // a string literal means a PauliSum (the more general type)
  public func expectation(of pauli: PauliString) -> Double {
    precondition(
      pauli.minimumQubitCount <= qubitCount,
      "the observable \(pauli) acts outside the state's \(qubitCount) qubit(s)")
    return withDoubles { qk_pauli_expectation($0, Int32(qubitCount), pauli.xMask, pauli.zMask) }
  }

  /// ⟨ψ|H|ψ⟩ for a Pauli sum H = Σₖ cₖ Pₖ.
  ///
  /// ```swift
  /// let energy = psi.expectation(of: "-Z0 Z1 - 0.5*X0 - 0.5*X1")
  /// ```
  /// - Complexity: O(terms · 2ⁿ).
  public func expectation(of observable: PauliSum) -> Double {
    observable.terms.reduce(0) { $0 + $1.coefficient * expectation(of: $1.string) }
  }

  /// The inner product ⟨self|other⟩.
  public func inner(_ other: StateVector) -> Complex<Double> {
    precondition(qubitCount == other.qubitCount, "states have different qubit counts")
    var re = 0.0
    var im = 0.0
    withDoubles { a in other.withDoubles { b in qk_pauli_inner(a, b, Int32(qubitCount), 0, 0, 0, &re, &im) } }
    return Complex(re, im)
  }

  /// |⟨self|other⟩|².
  public func fidelity(with other: StateVector) -> Double { inner(other).lengthSquared }

  /// O|ψ⟩ for a Pauli sum O (not normalized; a new state of the same size).
  /// - Complexity: O(terms · 2ⁿ).
  public func applying(_ observable: PauliSum) throws(SimulationError) -> StateVector {
    precondition(observable.minimumQubitCount <= qubitCount, "the observable acts outside the state")
    let out = StateVector(uninitializedQubitCount: qubitCount, storage: try AmplitudeStorage(qubitCount: qubitCount))
    out.storage.base.initialize(repeating: .zero, count: count)
    let n = Int32(qubitCount)
    withDoubles { src in
      for term in observable.terms {
        qk_add_pauli(out.storage.doubles, src, n, term.string.xMask, term.string.zMask, term.coefficient)
      }
    }
    return out
  }

  init(uninitializedQubitCount: Int, storage: AmplitudeStorage) {
    self.storage = storage
  }
}
