public import Quantum

/// The Lie-algebraic prediction of the variance of ⟨O⟩ = Tr(UρU†O) over deep circuits, with
/// the assumptions it rests on.
///
/// Ragone et al. (arXiv:2309.09342) and Fontana et al. (arXiv:2309.07902): if the circuit's
/// unitaries U are distributed like the Haar measure of the dynamical Lie group e^g up to
/// second moments (deep circuits), and O ∈ ig or ρ ∈ ig (identity parts aside), then with
/// g = z ⊕ g₁ ⊕ … ⊕ g_m
///
/// ```text
/// Var[⟨O⟩] = Σₖ P_{gₖ}(ρ) · P_{gₖ}(O) / dim gₖ,      P_{gₖ}(H) = Σⱼ Tr(Bⱼ H)²
/// ```
/// over a basis Bⱼ of gₖ orthonormal in Tr(A B) (the g-purity). The centre contributes nothing:
/// it commutes with every U. For a simple algebra this is P_g(ρ)P_g(O)/dim g.
public struct VariancePrediction: Sendable {
  /// The predicted variance, or nil with ``reason``.
  public var variance: Double?
  /// Why the variance cannot be predicted (nil when it is).
  public var reason: String?
  /// The assumptions the prediction rests on, as sentences.
  public var assumptions: [String]
  /// P_g(ρ) over the whole algebra (ρ = |0…0⟩⟨0…0|).
  public var statePurity: Double
  /// P_g(O) over the whole algebra.
  public var observablePurity: Double
  /// Each simple ideal's share: dimension, P_{gₖ}(ρ), P_{gₖ}(O) and the term it adds.
  public var contributions: [Contribution]

  /// One simple ideal's term of the sum.
  public struct Contribution: Sendable, Hashable {
    public var idealName: String
    public var dimension: Int
    public var statePurity: Double
    public var observablePurity: Double
    public var variance: Double
  }
}

extension DynamicalLieAlgebra {
  /// The g-purity P_g(H) = Σⱼ Tr(Bⱼ H)², over a basis orthonormal in Tr(A B).
  ///
  /// In this module's normalized product (strings orthonormal) that is 2ⁿ · ‖proj_g H‖²;
  /// for a single Pauli string P in g, P_g(P) = 2ⁿ.
  /// - Complexity: O(terms of H) look-ups (numerical algebras: plus their overlaps).
  public func purity(of h: PauliSum) -> Double {
    let x = coordinates(of: h)
    return twoToThe(qubitCount) * x.reduce(0) { $0 + $1 * $1 }
  }

  /// P_g(ρ) for ρ = |0…0⟩⟨0…0| = 2⁻ⁿ Σ over all Z-strings: Σₐ ⟨0|B_a|0⟩² / 2ⁿ.
  public func zeroStatePurity() -> Double {
    let z = diagonalPart()
    let x = coordinates(of: z)
    return x.reduce(0) { $0 + $1 * $1 } / twoToThe(qubitCount)
  }

  /// The sum of every diagonal (I/Z-only) string that appears in the basis, coefficient 1:
  /// 2ⁿ·ρ restricted to the strings the algebra can see.
  func diagonalPart() -> PauliSum {
    var result = PauliSum()
    switch storage {
    case .strings(let s):
      for a in 0..<s.count {
        let p = s.string(at: a)
        if p.isDiagonal { result.add(1, p) }
      }
    case .numeric(let c):
      var seen = Set<PauliString>()
      for b in c.basis {
        for t in b.terms where t.string.isDiagonal && seen.insert(t.string).inserted { result.add(1, t.string) }
      }
    }
    return result
  }

