/// A small dense complex matrix, stored row-major.
///
/// Used for gate matrices (2×2, 4×4, …) and for dense reference computations on a
/// few qubits. It is not a linear-algebra library: products and adjoints only.
///
/// ```swift
/// let h = Gate.h(0).matrix          // 2×2 Hadamard
/// print(h[0, 1])                    // (0.7071067811865476, 0.0)
/// ```
public struct ComplexMatrix: Hashable, Sendable {
  /// Number of rows.
  public let rows: Int
  /// Number of columns.
  public let columns: Int
  /// The entries, row by row.
  public var elements: [Complex<Double>]

  /// A matrix from its rows.
  /// - Precondition: every row has the same length.
  public init(_ rows: [[Complex<Double>]]) {
    precondition(!rows.isEmpty, "a matrix needs at least one row")
    let width = rows[0].count
    precondition(rows.allSatisfy { $0.count == width }, "all rows of a matrix must have the same length")
    self.rows = rows.count
    self.columns = width
    self.elements = rows.flatMap { $0 }
  }

  /// A matrix of the given shape with entries `elements` in row-major order.
  public init(rows: Int, columns: Int, elements: [Complex<Double>]) {
    precondition(
      rows > 0 && columns > 0 && elements.count == rows * columns,
      "a \(rows)×\(columns) matrix needs \(rows * columns) elements, got \(elements.count)")
    self.rows = rows
    self.columns = columns
    self.elements = elements
  }

  /// The `size`×`size` identity.
  public static func identity(_ size: Int) -> ComplexMatrix {
    var m = ComplexMatrix(rows: size, columns: size, elements: .init(repeating: .zero, count: size * size))
    for i in 0..<size { m[i, i] = .one }
    return m
  }

  /// A diagonal matrix.
  public static func diagonal(_ entries: [Complex<Double>]) -> ComplexMatrix {
    var m = ComplexMatrix.identity(entries.count)
    for (i, d) in entries.enumerated() { m[i, i] = d }
    return m
  }

  /// The entry in row `row` and column `column`.
  public subscript(row: Int, column: Int) -> Complex<Double> {
    get { elements[row * columns + column] }
    set { elements[row * columns + column] = newValue }
  }

  /// The conjugate transpose.
  public var adjoint: ComplexMatrix {
    var result = ComplexMatrix(rows: columns, columns: rows, elements: elements)
    for r in 0..<rows { for c in 0..<columns { result[c, r] = self[r, c].conjugate } }
    return result
  }

  /// The matrix product `lhs · rhs`.
  /// - Complexity: O(rows · columns · inner).
  public static func * (lhs: ComplexMatrix, rhs: ComplexMatrix) -> ComplexMatrix {
    precondition(lhs.columns == rhs.rows, "cannot multiply \(lhs.rows)×\(lhs.columns) by \(rhs.rows)×\(rhs.columns)")
    var out = [Complex<Double>](repeating: .zero, count: lhs.rows * rhs.columns)
    for i in 0..<lhs.rows {
      for k in 0..<lhs.columns {
        let a = lhs[i, k]
        if a == .zero { continue }
        for j in 0..<rhs.columns { out[i * rhs.columns + j] += a * rhs[k, j] }
      }
    }
    return ComplexMatrix(rows: lhs.rows, columns: rhs.columns, elements: out)
  }

  /// Multiplies every entry by a scalar.
  public static func * (scalar: Complex<Double>, matrix: ComplexMatrix) -> ComplexMatrix {
    ComplexMatrix(rows: matrix.rows, columns: matrix.columns, elements: matrix.elements.map { scalar * $0 })
  }

  /// The Kronecker product `lhs ⊗ rhs` (lhs acts on the more significant index bits).
  public func kronecker(_ rhs: ComplexMatrix) -> ComplexMatrix {
    var out = ComplexMatrix(
      rows: rows * rhs.rows, columns: columns * rhs.columns,
      elements: .init(repeating: .zero, count: rows * rhs.rows * columns * rhs.columns))
    for i in 0..<rows {
      for j in 0..<columns {
        let a = self[i, j]
        if a == .zero { continue }
        for k in 0..<rhs.rows {
          for l in 0..<rhs.columns {
            out[i * rhs.rows + k, j * rhs.columns + l] = a * rhs[k, l]
          }
        }
      }
    }
    return out
  }

  /// The largest absolute entry of `self - other`.
  public func maximumDifference(from other: ComplexMatrix) -> Double {
    precondition(rows == other.rows && columns == other.columns, "shapes differ")
    return zip(elements, other.elements).map { ($0 - $1).length }.max() ?? 0
  }

  /// Whether `self† · self` equals the identity to within `tolerance` per entry.
  public func isUnitary(tolerance: Double = 1e-10) -> Bool {
    rows == columns && (adjoint * self).maximumDifference(from: .identity(rows)) <= tolerance
  }
}
