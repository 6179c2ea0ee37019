import Quantum

/// What `DynamicalLieAlgebra` needs from an exact, string-spanned algebra, independent of the
/// word width chosen for the packed strings.
protocol PauliSpannedBasis: Sendable {
  var count: Int { get }
  var generatorCount: Int { get }
  func string(at index: Int) -> PauliString
  /// Every basis string, in order.
  func allStrings() -> [PauliString]
  func index(of string: PauliString) -> Int?
  /// The structure: centre, components, centroid splits, ranks, root lengths.
  func exactStructure() -> ExactStructure
  /// For a generator G in the basis: the pairs (a, b, s) with [G, B_a]/(2i) = s·B_b.
  func adjointPairs(of generator: PauliString) -> [AdjointPair]?
  /// `L_R(P) = P·R` for commuting strings: the string and the sign of the (real) phase.
  func product(_ p: PauliString, _ r: PauliString) -> (string: PauliString, sign: Double)
}

/// One rotation plane of exp(t·ad_G) in the string basis: [G, B_a]/(2i) = sign·B_b.
struct AdjointPair: Sendable {
  var a: Int32
  var b: Int32
  var sign: Double
}

/// The exact structure of a string-spanned algebra.
struct ExactStructure: Sendable {
  /// Basis indices of the central strings.
  var center: [Int]
  /// The components of the anticommutation graph (ideals), each with its centroid splitting.
  var components: [Component]

  struct Component: Sendable {
    /// Basis indices of the component's strings.
    var members: [Int]
    /// Rank (size of a maximal commuting subset).
    var rank: Int
    /// Independent generators R₁…R_m of the centroid group: the component splits into 2^m
    /// isomorphic simple ideals, the joint eigenspaces of P ↦ P·Rᵢ.
    var splitting: [PauliString]
    /// Number of roots per squared length (in units where the shortest is the minimum
    /// count of anticommuting Cartan strings); computed only when dimension and rank leave
    /// the type ambiguous.
    var rootLengths: [Int: Int]?
  }
}

/// An exact string basis with packed strings of width W.
struct PauliStringBasis<W: PauliWords>: PauliSpannedBasis {
  let closure: StringClosure<W>

  init(generators: [PauliString], maximumDimension: Int) throws(LieAlgebraError) {
    closure = try StringClosure<W>(generators: generators, maximumDimension: maximumDimension)
  }

  var count: Int { closure.index.count }
  var generatorCount: Int { closure.generatorCount }
  func string(at index: Int) -> PauliString { closure.index[index].string }
  func allStrings() -> [PauliString] { closure.index.strings.map(\.string) }

  func index(of string: PauliString) -> Int? {
    guard string.xWords.count <= W.wordCount else { return nil }
    return closure.index.index(of: PackedPauli<W>(string))
  }

  func product(_ p: PauliString, _ r: PauliString) -> (string: PauliString, sign: Double) {
    let a = PackedPauli<W>(p), b = PackedPauli<W>(r)
    return (a.times(b).string, a.phaseExponent(times: b) == 0 ? 1 : -1)
  }

  func adjointPairs(of generator: PauliString) -> [AdjointPair]? {
    guard generator.xWords.count <= W.wordCount else { return nil }
    let g = PackedPauli<W>(generator)
    guard closure.index.index(of: g) != nil else { return nil }
    var pairs: [AdjointPair] = []
    let strings = closure.index.strings
    for a in strings.indices where g.anticommutes(with: strings[a]) {
      let p = strings[a]
      guard let b = closure.index.index(of: g.times(p)) else { return nil }
      if a < b { pairs.append(AdjointPair(a: Int32(a), b: Int32(b), sign: g.commutatorSign(with: p))) }
    }
    return pairs
  }

  func exactStructure() -> ExactStructure {
    let index = closure.index
    let k = closure.generatorCount
    let gens = (0..<k).map { index[$0] }
    // The centre: generators that commute with every generator (every other string
    // anticommutes with the generator that produced it).
    var central = [Bool](repeating: true, count: k)
    for i in 0..<k {
      for j in 0..<k where j != i && gens[i].anticommutes(with: gens[j]) {
        central[i] = false
        break
      }
    }
    // Components: generators joined by anticommutation (union–find).
    var parent = Array(0..<k)
    func find(_ i: Int) -> Int {
      var i = i
      while parent[i] != i {
        parent[i] = parent[parent[i]]
        i = parent[i]
      }
      return i
    }
    for i in 0..<k where !central[i] {
      for j in (i + 1)..<max(i + 1, k) where !central[j] && gens[i].anticommutes(with: gens[j]) {
        let (a, b) = (find(i), find(j))
        if a != b { parent[a] = b }
      }
    }
    var componentOf: [Int: Int] = [:]
    var members: [[Int]] = []
    var componentGenerators: [[Int]] = []
    for i in 0..<k where !central[i] {
      let root = find(i)
      if componentOf[root] == nil {
        componentOf[root] = members.count
        members.append([])
        componentGenerators.append([])
      }
      componentGenerators[componentOf[root]!].append(i)
    }
    for s in 0..<index.count {
      let g = Int(closure.producer[s])
      if central[g] { continue }
      members[componentOf[find(g)]!].append(s)
    }
    let components = members.indices.map { c in
      analyze(members: members[c], generators: componentGenerators[c].map { gens[$0] })
    }
    return ExactStructure(center: (0..<k).filter { central[$0] }, components: components)
  }

  /// Rank, centroid splitting and (if needed) root lengths of one component.
  private func analyze(members: [Int], generators: [PackedPauli<W>]) -> ExactStructure.Component {
    let strings = closure.index.strings
    // A maximal commuting subset spans a Cartan subalgebra: its size is the rank.
    var cartan: [PackedPauli<W>] = []
    for m in members {
      let p = strings[m]
      if cartan.allSatisfy({ !$0.anticommutes(with: p) }) { cartan.append(p) }
    }
    // The centroid: strings R ≠ I commuting with the component and with P·R in it for every
    // member P. R must equal P₀·Q for some member Q commuting with P₀.
    let p0 = generators[0]
    var group: Set<PackedPauli<W>> = [PackedPauli<W>(x: .zero, z: .zero)]
    var independent: [PauliString] = []
    for m in members {
      let q = strings[m]
      if q == p0 || q.anticommutes(with: p0) { continue }
      let r = p0.times(q)
      if group.contains(r) { continue }
      if generators.contains(where: { $0.anticommutes(with: r) }) { continue }
      if !members.allSatisfy({ closure.index.index(of: strings[$0].times(r)) != nil }) { continue }
      // A new independent element: the group doubles.
      independent.append(r.string)
      group.formUnion(group.map { $0.times(r) })
    }
    let d = members.count / (1 << independent.count)
    let rank = cartan.count / (1 << independent.count)
    var lengths: [Int: Int]? = nil
    if SimpleLieType.candidates(dimension: d, rank: rank).count > 1 {
      var histogram: [Int: Int] = [:]
      for m in members {
        let p = strings[m]
        let support = cartan.reduce(0) { $0 + ($1.anticommutes(with: p) ? 1 : 0) }
        if support > 0 { histogram[support, default: 0] += 1 }
      }
      lengths = histogram
    }
    return ExactStructure.Component(
      members: members, rank: cartan.count, splitting: independent, rootLengths: lengths)
  }
}
