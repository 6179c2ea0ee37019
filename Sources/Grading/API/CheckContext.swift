public import Quantum

/// What a check knows while it runs: which check it is and the seed of its random inputs.
///
/// Every check draws its inputs from its own stream, `seed`, which mixes the exercise's seed
/// (from the manifest) with the FNV-1a hash of the check's identifier. The child process
/// (which calls the learner's code) and the grader (which judges the answers) both make the
/// inputs from this seed, so the inputs never travel between them, and the same inputs come
/// back on every run and every machine.
///
/// ```swift
/// let context = CheckContext(exerciseSeed: 101, checkID: "unit-norm")
/// var rng = context.makeGenerator()
/// let x = Double.random(in: 0..<1, using: &rng)   // the same on every run
/// ```
public struct CheckContext: Sendable, Equatable {
  /// The exercise's seed, from the manifest.
  public let exerciseSeed: UInt64
  /// The check's identifier.
  public let checkID: String
  /// This check's own seed.
  public let seed: UInt64

  public init(exerciseSeed: UInt64, checkID: String) {
    self.exerciseSeed = exerciseSeed
    self.checkID = checkID
    // FNV-1a over the identifier's UTF-8 bytes (stable across runs, unlike Hasher).
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in checkID.utf8 {
      hash ^= UInt64(byte)
      hash &*= 0x0000_0100_0000_01b3
    }
    self.seed = exerciseSeed ^ hash
  }

  /// A fresh generator at the start of this check's stream.
  public func makeGenerator() -> SeededGenerator { SeededGenerator(seed: seed) }
}
