import Quantum

extension DynamicalLieAlgebra {
  /// The largest numerical algebra whose structure is computed (dense O(d³) linear algebra).
  static let maximumNumericStructureDimension = 300

  /// The adjoint matrix of H on the algebra: M[a, b] = ⟨B_a, [H, B_b]/(2i)⟩, row-major.
  func adjointMatrix(of h: PauliSum, in closure: NumericClosure) -> [Double] {
    let d = closure.basis.count
    var m = [Double](repeating: 0, count: d * d)
    for b in 0..<d {
      for (a, value) in closure.overlaps(PauliSum.commutator(h, closure.basis[b])) { m[a * d + b] = value }
    }
    return m
  }

  func numericStructure(_ closure: NumericClosure) -> LieAlgebraStructure {
    let d = closure.basis.count
    guard d <= Self.maximumNumericStructureDimension else {
      return LieAlgebraStructure(
        dimension: d, centerDimension: 0, ideals: [], isComplete: false,
        note: "the numerical decomposition is computed up to dimension \(Self.maximumNumericStructureDimension)",
        projector: .unavailable)
    }
    let maps = generators.map { adjointMatrix(of: $0.pruned(), in: closure) }
    // Centre: the kernel of Σ Mᵢᵀ Mᵢ.
    var gram = [Double](repeating: 0, count: d * d)
    for m in maps {
      for r in 0..<d {
        for c in 0..<d {
          var s = 0.0
          for k in 0..<d { s += m[k * d + r] * m[k * d + c] }
          gram[r * d + c] += s
        }
      }
    }
    let kernel = SymmetricEigen(gram, dimension: d)
    let scale = max(1, kernel.values.last ?? 1)
    let center = zip(kernel.values, kernel.vectors).filter { $0.0 <= 1e-9 * scale }.map(\.1)
    // Root vectors of a random element x: eigenvectors of (ad x)ᵀ(ad x) = −(ad x)².
    var rng = SeededGenerator(seed: 0x5EED_0F_1DEA15)
    var found: [[[Double]]] = []
    var rootShare: [Double] = []
    for _ in 0..<3 {
      var x = PauliSum()
      for b in 0..<d { x += rng.nextGaussian() * closure.basis[b] }
      let ad = adjointMatrix(of: x.pruned(tolerance: 1e-14), in: closure)
      var s = [Double](repeating: 0, count: d * d)
      for r in 0..<d {
        for c in r..<d {
          var v = 0.0
          for k in 0..<d { v += ad[k * d + r] * ad[k * d + c] }
          s[r * d + c] = v
          s[c * d + r] = v
        }
      }
      let eigen = SymmetricEigen(s, dimension: d)
      let top = max(eigen.values.last ?? 0, 1e-300)
      let roots = zip(eigen.values, eigen.vectors).filter { $0.0 > 1e-9 * top }
      found = []
      // Clusters of equal eigenvalues: a cluster of exactly two is one root plane ±α, which
      // lies in a single simple ideal; that ideal is the one its vector generates.
      var start = 0
      while start < roots.count {
        var end = start + 1
        while end < roots.count && roots[end].0 - roots[end - 1].0 <= 1e-7 * top { end += 1 }
        if end - start == 2 {
          let u = roots[start].1
          let known = found.contains { ideal in ideal.reduce(0) { $0 + squared(Dense.dot($1, u)) } > 0.5 }
          if !known { found.append(Dense.invariantClosure(of: [u], under: maps)) }
        }
        start = end
      }
      rootShare = found.map { ideal in
        roots.reduce(0) { total, root in total + ideal.reduce(0) { $0 + squared(Dense.dot($1, root.1)) } }
      }
      if center.count + found.reduce(0, { $0 + $1.count }) == d { break }
    }
    let complete = center.count + found.reduce(0, { $0 + $1.count }) == d
    var ideals: [(LieAlgebraStructure.SimpleIdeal, [[Double]])] = []
    var ambiguous = false
    for (k, basis) in found.enumerated() {
      let rank = basis.count - Int(rootShare[k].rounded())
      let type = SimpleLieType.identify(dimension: basis.count, rank: rank, rootLengths: nil)
      if type == nil { ambiguous = true }
      ideals.append((LieAlgebraStructure.SimpleIdeal(dimension: basis.count, rank: rank, type: type), basis))
    }
    ideals.sort { $0.0.dimension > $1.0.dimension }
    var note: String? = nil
    if !complete {
      note = "root planes of different ideals coincided for three random elements; decomposition incomplete"
    } else if ambiguous {
      note = "dimension and rank of a numerically found ideal fit more than one simple type (e.g. so(2r+1) and sp(r))"
    }
    return LieAlgebraStructure(
      dimension: d, centerDimension: center.count, ideals: ideals.map(\.0), isComplete: complete, note: note,
      projector: complete ? .dense(center: center, ideals: ideals.map(\.1)) : .unavailable)
  }
}
