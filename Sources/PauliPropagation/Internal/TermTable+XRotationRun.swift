// Runs of single-qubit X rotations (the RX layers of kicked Ising, QAOA mixers), shard by shard.

extension TermTable {
  /// One rotation of an X-rotation run: the rule, cos θ, sin θ and the gate's noise.
  typealias XRotationStep = (GeneratorRule<Key>, cos: Double, sin: Double, damping: Damping<Key>?)

  /// Applies consecutive X rotations on single qubits (each with its noise), shard by shard.
  ///
  /// An X rotation keeps every string in its shard (see ``PackedPauli/yFoldedToZ``) and changes
  /// no support, so the shards evolve independently: each shard runs the whole sequence, one
  /// rotation after another with exactly the per-rotation semantics (merge, then rules), while
  /// it is in cache. The peak is the largest total, over shards, after any one rotation.
  ///
  /// Without noise a shard is scanned once per run, not once per rotation. `X_q` anticommutes
  /// exactly with the strings that have Z or Y on q, and an X rotation never changes which
  /// qubits carry Z or Y (it swaps the two), so one scan lists, for every rotation, the slots of
  /// the strings it acts on:
  ///
  /// ```text
  /// run:     RX q0, RX q1, RX q2            string Z I Y  (qubits 2 1 0) has Z bits on 0 and 2
  /// lists:   [.., s], [..], [.., s]         → its slot s is listed for the rotations on q0, q2
  /// ```
  ///
  /// A sine branch that creates a string adds its slot to the lists of the later rotations on
  /// its Z qubits. Slots stay put because insertions during the run never reuse a tombstone
  /// (removed strings stay listed and are skipped) and each rotation reserves room for all its
  /// insertions before it starts; when that reservation rehashes the shard, the lists are
  /// rebuilt by one scan. Each rotation is then one pass over its list
  /// (``applyListedRotation(_:_:cos:sin:position:plan:lists:)``).
  /// - Precondition: no term cap (the cap couples the shards after every rotation).
  func applyXRotationRun(_ run: [XRotationStep]) {
    precondition(rules.maxTerms == Int.max, "X-rotation runs need shard independence (no cap)")
    let active = run.filter { touches($0.0, $0.damping) }
    guard !active.isEmpty else { return }
    let workers = workerCount
    let counts = SharedPointer<Int>(count: workers * active.count)
    defer { counts.free() }
    let noisy = active.contains { $0.damping != nil }
    let plan = XRunPlan(qubits: active.map(\.0.q0), qubitCount: Key.capacity)
    defer { plan.free() }
    forEachWorker { [self] w, range in
      let countsAfter = counts.pointer + w * active.count
      if noisy {
        for source in range {
          for (g, step) in active.enumerated() {
            scanRotation(source, step.0, cos: step.cos, sin: step.sin, damping: step.damping, into: w)
            let out = scratch + w
            for i in 0..<out.pointee.count { out.pointee.base[i].hash = out.pointee.base[i].key.mixedHash }
            mergeRotationBranches(out.pointee.base, count: out.pointee.count, into: source)
            out.pointee.removeAll()
            countsAfter[g] += shards[source].live
          }
        }
        return
      }
      let lists = SlotLists(count: active.count)
      defer { lists.free() }
      for source in range {
        listSlots(of: source, from: 0, plan: plan, into: lists)
        for (g, step) in active.enumerated() {
          applyListedRotation(source, step.0, cos: step.cos, sin: step.sin, position: g, plan: plan, lists: lists)
          countsAfter[g] += shards[source].live
        }
      }
    }
    for g in 0..<active.count {
      var total = 0
      for w in 0..<workers { total += counts.pointer[w * active.count + g] }
      peakCount = max(peakCount, total)
    }
    finishOperation()
  }

  /// Refills `lists[g]` for `g ≥ first` with the slots of shard `source` that rotation g acts
  /// on, in slot order.
  private func listSlots(of source: Int, from first: Int, plan: XRunPlan, into lists: SlotLists) {
    for g in first..<lists.count { lists.removeAll(at: g) }
    let shard = shards[source]
    for i in 0..<shard.capacity {
      let key = shard.slots[i].key
      guard !key.isSentinel else { continue }
      key.forEachZQubit { q in
        plan.forEachPosition(of: q, after: first - 1) { g in lists.append(i, to: g) }
      }
    }
  }

