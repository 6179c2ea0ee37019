import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Runs one program (the learner's compiled check, or the compiler) under limits.
///
/// The program starts through `/bin/sh`, which sets the limits with `ulimit` and then `exec`s
/// it, so they hold before any learner code runs: address space (`-v`, the memory limit),
/// file size (`-f`, so that nothing can fill the disk) and no core dumps. The grader enforces
/// the rest from outside: it stops the whole process group at the time limit, or as soon as
/// standard output or error (redirected to files, never pipes, so a flood cannot block it)
/// grows past the output limit. Standard input is `/dev/null`, and the environment holds only
/// the variables a program needs (no CI tokens), plus `SWIFT_BACKTRACE=enable=no` so that a
/// crash prints the runtime's message rather than a long backtrace.
struct ChildProcess {
  /// The program and its arguments.
  var arguments: [String]
  /// The working directory.
  var directory: URL
  var timeLimit: Double
  /// Address-space limit in MiB (nil: none, for the compiler).
  var memoryLimitMB: Int?
  /// What standard output and error may each grow to, in bytes.
  var outputLimit: Int
  /// Extra environment variables.
  var environment: [String: String] = [:]
  /// Run as this user (through `runuser -u USER --`; the grader must be root).
  var user: String? = nil

  /// How the run ended.
  struct Outcome: Sendable {
    enum Ending: Sendable, Equatable {
      case exited(Int32)
      case signaled(Int32)
      case timedOut
      case outputLimitExceeded
      case couldNotStart(String)
    }
    var ending: Ending
    var stdout: String
    var stderr: String
    var seconds: Double
    /// Peak resident memory of the child in MiB (0 when unknown).
    var peakMemoryMB: Double
  }

  /// The environment variables a child inherits from the grader.
  static let inheritedVariables: Set = [
    "PATH", "HOME", "TMPDIR", "LANG", "LC_ALL", "LC_CTYPE", "LD_LIBRARY_PATH", "DYLD_LIBRARY_PATH", "SDKROOT",
    "DEVELOPER_DIR", "TOOLCHAINS",
  ]

  /// The largest file the child may write (its own output included): 64 MiB.
  static let fileSizeLimit = 64 << 20

  func run() -> Outcome {
    let out = directory.appendingPathComponent(".stdout-\(UUID().uuidString)")
    let err = directory.appendingPathComponent(".stderr-\(UUID().uuidString)")
    defer {
      try? FileManager.default.removeItem(at: out)
      try? FileManager.default.removeItem(at: err)
    }
    var script = "ulimit -c 0; ulimit -f \(Self.fileSizeLimit / 512) 2>/dev/null; "
    if let memoryLimitMB { script += "ulimit -v \(memoryLimitMB * 1024) 2>/dev/null; " }
    script += "exec \"$@\""
    var argv = ["/bin/sh", "-c", script, "sh"]
    if let user { argv += ["runuser", "-u", user, "--"] }
    argv += arguments

    // Only what a program needs: the grader's own environment may hold tokens (CI secrets).
    var environment = ProcessInfo.processInfo.environment.filter { Self.inheritedVariables.contains($0.key) }
    environment["SWIFT_BACKTRACE"] = "enable=no"
    for (key, value) in self.environment { environment[key] = value }

    let start = Date()
    let pid: pid_t
    switch spawn(argv, environment: environment, stdout: out.path, stderr: err.path) {
    case .failure(let failure):
      return Outcome(ending: .couldNotStart(failure.message), stdout: "", stderr: "", seconds: 0, peakMemoryMB: 0)
    case .success(let child): pid = child
    }

    var status: Int32 = 0
    var usage = rusage()
    var ending: Outcome.Ending?
    var pause: useconds_t = 1000
    while true {
      let result = wait4(pid, &status, WNOHANG, &usage)
      if result == pid { break }
      if result < 0 && errno != EINTR {
        ending = .couldNotStart("waiting for the child failed (errno \(errno))")
        break
      }
      if Date().timeIntervalSince(start) > timeLimit {
        ending = .timedOut
      } else if fileSize(out.path) > outputLimit || fileSize(err.path) > outputLimit {
        ending = .outputLimitExceeded
      }
      if ending != nil {
        kill(-pid, SIGKILL)
        kill(pid, SIGKILL)
        while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
        break
      }
      usleep(pause)
      pause = min(pause * 2, 20_000)
    }
    // Whatever the learner's code left running in its process group goes too.
    kill(-pid, SIGKILL)
    if ending == nil {
      ending = Self.exited(status) ? .exited(Self.exitStatus(status)) : .signaled(Self.terminatingSignal(status))
    }
    #if canImport(Darwin)
      let peak = Double(usage.ru_maxrss) / 1_048_576  // bytes
    #else
      let peak = Double(usage.ru_maxrss) / 1024  // KiB
    #endif
    return Outcome(
      ending: ending!, stdout: Self.tail(of: out.path), stderr: Self.tail(of: err.path),
      seconds: Date().timeIntervalSince(start), peakMemoryMB: peak)
  }

  private func spawn(
    _ argv: [String], environment: [String: String], stdout: String, stderr: String
  ) -> Result<
    pid_t, SpawnFailure
  > {
    var actions = posix_spawn_file_actions_t()
    var attributes = posix_spawnattr_t()
    posix_spawn_file_actions_init(&actions)
    posix_spawnattr_init(&attributes)
    defer {
      posix_spawn_file_actions_destroy(&actions)
      posix_spawnattr_destroy(&attributes)
    }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, stdout, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    posix_spawn_file_actions_addopen(&actions, 2, stderr, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    // Its own process group, so that a time-out stops everything the learner's code started.
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP))
    posix_spawnattr_setpgroup(&attributes, 0)

    // The working directory is set by the shell (posix_spawn has no portable option for it).
    var argv = argv
    argv[2] = "cd \(Self.shellQuoted(directory.path)) || exit 126; " + argv[2]
    let cArguments = argv.map { strdup($0) } + [nil]
    let cEnvironment = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer {
      for p in cArguments { free(p) }
      for p in cEnvironment { free(p) }
    }
    var pid: pid_t = 0
    let result = posix_spawn(&pid, "/bin/sh", &actions, &attributes, cArguments, cEnvironment)
    guard result == 0 else { return .failure(SpawnFailure("cannot start /bin/sh (error \(result))")) }
    return .success(pid)
  }

  struct SpawnFailure: Error {
    var message: String
    init(_ message: String) { self.message = message }
  }

  private func fileSize(_ path: String) -> Int {
    var info = stat()
    return stat(path, &info) == 0 ? Int(info.st_size) : 0
  }

  /// The last 4 KiB of a file, as text.
  static func tail(of path: String, limit: Int = 4096) -> String {
    guard let handle = FileHandle(forReadingAtPath: path) else { return "" }
    defer { try? handle.close() }
    let size = (try? handle.seekToEnd()) ?? 0
    let start = size > UInt64(limit) ? size - UInt64(limit) : 0
    try? handle.seek(toOffset: start)
    let data = (try? handle.readToEnd()) ?? Data()
    let text = String(decoding: data, as: UTF8.self)
    return start > 0 ? "…" + text : text
  }

  static func shellQuoted(_ s: String) -> String { "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'" }

  // The wait-status macros, which Swift does not import.
  static func exited(_ status: Int32) -> Bool { status & 0x7f == 0 }
  static func exitStatus(_ status: Int32) -> Int32 { (status >> 8) & 0xff }
  static func terminatingSignal(_ status: Int32) -> Int32 { status & 0x7f }
}
