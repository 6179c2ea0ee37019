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
  /// (removed strings stay listed and are skipped); after a rehash the remaining lists are
  /// rebuilt by one scan.
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
          scanListedRotation(source, step.0, cos: step.cos, sin: step.sin, slots: lists[g], into: w)
          if mergeListedBranches(from: w, into: source, position: g, plan: plan, lists: lists) {
            listSlots(of: source, from: g + 1, plan: plan, into: lists)
          }
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

  /// The scan of one listed rotation.
  ///
  /// Every listed string anticommutes with the generator (removed ones are skipped). Same arithmetic and rules as ``scanRotation(_:_:cos:sin:damping:into:)``.
  @inline(__always)
  private func scanListedRotation(
    _ source: Int, _ rule: GeneratorRule<Key>, cos c: Double, sin s: Double, slots listed: RawBuffer<Int32>,
    into worker: Int
  ) {
    let rules = self.rules
    let p = rule.generator
    let yBit = rule.x0
    let limitsWeight = rules.limitsWeight
    let shard = shards + source
    let slots = shard.pointee.slots
    let frequencies = shard.pointee.frequencies
    var out = scratch[worker]
    var touched = shard.pointee.touched
    var ledger = shard.pointee.ledger
    out.reserve(listed.count)
    touched.reserve(listed.count)
    for j in 0..<listed.count {
      let i = Int(listed[j])
      let key = slots[i].key
      guard !key.isSentinel else { continue }
      var coefficient = slots[i].coefficient
      // X_q anticommutes with Z_q and Y_q: iXZ = +Y, iXY = −Z (see GeneratorRule).
      let branch = (key.sharesBit(with: yBit) ? -s : s) * coefficient
      coefficient *= c
      Self.stageBranch(
        key ^ p, branch, frequency: (frequencies?[i] ?? 0) &+ 1, rules: rules, limitsWeight: limitsWeight,
        into: &out, ledger: &ledger)
      slots[i].coefficient = coefficient
      touched.append(Int32(truncatingIfNeeded: i), if: !rules.keeps(coefficient))
    }
    scratch[worker] = out
    shard.pointee.touched = touched
    shard.pointee.ledger = ledger
  }

  /// Merges the branches `scratch[worker]` staged for rotation `g` into shard `d`.
  ///
  /// Lists each new string for the later rotations on its Z qubits; sweeps the coefficient rule. Returns
  /// whether the shard was rehashed (the caller then relists the slots).
  private func mergeListedBranches(
    from worker: Int, into d: Int, position g: Int, plan: XRunPlan, lists: SlotLists
  ) -> Bool {
    let rules = self.rules
    let shard = shards + d
    let out = scratch + worker
    let staged = out.pointee.base
    let n = out.pointee.count
    for i in 0..<n { staged[i].hash = staged[i].key.mixedHash }
    if n > 0 { shard.pointee.reserve(n) }
    let rehashed = shard.pointee.rehashedThisOperation
    var sink = 0.0
    for i in 0..<n {
      // Touch the home slot of the branch 8 places ahead (see mergeRotationBranches).
      if i + 8 < n { sink += shard.pointee.home(of: staged[i + 8].hash).pointee.coefficient }
      let t = staged[i]
      let slot = shard.pointee.addFinal(
        t.key, hash: t.hash, coefficient: t.coefficient, frequency: t.frequency, rules: rules,
        reusingTombstones: false)
      if slot >= 0 && !rehashed {
        t.key.forEachZQubit { q in
          plan.forEachPosition(of: q, after: g) { later in lists.append(slot, to: later) }
        }
      }
    }
    shard.pointee.prefetchSink = sink
    shard.pointee.sweepTouched(rules: rules)
    out.pointee.removeAll()
    return rehashed
  }
}

/// Which positions of an X-rotation run act on each qubit.
///
/// Qubit q's positions are `positions[start[q] ..< start[q + 1]]`, increasing. Read-only once built, shared by the workers.
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
