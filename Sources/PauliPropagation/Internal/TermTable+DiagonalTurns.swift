// Runs of commuting Z-type turns (the RZZ(±π/2) layers of kicked Ising), found per term through an index.

extension TermTable {
  /// A run of noiseless Z-type turns (the RZZ(±π/2) layers of kicked Ising) without weight rules:
  /// the steps commute and keep X bits, so a term meets exactly the steps with one qubit in its
  /// X support, found through a per-qubit index instead of testing every step. (With weight
  /// rules or noise the intermediate strings matter and ``applyCliffordRun(_:)`` goes step by
  /// step.)
  func applyDiagonalTurns(_ steps: [CliffordStep<Key>]) {
    let n = Key.capacity
    var start = [Int](repeating: 0, count: n + 1)
    for step in steps {
      start[step.rule.q0 + 1] += 1
      if step.rule.q1 >= 0 { start[step.rule.q1 + 1] += 1 }
    }
    for q in 0..<n { start[q + 1] += start[q] }
    var incident = [Int](repeating: 0, count: start[n])
    var next = start
    for (i, step) in steps.enumerated() {
      incident[next[step.rule.q0]] = i
      next[step.rule.q0] += 1
      if step.rule.q1 >= 0 {
        incident[next[step.rule.q1]] = i
        next[step.rule.q1] += 1
      }
    }
    let index = (start: start, incident: incident)
    let workers = workerCount
    forEachWorker { [self] w, range in
      var out = scratch[w]
      steps.withUnsafeBufferPointer { run in
        index.incident.withUnsafeBufferPointer { incident in
          index.start.withUnsafeBufferPointer { start in
            for source in range {
              let shard = shards + source
              let slots = shard.pointee.slots
              let frequencies = shard.pointee.frequencies
              out.reserve(shard.pointee.live + 1)
              for i in 0..<shard.pointee.capacity {
                let original = slots[i].key
                guard !original.isSentinel else { continue }
                var key = original
                var coefficient = slots[i].coefficient
                original.forEachXQubit { q in
                  for j in start[q]..<start[q + 1] {
                    let step = run[incident[j]]
                    _ = step.apply(to: &key, &coefficient)
                  }
                }
                out.append(StagedTerm(key: key, hash: 0, coefficient: coefficient, frequency: frequencies?[i] ?? 0))
              }
            }
          }
        }
      }
      scratch[w] = out
    }
    rebuildFromScratch(workers: workers)
  }
}
