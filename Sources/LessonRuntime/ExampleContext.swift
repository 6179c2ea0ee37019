public import Plotting

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// What an example sees while it runs: where `print` goes, where figures go, and the size
/// of heavy experiments.
///
/// Inside a lesson's Swift blocks, `print(…)` writes to the current block's output and
/// `try show(plot, alt: "…")` attaches a figure (alt text is required).
public final class ExampleContext: @unchecked Sendable {
  // @unchecked: a context belongs to one running lesson on one thread.

  /// Whether heavy experiments should run at full size (`plateau run LESSON --full`);
  /// examples use a small default size otherwise.
  public let fullSize: Bool
  /// Always false, but the compiler cannot know: fragments are wrapped in `if never {}`.
  public let never: Bool
  /// Results of the blocks run so far.
  public private(set) var results: [BlockResult] = []
  /// Where "block N started" markers go (a file descriptor), so a parent process can say
  /// which block was running when a lesson crashed; -1 for none.
  let progressDescriptor: Int32
  private let lesson: Lesson
  private var current: Int?
  private var started = 0.0

  public init(lesson: Lesson, fullSize: Bool = false, progressDescriptor: Int32 = -1) {
    self.lesson = lesson
    self.fullSize = fullSize
    self.progressDescriptor = progressDescriptor
    self.never = getenv("PLATEAU_NEVER_SET_THIS") != nil
  }

  /// Marks the start of block `index` (called by the generated code).
  public func begin(block index: Int) throws {
    closeCurrent()
    current = index
    started = Self.now()
    results.append(BlockResult(line: lesson.blocks[index].line, kind: lesson.blocks[index].kind))
    if progressDescriptor >= 0 {
      let marker = "PLATEAU-BLOCK \(lesson.blocks[index].line)\n"
      #if canImport(Glibc)
        _ = marker.withCString { Glibc.write(progressDescriptor, $0, strlen($0)) }
      #else
        _ = marker.withCString { Darwin.write(progressDescriptor, $0, strlen($0)) }
      #endif
    }
  }

  /// Ends the lesson (called by the generated code).
  public func finish() throws { closeCurrent() }

  /// Appends text to the current block's output.
  public func write(_ text: String) {
    guard !results.isEmpty else { return }
    results[results.count - 1].output += text
  }

  /// Attaches a figure to the current block.
  /// - Throws: ``ExampleError/missingAltText(line:)`` when `alt` is empty.
  public func show(_ plot: Plot, alt: String) throws {
    let line = results.last?.line ?? 0
    guard !alt.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
      throw ExampleError.missingAltText(line: line)
    }
    results[results.count - 1].figures.append(Figure(alt: alt, svg: plot.svg(alt: alt)))
  }

  private func closeCurrent() {
    if current != nil, !results.isEmpty { results[results.count - 1].seconds = Self.now() - started }
    current = nil
  }

  static func now() -> Double {
    var t = timespec()
    clock_gettime(CLOCK_MONOTONIC, &t)
    return Double(t.tv_sec) + Double(t.tv_nsec) * 1e-9
  }
}

/// A figure an example produced.
public struct Figure: Sendable, Codable, Equatable {
  public var alt: String
  public var svg: String
}

/// What one block printed and drew.
public struct BlockResult: Sendable, Codable, Equatable {
  public var line: Int
  public var kind: Lesson.Block.Kind
  public var output = ""
  public var figures: [Figure] = []
  public var seconds = 0.0

  public init(line: Int, kind: Lesson.Block.Kind) {
    self.line = line
    self.kind = kind
  }
}

/// Errors an example can raise about itself.
public enum ExampleError: Error, CustomStringConvertible {
  case missingAltText(line: Int)

  public var description: String {
    switch self {
    case .missingAltText(let line):
      return
        "the figure shown by the block at line \(line) has no alt text: write show(plot, alt: \"what the plot shows\")"
    }
  }
}

extension String {
  fileprivate func trimmingCharacters(in set: Set<Character>) -> String {
    var s = Substring(self)
    while let f = s.first, set.contains(f) { s = s.dropFirst() }
    while let l = s.last, set.contains(l) { s = s.dropLast() }
    return String(s)
  }
}

extension Set where Element == Character {
  fileprivate static let whitespacesAndNewlines: Set<Character> = [" ", "\t", "\n", "\r"]
}
