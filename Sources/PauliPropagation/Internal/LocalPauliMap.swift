// How a gate on k ≤ 2 qubits conjugates the 4^k local Pauli strings, computed from its matrix.

import Quantum

/// The Pauli transfer matrix of a unitary U on k qubits: `U† P_l U = Σ_m R[m, l] P_m`.
///
/// Local strings are indexed by `l = xbits | zbits << k`, where bit j of `xbits` (`zbits`) is the
/// X (Z) bit of the gate's j-th qubit, so for one qubit I, X, Z, Y are 0, 1, 2, 3. `R` is real
/// because `U† P U` is Hermitian; it maps the identity to itself (U is unital).
///
/// - Complexity: building costs O(16^k · 8^k) once per gate; it is cached per distinct gate.
struct TransferMatrix: Sendable, Hashable {
  /// The number of qubits k.
  let qubitCount: Int
  /// `R[m, l]` at `entries[m * 4^k + l]`.
  let entries: [Double]

  /// The transfer matrix of `unitary` (qubit 0 of the gate is the least significant matrix bit).
  init(unitary u: ComplexMatrix) {
    let k = u.rows.trailingZeroBitCount
    precondition(u.rows == 1 << k && k >= 1 && k <= 2, "transfer matrices are built for one or two qubits")
    let size = 1 << (2 * k)
    let paulis = (0..<size).map { Self.localString($0, qubits: k).matrix(qubitCount: k) }
    let adjoint = u.adjoint
    var entries = [Double](repeating: 0, count: size * size)
    for l in 0..<size {
      let image = adjoint * paulis[l] * u
      for m in 0..<size {
        // Tr(P_m · image) / 2^k, real up to rounding.
        var trace = Complex<Double>.zero
        for r in 0..<(1 << k) {
          for c in 0..<(1 << k) { trace += paulis[m][r, c] * image[c, r] }
        }
        entries[m * size + l] = trace.real / Double(1 << k)
      }
    }
    self.qubitCount = k
    self.entries = entries
  }

  /// `R[m, l]`.
  subscript(m: Int, l: Int) -> Double { entries[m * (1 << (2 * qubitCount)) + l] }

  /// The local string with index `l` on gate qubits 0..<k.
  static func localString(_ l: Int, qubits k: Int) -> PauliString {
    var p = PauliString()
    for j in 0..<k {
      let x = (l >> j) & 1 == 1, z = (l >> (k + j)) & 1 == 1
      p[j] = x ? (z ? .y : .x) : (z ? .z : .i)
    }
    return p
  }
}

/// A Clifford gate on k ≤ 2 qubits as a signed permutation of local Pauli strings:
/// `U† P_l U = sign[l] · P_image[l]`.
///
/// Built from the gate's matrix through ``TransferMatrix`` (each column has exactly one entry
/// ±1), so the tables cannot disagree with `Gate.matrix`, the definition the library trusts.
struct CliffordTable: Sendable, Hashable {
  /// The number of qubits k.
  let qubitCount: Int
  /// The local index of the image of each local string.
  let image: [UInt8]
  /// The sign (+1 or −1) of each image.
  let sign: [Double]

  /// The table of `unitary`, or `nil` when it is not Clifford (some column of its transfer
  /// matrix is not a signed unit vector, to 1e-9).
  init?(unitary: ComplexMatrix) {
    let r = TransferMatrix(unitary: unitary)
    let size = 1 << (2 * r.qubitCount)
    var image = [UInt8](repeating: 0, count: size), sign = [Double](repeating: 1, count: size)
    for l in 0..<size {
      var found = false
      for m in 0..<size where abs(r[m, l]) > 1e-9 {
        guard !found, abs(abs(r[m, l]) - 1) < 1e-9 else { return nil }
        found = true
        image[l] = UInt8(m)
        sign[l] = r[m, l] > 0 ? 1 : -1
      }
      if !found { return nil }
    }
    self.qubitCount = r.qubitCount
    self.image = image
    self.sign = sign
  }

  /// The named Clifford gates the engine applies as tables (on local qubits 0 and 1).
  static let x = CliffordTable(unitary: Gate.x(0).matrix)!
  static let y = CliffordTable(unitary: Gate.y(0).matrix)!
  static let z = CliffordTable(unitary: Gate.z(0).matrix)!
  static let h = CliffordTable(unitary: Gate.h(0).matrix)!
  static let s = CliffordTable(unitary: Gate.s(0).matrix)!
  static let sdg = CliffordTable(unitary: Gate.sdg(0).matrix)!
  static let sx = CliffordTable(unitary: Gate.sx(0).matrix)!
  static let sxdg = CliffordTable(unitary: Gate.sxdg(0).matrix)!
  static let cx = CliffordTable(unitary: Gate.cx(control: 0, target: 1).matrix)!
  static let cy = CliffordTable(unitary: Gate.cy(control: 0, target: 1).matrix)!
  static let cz = CliffordTable(unitary: Gate.cz(0, 1).matrix)!
  static let swap = CliffordTable(unitary: Gate.swap(0, 1).matrix)!
}
