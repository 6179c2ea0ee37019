/// A 128-bit content hash (two independent 64-bit FNV-1a lanes) for the render cache.
///
/// Not cryptographic: it keys a cache of our own renders, where a collision would need two
/// different lesson texts with equal hashes in both lanes.
struct ContentHash: Hashable, Codable, CustomStringConvertible, Sendable {
  private var a: UInt64 = 0xcbf2_9ce4_8422_2325
  private var b: UInt64 = 0x8422_2325_cbf2_9ce4

  init() {}

  /// Mixes in a string, length-prefixed so that ("ab", "c") and ("a", "bc") differ.
  mutating func combine(_ text: String) {
    combine(UInt64(text.utf8.count))
    for byte in text.utf8 { mix(byte) }
  }

  mutating func combine(_ value: UInt64) {
    var v = value
    for _ in 0..<8 {
      mix(UInt8(truncatingIfNeeded: v))
      v >>= 8
    }
  }

  private mutating func mix(_ byte: UInt8) {
    a = (a ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
    b = (b ^ UInt64(byte ^ 0x5a)) &* 0x0000_0100_0000_01b3
  }

  var description: String {
    let hex = { (v: UInt64) in String(v, radix: 16).leftPadded(to: 16) }
    return hex(a) + hex(b)
  }
}

extension String {
  func leftPadded(to width: Int, with pad: Character = "0") -> String {
    count >= width ? self : String(repeating: pad, count: width - count) + self
  }
}
