import Dispatch

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Runs stages of instructions over one state (forward) or two states in lockstep
/// (the backward pass of adjoint differentiation), a cache-sized chunk at a time.
///
/// For every stage the state is visited chunk by chunk: the chunk's amplitudes are
/// gathered into a small buffer (or used in place when the chunk is contiguous), every
/// instruction of the stage runs on it, and the buffer is written back. Chunks are
/// independent, so threads split them; probe sums are kept per chunk and added in chunk
/// order, so results do not depend on the number of threads.
struct ChunkedExecutor {
  var threads: Int

  /// Runs stages over one or two states.
  ///
  /// Applies `stages` to `buffers` (each 2^n amplitudes). With two buffers, instructions
  /// apply to both and generator probes read (λ = buffers[1], φ = buffers[0]); probe
  /// values are added to `gradient[slot]`.
  func run(
    _ stages: [Stage], buffers: [UnsafeMutablePointer<Double>], qubitCount n: Int,
    gradient: UnsafeMutablePointer<Double>? = nil
  ) {
    for stage in stages { run(stage, buffers: buffers, qubitCount: n, gradient: gradient) }
  }

  private func run(
    _ stage: Stage, buffers: [UnsafeMutablePointer<Double>], qubitCount n: Int,
    gradient: UnsafeMutablePointer<Double>?
  ) {
    let b = stage.localQubits.count
    let localized = stage.instructions.map { LocalizedInstruction($0, localQubits: stage.localQubits) }
    let probeCount = stage.instructions.reduce(0) { count, inst in
      if case .generator = inst { return count + 1 }
      return count
    }
    let nonlocal = (0..<n).filter { !stage.localQubits.contains($0) }
    let chunkCount = 1 << (n - b)
    let contiguous = stage.localQubits == Array(0..<b)
    // Runs of 2^low amplitudes are contiguous in memory; the other local qubits index runs.
    let low = stage.localQubits.enumerated().prefix { $0.offset == $0.element }.count
    let runOffsets: [UInt64] = (0..<(1 << (b - low))).map {
      deposit(UInt64($0), into: Array(stage.localQubits[low...]))
    }
    let partials = UnsafeMutableBufferPointer<Double>.allocate(capacity: max(1, chunkCount * probeCount))
    partials.initialize(repeating: 0)
    defer { partials.deallocate() }

    let workers = max(1, min(threads, chunkCount))
    let perWorker = (chunkCount + workers - 1) / workers
    // Workers touch disjoint chunks of the buffers and disjoint rows of `partials`.
    let shared = UncheckedSendable((buffers: buffers, partials: partials))
    let body: @Sendable (Int) -> Void = { worker in
      let (buffers, partials) = shared.value
      let scratch: [UnsafeMutablePointer<Double>] =
        contiguous ? [] : buffers.map { _ in allocateAligned(doubles: 2 << b) }
      var lowTable = [Double](repeating: 0, count: 2 << min(8, b))
      var highTable = [Double](repeating: 0, count: 2 << (b - min(8, b) + 1))
      defer { scratch.forEach { free($0) } }
      let start = worker * perWorker
      let end = min(chunkCount, start + perWorker)
      guard start < end else { return }
      for j in start..<end {
        let base = deposit(UInt64(j), into: nonlocal)
        let chunk: [UnsafeMutablePointer<Double>]
        if contiguous {
          chunk = buffers.map { $0 + 2 * Int(base) }
        } else {
          chunk = scratch
          for (k, buffer) in buffers.enumerated() {
            gather(buffer, into: scratch[k], base: base, runOffsets: runOffsets, runLength: 1 << low)
          }
        }
        var probe = 0
        for inst in localized {
          if let block = inst.diagonal {
            block.apply(toChunk: base, buffers: chunk, low: &lowTable, high: &highTable)
            continue
          }
          guard let resolved = inst.resolved(forChunk: base) else {
            if case .generator = inst.local { probe += 1 }
            continue
          }
          if case .generator(_, let coefficient, let c, let x, let z) = resolved {
            partials[j * probeCount + probe] = Instruction.probe(
              coefficient: coefficient, controls: c, xMask: x, zMask: z,
              lambda: chunk[1], phi: chunk[0], qubits: b)
            probe += 1
          } else {
            for buffer in chunk { resolved.apply(to: buffer, qubits: b) }
          }
        }
        if !contiguous {
          for (k, buffer) in buffers.enumerated() {
            scatter(scratch[k], into: buffer, base: base, runOffsets: runOffsets, runLength: 1 << low)
          }
        }
      }
    }
    if workers == 1 {
      body(0)
    } else {
      DispatchQueue.concurrentPerform(iterations: workers, execute: body)
    }
    if let gradient, probeCount > 0 {
      var probe = 0
      for inst in stage.instructions {
        guard case .generator(let slot, _, _, _, _) = inst else { continue }
        var sum = 0.0
        for j in 0..<chunkCount { sum += partials[j * probeCount + probe] }
        gradient[slot] += sum
        probe += 1
      }
    }
  }
}

/// A value handed to worker threads that the caller guarantees they use without races.
struct UncheckedSendable<Value>: @unchecked Sendable {
  let value: Value
  init(_ value: Value) { self.value = value }
}

/// Spreads the bits of `value` over the given bit positions (lowest bit → first position).
@inline(__always)
func deposit(_ value: UInt64, into positions: [Int]) -> UInt64 {
  var out: UInt64 = 0
  var v = value
  var k = 0
  while v != 0 {
    if v & 1 == 1 { out |= 1 << UInt64(positions[k]) }
    v >>= 1
    k += 1
  }
  return out
}

func allocateAligned(doubles: Int) -> UnsafeMutablePointer<Double> {
  var raw: UnsafeMutableRawPointer?
  guard posix_memalign(&raw, 64, doubles * MemoryLayout<Double>.stride) == 0, let raw else {
    fatalError("out of memory allocating a \(doubles * 8)-byte scratch buffer")
  }
  return raw.bindMemory(to: Double.self, capacity: doubles)
}

@inline(__always)
private func gather(
  _ state: UnsafeMutablePointer<Double>, into scratch: UnsafeMutablePointer<Double>, base: UInt64,
  runOffsets: [UInt64], runLength: Int
) {
  for (r, offset) in runOffsets.enumerated() {
    (scratch + 2 * r * runLength).update(from: state + 2 * Int(base | offset), count: 2 * runLength)
  }
}

@inline(__always)
private func scatter(
  _ scratch: UnsafeMutablePointer<Double>, into state: UnsafeMutablePointer<Double>, base: UInt64,
  runOffsets: [UInt64], runLength: Int
) {
  for (r, offset) in runOffsets.enumerated() {
    (state + 2 * Int(base | offset)).update(from: scratch + 2 * r * runLength, count: 2 * runLength)
  }
}
