import Quantum

/// The state prepared by a circuit's leading gates, as a product of small clusters.
///
/// Qubits joined by a multi-qubit gate form a cluster, each cluster's state is a
/// `StateVector`, and ⟨P⟩ = Πₖ ⟨ψₖ|P|ₖ|ψₖ⟩ factorizes over clusters (qubits no gate touches stay
/// in |0⟩). This is how g-sim supports initial states: only the expectation vector
/// e_a = Tr(ρ B_a) of the initial state enters the simulation.
struct ProductPreparation: Sendable {
  /// The largest cluster simulated as a state vector.
  static let maximumClusterQubits = 12

  let qubitCount: Int
  /// Cluster index of each qubit; −1 for untouched qubits (|0⟩).
  private var clusterOf: [Int]
  private var clusters: [[Int]] = []
  private var states: [StateVector] = []
  /// ⟨X⟩, ⟨Y⟩, ⟨Z⟩ of single-qubit clusters.
  private var bloch: [(Double, Double, Double)]

  init(gates: [Gate], qubitCount n: Int) throws(LieSimulationError) {
    qubitCount = n
    var parent = Array(0..<n)
    func find(_ q: Int) -> Int {
      var q = q
      while parent[q] != q {
        parent[q] = parent[parent[q]]
        q = parent[q]
      }
      return q
    }
    var touched = Set<Int>()
    for gate in gates {
      for q in gate.qubits { touched.insert(q) }
      for q in gate.qubits.dropFirst() {
        let (a, b) = (find(gate.qubits[0]), find(q))
        if a != b { parent[a] = b }
      }
    }
    var index: [Int: Int] = [:]
    clusterOf = [Int](repeating: -1, count: n)
    for q in touched.sorted() {
      let root = find(q)
      if index[root] == nil {
        index[root] = clusters.count
        clusters.append([])
      }
      clusterOf[q] = index[root]!
      clusters[index[root]!].append(q)
    }
    if let wide = clusters.first(where: { $0.count > Self.maximumClusterQubits }) {
      throw .preparationTooWide(qubits: wide, maximum: Self.maximumClusterQubits)
    }
    bloch = [(Double, Double, Double)](repeating: (0, 0, 1), count: n)
    for cluster in clusters {
      var local = [Int: Int]()
      for (k, q) in cluster.enumerated() { local[q] = k }
      var circuit = Circuit(qubitCount: cluster.count)
      for gate in gates where local[gate.qubits[0]] != nil { circuit.append(gate.relabeled { local[$0]! }) }
      var psi: StateVector
      do { psi = try StateVector(qubitCount: cluster.count) } catch {
        throw .preparationTooWide(qubits: cluster, maximum: 0)
      }
      for gate in circuit.gates { psi.apply(gate) }
      states.append(psi)
      if cluster.count == 1 {
        bloch[cluster[0]] = (
          psi.expectation(of: PauliString(.x, on: 0)), psi.expectation(of: PauliString(.y, on: 0)),
          psi.expectation(of: PauliString(.z, on: 0))
        )
      }
    }
  }

  /// ⟨ψ₀|P|ψ₀⟩ for every string, sharing one cache of cluster expectations.
  func expectations(of strings: [PauliString]) -> [Double] {
    var cache: [Int: [PauliString: Double]] = [:]
    return strings.map { p in
      var value = 1.0
      var local: [Int: PauliString] = [:]
      for q in p.support {
        let pauli = p[q]
        let c = clusterOf[q]
        if c < 0 {
          if pauli != .z { return 0 }
        } else if clusters[c].count == 1 {
          let (x, y, z) = bloch[q]
          value *= pauli == .x ? x : pauli == .y ? y : z
          if value == 0 { return 0 }
        } else {
          let k = clusters[c].firstIndex(of: q)!
          local[c, default: PauliString()][k] = pauli
        }
      }
      for (c, string) in local {
        if let v = cache[c]?[string] {
          value *= v
        } else {
          let v = states[c].expectation(of: string)
          cache[c, default: [:]][string] = v
          value *= v
        }
        if value == 0 { return 0 }
      }
      return value
    }
  }
}
