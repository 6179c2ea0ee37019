// The LieAlgebra module: dynamical Lie algebras, the Lie-algebraic variance of deep circuits,
// and g-sim.
public import Quantum

/// The dynamical Lie algebra (DLA) g of a set of Hermitian generators: the real span of the
/// generators and all their nested commutators.
///
/// Conventions (the same in every method of this module):
/// - A Hermitian operator H stands for the anti-Hermitian element iH of u(2ⁿ); the bracket is
///   `[A, B]/(2i)`, which is Hermitian again (``PauliSum/commutator(_:_:)``).
/// - Inner product: the normalized Hilbert–Schmidt product ⟨A, B⟩ = Tr(AB)/2ⁿ = Σₚ aₚbₚ, in which
///   Pauli strings are orthonormal. ``basis`` is orthonormal in it.
/// - Qubit 0 is the least significant bit of a basis-state index.
///
/// Generators that are all Pauli strings give an exact closure spanned by Pauli strings
/// (breadth-first search over bit masks; no floating point). Generators that are Pauli sums
/// ("summed", translation-invariant generators such as Σᵢ ZᵢZᵢ₊₁) give a numerical closure:
/// Gram–Schmidt with reorthogonalization, a direction counting as new when its residual
/// exceeds ``tolerance`` times its norm.
///
/// ```swift
/// // Transverse-field Ising chain, local generators, open boundary: so(2n).
/// let n = 4
/// let tfim = (0..<n - 1).map { PauliString([$0: .z, $0 + 1: .z]) } + (0..<n).map { PauliString(.x, on: $0) }
/// let g = try DynamicalLieAlgebra(generators: tfim, qubitCount: n)
/// print(g.dimension)            // 28 = n(2n − 1)
/// print(g.structure().name)     // so(8)
/// ```
/// - Complexity: exact closure O(dim · k) anticommutation tests and hash look-ups for k
///   generators; numerical closure O(dim · k) sparse commutators and projections.
public struct DynamicalLieAlgebra: Sendable {
  /// The number of qubits the operators act on.
  public let qubitCount: Int
  /// The generators as given (Pauli strings appear as one-term sums).
  public let generators: [PauliSum]
  /// The relative tolerance of the numerical closure (unused by the exact one).
  public let tolerance: Double

  enum Storage: Sendable {
    case strings(any PauliSpannedBasis)
    case numeric(NumericClosure)
  }
  let storage: Storage

  /// The closure of Pauli-string generators, exactly.
  ///
  /// - Parameters:
  ///   - generators: Pauli strings; signs and repeats do not matter.
  ///   - qubitCount: the number of qubits (default: the highest qubit used, plus one).
  ///   - maximumDimension: stop with ``LieAlgebraError/dimensionExceeded(maximum:)`` beyond it.
  /// - Throws: ``LieAlgebraError`` for no generators, a generator outside the qubits, more than
  ///   1024 qubits, or a closure larger than `maximumDimension`.
  public init(
    generators: [PauliString], qubitCount: Int? = nil, maximumDimension: Int = 1 << 24
  ) throws(LieAlgebraError) {
    guard !generators.isEmpty else { throw .noGenerators }
    let n = qubitCount ?? max(1, generators.map(\.minimumQubitCount).max() ?? 1)
    for g in generators where g.minimumQubitCount > n {
      throw .generatorOutsideQubits(generator: g.description, qubitCount: n)
    }
    self.qubitCount = n
    self.generators = generators.map { PauliSum($0) }
    self.tolerance = 0
    self.storage = .strings(try Self.exactBasis(generators, qubitCount: n, maximumDimension: maximumDimension))
  }

  /// The closure of Pauli-sum generators: exact when every generator is a single string
  /// (times a coefficient), numerical otherwise.
  ///
  /// - Parameters:
  ///   - generators: Hermitian Pauli sums such as `"X0 X1 + Y0 Y1"`.
  ///   - qubitCount: the number of qubits (default: the highest qubit used, plus one).
  ///   - tolerance: a commutator is a new direction when the norm of its residual, after
  ///     projecting out the basis found so far, exceeds `tolerance` times its norm.
  ///   - maximumDimension: stop with ``LieAlgebraError/dimensionExceeded(maximum:)`` beyond it.
  ///   - method: ``ClosureMethod/automatic`` (exact when every generator is one string) or
  ///     ``ClosureMethod/numerical`` to force Gram–Schmidt (for cross-checks).
  @_disfavoredOverload
  public init(
    generators: [PauliSum], qubitCount: Int? = nil, tolerance: Double = 1e-9, maximumDimension: Int = 1 << 24,
    method: ClosureMethod = .automatic
  ) throws(LieAlgebraError) {
    guard !generators.isEmpty else { throw .noGenerators }
    let sums = generators.map { $0.pruned() }
    if let zero = zip(generators, sums).first(where: { $0.1.terms.isEmpty }) {
      throw .zeroGenerator(zero.0.description)
    }
    let n = qubitCount ?? max(1, sums.map(\.minimumQubitCount).max() ?? 1)
    for g in sums where g.minimumQubitCount > n {
      throw .generatorOutsideQubits(generator: g.description, qubitCount: n)
    }
    self.qubitCount = n
    self.generators = generators
    self.tolerance = tolerance
    if method == .automatic && sums.allSatisfy({ $0.terms.count == 1 }) {
      let strings = sums.map { $0.terms[0].string }
      self.storage = .strings(try Self.exactBasis(strings, qubitCount: n, maximumDimension: maximumDimension))
    } else {
      self.storage = .numeric(
        try NumericClosure(generators: sums, tolerance: tolerance, maximumDimension: maximumDimension))
    }
  }

