// lesson-examples: runs the lessons' Swift examples (generated from the Markdown).
//
//   lesson-examples list                    lesson ids and files, tab-separated, in order
//   lesson-examples run ID [--json] [--full]
//
// `run` prints each block's output (or, with --json, a LessonReport) and exits 0 even when
// outputs differ from their expectations (the report says so); 2 for an unknown lesson.
// "PLATEAU-BLOCK <line>" markers on standard error say which block is running.
import Foundation
import LessonExamples

let arguments = Array(CommandLine.arguments.dropFirst())
func fail(_ message: String) -> Never {
  FileHandle.standardError.write(Data((message + "\n").utf8))
  exit(2)
}

switch arguments.first {
case "list":
  for lesson in LessonCatalog.all { print("\(lesson.id)\t\(lesson.file)") }
case "run":
  guard arguments.count >= 2 else { fail("usage: lesson-examples run ID [--json] [--full]") }
  let id = arguments[1]
  guard let lesson = LessonCatalog.all.first(where: { $0.id == id }) else {
    fail("no lesson \"\(id)\"; known: " + LessonCatalog.all.map(\.id).joined(separator: ", "))
  }
  let json = arguments.contains("--json")
  let full = arguments.contains("--full") || ProcessInfo.processInfo.environment["PLATEAU_FULL_SIZE"] != nil
  let report = lesson.run(fullSize: full, progressDescriptor: 2)
  if json {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    FileHandle.standardOutput.write(try! encoder.encode(report))
  } else {
    for block in report.blocks {
      print("── \(lesson.file):\(block.result.line) " + String(repeating: "─", count: 20))
      print(
        block.result.output, terminator: block.result.output.hasSuffix("\n") || block.result.output.isEmpty ? "" : "\n")
      for figure in block.result.figures { print("[figure: \(figure.alt)]") }
    }
    for failure in report.failures { print("✘ \(failure)") }
    print(
      report.passed
        ? "✔ \(lesson.id): \(report.blocks.count) block(s) in \(String(format: "%.2f", report.seconds)) s"
        : "✘ \(lesson.id) failed")
  }
default:
  fail("usage: lesson-examples list | run ID [--json] [--full]")
}
