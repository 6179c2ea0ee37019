/// The state of n qubits as 2ⁿ complex amplitudes.
///
/// Qubit 0 is the least significant bit of the basis index: amplitude k belongs to the
/// basis state |b_{n−1} … b_1 b_0⟩ with k = Σ b_q 2^q. The amplitudes are interleaved
/// complex doubles in one 64-byte-aligned buffer; a `StateVector` is a value (copy on
/// write). Up to ``MemoryBudget/maximumQubits`` qubits, and never more than the machine
/// has available: asking for more throws ``SimulationError`` instead of crashing or
/// swapping.
///
/// ```swift
/// var psi = try StateVector(qubitCount: 2)      // |00⟩
/// psi.apply(.h(0))
/// psi.apply(.cx(control: 0, target: 1))         // (|00⟩ + |11⟩)/√2
/// print(psi.expectation(of: "Z0 Z1"))           // 1.0
/// ```
///
/// - Complexity: memory 16·2ⁿ bytes; every gate costs O(2ⁿ).
public struct StateVector: @unchecked Sendable {
  // @unchecked: storage is a class, but every mutation goes through
  // `withMutableAmplitudes`, which copies a shared buffer first.
  var storage: AmplitudeStorage

  /// The number of qubits n.
  public var qubitCount: Int { storage.qubitCount }
  /// The number of amplitudes, 2ⁿ.
  public var count: Int { storage.count }

  /// The basis state |0…0⟩ on `qubitCount` qubits.
  /// - Throws: ``SimulationError`` when the state would exceed the cap or the memory available.
  public init(qubitCount: Int) throws(SimulationError) {
    try self.init(basisState: 0, qubitCount: qubitCount)
  }

  /// The computational basis state with index `basisState` (qubit 0 = least significant bit).
  public init(basisState: Int, qubitCount: Int) throws(SimulationError) {
    try MemoryBudget.check(qubits: qubitCount)
    guard (0..<(1 << qubitCount)).contains(basisState) else {
      throw .invalidAmplitudes("basis state \(basisState) is outside 0..<\(1 << qubitCount)")
    }
    storage = try AmplitudeStorage(qubitCount: qubitCount)
    storage.base.initialize(repeating: .zero, count: storage.count)
    storage.base[basisState] = .one
  }

  /// A state from its amplitudes; the count must be a power of two and the norm 1 (to 1e-8).
  public init(amplitudes: [Complex<Double>]) throws(SimulationError) {
    let n = amplitudes.count.trailingZeroBitCount
    guard amplitudes.count > 0, amplitudes.count == 1 << n else {
      throw .invalidAmplitudes("a state needs 2ⁿ amplitudes, got \(amplitudes.count)")
    }
    let norm = amplitudes.reduce(0) { $0 + $1.lengthSquared }
    guard abs(norm - 1) <= 1e-8 else {
      throw .invalidAmplitudes("the amplitudes are not normalized: Σ|a|² = \(norm)")
    }
    try MemoryBudget.check(qubits: n)
    storage = try AmplitudeStorage(qubitCount: n)
    amplitudes.withUnsafeBufferPointer { storage.base.initialize(from: $0.baseAddress!, count: amplitudes.count) }
  }

  /// The state the circuit prepares from |0…0⟩.
  public init(
    running circuit: Circuit, parameters: [Double] = [], simulator: Simulator = .default
  ) throws(SimulationError) {
    try self.init(qubitCount: circuit.qubitCount)
    try apply(circuit, parameters: parameters, simulator: simulator)
  }

  /// The amplitude of basis state `index`.
  public subscript(index: Int) -> Complex<Double> {
    get {
      precondition((0..<count).contains(index), "index \(index) is outside 0..<\(count)")
      return storage.base[index]
    }
    set {
      precondition((0..<count).contains(index), "index \(index) is outside 0..<\(count)")
      makeUnique()
      storage.base[index] = newValue
    }
  }

  /// All amplitudes, copied into an array.
  public var amplitudes: [Complex<Double>] { Array(UnsafeBufferPointer(start: storage.base, count: count)) }

  /// Makes the buffer unique (copy on write).
  mutating func makeUnique() {
    if !isKnownUniquelyReferenced(&storage) {
      do { storage = try storage.copy() } catch { fatalError("copying a state vector: \(error)") }
    }
  }

  /// Calls `body` with the amplitudes as interleaved doubles, after making them unique.
  mutating func withMutableDoubles<R>(_ body: (UnsafeMutablePointer<Double>) throws -> R) rethrows -> R {
    makeUnique()
    return try body(storage.doubles)
  }

  /// Calls `body` with the amplitudes as interleaved doubles, read-only.
  func withDoubles<R>(_ body: (UnsafePointer<Double>) throws -> R) rethrows -> R {
    try body(UnsafePointer(storage.doubles))
  }
}
