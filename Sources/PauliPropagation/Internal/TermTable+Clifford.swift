// Runs of Clifford gates: every string maps to one signed string, so no two terms can merge.

extension TermTable {
  /// Conjugates the observable by a run of Clifford steps (given in Heisenberg order: the last
  /// gate in time first), one term at a time through the whole run, then rebuilds the shards.
  ///
  /// A Clifford run is a bijection on strings, so no merging happens inside it and processing
  /// term by term is exactly the same as gate by gate: after each step the term's weight and
  /// (if noise damped it) its coefficient are checked against the rules.
  func applyCliffordRun(_ steps: [CliffordStep<Key>]) {
    var runMask = Key.identity
    for step in steps { runMask = runMask | step.mask }
    guard support.overlaps(runMask) else { return }
    if !rules.limitsWeight, let segments = TurnSegments(steps) {
      applyCommutingTurns(segments)
      return
    }
    let touchedQubits = runMask
    let rules = self.rules
    let workers = workerCount
    forEachWorker { [self] w, range in
      var out = scratch[w]
      for source in range {
        let shard = shards + source
        let slots = shard.pointee.slots
        let frequencies = shard.pointee.frequencies
        out.reserve(shard.pointee.live + 1)
        var ledger = shard.pointee.ledger
        steps.withUnsafeBufferPointer { run in
          for i in 0..<shard.pointee.capacity {
            var key = slots[i].key
            guard key != .empty && key != .tombstone else { continue }
            var coefficient = slots[i].coefficient
            var kept = true
            if key.overlaps(touchedQubits) {
              for step in run where key.overlaps(step.mask) {
                let before = coefficient
                let moved = step.apply(to: &key, &coefficient)
                if moved && !rules.keepsWeight(key) {
                  ledger.record(coefficient, .weight)
                  kept = false
                  break
                }
                if step.damping != nil && coefficient != before && !rules.keeps(coefficient) {
                  ledger.record(coefficient, .coefficient)
                  kept = false
                  break
                }
              }
            }
            out.append(
              StagedTerm(key: key, hash: 0, coefficient: coefficient, frequency: frequencies?[i] ?? 0), if: kept)
          }
        }
        shard.pointee.ledger = ledger
      }
      scratch[w] = out
    }
    rebuildFromScratch(workers: workers)
  }

  /// Refills the table from the strings staged in the workers' scratch buffers (all distinct),
  /// choosing the shard count for their number; keeps the old shards' ledgers.
  func rebuildFromScratch(workers: Int) {
    var total = 0
    for w in 0..<workers { total += scratch[w].count }
    for s in 0..<shardCount { retiredLedger.add(shards[s].ledger) }
    replaceShards(bits: Self.shardBits(for: total))
    gather(workers: workers)
    forEachWorker { [self] _, range in
      let gatheredBase = gathered.base
      for d in range {
        let shard = shards + d
        let start = groupStart[d], end = groupStart[d + 1]
        shard.pointee.reset(expecting: end - start)
        for i in start..<end {
          let t = gatheredBase[i]
          shard.pointee.insertAbsent(t.key, hash: t.hash, coefficient: t.coefficient, frequency: t.frequency)
        }
      }
    }
    support = .identity
    finishOperation()
  }
}
