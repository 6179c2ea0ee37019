// A growable array in raw memory, for the engine's hot loops (no reference counting, no
// exclusivity checks, no bounds checks).

/// A growable buffer of plain values in manually managed memory.
///
/// It is a plain value holding a pointer: copies share storage, so the engine keeps exactly one
/// live copy of each (inside the term table's raw arrays) and frees it once with ``free()``.
struct RawBuffer<Element> {
  private(set) var base: UnsafeMutablePointer<Element>
  private(set) var count = 0
  private(set) var capacity: Int

  init(capacity: Int = 16) {
    self.capacity = max(1, capacity)
    base = .allocate(capacity: self.capacity)
  }

  @inline(__always)
  mutating func append(_ element: Element) {
    if count == capacity { grow() }
    (base + count).initialize(to: element)
    count += 1
  }

  @inline(never)
  private mutating func grow() {
    let newCapacity = capacity * 2
    let newBase = UnsafeMutablePointer<Element>.allocate(capacity: newCapacity)
    newBase.moveInitialize(from: base, count: count)
    base.deallocate()
    base = newBase
    capacity = newCapacity
  }

  /// Forgets the contents (elements must be trivial); returns memory when much was left unused.
  mutating func removeAll() {
    if capacity > 1 << 16 && count < capacity / 8 {
      base.deallocate()
      capacity = max(64, count * 2)
      base = .allocate(capacity: capacity)
    }
    count = 0
  }

  /// Makes room for `additional` more elements.
  @inline(__always)
  mutating func reserve(_ additional: Int) {
    while count + additional > capacity { grow() }
  }

  /// Writes `element` after the last one; keeps it only if `keep`.
  ///
  /// A branch-free append: the write always happens, the count moves by 0 or 1. Call
  /// ``reserve(_:)`` first.
  @inline(__always)
  mutating func append(_ element: Element, if keep: Bool) {
    (base + count).initialize(to: element)
    count &+= keep ? 1 : 0
  }

  /// Declares the first `n` elements initialized (after writing them through ``base``).
  mutating func setCount(_ n: Int) {
    precondition(n <= capacity)
    count = n
  }

  subscript(i: Int) -> Element {
    @inline(__always) get { base[i] }
  }

  func free() { base.deallocate() }
}

/// A new contribution `coefficient · key` waiting to be merged into its destination shard.
struct StagedTerm<Key: PackedPauli> {
  var key: Key
  var hash: UInt64
  var coefficient: Double
  var frequency: UInt16
}

/// A zero-filled array in raw memory that parallel workers write at disjoint indices.
struct SharedPointer<Element: BinaryInteger>: @unchecked Sendable {
  let pointer: UnsafeMutablePointer<Element>
  private let count: Int

  init(count: Int) {
    self.count = count
    pointer = .allocate(capacity: count)
    pointer.initialize(repeating: 0, count: count)
  }

  func free() { pointer.deallocate() }
}
