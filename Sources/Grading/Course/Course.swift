public import Foundation

/// A course checkout: where its exercises, their untouched starters, reference solutions and
/// the learner's progress live.
///
/// ```text
/// Exercises/exercises.json                the manifest
/// Exercises/NN-slug/README.md             the statement (front matter: title, lesson)
/// Exercises/NN-slug/*.swift               the starter files the learner edits
/// Sources/ExerciseChecks/NN-slug/         the checks (hidden ones marked for release)
/// Tests/ExerciseStarters/NN-slug/         untouched copies of the starters (reset, self-check)
/// Tests/ExerciseSolutions/NN-slug/        reference solutions (removed by `plateau release`)
/// .plateau/progress.json                  the learner's progress (git-ignored)
/// .plateau/backups/                       what `plateau reset` replaced
/// ```
public struct Course: Sendable {
  /// The folder with Package.swift.
  public var root: URL
  public var manifest: Manifest

  /// Loads and validates the manifest of the course at `root`.
  public static func load(root: URL) throws(ManifestError) -> Course {
    let path = root.appendingPathComponent(Manifest.relativePath).path
    return Course(root: root, manifest: try Manifest.load(from: path, displayName: Manifest.relativePath))
  }

  public init(root: URL, manifest: Manifest) {
    self.root = root
    self.manifest = manifest
  }

  /// `Exercises/<id>`: the statement and the learner's files.
  public func exerciseDirectory(_ id: String) -> URL { root.appendingPathComponent("Exercises/\(id)") }
  /// `Tests/ExerciseStarters/<id>`: untouched starters.
  public func starterDirectory(_ id: String) -> URL { root.appendingPathComponent("Tests/ExerciseStarters/\(id)") }
  /// `Tests/ExerciseSolutions/<id>`: the reference solution.
  public func solutionDirectory(_ id: String) -> URL { root.appendingPathComponent("Tests/ExerciseSolutions/\(id)") }
  /// `.plateau`: the learner's state (git-ignored).
  public var stateDirectory: URL { root.appendingPathComponent(".plateau") }
  /// `.plateau/progress.json`.
  public var progressFile: URL { stateDirectory.appendingPathComponent("progress.json") }

  /// The exercise named by `query`: its id, or a unique prefix or part of one ("01-n",
  /// "normalize").
  /// - Throws: ``GradingError/course(_:)`` listing the exercises when none or several match.
  public func exercise(matching query: String) throws(GradingError) -> Manifest.Exercise {
    if let exact = manifest.exercise(query) { return exact }
    let matches = manifest.exercises.filter { $0.id.hasPrefix(query) || $0.id.contains(query) }
    guard matches.count == 1 else {
      let known = manifest.exercises.map(\.id).joined(separator: ", ")
      throw .course(
        matches.isEmpty
          ? "no exercise matches \"\(query)\"; exercises: \(known)"
          : "\"\(query)\" matches several exercises: \(matches.map(\.id).joined(separator: ", "))")
    }
    return matches[0]
  }

  /// Problems with the exercises' files (empty when all is well).
  ///
  /// A missing statement, starter or untouched starter, or a README whose front matter
  /// disagrees with the manifest.
  public func fileProblems() -> [String] {
    let fm = FileManager.default
    var problems: [String] = []
    for exercise in manifest.exercises {
      let folder = "Exercises/\(exercise.id)"
      let readme = exerciseDirectory(exercise.id).appendingPathComponent("README.md")
      if let text = try? String(contentsOf: readme, encoding: .utf8) {
        let front = FrontMatter.parse(text)
        if front["title"] != exercise.title {
          problems.append(
            "\(folder)/README.md: front matter title \"\(front["title"] ?? "")\" differs from the manifest's \"\(exercise.title)\""
          )
        }
        if front["lesson"] != exercise.lesson {
          problems.append(
            "\(folder)/README.md: front matter lesson \"\(front["lesson"] ?? "")\" differs from the manifest's \"\(exercise.lesson)\""
          )
        }
      } else {
        problems.append("\(folder)/README.md is missing (the exercise's statement)")
      }
      for file in exercise.files {
        if !fm.fileExists(atPath: exerciseDirectory(exercise.id).appendingPathComponent(file).path) {
          problems.append("\(folder)/\(file) is missing (a starter file listed in the manifest)")
        }
        if !fm.fileExists(atPath: starterDirectory(exercise.id).appendingPathComponent(file).path) {
          problems.append("Tests/ExerciseStarters/\(exercise.id)/\(file) is missing (the untouched starter)")
        }
      }
    }
    return problems
  }
}

/// The `key: value` lines between the leading `---` lines of a Markdown file.
enum FrontMatter {
  static func parse(_ text: String) -> [String: String] {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    guard lines.first?.trimmingCharacters(in: .whitespaces) == "---" else { return [:] }
    var values: [String: String] = [:]
    for line in lines.dropFirst() {
      if line.trimmingCharacters(in: .whitespaces) == "---" { break }
      guard let colon = line.firstIndex(of: ":") else { continue }
      var value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
      if value.count >= 2, value.first == "\"", value.last == "\"" { value = String(value.dropFirst().dropLast()) }
      values[line[..<colon].trimmingCharacters(in: .whitespaces)] = value
    }
    return values
  }
}