  /// The deep-circuit variance of ⟨O⟩ from ρ = |0…0⟩⟨0…0| (see ``VariancePrediction``).
  ///
  /// Checks, rather than assumes: that the decomposition into centre and simple ideals is
  /// complete, and that O's traceless part lies in the algebra (to `tolerance`, relative) or
  /// that every non-identity Z-string does (ρ ∈ ig). Otherwise the result has a `reason`.
  ///
  /// ```swift
  /// // Yᵢ, Zᵢ, Z₀Z₁ on 2 qubits generate su(4): the Haar value 1/(2ⁿ + 1).
  /// let g = try DynamicalLieAlgebra(generators: ["Y0", "Z0", "Y1", "Z1", "Z0 Z1"])
  /// g.predictedVariance(of: "Z0").variance            // 0.2
  /// ```
  /// - Complexity: one ``structure()`` (unless passed in), plus O(dim) to find the diagonal
  ///   basis elements that ρ overlaps.
  public func predictedVariance(
    of observable: PauliSum, structure given: LieAlgebraStructure? = nil, tolerance: Double = 1e-9
  ) -> VariancePrediction {
    let structure = given ?? self.structure()
    let o = observable.traceless.pruned()
    let rhoZ = diagonalPart()
    let twoN = twoToThe(qubitCount)
    var result = VariancePrediction(
      variance: nil, reason: nil,
      assumptions: [
        "deep circuits: the circuit's unitaries are distributed like the Haar measure on the dynamical Lie group e^g up to second moments (an approximate 2-design over it)",
        "the state is ρ = |0…0⟩⟨0…0| (qubit 0 the least significant bit)",
      ],
      statePurity: zeroStatePurity(), observablePurity: purity(of: o), contributions: [])
    guard structure.isComplete, case let projector = structure.projector,
      let oNorms = projector.squaredNorms(of: o, in: self),
      let rhoNorms = projector.squaredNorms(of: rhoZ, in: self)
    else {
      result.reason =
        "the decomposition into centre and simple ideals is not available (\(structure.note ?? "unknown reason")), so the per-ideal purities cannot be computed"
      return result
    }
    let outside = (o - projection(of: o)).pruned(tolerance: 1e-14)
    let observableInside = outside.norm <= tolerance * max(o.norm, .leastNormalMagnitude)
    if observableInside {
      result.assumptions.append("O lies in ig (checked: its traceless part is in the algebra)")
    } else if stateIsInAlgebra(rhoZ) {
      result.assumptions.append("ρ lies in ig (checked: every non-identity Z-string is in the algebra)")
    } else {
      let worst = outside.terms.max { abs($0.coefficient) < abs($1.coefficient) }
      let example = worst.map { " (e.g. the term \(PauliSum([($0.string, $0.coefficient)])))" } ?? ""
      result.reason =
        "O has a component outside the algebra\(example), relative size \(outside.norm / max(o.norm, .leastNormalMagnitude)), and ρ = |0…0⟩⟨0…0| is not in the algebra either; the Lie-algebraic formula needs O ∈ ig or ρ ∈ ig"
      return result
    }
    var total = 0.0
    for (k, ideal) in structure.ideals.enumerated() {
      // P_k(ρ) = 2ⁿ‖proj ρ‖² = ‖proj ρ_Z‖²/2ⁿ; P_k(O) = 2ⁿ‖proj O‖²; the 2ⁿ cancel in the term.
      let term = rhoNorms.ideals[k] * oNorms.ideals[k] / Double(ideal.dimension)
      total += term
      result.contributions.append(
        VariancePrediction.Contribution(
          idealName: ideal.name, dimension: ideal.dimension, statePurity: rhoNorms.ideals[k] / twoN,
          observablePurity: twoN * oNorms.ideals[k], variance: term))
    }
    result.variance = total
    return result
  }

  /// Whether every non-identity Z-string is in the algebra (ρ's traceless part is in ig).
  private func stateIsInAlgebra(_ rhoZ: PauliSum) -> Bool {
    guard qubitCount < 40 else { return false }
    let needed = (1 << qubitCount) - 1
    let present = rhoZ.terms.filter { !$0.string.isIdentity }
    guard isSpannedByPauliStrings else {
      guard qubitCount <= 12 else { return false }
      var all = PauliSum()
      for mask in 1..<(1 << qubitCount) { all.add(1, PauliString(xMask: 0, zMask: UInt64(mask))) }
      return contains(all)
    }
    return present.count == needed
  }
}
