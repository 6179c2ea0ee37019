// Pauli rotations exp(−iθP/2) with generic angles: the operations that create new strings.

extension TermTable {
  /// Conjugates the observable by `exp(−iθP/2)` (Heisenberg picture), after the gate's noise.
  ///
  /// For a term c·Q: if Q commutes with P it is unchanged; otherwise
  ///
  /// ```text
  /// e^{iθP/2} Q e^{−iθP/2} = e^{iθP} Q = cos θ · Q + sin θ · (iPQ)
  /// ```
  ///
  /// and `iPQ = i·i^e·R = ±R` for `PQ = i^e R` (e is odd for anticommuting strings: e = 1 gives
  /// −R, e = 3 gives +R). So `RX(θ)` maps Z to `cos θ·Z + sin θ·Y` and Y to `cos θ·Y − sin θ·Z`.
  /// The cosine part stays in place; the sine part (one more sine factor) is checked against the
  /// rules at birth, staged, and merged.
  func applyRotation(_ rule: GeneratorRule<Key>, cos c: Double, sin s: Double, damping: Damping<Key>?) {
    guard touches(rule, damping) else { return }
    let workers = workerCount
    forEachWorker { [self] w, range in
      for source in range { scanRotation(source, rule, cos: c, sin: s, damping: damping, into: w) }
    }
    gather(workers: workers)
    forEachWorker { [self] _, range in
      let gatheredBase = gathered.base
      for d in range {
        mergeRotationBranches(gatheredBase + groupStart[d], count: groupStart[d + 1] - groupStart[d], into: d)
      }
    }
    finishOperation()
  }

  /// Whether the rotation or its noise can touch any term.
  func touches(_ rule: GeneratorRule<Key>, _ damping: Damping<Key>?) -> Bool {
    support.overlaps(rule.generator) || (damping.map { support.overlaps($0.mask) } ?? false)
  }

  /// The scan of one shard for a rotation, in two passes: a branch-free pass collects the slots
  /// the gate touches (which terms anticommute is unpredictable, so a branch on it would
  /// mispredict often), then only those are updated and their sine branches staged in
  /// `scratch[worker]`.
  @inline(__always)
  func scanRotation(
    _ source: Int, _ rule: GeneratorRule<Key>, cos c: Double, sin s: Double, damping: Damping<Key>?, into worker: Int
  ) {
    let rules = self.rules
    let p = rule.generator
    let limitsWeight = rules.limitsWeight
    let shard = shards + source
    let slots = shard.pointee.slots
    let frequencies = shard.pointee.frequencies
    var selected = selection[worker]
    selected.removeAll()
    selected.reserve(shard.pointee.capacity)
    let noiseMask = damping?.mask ?? .identity
    if rule.isSingleQubitX && damping == nil {
      // X on one qubit: Q anticommutes exactly when it has a Z bit there.
      let z = rule.z0
      for i in 0..<shard.pointee.capacity {
        let key = slots[i].key
        selected.append(Int32(truncatingIfNeeded: i), if: !key.isSentinel && key.sharesBit(with: z))
      }
    } else {
      for i in 0..<shard.pointee.capacity {
        let key = slots[i].key
        selected.append(
          Int32(truncatingIfNeeded: i),
          if: !key.isSentinel && (rule.classify(key).anticommutes || key.overlaps(noiseMask)))
      }
    }
    var out = scratch[worker]
    var touched = shard.pointee.touched
    var ledger = shard.pointee.ledger
    out.reserve(selected.count)
    touched.reserve(selected.count)
    for j in 0..<selected.count {
      let i = Int(selected[j])
      let key = slots[i].key
      var coefficient = slots[i].coefficient
      if let damping { coefficient *= damping.factor(key) }
      let (anticommutes, negative) = rule.classify(key)
      if anticommutes {
        let branch = (negative ? -s : s) * coefficient
        coefficient *= c
        Self.stageBranch(
          key ^ p, branch, frequency: (frequencies?[i] ?? 0) &+ 1, rules: rules, limitsWeight: limitsWeight,
          into: &out, ledger: &ledger)
      }
      slots[i].coefficient = coefficient
      // Only a term now below the limit needs a second look (its partner's branch may still
      // lift it); one that passes can change only by that branch, checked when merging.
      touched.append(Int32(truncatingIfNeeded: i), if: !rules.keeps(coefficient))
    }
    selection[worker] = selected
    scratch[worker] = out
    shard.pointee.touched = touched
    shard.pointee.ledger = ledger
  }

  /// Stages the sine branch `branch · r` (carrying `frequency` sines) if it passes the rules at
  /// birth, checked in the order of ``TruncationPolicy``: coefficient, weight, frequency;
  /// otherwise records it as dropped by the first rule it breaks.
  @inline(__always)
  static func stageBranch(
    _ r: Key, _ branch: Double, frequency: UInt16, rules: TruncationRules, limitsWeight: Bool,
    into out: inout RawBuffer<StagedTerm<Key>>, ledger: inout DiscardLedger
  ) {
    if !rules.keeps(branch) {
      ledger.record(branch, .coefficient)
    } else if limitsWeight && !rules.keepsWeight(r) {
      ledger.record(branch, .weight)
    } else if Int(frequency) > rules.maxFrequency {
      ledger.record(branch, .frequency)
    } else {
      out.append(StagedTerm(key: r, hash: 0, coefficient: branch, frequency: frequency))
    }
  }

  /// Applies the gate noise alone (for gates with no elementary operation, such as `id`).
  func applyDamping(_ damping: Damping<Key>) {
    guard support.overlaps(damping.mask) else { return }
    let rules = self.rules
    forEachWorker { [self] _, range in
      for source in range {
        let shard = shards + source
        let slots = shard.pointee.slots
        for i in 0..<shard.pointee.capacity {
          let key = slots[i].key
          guard key != .empty && key != .tombstone && key.overlaps(damping.mask) else { continue }
          slots[i].coefficient *= damping.factor(key)
          shard.pointee.touched.append(Int32(truncatingIfNeeded: i))
        }
        shard.pointee.sweepTouched(rules: rules)
      }
    }
    finishOperation()
  }
}
