#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The entry point of the child process that runs one check on the learner's code.
///
/// The grader compiles the learner's files together with a generated `main.swift`:
///
/// ```swift
/// import ExerciseChecks
/// import Grading
/// ChildHarness.main(NormalizeExercise.self, implementation: .init(normalized: normalized(_:)))
/// ```
///
/// and runs it once per check: `child --check ID --seed S --channel FILE`.
///
/// **Why the learner's code cannot change its own score.** The learner's code runs in this
/// process, so anything this process can do, the learner's code can do too: print, write
/// files, read the arguments, exit early, crash. So this process decides nothing. It only
/// calls the learner's functions on inputs it makes from the seed and appends each raw
/// answer (a returned value or a thrown error), one JSON line per input, to the channel file
/// the grader created for this run. The grader then rebuilds the same inputs from the same
/// seed in its own process, computes the expected answers with its own code, and judges the
/// recorded answers against them. Standard output and error are only shown to the learner,
/// never parsed. Whatever the learner's code writes into the channel is therefore at most a
/// claimed answer to an input it was given; a forged line either fails to decode or is judged
/// like any answer, and points come only from answers that are right. A missing line (the
/// process crashed, was stopped at the time limit, or exited early) scores that check 0 and
/// names the input it stopped on. The remaining trust boundary is the machine itself: on a
/// shared grading host, run the child as an unprivileged user (`--child-user`) so that it
/// cannot read the instructor's files or overwrite the grader's report.
public enum ChildHarness {
  /// Parses the arguments, runs the check and exits (0 when the check ran to the end).
  public static func main<D: ExerciseDefinition>(_: D.Type, implementation: D.Implementation) -> Never {
    unbufferStandardOutput()
    let arguments = Array(CommandLine.arguments.dropFirst())
    func option(_ name: String) -> String? {
      arguments.firstIndex(of: name).flatMap { $0 + 1 < arguments.count ? arguments[$0 + 1] : nil }
    }
    if arguments.first == "--list" {
      for check in D.checks { print(check.id) }
      exit(0)
    }
    guard let id = option("--check"), let seedText = option("--seed"), let seed = UInt64(seedText),
      let channel = option("--channel")
    else { usage("usage: child --check ID --seed S --channel FILE | --list") }
    guard let check = D.checks.first(where: { $0.id == id }) else {
      usage("no check \"\(id)\" in \(D.id); known: \(D.checks.map(\.id).joined(separator: ", "))")
    }
    let fd = open(channel, O_WRONLY | O_APPEND)
    guard fd >= 0 else { usage("cannot open the channel file \(channel)") }
    check.observe(implementation, CheckContext(exerciseSeed: seed, checkID: id)) { line in
      let bytes = Array((line + "\n").utf8)
      var written = 0
      while written < bytes.count {
        let n = bytes[written...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        if n <= 0 { break }
        written += n
      }
    }
    close(fd)
    exit(0)
  }

  private static func usage(_ message: String) -> Never {
    let bytes = Array((message + "\n").utf8)
    _ = bytes.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
    exit(64)
  }

  /// Makes C's `stdout`, which `print` writes to, unbuffered.
  ///
  /// So what the learner's code printed survives a crash. The stream is found by symbol
  /// because Swift 6 does not allow touching the global `stdout` variable directly.
  private static func unbufferStandardOutput() {
    #if canImport(Darwin)
      let (handle, symbol) = (UnsafeMutableRawPointer(bitPattern: -2), "__stdoutp")  // RTLD_DEFAULT
    #else
      let (handle, symbol) = (UnsafeMutableRawPointer(bitPattern: 0), "stdout")  // RTLD_DEFAULT
    #endif
    guard let address = dlsym(handle, symbol) else { return }
    let stream = address.assumingMemoryBound(to: UnsafeMutablePointer<FILE>?.self).pointee
    if let stream { setvbuf(stream, nil, _IONBF, 0) }
  }
}
