// The propagated observable: hash-table shards, processed in parallel, regrouped when needed.

import Dispatch

/// The observable as a sum of terms c·P in `shardCount` hash tables.
///
/// A term's shard is picked by
/// the top bits of ``PackedPauli/shardHash`` (the hash of the string with Y folded into Z), its
/// slot by the low bits of ``PackedPauli/mixedHash``. Folding keeps the two strings an X rotation
/// pairs in one shard, so runs of X rotations (the RX layers of kicked Ising, of QAOA mixers) are
/// processed shard by shard with every access inside one cache-sized table.
///
/// Operations that move strings between shards run in phases:
/// 1. *scan*: each worker scans a contiguous range of shards in order, updating terms in place
///    and appending new strings to its scratch buffer (so scratch 0, 1, … hold them in shard
///    then slot order);
/// 2. *gather*: the staged strings are grouped by destination shard, keeping that order;
/// 3. *merge*: each destination shard takes its group, in order, and sweeps the rules;
/// 4. *cap*: the number of terms is capped, when a cap is set.
/// What each shard receives, and in which order, never depends on the number of workers, so the
/// table (and every sum taken over it in shard and slot order) does not depend on the thread
/// count.
///
/// Shards and buffers are plain values in raw arrays (no reference counting or exclusivity
/// checks in the inner loops); the table frees them in `deinit`.
final class TermTable<Key: PackedPauli>: @unchecked Sendable {
  private(set) var shardBits = 4
  var shardCount: Int { 1 << shardBits }
  private(set) var shards: UnsafeMutablePointer<Shard<Key>>
  /// Per worker: the strings its scan staged, in shard then slot order.
  let scratch: UnsafeMutablePointer<RawBuffer<StagedTerm<Key>>>
  /// Per worker: the slots its scan selected for work.
  let selection: UnsafeMutablePointer<RawBuffer<Int32>>
  /// The staged strings grouped by destination shard: shard d owns
  /// `gathered[groupStart[d] ..< groupStart[d + 1]]`.
  private(set) var gathered = RawBuffer<StagedTerm<Key>>()
  private(set) var groupStart: [Int] = []
  let rules: TruncationRules
  let threads: Int
  /// A superset of the union of the supports of all terms.
  var support: Key = .identity
  /// The most terms held after any operation.
  var peakCount = 0
  /// How many operations ended with the cap pruning terms.
  var capEvents = 0

  /// Below this many terms an operation runs on one thread (thread start-up would dominate).
  static var parallelThreshold: Int { 1 << 14 }
  /// Shards are sized to hold about this many terms (a few hundred KB: cache-resident).
  static var termsPerShard: Int { 1 << 12 }
  static var maximumShardBits: Int { 13 }

  init(rules: TruncationRules, threads: Int) {
    self.rules = rules
    self.threads = max(1, threads)
    shards = Self.allocateShards(bits: 4, tracksFrequency: rules.tracksFrequency)
    scratch = .allocate(capacity: self.threads)
    selection = .allocate(capacity: self.threads)
    for w in 0..<self.threads {
      (scratch + w).initialize(to: RawBuffer())
      (selection + w).initialize(to: RawBuffer())
    }
  }

  deinit {
    Self.freeShards(shards, count: shardCount)
    for w in 0..<threads {
      scratch[w].free()
      selection[w].free()
    }
    scratch.deinitialize(count: threads).deallocate()
    selection.deinitialize(count: threads).deallocate()
    gathered.free()
  }

  static func allocateShards(bits: Int, tracksFrequency: Bool) -> UnsafeMutablePointer<Shard<Key>> {
    let p = UnsafeMutablePointer<Shard<Key>>.allocate(capacity: 1 << bits)
    for i in 0..<(1 << bits) {
      (p + i).initialize(to: Shard(capacity: Shard<Key>.minimumCapacity, tracksFrequency: tracksFrequency))
    }
    return p
  }

  static func freeShards(_ p: UnsafeMutablePointer<Shard<Key>>, count: Int) {
    for i in 0..<count { p[i].free() }
    p.deinitialize(count: count).deallocate()
  }

  /// The number of terms.
  var count: Int {
    var total = 0
    for s in 0..<shardCount { total += shards[s].live }
    return total
  }

  @inline(__always)
  func shardIndex(of key: Key) -> Int { Int(truncatingIfNeeded: key.shardHash >> UInt64(64 - shardBits)) }

  /// The number of workers an operation on the current table uses.
  var workerCount: Int { count >= Self.parallelThreshold ? min(threads, shardCount) : 1 }

  /// Runs `body(worker, shards)` for each worker on its contiguous range of shard indices.
  func forEachWorker(_ body: @escaping @Sendable (_ worker: Int, _ shards: Range<Int>) -> Void) {
    let workers = workerCount
    let s = shardCount
    if workers == 1 {
      body(0, 0..<s)
      return
    }
    DispatchQueue.concurrentPerform(iterations: workers) { w in
      body(w, (w * s / workers)..<((w + 1) * s / workers))
    }
  }

