// Clifford runs made of commuting Z-type or X-type turns (kicked-Ising layers), found per term
// through an index.

/// Which bits of a term decide whether a plain turn acts on it.
enum TurnFamily: Sendable {
  /// Generators of Z factors only (the RZZ(±π/2) layers of kicked Ising): they never change a
  /// term's X bits, and a term anticommutes with one exactly through its X bits on the generator.
  case zType
  /// Generators of X factors only (RX(±π/2) layers): they never change Z bits, and anticommutation
  /// is decided by the Z bits.
  case xType
}

extension CliffordStep {
  /// The family of a noiseless quarter or half turn on one or two qubits (`nil` if none).
  ///
  /// The generator must be all Z or all X; turns of one family commute with each other.
  var turnFamily: TurnFamily? {
    guard kind != .table, damping == nil, rule.q0 >= 0 else { return nil }
    let p = rule.generator
    if p.isDiagonal { return .zType }
    if p.yCount == 0 && p.xyWeight == p.weight { return .xType }
    return nil
  }
}

/// One turn as a segment's index lists it under one of its qubits.
struct TurnEntry<Key: PackedPauli>: Sendable {
  /// The deciding bit (X bit in a Z-type segment, Z bit in an X-type one) of the turn's other
  /// qubit; identity for a one-qubit turn.
  let otherBit: Key
  /// The generator: XOR-ing it into a term applies the turn's change of string.
  let generator: Key
  /// A quarter turn (else a half turn, which only flips the sign of anticommuting terms).
  let isQuarter: Bool
  /// sin θ = −1 for a quarter turn.
  let isNegative: Bool
}

/// A Clifford run cut into maximal segments of one ``TurnFamily``, with a per-qubit index of
/// each segment's turns: segment s lists the turns on qubit q in
/// `entries[start[s·(capacity+1) + q] ..< start[s·(capacity+1) + q + 1]]` (a two-qubit turn under
/// both of its qubits).
struct TurnSegments<Key: PackedPauli>: Sendable {
  let families: [TurnFamily]
  let start: [Int]
  let entries: [TurnEntry<Key>]

  /// The segments of `steps`, or `nil` when some step belongs to no family.
  init?(_ steps: [CliffordStep<Key>]) {
    let n = Key.capacity
    var families: [TurnFamily] = []
    var bounds: [Int] = []
    for (i, step) in steps.enumerated() {
      guard let family = step.turnFamily else { return nil }
      if family != families.last {
        families.append(family)
        bounds.append(i)
      }
    }
    bounds.append(steps.count)
    var start: [Int] = []
    var entries: [TurnEntry<Key>] = []
    for (s, family) in families.enumerated() {
      var perQubit = [[TurnEntry<Key>]](repeating: [], count: n)
      for step in steps[bounds[s]..<bounds[s + 1]] {
        let qubits = [step.rule.q0, step.rule.q1].filter { $0 >= 0 }
        for q in qubits {
          var other = Key.identity
          if let k = qubits.first(where: { $0 != q }) { other.setBits(family == .zType ? 1 : 2, at: k) }
          perQubit[q].append(
            TurnEntry(
              otherBit: other, generator: step.rule.generator, isQuarter: step.kind == .quarterTurn,
              isNegative: step.sign < 0))
        }
      }
      for q in 0..<n {
        start.append(entries.count)
        entries += perQubit[q]
      }
      start.append(entries.count)
    }
    self.families = families
    self.start = start
    self.entries = entries
  }
}

extension TermTable {
  /// A run of noiseless commuting turns without weight rules (see ``TurnSegments``), segment by
  /// segment for each term, with word operations instead of one step at a time.
  ///
  /// Within a Z-type segment (generators Z_a Z_b or Z_a, θ = ±π/2 or π) the turns commute and
  /// never change X bits, so with A the quarter turns that anticommute with Q = i^{|x∧z|} XˣZᶻ
  /// (those with an odd number of X bits of Q on their qubits) and f the XOR of their generators,
  ///
  /// ```text
  /// U†QU = (Π_{A} sin θ) · i^{|x∧z| − |x∧z'| − |A|} · (−1)^{#half turns anticommuting} · XˣZ^{z'},   z' = z ⊕ f
  /// ```
  ///
  /// (from U†XˣU = Xˣ Π_{A}(−i sin θ Z_e)); X-type segments are the same with X and Z swapped and
  /// one more sign, (−1)^{|z∧f|}, for moving the X factors past Zᶻ. A term meets only the turns
  /// on the qubits where it has deciding bits (X bits for Z-type, Z bits for X-type), found
  /// through the index. With weight rules or noise the intermediate strings matter and
  /// ``applyCliffordRun(_:)`` goes step by step.
  func applyCommutingTurns(_ segments: TurnSegments<Key>) {
    let n = Key.capacity
    let workers = workerCount
    forEachWorker { [self] w, range in
      var out = scratch[w]
      segments.entries.withUnsafeBufferPointer { entries in
        segments.start.withUnsafeBufferPointer { start in
          for source in range {
            let shard = shards + source
            let slots = shard.pointee.slots
            let frequencies = shard.pointee.frequencies
            out.reserve(shard.pointee.live + 1)
            for i in 0..<shard.pointee.capacity {
              var key = slots[i].key
              guard !key.isSentinel else { continue }
              var negative = false
              for (s, family) in segments.families.enumerated() {
                let offsets = start.baseAddress! + s * (n + 1)
                var flip = Key.identity
                var quarters = 0
                let deciding = key
                switch family {
                case .zType:
                  deciding.forEachXQubit { q in
                    Self.collectTurns(on: q, offsets, entries, deciding, &flip, &quarters, &negative)
                  }
                case .xType:
                  deciding.forEachZQubit { q in
                    Self.collectTurns(on: q, offsets, entries, deciding, &flip, &quarters, &negative)
                  }
                }
                let turned = key ^ flip
                var phase = key.yCount &- turned.yCount &- quarters
                if family == .xType { phase &+= 2 &* key.zxOverlap(flip) }
                if phase & 3 == 2 { negative.toggle() }
                key = turned
              }
              let c = slots[i].coefficient
              out.append(StagedTerm(key: key, hash: 0, coefficient: negative ? -c : c, frequency: frequencies?[i] ?? 0))
            }
          }
        }
      }
      scratch[w] = out
    }
    rebuildFromScratch(workers: workers)
  }

  /// Adds the turns on qubit `q` that anticommute with `key` to the segment's flip, quarter-turn
  /// count and sign (a turn whose other qubit also has a deciding bit commutes).
  @inline(__always)
  static func collectTurns(
    on q: Int, _ offsets: UnsafePointer<Int>, _ entries: UnsafeBufferPointer<TurnEntry<Key>>, _ key: Key,
    _ flip: inout Key, _ quarters: inout Int, _ negative: inout Bool
  ) {
    for j in offsets[q]..<offsets[q + 1] {
      let e = entries[j]
      guard !key.sharesBit(with: e.otherBit) else { continue }
      if e.isQuarter {
        flip = flip ^ e.generator
        quarters &+= 1
        negative = negative != e.isNegative
      } else {
        negative.toggle()
      }
    }
  }
}
