public import Foundation

/// What the learner has done, remembered between runs in `.plateau/progress.json`.
///
/// The file is the learner's own (it is git-ignored and never sent anywhere): it drives
/// `plateau exercises`, the hint tiers already shown and the solution gate, and never a grade.
/// A missing or unreadable file is an empty progress.
///
/// ```json
/// {"formatVersion": 1, "exercises": {"01-normalize": {"bestScore": 7, "maxScore": 9,
///   "passed": false, "attempts": 3, "hintsShown": 1, "lastGraded": "2026-11-25T10:00:00Z"}}}
/// ```
public struct LearnerProgress: Sendable, Equatable {
  public struct Entry: Sendable, Equatable {
    public var bestScore: Double = 0
    public var maxScore: Double = 0
    /// Every check the learner can see has passed (at least once).
    public var passed = false
    public var attempts = 0
    /// How many hint tiers `plateau hint` has shown.
    public var hintsShown = 0
    /// When the exercise was last graded (ISO 8601), if ever.
    public var lastGraded: String?

    public init() {}
  }

  public var entries: [String: Entry] = [:]

  public init() {}

  public subscript(id: String) -> Entry {
    get { entries[id] ?? Entry() }
    set { entries[id] = newValue }
  }

  /// Reads the file (an empty progress when it is missing or unreadable).
  public static func load(from file: URL) -> LearnerProgress {
    guard let data = FileManager.default.contents(atPath: file.path),
      let parsed = try? JSON.parse(String(decoding: data, as: UTF8.self)).value,
      case .object(let exercises)? = parsed["exercises"]
    else { return LearnerProgress() }
    var progress = LearnerProgress()
    for (id, value) in exercises {
      var entry = Entry()
      entry.bestScore = value["bestScore"]?.number ?? 0
      entry.maxScore = value["maxScore"]?.number ?? 0
      if case .bool(let b)? = value["passed"] { entry.passed = b }
      entry.attempts = Int(value["attempts"]?.number ?? 0)
      entry.hintsShown = Int(value["hintsShown"]?.number ?? 0)
      entry.lastGraded = value["lastGraded"]?.string
      progress.entries[id] = entry
    }
    return progress
  }

  /// Writes the file (creating `.plateau/`), atomically.
  public func save(to file: URL) throws {
    try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
    let exercises: [(String, JSON)] = entries.keys.sorted().map { id in
      let e = entries[id]!
      return (
        id,
        .object([
          ("bestScore", .number(e.bestScore)), ("maxScore", .number(e.maxScore)), ("passed", .bool(e.passed)),
          ("attempts", .int(e.attempts)), ("hintsShown", .int(e.hintsShown)),
          ("lastGraded", e.lastGraded.map(JSON.string) ?? .null),
        ])
      )
    }
    let text = JSON.object([("formatVersion", .int(1)), ("exercises", .object(exercises))]).serialized() + "\n"
    try text.write(to: file, atomically: true, encoding: .utf8)
  }

  /// Records a grading of one exercise (the best score is kept; passing is remembered).
  public mutating func record(_ report: ExerciseReport, at date: Date = Date()) {
    var entry = self[report.id]
    entry.attempts += 1
    entry.maxScore = report.maxScore
    entry.bestScore = max(entry.bestScore, report.score)
    let visibleChecksPassed =
      report.status == .graded
      && report.checks.filter { !$0.visibility.isHidden }.allSatisfy { $0.status == .passed }
    entry.passed = entry.passed || visibleChecksPassed
    entry.lastGraded = ISO8601DateFormatter().string(from: date)
    self[report.id] = entry
  }
}
