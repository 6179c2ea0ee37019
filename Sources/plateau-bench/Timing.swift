#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Wall-clock seconds from a monotonic clock.
func now() -> Double {
  var t = timespec()
  clock_gettime(CLOCK_MONOTONIC, &t)
  return Double(t.tv_sec) + Double(t.tv_nsec) * 1e-9
}

/// The median of `repeats` timed runs of `body`, after one untimed warm-up run when
/// `warmUp` is set.
func medianSeconds<R>(repeats: Int, warmUp: Bool, _ body: () throws -> R) rethrows -> (seconds: Double, result: R) {
  var result = warmUp ? try body() : nil
  var times: [Double] = []
  for _ in 0..<max(1, repeats) {
    let start = now()
    result = try body()
    times.append(now() - start)
  }
  times.sort()
  let mid = times.count / 2
  let median = times.count % 2 == 1 ? times[mid] : (times[mid - 1] + times[mid]) / 2
  return (median, result!)
}
