/// A real linear combination of Pauli strings: an observable such as `0.5*Z0 Z1 - X2`.
///
/// Terms keep the order in which they were first added (so printing is stable), and equal
/// strings are merged by adding their coefficients.
///
/// ```swift
/// let h = try PauliSum(parsing: "-Z0 Z1 - Z1 Z2 - 0.5*X0 - 0.5*X1 - 0.5*X2")
/// print(h.terms.count)              // 5
/// print(h)                          // -Z0 Z1 - Z1 Z2 - 0.5*X0 - 0.5*X1 - 0.5*X2
/// ```
public struct PauliSum: Hashable, Sendable {
  /// The terms as (string, coefficient) pairs, in first-added order, strings distinct.
  public private(set) var terms: [Term]
  private var index: [PauliString: Int]

  /// One term of a Pauli sum.
  public struct Term: Hashable, Sendable {
    /// The Pauli string.
    public var string: PauliString
    /// Its real coefficient.
    public var coefficient: Double

    public init(_ string: PauliString, _ coefficient: Double) {
      self.string = string
      self.coefficient = coefficient
    }
  }

  /// The zero operator.
  public init() {
    terms = []
    index = [:]
  }

  /// A sum of terms; repeated strings are merged.
  public init(_ terms: [(PauliString, Double)]) {
    self.init()
    for (string, coefficient) in terms { add(coefficient, string) }
  }

  /// A single string with coefficient 1.
  public init(_ string: PauliString) {
    self.init([(string, 1)])
  }

  /// Adds `coefficient · string` to the sum.
  /// - Complexity: O(1) amortized, plus hashing the string.
  public mutating func add(_ coefficient: Double, _ string: PauliString) {
    if let k = index[string] {
      terms[k].coefficient += coefficient
    } else {
      index[string] = terms.count
      terms.append(Term(string, coefficient))
    }
  }

  /// The coefficient of `string` (0 if absent).
  public subscript(string: PauliString) -> Double {
    index[string].map { terms[$0].coefficient } ?? 0
  }

  /// One more than the highest qubit any term acts on.
  public var minimumQubitCount: Int { terms.map(\.string.minimumQubitCount).max() ?? 0 }

  /// Whether every term is diagonal in the computational basis (only I and Z).
  public var isDiagonal: Bool { terms.allSatisfy(\.string.isDiagonal) }

  /// The same sum without terms whose |coefficient| is at most `tolerance`.
  public func pruned(tolerance: Double = 0) -> PauliSum {
    PauliSum(terms.filter { abs($0.coefficient) > tolerance }.map { ($0.string, $0.coefficient) })
  }

  /// The dense matrix on `qubitCount` qubits.
  ///
  /// The dense matrix on `qubitCount` qubits. For tests and small examples.
  /// - Complexity: O(terms · 4ⁿ).
  public func matrix(qubitCount: Int) -> ComplexMatrix {
    let size = 1 << qubitCount
    var result = ComplexMatrix(rows: size, columns: size, elements: .init(repeating: .zero, count: size * size))
    for term in terms {
      let m = term.string.matrix(qubitCount: qubitCount)
      for k in result.elements.indices { result.elements[k] += Complex(term.coefficient) * m.elements[k] }
    }
    return result
  }

  /// Equal as operators: the same nonzero coefficient on every string, in any order.
  public static func == (lhs: PauliSum, rhs: PauliSum) -> Bool {
    let left = lhs.terms.filter { $0.coefficient != 0 }
    let right = rhs.terms.filter { $0.coefficient != 0 }
    return left.count == right.count && left.allSatisfy { rhs[$0.string] == $0.coefficient }
  }

  public func hash(into hasher: inout Hasher) {
    // Order-independent: combine the terms' hashes with XOR.
    var combined = 0
    for term in terms where term.coefficient != 0 { combined ^= term.hashValue }
    hasher.combine(combined)
  }
}

extension PauliSum {
  public static func + (lhs: PauliSum, rhs: PauliSum) -> PauliSum {
    var result = lhs
    for term in rhs.terms { result.add(term.coefficient, term.string) }
    return result
  }

  public static func - (lhs: PauliSum, rhs: PauliSum) -> PauliSum { lhs + (-1.0) * rhs }

  public static func * (scalar: Double, sum: PauliSum) -> PauliSum {
    PauliSum(sum.terms.map { ($0.string, scalar * $0.coefficient) })
  }

  public static prefix func - (sum: PauliSum) -> PauliSum { (-1.0) * sum }
}
