import Foundation
import LessonRuntime
import SiteGenerator

/// Supplies the site with the real output and figures of every lesson's ```swift blocks.
///
/// Reports come from `.build/lesson-outputs/<lesson>.json` (what `plateau check` writes) when
/// they are newer than the lesson file and the example runner; other lessons are run now with
/// the `lesson-examples` runner (built in release mode if needed) and their reports cached.
/// A lesson whose examples fail makes the build fail with the failures at their `file:line`:
/// the site never shows stale or broken output.
struct LessonOutputs: CodeBlockOutputs {
  let root: URL
  /// The runner, or nil to build/locate it on first use.
  var runner: String?

  func outputs(for blocks: [SwiftCodeBlock]) throws -> [SwiftCodeBlock.ID: CodeBlockOutput] {
    let pages = Set(blocks.map(\.id.page)).filter { $0.hasPrefix("Lessons/") && $0.hasSuffix("/lesson.md") }.sorted()
    guard !pages.isEmpty else { return [:] }
    let binary: String
    do { binary = try runner ?? ExamplesBinary.locate(root: root.path, build: true) } catch {
      throw SiteError(file: pages[0], "cannot run the lessons' examples: \(error)")
    }
    let process = ExampleProcess(executable: binary)
    let cache = root.appendingPathComponent(".build/lesson-outputs")
    try? FileManager.default.createDirectory(at: cache, withIntermediateDirectories: true)
    let binaryDate = Self.modified(URL(fileURLWithPath: binary)) ?? .distantFuture
    var reports: [String: LessonReport] = [:]
    var stale: [(id: String, file: String)] = []
    for page in pages {
      let id = URL(fileURLWithPath: page).deletingLastPathComponent().lastPathComponent
      let cached = cache.appendingPathComponent("\(id).json")
      if let date = Self.modified(cached), date >= binaryDate,
        date >= (Self.modified(root.appendingPathComponent(page)) ?? .distantFuture),
        let data = try? Data(contentsOf: cached), let report = try? JSONDecoder().decode(LessonReport.self, from: data)
      {
        reports[page] = report
      } else {
        stale.append((id, page))
      }
    }
    if !stale.isEmpty {
      let known = Set((try? process.lessons())?.map(\.id) ?? [])
      let runnable = stale.filter { known.contains($0.id) }
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.sortedKeys]
      for report in Check.runAll(runnable, runner: process, jobs: ProcessInfo.processInfo.activeProcessorCount) {
        try? encoder.encode(report).write(to: cache.appendingPathComponent("\(report.lesson).json"))
        reports[report.file] = report
      }
    }
    var failures: [Diagnostic] = []
    for report in reports.values {
      for failure in report.failures {
        // "file:line: message"
        let parts = failure.split(separator: ":", maxSplits: 2).map(String.init)
        if parts.count == 3, let line = Int(parts[1]) {
          failures.append(
            Diagnostic(file: parts[0], line: line, message: parts[2].trimmingCharacters(in: .whitespaces)))
        } else {
          failures.append(Diagnostic(file: report.file, line: 0, message: failure))
        }
      }
    }
    if !failures.isEmpty { throw SiteError(failures) }
    var result: [SwiftCodeBlock.ID: CodeBlockOutput] = [:]
    for block in blocks {
      guard let report = reports[block.id.page],
        let ran = report.blocks.first(where: { $0.result.line == block.line && $0.result.kind == .run })
      else { continue }
      result[block.id] = CodeBlockOutput(
        text: ran.result.output.isEmpty ? nil : ran.result.output,
        figures: ran.result.figures.map { SiteGenerator.Figure(svg: $0.svg, altText: $0.alt) })
    }
    return result
  }

  static func modified(_ url: URL) -> Date? {
    (try? FileManager.default.attributesOfItem(atPath: url.path))?[.modificationDate] as? Date
  }
}
