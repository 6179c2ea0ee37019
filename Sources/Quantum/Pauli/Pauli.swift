/// One of the four single-qubit Pauli operators.
///
/// In bit form a Pauli is a pair (x, z): I = (0, 0), X = (1, 0), Z = (0, 1), Y = (1, 1),
/// and the operator is `i^(x·z) · Xˣ · Zᶻ`, so `Y = i·X·Z`.
public enum Pauli: Character, CaseIterable, Hashable, Sendable, CustomStringConvertible {
  case i = "I", x = "X", y = "Y", z = "Z"

  /// Whether the operator flips the computational basis (X or Y).
  public var hasX: Bool { self == .x || self == .y }
  /// Whether the operator has a Z part (Z or Y).
  public var hasZ: Bool { self == .z || self == .y }

  init(x: Bool, z: Bool) {
    switch (x, z) {
    case (false, false): self = .i
    case (true, false): self = .x
    case (false, true): self = .z
    case (true, true): self = .y
    }
  }

  public var description: String { String(rawValue) }

  /// The 2×2 matrix of the operator.
  public var matrix: ComplexMatrix {
    switch self {
    case .i: return .identity(2)
    case .x: return ComplexMatrix([[.zero, .one], [.one, .zero]])
    case .y: return ComplexMatrix([[.zero, -.i], [.i, .zero]])
    case .z: return .diagonal([.one, -.one])
    }
  }
}
