/// The result of running one lesson's examples: every block's output and figures, and every
/// failure, each message starting with the lesson's `file:line`.
public struct LessonReport: Sendable, Codable {
  /// One block's result with its expectation.
  public struct Block: Sendable, Codable {
    public var result: BlockResult
    public var expectedOutput: String?
    public var tolerance: Double?
  }

  public var lesson: String
  public var file: String
  public var blocks: [Block]
  /// Problems found: thrown errors, crashes, outputs that differ from their expectations.
  public var failures: [String]
  public var seconds: Double

  public init(lesson: String, file: String, blocks: [Block], failures: [String], seconds: Double) {
    self.lesson = lesson
    self.file = file
    self.blocks = blocks
    self.failures = failures
    self.seconds = seconds
  }

  /// Whether every block ran and matched its expectation.
  public var passed: Bool { failures.isEmpty }
}

extension Lesson {
  /// Runs the lesson in this process and compares outputs with their expectations.
  ///
  /// A thrown error stops the lesson and is reported at the block that threw; a crash
  /// (trap, fatalError) ends the process: run lessons through `ExampleProcess` to survive it.
  public func run(fullSize: Bool = false, progressDescriptor: Int32 = -1) -> LessonReport {
    let context = ExampleContext(lesson: self, fullSize: fullSize, progressDescriptor: progressDescriptor)
    let start = ExampleContext.now()
    var failures: [String] = []
    do {
      try body(context)
    } catch {
      let line = context.results.last?.line ?? blocks.first?.line ?? 1
      failures.append("\(file):\(line): the example threw an error: \(error)")
    }
    var reports: [LessonReport.Block] = []
    for (k, result) in context.results.enumerated() {
      let block = blocks[k]
      reports.append(
        LessonReport.Block(result: result, expectedOutput: block.expectedOutput, tolerance: block.tolerance))
      if let expected = block.expectedOutput,
        let difference = OutputComparison.difference(
          expected: expected, actual: result.output, tolerance: block.tolerance)
      {
        failures.append("\(file):\(block.line): \(difference)")
      }
    }
    return LessonReport(
      lesson: id, file: file, blocks: reports, failures: failures, seconds: ExampleContext.now() - start)
  }
}