  /// One rotation of a noiseless run on shard `source`, in place, pair by pair.
  ///
  /// The listed strings are exactly those with Z or Y on q; each pairs with its partner
  /// (Z ↔ Y on q), found by one probe. A present pair is updated together,
  /// `c_Z ← cos θ·c_Z − sin θ·c_Y` and `c_Y ← cos θ·c_Y + sin θ·c_Z` (iXZ = Y, iXY = −Z), each
  /// sine contribution subject to the rules at birth; a string whose partner is absent keeps
  /// `cos θ·c` and inserts the partner with its sine branch if that passes the rules. A Y string
  /// whose Z partner is present is left to the Z string. Terms that end below the coefficient
  /// limit are removed after the pass (so that a pair's second member still finds the first),
  /// which is the same arithmetic and the same rules as staging and merging (see
  /// ``scanRotation(_:_:cos:sin:damping:into:)``). Room for every insertion is reserved first,
  /// so no rehash moves slots during the pass; a new string is listed for the later rotations on
  /// its Z qubits.
  private func applyListedRotation(
    _ source: Int, _ rule: GeneratorRule<Key>, cos c: Double, sin s: Double, position g: Int, plan: XRunPlan,
    lists: SlotLists
  ) {
    let rules = self.rules
    let p = rule.generator
    let yBit = rule.x0
    let limitsWeight = rules.limitsWeight
    let shard = shards + source
    // At most one insertion per listed string whose branch can pass the coefficient rule.
    var possibleInserts = 0
    do {
      let listed = lists[g]
      let slots = shard.pointee.slots
      for j in 0..<listed.count {
        let i = Int(listed[j])
        possibleInserts &+= !slots[i].key.isSentinel && rules.keeps(s * slots[i].coefficient) ? 1 : 0
      }
    }
    shard.pointee.reserve(possibleInserts)
    if shard.pointee.rehashedThisOperation {
      listSlots(of: source, from: g, plan: plan, into: lists)
      shard.pointee.rehashedThisOperation = false
    }
    let listed = lists[g]
    let slots = shard.pointee.slots
    let frequencies = shard.pointee.frequencies
    var touched = shard.pointee.touched
    var ledger = shard.pointee.ledger
    touched.reserve(2 * listed.count)
    /// The sine contribution `branch` of a string with frequency `f` to `partner`, if kept.
    @inline(__always)
    func born(_ branch: Double, _ f: UInt16, _ partner: Key, _ ledger: inout DiscardLedger) -> UInt16? {
      let frequency = f &+ 1
      if !rules.keeps(branch) {
        ledger.record(branch, .coefficient)
      } else if limitsWeight && !rules.keepsWeight(partner) {
        ledger.record(branch, .weight)
      } else if Int(frequency) > rules.maxFrequency {
        ledger.record(branch, .frequency)
      } else {
        return frequency
      }
      return nil
    }
    for j in 0..<listed.count {
      let i = Int(listed[j])
      let key = slots[i].key
      guard !key.isSentinel else { continue }
      let isY = key.sharesBit(with: yBit)
      let partner = key ^ p
      let found = shard.pointee.find(partner, hash: partner.mixedHash)
      let old = slots[i].coefficient
      let f = frequencies?[i] ?? 0
      if found >= 0 {
        if isY { continue }  // the Z string of the pair does both
        // Z string at i, Y string at `found`: c_Z' = c·c_Z + (−s)·c_Y, c_Y' = c·c_Y + s·c_Z.
        let oldY = slots[found].coefficient
        let fY = frequencies?[found] ?? 0
        var newZ = c * old, newY = c * oldY
        if let fromY = born(-s * oldY, fY, key, &ledger) {
          newZ += -s * oldY
          if let fr = frequencies, fromY < fr[i] { fr[i] = fromY }
        }
        if let fromZ = born(s * old, f, partner, &ledger) {
          newY += s * old
          if let fr = frequencies, fromZ < fr[found] { fr[found] = fromZ }
        }
        slots[i].coefficient = newZ
        slots[found].coefficient = newY
        touched.append(Int32(truncatingIfNeeded: i), if: !rules.keeps(newZ))
        touched.append(Int32(truncatingIfNeeded: found), if: !rules.keeps(newY))
      } else {
        let branch = (isY ? -s : s) * old
        let kept = c * old
        slots[i].coefficient = kept
        touched.append(Int32(truncatingIfNeeded: i), if: !rules.keeps(kept))
        if let frequency = born(branch, f, partner, &ledger) {
          let slot = -found - 1
          shard.pointee.insert(partner, coefficient: branch, frequency: frequency, at: slot)
          partner.forEachZQubit { q in
            plan.forEachPosition(of: q, after: g) { later in lists.append(slot, to: later) }
          }
        }
      }
    }
    shard.pointee.touched = touched
    shard.pointee.ledger = ledger
    shard.pointee.sweepTouched(rules: rules)
  }
}

/// Which positions of an X-rotation run act on each qubit: `positions[start[q] ..< start[q + 1]]`,
/// increasing. Read-only once built, shared by the workers.
struct XRunPlan: @unchecked Sendable {
  private let start: UnsafeMutablePointer<Int32>
  private let positions: UnsafeMutablePointer<Int32>

  /// The plan of a run whose rotation g acts on `qubits[g]`.
  init(qubits: [Int], qubitCount: Int) {
    start = .allocate(capacity: qubitCount + 1)
    start.initialize(repeating: 0, count: qubitCount + 1)
    positions = .allocate(capacity: max(1, qubits.count))
    for q in qubits { start[q + 1] += 1 }
    for q in 0..<qubitCount { start[q + 1] += start[q] }
    var next = (0..<qubitCount).map { Int(start[$0]) }
    for (g, q) in qubits.enumerated() {
      positions[next[q]] = Int32(g)
      next[q] += 1
    }
  }

  /// Calls `body` with every position after `g` (all when g = −1) of a rotation on qubit `q`.
  @inline(__always)
  func forEachPosition(of q: Int, after g: Int, _ body: (Int) -> Void) {
    for j in Int(start[q])..<Int(start[q + 1]) where Int(positions[j]) > g { body(Int(positions[j])) }
  }

  func free() {
    start.deallocate()
    positions.deallocate()
  }
}

/// One growable list of slot indices per position of a run (a worker's private lists).
struct SlotLists {
  private let lists: UnsafeMutablePointer<RawBuffer<Int32>>
  let count: Int

  init(count: Int) {
    self.count = count
    lists = .allocate(capacity: max(1, count))
    for g in 0..<count { (lists + g).initialize(to: RawBuffer()) }
  }

  subscript(g: Int) -> RawBuffer<Int32> {
    @inline(__always) get { lists[g] }
  }

  /// Appends `slot` to list `g`.
  @inline(__always)
  func append(_ slot: Int, to g: Int) { lists[g].append(Int32(truncatingIfNeeded: slot)) }

  /// Empties list `g` (keeping its memory).
  func removeAll(at g: Int) { lists[g].removeAll() }

  func free() {
    for g in 0..<count { lists[g].free() }
    lists.deinitialize(count: count).deallocate()
  }
}
