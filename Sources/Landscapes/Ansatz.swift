public import Quantum

/// The ansatz families the landscape experiments and `plateau lab variance` know by name.
public enum Ansatz: Sendable, Hashable, CustomStringConvertible {
  /// The hardware-efficient ansatz "hea" (`Circuit.hardwareEfficient`).
  case hardwareEfficient
  /// The TFIM Hamiltonian-variational ansatz on an open chain ("hva-tfim").
  case hamiltonianVariationalTFIM
  /// QAOA for MaxCut on a ring ("qaoa").
  case qaoaRing
  /// A quantum convolutional neural network (Pesah et al., arXiv:2011.02966) ("qcnn").
  case qcnn
  /// hea layers in identity blocks V(θ)·V(θ')† ("hea-blocks"; Grant et al. arXiv:1903.05076):
  /// with ``ParameterInitialization/identityBlocks(blockSize:)`` every block starts as the
  /// identity. Each of the L blocks has 4n parameters: the layer's 2n, then its inverse's 2n.
  case identityBlocks

  /// The command-line names: hea, hva-tfim, qaoa, qcnn.
  public static let names: [String: Ansatz] = [
    "hea": .hardwareEfficient, "hva-tfim": .hamiltonianVariationalTFIM, "qaoa": .qaoaRing, "qcnn": .qcnn,
    "hea-blocks": .identityBlocks,
  ]

  /// The identity-block size for ``ParameterInitialization/identityBlocks(blockSize:)``.
  public func blockSize(qubits n: Int) -> Int { self == .identityBlocks ? 2 * n : 1 }

  public var description: String {
    switch self {
    case .hardwareEfficient: "hea"
    case .hamiltonianVariationalTFIM: "hva-tfim"
    case .qaoaRing: "qaoa"
    case .qcnn: "qcnn"
    case .identityBlocks: "hea-blocks"
    }
  }

  /// The circuit on n qubits with L layers (for qcnn, L is ignored: it has log₂ n layers).
  public func circuit(qubits n: Int, layers: Int) -> Circuit {
    switch self {
    case .hardwareEfficient: return .hardwareEfficient(qubits: n, layers: layers)
    case .hamiltonianVariationalTFIM: return .hamiltonianVariational(.tfim, qubits: n, layers: layers)
    case .qaoaRing: return .qaoa(maxCut: .ring(n), layers: layers)
    case .qcnn: return Self.quantumConvolutional(qubits: n)
    case .identityBlocks: return Self.identityBlockCircuit(qubits: n, blocks: layers)
    }
  }

  /// L blocks, each V(θ) followed by V(θ')†, with V(θ) = RZ(θ_z) · RY(θ_y) · CZ-chain (in time
  /// order: the CZ chain, then RY, then RZ) and V(θ')† = CZ-chain · RY(−θ'_y) · RZ(−θ'_z) (in time
  /// order: RZ(−θ'_z), RY(−θ'_y), the CZ chain reversed); V(θ)†V(θ) = I at θ' = θ.
  ///
  /// The entangler comes first on purpose: with V = CZ-chain · RZ · RY the two CZ chains of a
  /// block would meet in the middle and cancel (CZ² = I), leaving only single-qubit gates.
  public static func identityBlockCircuit(qubits n: Int, blocks: Int) -> Circuit {
    var c = Circuit(qubitCount: n, parameterCount: 4 * n * blocks)
    for b in 0..<blocks {
      let base = 4 * n * b
      for q in 0..<max(0, n - 1) { c.append(.cz(q, q + 1)) }
      for q in 0..<n { c.append(.ry(.parameter(base + q), on: q)) }
      for q in 0..<n { c.append(.rz(.parameter(base + n + q), on: q)) }
      for q in 0..<n { c.append(.rz(.parameter(base + 3 * n + q, scale: -1), on: q)) }
      for q in 0..<n { c.append(.ry(.parameter(base + 2 * n + q, scale: -1), on: q)) }
      for q in stride(from: n - 2, through: 0, by: -1) { c.append(.cz(q, q + 1)) }
    }
    return c
  }

  /// A quantum convolutional neural network on n qubits.
  ///
  /// The QCNN: while more than one qubit remains, a convolution layer (two-qubit blocks
  /// RY⊗RY · CZ · RY⊗RY on neighbouring active qubits, even pairs then odd pairs, parameters
  /// shared within the layer as in Pesah et al.) and a pooling layer (each pair keeps its
  /// second qubit: CRZ then CRX controlled by the discarded first qubit). The cost is then
  /// measured on the last remaining qubit (the highest index), e.g. ⟨Z_{n−1}⟩.
  public static func quantumConvolutional(qubits n: Int) -> Circuit {
    precondition(n >= 2, "a QCNN needs at least two qubits")
    var c = Circuit(qubitCount: n)
    var active = Array(0..<n)
    while active.count > 1 {
      let conv = (0..<4).map { _ in c.makeParameter() }
      for parity in [0, 1] {
        for k in stride(from: parity, to: active.count - 1, by: 2) {
          let (a, b) = (active[k], active[k + 1])
          c.append(.ry(conv[0], on: a))
          c.append(.ry(conv[1], on: b))
          c.append(.cz(a, b))
          c.append(.ry(conv[2], on: a))
          c.append(.ry(conv[3], on: b))
        }
      }
      let pool = (0..<2).map { _ in c.makeParameter() }
      var kept: [Int] = []
      for k in stride(from: 0, to: active.count - 1, by: 2) {
        let (discarded, keep) = (active[k], active[k + 1])
        c.append(.crz(pool[0], control: discarded, target: keep))
        c.append(.crx(pool[1], control: discarded, target: keep))
        kept.append(keep)
      }
      if active.count % 2 == 1 { kept.append(active[active.count - 1]) }
      active = kept
    }
    return c
  }
}
