/// An insertion-ordered set of packed Pauli strings with O(1) look-up: the strings live in one
/// array (their index is their position), and an open-addressing table with linear probing
/// maps a string to its index.
///
/// ```text
/// slot (UInt64):  [ 32-bit fingerprint | index + 1 ]      0 = empty
/// ```
/// The fingerprint (high half of the digest) rejects most mismatches without touching the
/// string array; the table is kept at most half full.
struct PauliIndex<W: PauliWords>: Sendable {
  private(set) var strings: [PackedPauli<W>] = []
  private var slots: [UInt64]
  private var mask: Int

  init(capacity: Int = 16) {
    var size = 16
    while size < 2 * capacity { size <<= 1 }
    slots = [UInt64](repeating: 0, count: size)
    mask = size - 1
  }

  var count: Int { strings.count }

  subscript(index: Int) -> PackedPauli<W> { strings[index] }

  /// The index of `key`, or nil.
  @inline(__always)
  func index(of key: PackedPauli<W>) -> Int? {
    let digest = key.digest
    let fingerprint = digest >> 32
    var slot = Int(truncatingIfNeeded: digest) & mask
    while true {
      let entry = slots[slot]
      if entry == 0 { return nil }
      if entry >> 32 == fingerprint {
        let index = Int(entry & 0xFFFF_FFFF) - 1
        if strings[index] == key { return index }
      }
      slot = (slot + 1) & mask
    }
  }

  /// Inserts `key` if absent; returns its index and whether it was new.
  @inline(__always)
  @discardableResult
  mutating func insert(_ key: PackedPauli<W>) -> (index: Int, inserted: Bool) {
    let digest = key.digest
    let fingerprint = digest >> 32
    var slot = Int(truncatingIfNeeded: digest) & mask
    while true {
      let entry = slots[slot]
      if entry == 0 { break }
      if entry >> 32 == fingerprint {
        let index = Int(entry & 0xFFFF_FFFF) - 1
        if strings[index] == key { return (index, false) }
      }
      slot = (slot + 1) & mask
    }
    let index = strings.count
    strings.append(key)
    slots[slot] = fingerprint << 32 | UInt64(index + 1)
    if 2 * strings.count > slots.count { grow() }
    return (index, true)
  }

  @inline(never)
  private mutating func grow() {
    let size = slots.count * 2
    slots = [UInt64](repeating: 0, count: size)
    mask = size - 1
    for (index, key) in strings.enumerated() {
      let digest = key.digest
      var slot = Int(truncatingIfNeeded: digest) & mask
      while slots[slot] != 0 { slot = (slot + 1) & mask }
      slots[slot] = (digest >> 32) << 32 | UInt64(index + 1)
    }
  }
}
