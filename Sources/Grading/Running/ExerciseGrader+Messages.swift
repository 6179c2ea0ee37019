import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The words a learner reads when a check's child process did not answer.
extension ExerciseGrader {
  /// What happened to a child that did not answer every case, in words a learner can act on.
  static func describe(_ outcome: ChildProcess.Outcome, limits: Manifest.Limits, during: String) -> String {
    let at = during.isEmpty ? "" : " \(during)"
    let reason = errorSummary(outcome.stderr).map { ": " + $0 } ?? ""
    let nearMemoryLimit = outcome.peakMemoryMB > 0.8 * Double(limits.memoryLimitMB)
    let allocationFailed = outcome.stderr.contains("allocat") || outcome.stderr.contains("memory")
    switch outcome.ending {
    case .timedOut:
      return
        "stopped at the time limit of \(StateText.number(limits.timeLimitSeconds)) s\(at): an endless loop, or far too slow"
    case .outputLimitExceeded:
      return
        "stopped\(at) for printing more than \(limits.outputLimitKB) KB (the output limit): remove the print in a loop"
    case .signaled(let signal) where signal == SIGXFSZ:
      return "stopped\(at) for writing a file larger than \(ChildProcess.fileSizeLimit >> 20) MB"
    case .signaled where allocationFailed || nearMemoryLimit, .exited where allocationFailed:
      return "ran out of memory\(at) (the limit is \(limits.memoryLimitMB) MB)\(reason)"
    case .signaled(let signal) where signal == SIGKILL:
      return "was killed\(at) (signal 9, often the system's out-of-memory killer)\(reason)"
    case .signaled(let signal):
      return "crashed\(at) (signal \(signal)\(signalName(signal)))\(reason)"
    case .exited(let status):
      return "the program ended\(at) with exit status \(status) before answering (does the code call exit()?)\(reason)"
    case .couldNotStart(let message):
      return "could not start\(at): \(message)"
    }
  }

  /// The runtime's own explanation from standard error ("Fatal error: Index out of range"),
  /// without the stack trace; else its last lines.
  static func errorSummary(_ stderr: String) -> String? {
    let lines = stderr.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    if let fatal = lines.first(where: { $0.contains("Fatal error") }), let at = fatal.range(of: "Fatal error") {
      // "/path/to/File.swift:12: Fatal error: message" → "File.swift:12: Fatal error: message".
      let location = fatal[..<at.lowerBound].split(separator: "/").last.map(String.init) ?? ""
      return location + fatal[at.lowerBound...]
    }
    let plain = lines.filter { line in
      !line.hasPrefix("Current stack trace") && !(line.first?.isNumber == true && line.contains("0x"))
    }
    return plain.isEmpty ? nil : plain.suffix(3).joined(separator: " | ")
  }

  static func signalName(_ signal: Int32) -> String {
    switch signal {
    case SIGILL, SIGTRAP:
      return ", a trap: fatalError, a failed precondition, an index out of range or an arithmetic overflow"
    case SIGSEGV, SIGBUS: return ", a bad memory access"
    case SIGABRT: return ", abort"
    case SIGFPE: return ", an arithmetic error such as an integer division by zero"
    default: return ""
    }
  }

  /// The learner's printed output for feedback: at most the last 20 lines.
  static func printed(_ stdout: String) -> String? {
    let lines = stdout.split(separator: "\n", omittingEmptySubsequences: false)
    let trimmed = stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    guard !trimmed.isEmpty else { return nil }
    return lines.count > 20 ? "…\n" + lines.suffix(20).joined(separator: "\n") : trimmed
  }
}
