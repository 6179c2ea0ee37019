import Foundation

/// Runs lessons in a child process (the `lesson-examples` executable), so that a crash, an
/// endless loop or a fatalError in one lesson becomes a failure naming the lesson's
/// `file:line` instead of taking the caller down.
///
/// The child writes its JSON report to standard output and "PLATEAU-BLOCK <line>" markers to
/// standard error as each block starts: when it dies, the last marker says where.
public struct ExampleProcess: Sendable {
  /// The `lesson-examples` executable.
  public var executable: String
  /// Seconds a lesson may run before it is stopped.
  public var timeout: Double

  public init(executable: String, timeout: Double = 600) {
    self.executable = executable
    self.timeout = timeout
  }

  /// The lessons the executable knows: (id, file) pairs in course order.
  public func lessons() throws -> [(id: String, file: String)] {
    let result = try launch(["list"], timeout: 60)
    guard result.status == 0 else { throw ExampleProcessError.failed("\(executable) list: \(result.stderr)") }
    return result.stdout.split(separator: "\n").compactMap { line in
      let parts = line.split(separator: "\t")
      return parts.count == 2 ? (String(parts[0]), String(parts[1])) : nil
    }
  }

  /// Runs one lesson and returns its report (crashes and timeouts become failures).
  public func run(lesson id: String, file: String, fullSize: Bool = false) -> LessonReport {
    var arguments = ["run", id, "--json"]
    if fullSize { arguments.append("--full") }
    let result: (status: Int32, signal: Int32?, stdout: String, stderr: String, timedOut: Bool)
    do { result = try launch(arguments, timeout: timeout) } catch {
      return LessonReport(
        lesson: id, file: file, blocks: [], failures: ["\(file):1: could not start \(executable): \(error)"], seconds: 0
      )
    }
    if result.status == 0, let data = result.stdout.data(using: .utf8),
      let report = try? JSONDecoder().decode(LessonReport.self, from: data)
    {
      return report
    }
    let markers = result.stderr.split(separator: "\n").filter { $0.hasPrefix("PLATEAU-BLOCK ") }
    let line = markers.last.flatMap { Int($0.dropFirst("PLATEAU-BLOCK ".count)) } ?? 1
    let detail = result.stderr.split(separator: "\n").filter { !$0.hasPrefix("PLATEAU-BLOCK ") }.suffix(6)
      .joined(separator: "\n  ")
    let what: String
    if result.timedOut {
      what = "the example did not finish within \(Int(timeout)) s (stopped)"
    } else if let signal = result.signal {
      what =
        "the example crashed (signal \(signal): a trap such as fatalError, a failed precondition or an out-of-range index)"
    } else {
      what = "the example runner exited with status \(result.status)"
    }
    return LessonReport(
      lesson: id, file: file, blocks: [],
      failures: ["\(file):\(line): \(what)" + (detail.isEmpty ? "" : "\n  \(detail)")],
      seconds: 0)
  }

  private func launch(
    _ arguments: [String], timeout: Double
  ) throws -> (
    status: Int32, signal: Int32?, stdout: String, stderr: String, timedOut: Bool
  ) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
      "plateau-examples-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let out = directory.appendingPathComponent("stdout"), err = directory.appendingPathComponent("stderr")
    _ = FileManager.default.createFile(atPath: out.path, contents: nil)
    _ = FileManager.default.createFile(atPath: err.path, contents: nil)
    let outHandle = try FileHandle(forWritingTo: out), errHandle = try FileHandle(forWritingTo: err)
    process.standardOutput = outHandle
    process.standardError = errHandle
    try process.run()
    let deadline = Date().addingTimeInterval(timeout)
    var timedOut = false
    while process.isRunning {
      if Date() > deadline {
        timedOut = true
        process.terminate()
        Thread.sleep(forTimeInterval: 0.5)
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        break
      }
      Thread.sleep(forTimeInterval: 0.01)
    }
    process.waitUntilExit()
    try? outHandle.close()
    try? errHandle.close()
    let stdout = (try? String(contentsOf: out, encoding: .utf8)) ?? ""
    let stderr = (try? String(contentsOf: err, encoding: .utf8)) ?? ""
    let signaled = process.terminationReason == .uncaughtSignal
    return (process.terminationStatus, signaled ? process.terminationStatus : nil, stdout, stderr, timedOut)
  }
}

/// Why the example runner could not be used.
public enum ExampleProcessError: Error, CustomStringConvertible {
  case failed(String)
  public var description: String {
    switch self {
    case .failed(let message): return message
    }
  }
}
