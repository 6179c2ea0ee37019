/// Why a Lie-algebra computation was refused.
///
/// Each message names what was wrong and what is allowed.
///
/// ```swift
/// do { _ = try DynamicalLieAlgebra(generators: ["X0", "Y0 Y1"], qubitCount: 1) }
/// catch { print(error) }
/// // the generator Y0 Y1 acts on qubit 1, but the algebra has 1 qubit(s) (0…0)
/// ```
public enum LieAlgebraError: Error, Hashable, Sendable, CustomStringConvertible {
  /// No generators were given.
  case noGenerators
  /// A generator acts outside `0..<qubitCount`.
  case generatorOutsideQubits(generator: String, qubitCount: Int)
  /// More qubits than the packed closure supports.
  case tooManyQubits(Int, maximum: Int)
  /// The closure grew past the allowed dimension.
  case dimensionExceeded(maximum: Int)
  /// A generator is zero (all coefficients vanish).
  case zeroGenerator(String)

  public var description: String {
    switch self {
    case .noGenerators:
      return "give at least one generator, e.g. \"Z0 Z1\" or \"X0\""
    case .generatorOutsideQubits(let g, let n):
      let range = n > 0 ? "(0…\(n - 1))" : "(none)"
      return "the generator \(g) acts outside the algebra's \(n) qubit(s) \(range)"
    case .tooManyQubits(let n, let maximum):
      return "\(n) qubits is more than the \(maximum) the Lie-algebra code supports"
    case .dimensionExceeded(let maximum):
      return
        "the dynamical Lie algebra has more than \(maximum) dimensions (the allowed maximum); it likely grows like 4ⁿ"
    case .zeroGenerator(let g):
      return "the generator \"\(g)\" is zero; give a nonzero Pauli sum"
    }
  }
}
