// One open-addressing hash table of terms; the term table is a fixed number of these.

/// A term: a packed Pauli string and its real coefficient, stored together so that a probe
/// touches one cache line.
struct TermSlot<Key: PackedPauli> {
  var key: Key
  var coefficient: Double
}

/// An open-addressing hash table of terms with linear probing and tombstones.
///
/// Slots form a power-of-two array; a key starts probing at `mixedHash & mask` and walks
/// forward. Removed terms become ``PackedPauli/tombstone`` (probing continues past them) until
/// the next rehash. Frequencies (sine counts), when tracked, live in a parallel array.
///
/// A plain value over manually managed memory: the term table keeps one copy per shard in a raw
/// array, only one thread touches a shard at a time, and ``free()`` releases it.
struct Shard<Key: PackedPauli> {
  private(set) var slots: UnsafeMutablePointer<TermSlot<Key>>
  private(set) var frequencies: UnsafeMutablePointer<UInt16>?
  private(set) var capacity: Int
  private(set) var live = 0
  private(set) var tombstones = 0
  let tracksFrequency: Bool

  /// Slots whose coefficient changed in the current operation (checked by ``sweepTouched(rules:)``).
  var touched = RawBuffer<Int32>()
  /// Set when the shard was rehashed during the current operation (``touched`` is then stale).
  var rehashedThisOperation = false
  /// Everything this shard dropped, in this shard's own (deterministic) order.
  var ledger = DiscardLedger()
  /// The union of the supports of the keys inserted during the current operation.
  var insertedSupport: Key = .identity
  /// Keeps the look-ahead reads of ``TermTable/mergeRotationBranches()`` from being optimized away.
  var prefetchSink = 0.0

  static var minimumCapacity: Int { 16 }

  init(capacity: Int, tracksFrequency: Bool) {
    precondition(capacity >= Self.minimumCapacity && capacity & (capacity - 1) == 0)
    self.capacity = capacity
    self.tracksFrequency = tracksFrequency
    slots = Self.allocateSlots(capacity)
    frequencies = tracksFrequency ? Self.allocateFrequencies(capacity) : nil
  }

  func free() {
    slots.deallocate()
    frequencies?.deallocate()
    touched.free()
  }

  private static func allocateSlots(_ capacity: Int) -> UnsafeMutablePointer<TermSlot<Key>> {
    let p = UnsafeMutablePointer<TermSlot<Key>>.allocate(capacity: capacity)
    p.initialize(repeating: TermSlot(key: .empty, coefficient: 0), count: capacity)
    return p
  }

  private static func allocateFrequencies(_ capacity: Int) -> UnsafeMutablePointer<UInt16> {
    let p = UnsafeMutablePointer<UInt16>.allocate(capacity: capacity)
    p.initialize(repeating: 0, count: capacity)
    return p
  }

  /// The capacity that holds `count` terms at load ≤ 1/2.
  static func capacity(for count: Int) -> Int {
    var c = minimumCapacity
    while c < 2 * count { c <<= 1 }
    return c
  }

  @inline(__always) var mask: Int { capacity - 1 }

  @inline(__always)
  func isLive(_ i: Int) -> Bool {
    let k = slots[i].key
    return k != .empty && k != .tombstone
  }

  /// Makes room for `additional` more insertions at load (live + tombstones) ≤ 5/8; rehashes
  /// (dropping tombstones) when needed.
  mutating func reserve(_ additional: Int) {
    guard (live + tombstones + additional) * 8 > capacity * 5 else { return }
    rehash(capacity: Self.capacity(for: live + additional))
  }

  /// Moves every live term into a fresh array of `newCapacity` slots, in slot order.
  mutating func rehash(capacity newCapacity: Int) {
    let oldSlots = slots, oldFrequencies = frequencies, oldCapacity = capacity
    capacity = newCapacity
    slots = Self.allocateSlots(newCapacity)
    frequencies = tracksFrequency ? Self.allocateFrequencies(newCapacity) : nil
    tombstones = 0
    for i in 0..<oldCapacity {
      let slot = oldSlots[i]
      guard slot.key != .empty && slot.key != .tombstone else { continue }
      let j = emptySlot(for: slot.key.mixedHash)
      slots[j] = slot
      if let f = frequencies, let old = oldFrequencies { f[j] = old[i] }
    }
    oldSlots.deallocate()
    oldFrequencies?.deallocate()
    rehashedThisOperation = true
  }

  /// The first never-used slot on the probe path of `hash`.
  @inline(__always)
  private func emptySlot(for hash: UInt64) -> Int {
    var i = Int(truncatingIfNeeded: hash) & mask
    while slots[i].key != .empty { i = (i + 1) & mask }
    return i
  }

  /// Appends a term known to be absent (used when rebuilding after a Clifford run).
  @inline(__always)
  mutating func insertAbsent(_ key: Key, hash: UInt64, coefficient: Double, frequency: UInt16) {
    let i = emptySlot(for: hash)
    slots[i] = TermSlot(key: key, coefficient: coefficient)
    if let f = frequencies { f[i] = frequency }
    live += 1
    insertedSupport = insertedSupport | key.supportMask
  }

