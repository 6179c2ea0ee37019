public import Foundation

/// A folder holding a learner's exercise files.
///
/// The grader looks for exercise `id`'s file `Name.swift` at `Exercises/<id>/Name.swift` (a
/// copy of the repository, as GitHub Classroom and `plateau release` give), then at
/// `<id>/Name.swift`, then at `Name.swift` (files uploaded one by one, as on Gradescope).
/// Only these files are read: a submission's own manifest, checks or Package.swift are never
/// used, so a student cannot change how they are graded.
public struct Submission: Sendable {
  /// The folder.
  public var root: URL
  /// The student's name in batch grading (the folder's name), or nil.
  public var student: String?

  public init(root: URL, student: String? = nil) {
    self.root = root
    self.student = student
  }

  /// Where the learner's copy of `file` of exercise `id` is, or nil.
  public func locate(_ file: String, exercise id: String) -> URL? {
    let candidates = [
      root.appendingPathComponent("Exercises").appendingPathComponent(id).appendingPathComponent(file),
      root.appendingPathComponent(id).appendingPathComponent(file),
      root.appendingPathComponent(file),
    ]
    return candidates.first { FileManager.default.fileExists(atPath: $0.path) }
  }

  /// How a located file is named in messages: relative to the submission root.
  public func displayPath(_ url: URL) -> String {
    let base = root.standardizedFileURL.path
    let path = url.standardizedFileURL.path
    return path.hasPrefix(base + "/") ? String(path.dropFirst(base.count + 1)) : path
  }
}
