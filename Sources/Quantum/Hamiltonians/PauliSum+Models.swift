// Hamiltonians of the models the course uses, as Pauli sums on any coupling graph.

extension PauliSum {
  /// The transverse-field Ising model H = −J Σ₍ᵢ,ⱼ₎ ZᵢZⱼ − h Σᵢ Xᵢ on the edges of `graph`.
  ///
  /// ```swift
  /// let h = PauliSum.transverseFieldIsing(on: .line(3), field: 0.5)
  /// print(h)   // -Z0 Z1 - Z1 Z2 - 0.5*X0 - 0.5*X1 - 0.5*X2
  /// ```
  public static func transverseFieldIsing(on graph: Graph, coupling j: Double = 1, field h: Double) -> PauliSum {
    var terms: [(PauliString, Double)] = graph.edges.map { (PauliString([$0.0: .z, $0.1: .z]), -j) }
    terms += (0..<graph.vertexCount).map { (PauliString(.x, on: $0), -h) }
    return PauliSum(terms.filter { $0.1 != 0 })
  }

  /// The XY model H = J Σ₍ᵢ,ⱼ₎ (XᵢXⱼ + YᵢYⱼ).
  public static func xy(on graph: Graph, coupling j: Double = 1) -> PauliSum {
    PauliSum(
      graph.edges.flatMap { [(PauliString([$0.0: .x, $0.1: .x]), j), (PauliString([$0.0: .y, $0.1: .y]), j)] })
  }

  /// The Heisenberg (XXX) model H = J Σ₍ᵢ,ⱼ₎ (XᵢXⱼ + YᵢYⱼ + ZᵢZⱼ).
  public static func heisenberg(on graph: Graph, coupling j: Double = 1) -> PauliSum {
    PauliSum(
      graph.edges.flatMap {
        [
          (PauliString([$0.0: .x, $0.1: .x]), j), (PauliString([$0.0: .y, $0.1: .y]), j),
          (PauliString([$0.0: .z, $0.1: .z]), j),
        ]
      })
  }

  /// The MaxCut objective C = Σ₍ᵢ,ⱼ₎ (1 − ZᵢZⱼ)/2: the number of edges cut by a basis state.
  public static func maxCut(_ graph: Graph) -> PauliSum {
    var sum = PauliSum()
    for (a, b) in graph.edges {
      sum.add(0.5, PauliString())
      sum.add(-0.5, PauliString([a: .z, b: .z]))
    }
    return sum
  }
}
