#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The heap buffer behind a ``StateVector``: 2ⁿ interleaved complex doubles, 64-byte aligned.
final class AmplitudeStorage: @unchecked Sendable {
  // @unchecked: the buffer is only mutated through StateVector, which copies on write.
  let qubitCount: Int
  let count: Int
  let base: UnsafeMutablePointer<Complex<Double>>

  /// Allocates without initializing.
  init(qubitCount: Int) throws(SimulationError) {
    let count = 1 << qubitCount
    let bytes = count * MemoryLayout<Complex<Double>>.stride
    var raw: UnsafeMutableRawPointer?
    // Large states are aligned to 2 MiB and marked for transparent huge pages: far fewer
    // TLB misses when kernels stride across the state, and faster first-touch page faults.
    let hugePage = 2 << 20
    let alignment = bytes >= 4 * hugePage ? hugePage : 64
    guard posix_memalign(&raw, alignment, bytes) == 0, let raw else {
      throw .insufficientMemory(
        qubits: qubitCount, requiredBytes: bytes, availableBytes: MemoryBudget.availableBytes())
    }
    #if os(Linux)
      if alignment == hugePage { _ = madvise(raw, bytes, 14) }  // MADV_HUGEPAGE
    #endif
    self.qubitCount = qubitCount
    self.count = count
    self.base = raw.bindMemory(to: Complex<Double>.self, capacity: count)
  }

  deinit { free(base) }

  /// The same amplitudes in a new buffer.
  func copy() throws(SimulationError) -> AmplitudeStorage {
    let other = try AmplitudeStorage(qubitCount: qubitCount)
    other.base.update(from: base, count: count)
    return other
  }

  /// The amplitudes as interleaved doubles, for the kernels.
  var doubles: UnsafeMutablePointer<Double> {
    UnsafeMutableRawPointer(base).assumingMemoryBound(to: Double.self)
  }
}

/// How much memory a state may take: a fixed cap of 30 qubits (16 GiB) and what the
/// machine reports as available.
public enum MemoryBudget {
  /// The largest state vector the library creates: 2³⁰ amplitudes, 16 GiB.
  public static let maximumQubits = 30

  /// Bytes the operating system reports as available (Linux: MemAvailable in
  /// /proc/meminfo), or `nil` when it cannot tell.
  public static func availableBytes() -> Int? {
    #if os(Linux)
      guard let file = fopen("/proc/meminfo", "r") else { return nil }
      defer { fclose(file) }
      var line = [CChar](repeating: 0, count: 256)
      while fgets(&line, Int32(line.count), file) != nil {
        let text = String(decoding: line.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        if text.hasPrefix("MemAvailable:") {
          let digits = text.split(separator: " ").dropFirst().first.flatMap { Int($0) }
          return digits.map { $0 * 1024 }
        }
      }
      return nil
    #else
      return nil
    #endif
  }

  /// Throws unless `states` state vectors of `qubits` qubits fit the cap and the available
  /// memory (keeping 10% of it free).
  public static func check(qubits: Int, states: Int = 1) throws(SimulationError) {
    guard qubits >= 0 else { throw .invalidQubitCount(qubits) }
    guard qubits <= maximumQubits else { throw .tooManyQubits(requested: qubits, limit: maximumQubits) }
    let bytes = states * (1 << qubits) * MemoryLayout<Complex<Double>>.stride
    // Small states cannot exhaust memory; skip reading /proc/meminfo for them (it is a
    // system call, and experiments allocate thousands of small states).
    guard bytes >= 64 << 20 else { return }
    if let available = availableBytes(), Double(bytes) > 0.9 * Double(available) {
      throw .insufficientMemory(qubits: qubits, requiredBytes: bytes, availableBytes: available)
    }
  }
}
