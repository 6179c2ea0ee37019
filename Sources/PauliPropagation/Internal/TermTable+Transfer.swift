// A general one- or two-qubit unitary through its Pauli transfer matrix.

extension TermTable {
  /// Conjugates the observable by a unitary through its transfer matrix, after the gate's noise.
  ///
  /// With transfer matrix `r` on `qubits`, a term c·Q with local string l becomes Σ_m R[m, l]·c·Q_m, where Q_m is Q with
  /// its factors on the gate's qubits replaced by local string m. The m = l part stays in place;
  /// each other part counts as one more sine factor (for ``TruncationPolicy/maxFrequency``).
  func applyTransfer(_ r: TransferMatrix, qubits: [Int], damping: Damping<Key>?) {
    var qubitMask = damping?.mask ?? .identity
    for q in qubits { qubitMask.setBits(3, at: q) }
    let gateMask = qubitMask
    guard support.overlaps(gateMask) else { return }
    let rules = self.rules
    let k = qubits.count, size = 1 << (2 * k)
    let workers = workerCount
    forEachWorker { [self] w, range in
      for source in range {
        let shard = shards + source
        let slots = shard.pointee.slots
        let frequencies = shard.pointee.frequencies
        let row = scratch + w
        for i in 0..<shard.pointee.capacity {
          let key = slots[i].key
          guard key != .empty && key != .tombstone && key.overlaps(gateMask) else { continue }
          var coefficient = slots[i].coefficient
          if let damping { coefficient *= damping.factor(key) }
          var local = 0
          for (j, q) in qubits.enumerated() {
            let b = Int(key.bits(at: q))
            local |= (b & 1) << j | (b >> 1) << (k + j)
          }
          if local != 0 {
            let frequency = (frequencies?[i] ?? 0) &+ 1
            for m in 1..<size where m != local {
              let branch = r[m, local] * coefficient
              guard abs(r[m, local]) > 1e-15 else { continue }
              var image = key
              for (j, q) in qubits.enumerated() {
                image.setBits(UInt8((m >> j) & 1 | ((m >> (k + j)) & 1) << 1), at: q)
              }
              if !rules.keeps(branch) {
                shard.pointee.ledger.record(branch, .coefficient)
              } else if !rules.keepsWeight(image) {
                shard.pointee.ledger.record(branch, .weight)
              } else if Int(frequency) > rules.maxFrequency {
                shard.pointee.ledger.record(branch, .frequency)
              } else {
                row.pointee.append(StagedTerm(key: image, hash: 0, coefficient: branch, frequency: frequency))
              }
            }
            coefficient *= r[local, local]
          }
          slots[i].coefficient = coefficient
          shard.pointee.touched.append(Int32(truncatingIfNeeded: i))
        }
      }
    }
    gather(workers: workers)
    mergeGathered()
    finishOperation()
  }
}
