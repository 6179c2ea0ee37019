// The exact elementary steps the engine applies: Pauli rotations, Clifford tables, transfer matrices.

import Quantum

/// One exact step of a gate in the Heisenberg picture (global phases dropped: they cancel in U†OU).
enum ElementaryOperation: Sendable, Hashable {
  /// `exp(−iθP/2)` for a Pauli string P.
  case rotation(PauliString, Double)
  /// A Clifford gate as a signed permutation of local strings on `qubits` (1 or 2).
  case clifford(CliffordTable, qubits: [Int])
  /// A general one- or two-qubit unitary through its Pauli transfer matrix.
  case transfer(TransferMatrix, qubits: [Int])
}

/// The most controls `mcx` may have: it decomposes into 2^(controls+1) − 1 Z-string rotations.
let maximumMCXControls = 10

extension Gate {
  /// The gate as exact elementary operations, in time order.
  ///
  /// Every `Gate.Kind` is supported. Decompositions (global phases dropped, qubits c = control,
  /// t = target, R_P(θ) = exp(−iθP/2)):
  ///
  /// ```text
  /// t, tdg, p(λ)          R_Z(±π/4), R_Z(λ)
  /// u(θ,φ,λ)              R_Z(λ), R_Y(θ), R_Z(φ)            u2(φ,λ) = u(π/2,φ,λ)
  /// crx/cry/crz(θ)        R_{P_t}(θ/2), R_{Z_c P_t}(−θ/2)
  /// cp(λ)                 R_{Z_c}(λ/2), R_{Z_t}(λ/2), R_{Z_c Z_t}(−λ/2)
  /// cu3(θ,φ,λ)            crz(λ), cry(θ), crz(φ), R_{Z_c}((φ+λ)/2)     cu adds γ to the last angle
  /// ch                    R_{Y_t}(−π/4), cz, R_{Y_t}(π/4)
  /// csx                   R_{X_t}(π/4), R_{Z_c X_t}(−π/4), R_{Z_c}(π/4)
  /// ccx, mcx              H_t, multi-controlled Z = Π_S R_{Z_S}((−1)^{|S|+1}·2π/2^m) over the
  ///                       2^m − 1 nonempty subsets S of the m gate qubits, H_t
  /// cswap(c,a,b)          cx(b→a), ccx(c,a,b), cx(b→a)
  /// unitary               its Pauli transfer matrix
  /// ```
  ///
  /// - Throws: ``PropagationError/unboundAngle(gate:index:)`` when an angle refers to a
  ///   parameter not given; ``PropagationError/tooManyControls(gate:index:)`` for mcx with more
  ///   than 10 controls.
  func elementaryOperations(parameters: [Double], index: Int) throws -> [ElementaryOperation] {
    var a: [Double] = []
    for angle in angles {
      if let k = angle.parameter, k >= parameters.count {
        throw PropagationError.unboundAngle(gate: description, index: index)
      }
      a.append(angle.value(with: parameters))
    }
    let q = qubits
    func z(_ qs: Int...) -> PauliString { PauliString(Dictionary(uniqueKeysWithValues: qs.map { ($0, Pauli.z) })) }
    func single(_ p: Pauli, _ qubit: Int) -> PauliString { PauliString(p, on: qubit) }
    func controlled(_ p: Pauli, _ theta: Double) -> [ElementaryOperation] {
      [.rotation(single(p, q[1]), theta / 2), .rotation(PauliString([q[0]: .z, q[1]: p]), -theta / 2)]
    }
    func table(_ t: CliffordTable, _ qs: [Int]) -> ElementaryOperation { .clifford(t, qubits: qs) }
    switch kind {
    case .identity: return []
    case .x: return [table(.x, q)]
    case .y: return [table(.y, q)]
    case .z: return [table(.z, q)]
    case .h: return [table(.h, q)]
    case .s: return [table(.s, q)]
    case .sdg: return [table(.sdg, q)]
    case .sx: return [table(.sx, q)]
    case .sxdg: return [table(.sxdg, q)]
    case .t: return [.rotation(single(.z, q[0]), .pi / 4)]
    case .tdg: return [.rotation(single(.z, q[0]), -.pi / 4)]
    case .rx: return [.rotation(single(.x, q[0]), a[0])]
    case .ry: return [.rotation(single(.y, q[0]), a[0])]
    case .rz, .phase: return [.rotation(single(.z, q[0]), a[0])]
    case .u: return Self.euler(a[0], a[1], a[2], on: q[0])
    case .u2: return Self.euler(.pi / 2, a[0], a[1], on: q[0])
    case .cx: return [table(.cx, q)]
    case .cy: return [table(.cy, q)]
    case .cz: return [table(.cz, q)]
    case .swap: return [table(.swap, q)]
    case .ch:
      return [.rotation(single(.y, q[1]), -.pi / 4), table(.cz, q), .rotation(single(.y, q[1]), .pi / 4)]
    case .csx:
      return controlled(.x, .pi / 2) + [.rotation(single(.z, q[0]), .pi / 4)]
    case .crx: return controlled(.x, a[0])
    case .cry: return controlled(.y, a[0])
    case .crz: return controlled(.z, a[0])
    case .cp:
      return [
        .rotation(single(.z, q[0]), a[0] / 2), .rotation(single(.z, q[1]), a[0] / 2),
        .rotation(z(q[0], q[1]), -a[0] / 2),
      ]
    case .cu3, .cu:
      let gamma = kind == .cu ? a[3] : 0
      return controlled(.z, a[2]) + controlled(.y, a[0]) + controlled(.z, a[1])
        + [.rotation(single(.z, q[0]), gamma + (a[1] + a[2]) / 2)]
    case .rxx: return [.rotation(PauliString([q[0]: .x, q[1]: .x]), a[0])]
    case .ryy: return [.rotation(PauliString([q[0]: .y, q[1]: .y]), a[0])]
    case .rzz: return [.rotation(z(q[0], q[1]), a[0])]
    case .ccx, .mcx:
      guard q.count - 1 <= maximumMCXControls else {
        throw PropagationError.tooManyControls(gate: description, index: index)
      }
      return [table(.h, [q.last!])] + Self.multiControlledZ(q) + [table(.h, [q.last!])]
    case .cswap:
      let cx = table(.cx, [q[2], q[1]])
      return [cx, table(.h, [q[2]])] + Self.multiControlledZ(q) + [table(.h, [q[2]]), cx]
    case .pauliRotation(let p): return [.rotation(p, a[0])]
    case .unitary(let m):
      if let clifford = CliffordTable(unitary: m) { return [.clifford(clifford, qubits: q)] }
      return [.transfer(TransferMatrix(unitary: m), qubits: q)]
    }
  }

  /// U(θ, φ, λ) = e^{i(φ+λ)/2} R_Z(φ) R_Y(θ) R_Z(λ): in time order R_Z(λ), R_Y(θ), R_Z(φ).
  static func euler(_ theta: Double, _ phi: Double, _ lambda: Double, on qubit: Int) -> [ElementaryOperation] {
    [
      .rotation(PauliString(.z, on: qubit), lambda), .rotation(PauliString(.y, on: qubit), theta),
      .rotation(PauliString(.z, on: qubit), phi),
    ]
  }

  /// The multi-controlled Z on all of `qubits`: exp(iπ Π_j (1 − Z_j)/2) expanded into the
  /// commuting rotations R_{Z_S}((−1)^{|S|+1} · 2π / 2^m) over nonempty subsets S.
  static func multiControlledZ(_ qubits: [Int]) -> [ElementaryOperation] {
    let m = qubits.count
    let unit = 2 * Double.pi / Double(1 << m)
    return (1..<(1 << m)).map { subset in
      var p = PauliString()
      for (j, qubit) in qubits.enumerated() where (subset >> j) & 1 == 1 { p[qubit] = .z }
      return .rotation(p, subset.nonzeroBitCount % 2 == 1 ? unit : -unit)
    }
  }
}
