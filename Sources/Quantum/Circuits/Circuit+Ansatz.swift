// Builders for the ansätze used throughout the course.

extension Circuit {
  /// The hardware-efficient ansatz "hea".
  ///
  /// The hardware-efficient ansatz "hea" with `qubits` qubits and `layers` layers: 2nL
  /// parameters. Layer l applies RY(θ[2nl+q]) for q = 0…n-1, then RZ(θ[2nl+n+q]) for
  /// q = 0…n-1, then CZ(q, q+1) for q = 0…n-2; the circuit starts from |0…0⟩.
  ///
  /// ```swift
  /// let c = Circuit.hardwareEfficient(qubits: 4, layers: 2)
  /// print(c.parameterCount, c.gates.count)   // 16 22
  /// ```
  public static func hardwareEfficient(qubits n: Int, layers: Int) -> Circuit {
    precondition(n >= 1 && layers >= 0, "hea needs at least one qubit and a non-negative number of layers")
    var c = Circuit(qubitCount: n, parameterCount: 2 * n * layers)
    for l in 0..<layers {
      for q in 0..<n { c.append(.ry(.parameter(2 * n * l + q), on: q)) }
      for q in 0..<n { c.append(.rz(.parameter(2 * n * l + n + q), on: q)) }
      for q in 0..<max(0, n - 1) { c.append(.cz(q, q + 1)) }
    }
    return c
  }

  /// The spin-chain models of the Hamiltonian-variational ansatz.
  public enum SpinChainModel: String, CaseIterable, Sendable {
    /// Transverse-field Ising: H = −Σ ZᵢZᵢ₊₁ − h Σ Xᵢ.
    case tfim
    /// XY: H = Σ (XᵢXᵢ₊₁ + YᵢYᵢ₊₁).
    case xy
    /// Heisenberg XXX: H = Σ (XᵢXᵢ₊₁ + YᵢYᵢ₊₁ + ZᵢZᵢ₊₁).
    case heisenberg
  }

  /// The Hamiltonian-variational ansatz for a spin chain (Wiersema et al., arXiv:2008.02941):
  /// each layer exponentiates the Hamiltonian's commuting parts in turn, one shared
  /// parameter per part, so a layer has 2 parameters.
  ///
  /// - `tfim`: start in |+…+⟩ (H on every qubit); layer l applies RZZ(θ[2l]) on every bond,
  ///   then RX(θ[2l+1]) on every qubit.
  /// - `xy`: start in the Néel state |…0101⟩ (X on odd qubits); layer l applies
  ///   RXX(θ[2l])·RYY(θ[2l]) on even bonds (i, i+1 with i even), then RXX(θ[2l+1])·RYY(θ[2l+1])
  ///   on odd bonds.
  /// - `heisenberg`: start in singlets (|01⟩−|10⟩)/√2 on the even bonds; layer l applies
  ///   RZZ·RYY·RXX(θ[2l]) on even bonds, then the same with θ[2l+1] on odd bonds.
  ///
  /// With `periodic`, the bond (n−1, 0) is added (an odd bond when n is even).
  public static func hamiltonianVariational(
    _ model: SpinChainModel, qubits n: Int, layers: Int, periodic: Bool = false
  ) -> Circuit {
    precondition(n >= 2 && layers >= 0, "the HVA needs at least two qubits")
    let bonds = (periodic ? Graph.ring(n) : Graph.line(n)).edges
    var c = Circuit(qubitCount: n, parameterCount: 2 * layers)
    func isEven(_ bond: (Int, Int)) -> Bool { bond.1 == bond.0 + 1 && bond.0 % 2 == 0 }
    switch model {
    case .tfim:
      for q in 0..<n { c.append(.h(q)) }
      for l in 0..<layers {
        for (a, b) in bonds { c.append(.rzz(.parameter(2 * l), a, b)) }
        for q in 0..<n { c.append(.rx(.parameter(2 * l + 1), on: q)) }
      }
    case .xy, .heisenberg:
      if model == .xy {
        for q in stride(from: 1, to: n, by: 2) { c.append(.x(q)) }
      } else {
        for q in stride(from: 0, to: n - 1, by: 2) {
          c.append(.x(q))
          c.append(.x(q + 1))
          c.append(.h(q))
          c.append(.cx(control: q, target: q + 1))
        }
      }
      for l in 0..<layers {
        for (parity, bondSet) in [(0, bonds.filter(isEven)), (1, bonds.filter { !isEven($0) })] {
          let theta = Angle.parameter(2 * l + parity)
          for (a, b) in bondSet {
            if model == .heisenberg { c.append(.rzz(theta, a, b)) }
            c.append(.ryy(theta, a, b))
            c.append(.rxx(theta, a, b))
          }
        }
      }
    }
    return c
  }

  /// QAOA for MaxCut on a graph.
  ///
  /// QAOA for MaxCut on `graph` with `layers` rounds (Farhi et al., arXiv:1411.4028):
  /// H on every qubit, then per round l the cost layer exp(−iγₗ C) with
  /// C = Σ₍ᵢ,ⱼ₎ (1 − ZᵢZⱼ)/2, applied as RZZ(−γₗ) on every edge (equal up to a global phase),
  /// and the mixer exp(−iβₗ Σ X) = RX(2βₗ) on every qubit. Parameters: θ[2l] = γₗ,
  /// θ[2l+1] = βₗ.
  public static func qaoa(maxCut graph: Graph, layers: Int) -> Circuit {
    var c = Circuit(qubitCount: graph.vertexCount, parameterCount: 2 * layers)
    for q in 0..<graph.vertexCount { c.append(.h(q)) }
    for l in 0..<layers {
      for (a, b) in graph.edges { c.append(.rzz(.parameter(2 * l, scale: -1), a, b)) }
      for q in 0..<graph.vertexCount { c.append(.rx(.parameter(2 * l + 1, scale: 2), on: q)) }
    }
    return c
  }

  /// The kicked-Ising circuit of IBM's 127-qubit utility experiment.
  ///
  /// The kicked-Ising circuit of Kim et al., Nature 618, 500 (2023): per step RX(θ_h) on
  /// every qubit, then RZZ(θ_J) on every edge, edges ordered by a proper edge colouring
  /// (``Graph/edgeColoring()``). Parameters: θ[0] = θ_h and θ[1] = θ_J (the experiment
  /// uses θ_J = −π/2).
  ///
  /// ```swift
  /// let c = Circuit.kickedIsing(on: .line(5), steps: 2).bound(to: [0.3, -.pi / 2])
  /// ```
  public static func kickedIsing(on graph: Graph, steps: Int) -> Circuit {
    var c = Circuit(qubitCount: graph.vertexCount, parameterCount: 2)
    let layers = graph.edgeColoring()
    for _ in 0..<steps {
      for q in 0..<graph.vertexCount { c.append(.rx(.parameter(0), on: q)) }
      for layer in layers { for (a, b) in layer { c.append(.rzz(.parameter(1), a, b)) } }
    }
    return c
  }
}
