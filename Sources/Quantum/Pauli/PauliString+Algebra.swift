/// A Pauli string with a phase `i^k`, the result of multiplying Pauli strings.
public struct PhasedPauliString: Hashable, Sendable, CustomStringConvertible {
  /// The phase is `i^phaseExponent`, with `phaseExponent` in 0...3.
  public var phaseExponent: Int
  /// The Pauli string.
  public var string: PauliString

  /// The phase as a complex number: 1, i, -1 or -i.
  public var phase: Complex<Double> {
    switch phaseExponent & 3 {
    case 0: return .one
    case 1: return .i
    case 2: return -.one
    default: return -.i
    }
  }

  public var description: String {
    let prefix = ["", "i·", "-", "-i·"][phaseExponent & 3]
    return prefix + string.description
  }
}

extension PauliString {
  /// Whether the two strings commute (they anticommute otherwise).
  ///
  /// Two strings anticommute exactly when an odd number of qubits carry
  /// different non-identity factors: `popcount(x₁∧z₂ ⊕ z₁∧x₂)` is odd.
  /// - Complexity: O(number of words).
  public func commutes(with other: PauliString) -> Bool {
    var parity: UInt64 = 0
    for w in 0..<min(xWords.count, other.xWords.count) {
      parity ^= (xWords[w] & other.zWords[w]) ^ (zWords[w] & other.xWords[w])
    }
    return parity.nonzeroBitCount & 1 == 0
  }

  /// The product `lhs · rhs` with its phase.
  ///
  /// Per qubit, XY = iZ, YZ = iX, ZX = iY and the reversed products carry -i; the
  /// phase exponent counts those cases with bit masks.
  ///
  /// ```swift
  /// try PauliString(parsing: "X0") * PauliString(parsing: "Y0")   // i·Z0
  /// ```
  /// - Complexity: O(number of words).
  public static func * (lhs: PauliString, rhs: PauliString) -> PhasedPauliString {
    let count = max(lhs.xWords.count, rhs.xWords.count)
    var x = [UInt64](repeating: 0, count: count)
    var z = [UInt64](repeating: 0, count: count)
    var plus = 0
    var minus = 0
    for w in 0..<count {
      let x1 = w < lhs.xWords.count ? lhs.xWords[w] : 0
      let z1 = w < lhs.zWords.count ? lhs.zWords[w] : 0
      let x2 = w < rhs.xWords.count ? rhs.xWords[w] : 0
      let z2 = w < rhs.zWords.count ? rhs.zWords[w] : 0
      let (lx, ly, lz) = (x1 & ~z1, x1 & z1, ~x1 & z1)
      let (rx, ry, rz) = (x2 & ~z2, x2 & z2, ~x2 & z2)
      plus += ((lx & ry) | (ly & rz) | (lz & rx)).nonzeroBitCount
      minus += ((lx & rz) | (ly & rx) | (lz & ry)).nonzeroBitCount
      x[w] = x1 ^ x2
      z[w] = z1 ^ z2
    }
    return PhasedPauliString(
      phaseExponent: ((plus - minus) % 4 + 4) % 4, string: PauliString(xWords: x, zWords: z))
  }

  /// The dense `2ⁿ×2ⁿ` matrix of the string on `qubitCount` qubits (qubit 0 least significant).
  /// - Complexity: O(4ⁿ); for tests and small examples.
  public func matrix(qubitCount: Int) -> ComplexMatrix {
    precondition(minimumQubitCount <= qubitCount, "\(self) does not fit on \(qubitCount) qubits")
    var result = ComplexMatrix.identity(1)
    for q in stride(from: qubitCount - 1, through: 0, by: -1) {
      result = result.kronecker(self[q].matrix)
    }
    return result
  }
}
