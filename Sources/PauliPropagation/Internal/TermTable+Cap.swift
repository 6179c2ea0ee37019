// The hard cap on the number of strings.

extension TermTable {
  /// Keeps the `maxTerms` terms of largest |c|; among terms with |c| equal to the threshold, the
  /// earliest in shard and slot order stay (an order that does not depend on the thread count).
  ///
  /// - Complexity: O(terms) on average (quickselect on a copy of the magnitudes).
  @inline(never)
  func enforceCap() {
    let limit = rules.maxTerms
    var magnitudes: [Double] = []
    magnitudes.reserveCapacity(count)
    for s in 0..<shardCount {
      let shard = shards[s]
      for i in 0..<shard.capacity where shard.isLive(i) { magnitudes.append(abs(shard.slots[i].coefficient)) }
    }
    guard magnitudes.count > limit else { return }
    // The limit-th largest magnitude.
    let threshold = Self.select(&magnitudes, rank: magnitudes.count - limit)
    var above = 0
    for m in magnitudes where m > threshold { above += 1 }
    var equalKept = limit - above
    for s in 0..<shardCount {
      let shard = shards + s
      for i in 0..<shard.pointee.capacity where shard.pointee.isLive(i) {
        let m = abs(shard.pointee.slots[i].coefficient)
        if m > threshold { continue }
        if m == threshold && equalKept > 0 {
          equalKept -= 1
          continue
        }
        shard.pointee.remove(at: i, reason: .cap)
      }
    }
    capEvents += 1
  }

  /// The element that would be at index `rank` if `values` were sorted ascending (Hoare
  /// quickselect with a median-of-three pivot); reorders `values`.
  static func select(_ values: inout [Double], rank: Int) -> Double {
    var lo = 0, hi = values.count - 1
    while lo < hi {
      let mid = lo + (hi - lo) / 2
      let a = values[lo], b = values[mid], c = values[hi]
      let pivot = max(min(a, b), min(max(a, b), c))
      var i = lo, j = hi
      while i <= j {
        while values[i] < pivot { i += 1 }
        while values[j] > pivot { j -= 1 }
        if i <= j {
          values.swapAt(i, j)
          i += 1
          j -= 1
        }
      }
      if rank <= j {
        hi = j
      } else if rank >= i {
        lo = i
      } else {
        return values[rank]
      }
    }
    return values[rank]
  }
}