  /// Adds `coefficient · key` to the table.
  ///
  /// Merges into an existing term (the frequency becomes the smaller of the two), or inserts a
  /// new term if it passes the coefficient rule (otherwise the contribution is recorded as
  /// discarded). Call ``reserve(_:)`` first.
  @inline(__always)
  mutating func add(_ key: Key, hash: UInt64, coefficient: Double, frequency: UInt16, rules: TruncationRules) {
    var i = Int(truncatingIfNeeded: hash) & mask
    var firstTombstone = -1
    while true {
      let k = slots[i].key
      if k == key {
        slots[i].coefficient += coefficient
        if let f = frequencies, frequency < f[i] { f[i] = frequency }
        touched.append(Int32(truncatingIfNeeded: i))
        return
      }
      if k == .empty { break }
      if firstTombstone < 0 && k == .tombstone { firstTombstone = i }
      i = (i + 1) & mask
    }
    guard rules.keeps(coefficient) else {
      ledger.record(coefficient, .coefficient)
      return
    }
    if firstTombstone >= 0 {
      i = firstTombstone
      tombstones -= 1
    }
    slots[i] = TermSlot(key: key, coefficient: coefficient)
    if let f = frequencies { f[i] = frequency }
    live += 1
    insertedSupport = insertedSupport | key.supportMask
  }

  /// Adds the one contribution a rotation sends to `key` (a string receives at most one per
  /// rotation, from its partner), so the merged coefficient is final and is checked at once.
  ///
  /// Returns the slot of a newly inserted string, or −1 when the contribution merged into a
  /// present one. With `reusingTombstones: false` a new string always takes a never-used slot,
  /// so slots of present strings keep their owner until the next rehash, which is what lets an
  /// X-rotation run keep lists of slot indices (see ``TermTable/applyXRotationRun(_:)``);
  /// ``reserve(_:)`` counts tombstones, so the load stays bounded.
  @inline(__always) @discardableResult
  mutating func addFinal(
    _ key: Key, hash: UInt64, coefficient: Double, frequency: UInt16, rules: TruncationRules,
    reusingTombstones: Bool = true
  ) -> Int {
    var i = Int(truncatingIfNeeded: hash) & mask
    var firstTombstone = -1
    while true {
      let k = slots[i].key
      if k == key {
        let merged = slots[i].coefficient + coefficient
        slots[i].coefficient = merged
        if let f = frequencies, frequency < f[i] { f[i] = frequency }
        if !rules.keeps(merged) { remove(at: i, reason: .coefficient) }
        return -1
      }
      if k == .empty { break }
      if reusingTombstones && firstTombstone < 0 && k == .tombstone { firstTombstone = i }
      i = (i + 1) & mask
    }
    if firstTombstone >= 0 {
      i = firstTombstone
      tombstones -= 1
    }
    slots[i] = TermSlot(key: key, coefficient: coefficient)
    if let f = frequencies { f[i] = frequency }
    live += 1
    insertedSupport = insertedSupport | key.supportMask
    return i
  }

  /// The slot where probing for `hash` starts (to touch its cache line ahead of time).
  @inline(__always)
  func home(of hash: UInt64) -> UnsafeMutablePointer<TermSlot<Key>> { slots + (Int(truncatingIfNeeded: hash) & mask) }

  /// Removes the live term in slot `i`, recording it as dropped for `reason`.
  @inline(__always)
  mutating func remove(at i: Int, reason: DropReason) {
    ledger.record(slots[i].coefficient, reason)
    slots[i].key = .tombstone
    live -= 1
    tombstones += 1
  }

  /// Applies the coefficient rule to the touched slots (or to every slot after a rehash), then
  /// clears the bookkeeping of the operation.
  mutating func sweepTouched(rules: TruncationRules) {
    if rehashedThisOperation {
      for i in 0..<capacity where isLive(i) && !rules.keeps(slots[i].coefficient) {
        remove(at: i, reason: .coefficient)
      }
    } else {
      for t in 0..<touched.count {
        let i = Int(touched[t])
        if isLive(i) && !rules.keeps(slots[i].coefficient) { remove(at: i, reason: .coefficient) }
      }
    }
    touched.removeAll()
    rehashedThisOperation = false
  }

  /// Replaces the contents by a fresh table sized for `count` terms.
  mutating func reset(expecting count: Int) {
    let newCapacity = Self.capacity(for: count)
    slots.deallocate()
    frequencies?.deallocate()
    capacity = newCapacity
    slots = Self.allocateSlots(newCapacity)
    frequencies = tracksFrequency ? Self.allocateFrequencies(newCapacity) : nil
    live = 0
    tombstones = 0
    touched.removeAll()
    rehashedThisOperation = false
    insertedSupport = .identity
  }
}
