/// Removes what learners must not get from a source file, by its markers.
///
/// ```swift
/// .target(name: "Solution_01_normalize", …),  // plateau-release: solution
/// // plateau-release: hidden-begin
/// static let tenQubits = Check<Implementation>.cases(…)   // a hidden check
/// // plateau-release: hidden-end
/// ```
///
/// A line that ends with `// plateau-release: solution` is removed from every release (the
/// student copy and the autograder). The lines from one that is exactly
/// `// plateau-release: hidden-begin` to the next that is exactly `// plateau-release: hidden-end`
/// (both included) are removed from student copies, and kept in the autograder (which runs the
/// hidden checks). Like nbgrader's `BEGIN HIDDEN TESTS`.
enum ReleaseStripping {
  static let solutionMarker = "// plateau-release: solution"
  static let hiddenBegin = "// plateau-release: hidden-begin"
  static let hiddenEnd = "// plateau-release: hidden-end"

  /// A marker problem, at a 1-based line.
  struct MarkerError: Error, Equatable {
    var line: Int
    var message: String
  }

  /// The text without solution lines, and (when `removeHidden`) without hidden regions;
  /// also how many lines went.
  static func strip(_ text: String, removeHidden: Bool) throws(MarkerError) -> (text: String, removedLines: Int) {
    var kept: [Substring] = []
    var removed = 0
    var regionStart: Int?
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    for (k, line) in lines.enumerated() {
      let trimmed = line.trimmingCharacters(in: .whitespaces)
      if trimmed == hiddenBegin {
        if let regionStart {
          throw MarkerError(line: k + 1, message: "hidden-begin inside the region opened at line \(regionStart)")
        }
        regionStart = k + 1
      }
      let inRegion = regionStart != nil
      if trimmed == hiddenEnd {
        guard regionStart != nil else { throw MarkerError(line: k + 1, message: "hidden-end without a hidden-begin") }
        regionStart = nil
      }
      if (inRegion && removeHidden) || line.hasSuffix(solutionMarker) {
        removed += 1
        continue
      }
      kept.append(line)
    }
    if let regionStart { throw MarkerError(line: regionStart, message: "hidden-begin without a hidden-end") }
    return (kept.joined(separator: "\n"), removed)
  }
}