  /// How the closure is computed.
  public enum ClosureMethod: Sendable, Hashable {
    /// Exact breadth-first search when every generator is a single Pauli string, numerical
    /// Gram–Schmidt otherwise.
    case automatic
    /// Numerical Gram–Schmidt always.
    case numerical
  }

  /// Picks the narrowest packed width for n qubits.
  static func exactBasis(
    _ generators: [PauliString], qubitCount n: Int, maximumDimension: Int
  ) throws(LieAlgebraError) -> any PauliSpannedBasis {
    switch (n + 63) / 64 {
    case 0, 1: return try PauliStringBasis<UInt64>(generators: generators, maximumDimension: maximumDimension)
    case 2: return try PauliStringBasis<SIMD2<UInt64>>(generators: generators, maximumDimension: maximumDimension)
    case 3, 4: return try PauliStringBasis<SIMD4<UInt64>>(generators: generators, maximumDimension: maximumDimension)
    case 5...8: return try PauliStringBasis<SIMD8<UInt64>>(generators: generators, maximumDimension: maximumDimension)
    case 9...16:
      return try PauliStringBasis<SIMD16<UInt64>>(generators: generators, maximumDimension: maximumDimension)
    default: throw .tooManyQubits(n, maximum: 1024)
    }
  }

  /// The dimension of the algebra (as a real vector space).
  public var dimension: Int {
    switch storage {
    case .strings(let s): return s.count
    case .numeric(let c): return c.basis.count
    }
  }

  /// Whether the algebra was closed exactly and its basis is a set of Pauli strings.
  public var isSpannedByPauliStrings: Bool {
    if case .strings = storage { return true }
    return false
  }

  /// The basis strings of an exact (string-spanned) algebra, in discovery order (the
  /// generators first); nil for a numerical closure.
  /// - Complexity: O(dim) (materializes every string).
  public var pauliStrings: [PauliString]? {
    guard case .strings(let s) = storage else { return nil }
    return s.allStrings()
  }

  /// Basis element k: a Pauli string (coefficient 1) or a normalized Pauli sum.
  public func basisElement(at k: Int) -> PauliSum {
    switch storage {
    case .strings(let s): return PauliSum(s.string(at: k))
    case .numeric(let c): return c.basis[k]
    }
  }

  /// The orthonormal basis (normalized Hilbert–Schmidt product).
  /// - Complexity: O(dim · terms).
  public var basis: [PauliSum] { (0..<dimension).map { basisElement(at: $0) } }

  /// The coordinates ⟨B_a, H⟩ of H in the basis (dense, length ``dimension``).
  /// - Complexity: O(terms of H) look-ups, plus O(dim) to allocate.
  public func coordinates(of h: PauliSum) -> [Double] {
    var result = [Double](repeating: 0, count: dimension)
    switch storage {
    case .strings(let s):
      for term in h.terms { if let a = s.index(of: term.string) { result[a] += term.coefficient } }
    case .numeric(let c):
      for (a, value) in c.overlaps(h) { result[a] = value }
    }
    return result
  }

  /// The orthogonal projection of H onto the algebra.
  public func projection(of h: PauliSum) -> PauliSum {
    switch storage {
    case .strings(let s):
      return PauliSum(h.terms.filter { s.index(of: $0.string) != nil }.map { ($0.string, $0.coefficient) })
    case .numeric(let c):
      var result = PauliSum()
      for (a, value) in c.overlaps(h) { result += value * c.basis[a] }
      return result.pruned(tolerance: 1e-14)
    }
  }

  /// Whether H lies in the algebra.
  ///
  /// True when ‖H − proj H‖ ≤ tolerance · ‖H‖ (normalized Hilbert–Schmidt norm). The identity is in the algebra only when it was generated.
  public func contains(_ h: PauliSum, tolerance: Double = 1e-9) -> Bool {
    (h - projection(of: h)).norm <= tolerance * max(h.norm, .leastNormalMagnitude)
  }
}