  /// Inserts the observable's terms (strings distinct), then applies the truncation rules.
  func load(_ terms: [(Key, Double)]) {
    for (key, coefficient) in terms {
      let s = shardIndex(of: key)
      if !rules.keepsWeight(key) {
        shards[s].ledger.record(coefficient, .weight)
        continue
      }
      shards[s].reserve(1)
      shards[s].add(key, hash: key.mixedHash, coefficient: coefficient, frequency: 0, rules: rules)
    }
    for s in 0..<shardCount { shards[s].sweepTouched(rules: rules) }
    finishOperation()
  }

  /// Groups what the scan staged by destination shard (`shardBits` may have just changed),
  /// keeping worker, then shard, then slot order; hashes each staged string.
  func gather(workers: Int) {
    var counts = [Int](repeating: 0, count: shardCount + 1)
    for w in 0..<workers {
      let out = scratch + w
      for i in 0..<out.pointee.count {
        let key = out.pointee.base[i].key
        out.pointee.base[i].hash = key.mixedHash
        counts[shardIndex(of: key) + 1] += 1
      }
    }
    for d in 0..<shardCount { counts[d + 1] += counts[d] }
    groupStart = counts
    gathered.removeAll()
    gathered.reserve(counts[shardCount])
    var next = counts
    let base = gathered.base
    for w in 0..<workers {
      let out = scratch + w
      for i in 0..<out.pointee.count {
        let t = out.pointee.base[i]
        let d = shardIndex(of: t.key)
        (base + next[d]).initialize(to: t)
        next[d] += 1
      }
      out.pointee.removeAll()
    }
    gathered.setCount(counts[shardCount])
  }

  /// Merges the gathered strings into their shards with ``Shard/add(_:hash:coefficient:frequency:rules:)``
  /// (several contributions may reach one string) and sweeps the coefficient rule.
  func mergeGathered() {
    let rules = self.rules
    forEachWorker { [self] _, range in
      for d in range {
        let shard = shards + d
        let start = groupStart[d], end = groupStart[d + 1]
        if end > start { shard.pointee.reserve(end - start) }
        for i in start..<end {
          let t = gathered[i]
          shard.pointee.add(t.key, hash: t.hash, coefficient: t.coefficient, frequency: t.frequency, rules: rules)
        }
        shard.pointee.sweepTouched(rules: rules)
      }
    }
  }

  /// Merges staged rotation branches from `scratch[worker]` into shard `d` (at most one per
  /// string, so each merged coefficient is final and checked at once), then sweeps the terms the
  /// scan left below the coefficient limit.
  ///
  /// The loop reads the home slot of the branch 8 places ahead, so that its cache miss overlaps
  /// with the work on the current one (the sum of those reads is kept to stay observable).
  @inline(__always)
  func mergeRotationBranches(_ staged: UnsafeMutablePointer<StagedTerm<Key>>, count n: Int, into d: Int) {
    let rules = self.rules
    let shard = shards + d
    if n > 0 { shard.pointee.reserve(n) }
    var sink = 0.0
    for i in 0..<n {
      if i + 8 < n { sink += shard.pointee.home(of: staged[i + 8].hash).pointee.coefficient }
      let t = staged[i]
      shard.pointee.addFinal(t.key, hash: t.hash, coefficient: t.coefficient, frequency: t.frequency, rules: rules)
    }
    shard.pointee.prefetchSink = sink
    shard.pointee.sweepTouched(rules: rules)
  }

  /// Replaces the shards by `1 << bits` empty ones (the caller refills them from `gathered`).
  func replaceShards(bits: Int) {
    Self.freeShards(shards, count: shardCount)
    shardBits = bits
    shards = Self.allocateShards(bits: bits, tracksFrequency: rules.tracksFrequency)
  }

  /// Re-shards (moving every term) when the shards hold four times ``termsPerShard`` on average.
  func reshardIfCrowded() {
    guard shardBits < Self.maximumShardBits, count > 4 * Self.termsPerShard * shardCount else { return }
    var out = scratch[0]
    for s in 0..<shardCount {
      let shard = shards[s]
      for i in 0..<shard.capacity where shard.isLive(i) {
        out.append(
          StagedTerm(
            key: shard.slots[i].key, hash: 0, coefficient: shard.slots[i].coefficient,
            frequency: shard.frequencies?[i] ?? 0))
      }
    }
    scratch[0] = out
    rebuildFromScratch(workers: 1)
  }

  /// The shard count that keeps about ``termsPerShard`` terms per shard.
  static func shardBits(for count: Int) -> Int {
    var bits = 4
    while bits < maximumShardBits && (count >> bits) > termsPerShard { bits += 1 }
    return bits
  }

  /// Folds the per-shard support of new keys into ``support``, applies the cap and records the peak.
  func finishOperation() {
    for s in 0..<shardCount {
      support = support | shards[s].insertedSupport
      shards[s].insertedSupport = .identity
    }
    if count > rules.maxTerms { enforceCap() }
    peakCount = max(peakCount, count)
  }

  /// Everything dropped so far, summed over shards in shard order (and what earlier shard
  /// layouts dropped, kept in ``retiredLedger``).
  var ledger: DiscardLedger {
    var total = retiredLedger
    for s in 0..<shardCount { total.add(shards[s].ledger) }
    return total
  }

  /// The ledgers of shards replaced by a re-sharding, summed in shard order.
  var retiredLedger = DiscardLedger()
}
