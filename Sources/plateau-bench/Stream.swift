import Dispatch

/// STREAM triad a[i] = b[i] + s·c[i] over arrays far larger than the caches; returns the
/// bandwidth in GB/s counting 24 bytes per element (two reads and a write, STREAM's
/// convention), best of `repeats`.
func streamTriad(megabytesPerArray: Int = 256, threads: Int, repeats: Int = 5) -> Double {
  let count = megabytesPerArray * 1024 * 1024 / 8
  let a = UnsafeMutablePointer<Double>.allocate(capacity: count)
  let b = UnsafeMutablePointer<Double>.allocate(capacity: count)
  let c = UnsafeMutablePointer<Double>.allocate(capacity: count)
  defer { a.deallocate(); b.deallocate(); c.deallocate() }
  let pointers = SendablePointers(a: a, b: b, c: c)
  let perThread = count / threads
  let initialize: @Sendable (Int) -> Void = { t in
    for i in (t * perThread)..<((t + 1) * perThread) { pointers.a[i] = 0; pointers.b[i] = 1; pointers.c[i] = 2 }
  }
  DispatchQueue.concurrentPerform(iterations: threads, execute: initialize)
  var best = Double.infinity
  for _ in 0..<repeats {
    let start = now()
    let triad: @Sendable (Int) -> Void = { t in
      let (a, b, c) = (pointers.a, pointers.b, pointers.c)
      for i in (t * perThread)..<((t + 1) * perThread) { a[i] = b[i] + 3 * c[i] }
    }
    if threads == 1 { triad(0) } else { DispatchQueue.concurrentPerform(iterations: threads, execute: triad) }
    best = min(best, now() - start)
  }
  return Double(24 * perThread * threads) / best / 1e9
}

private struct SendablePointers: @unchecked Sendable {
  let a: UnsafeMutablePointer<Double>
  let b: UnsafeMutablePointer<Double>
  let c: UnsafeMutablePointer<Double>
}
