public import Foundation

/// Copies of the course for students and for autograders.
///
/// A **student release** (`plateau release --output DIR`) is the repository without what
/// students must not see: the reference solutions (`Tests/ExerciseSolutions`, which also
/// holds the graded submission fixtures) and their lines in Package.swift, the hidden checks
/// (their code regions and their manifest entries), and anything git ignores (builds,
/// `.plateau/`). The exercise files are the untouched starters. The copy still builds, and
/// its `swift test` still runs: the grader self-check there proves every visible check fails
/// on the starters (`scripts/test-release` builds and tests a fresh release).
///
/// An **autograder release** keeps the hidden checks (the autograder runs them) and still
/// drops the solutions.
public enum Release {
  public enum Kind: Sendable {
    case student
    case autograder
  }

  /// What a release did.
  public struct Summary: Sendable {
    public var files = 0
    public var strippedLines = 0
    /// `exercise/check` of every check removed from the manifest.
    public var removedChecks: [String] = []
    /// Things the author may want to fix, such as an edited starter the release replaced.
    public var warnings: [String] = []
  }

  /// Writes a release of `course` into `output`, which must not exist or be empty.
  public static func make(course: Course, output: URL, kind: Kind) throws(GradingError) -> Summary {
    let fm = FileManager.default
    let root = course.root.standardizedFileURL
    let output = output.standardizedFileURL
    if let contents = try? fm.contentsOfDirectory(atPath: output.path), !contents.isEmpty {
      throw .io("\(output.path) is not empty; give a new or empty folder")
    }
    let problems = course.fileProblems()
    if !problems.isEmpty {
      throw .course("the course has problems; fix them before releasing:\n" + problems.joined(separator: "\n"))
    }
    let ignore = IgnoreRules(root: root, extra: [".git", "Tests/ExerciseSolutions"])
    var summary = Summary()
    var starterFiles: [String: URL] = [:]
    for exercise in course.manifest.exercises {
      for file in exercise.files {
        starterFiles["Exercises/\(exercise.id)/\(file)"] = course.starterDirectory(exercise.id).appendingPathComponent(
          file)
      }
    }

    guard let walker = fm.enumerator(at: root, includingPropertiesForKeys: [.isDirectoryKey, .isSymbolicLinkKey]) else {
      throw .io("cannot read \(root.path)")
    }
    do {
      try fm.createDirectory(at: output, withIntermediateDirectories: true)
      for case let url as URL in walker {
        let path = String(url.standardizedFileURL.path.dropFirst(root.path.count + 1))
        let values = try url.resourceValues(forKeys: [.isDirectoryKey, .isSymbolicLinkKey])
        let isDirectory = values.isDirectory == true && values.isSymbolicLink != true
        if ignore.ignores(path, isDirectory: isDirectory) || url.standardizedFileURL.path == output.path {
          if isDirectory { walker.skipDescendants() }
          continue
        }
        let target = output.appendingPathComponent(path)
        if isDirectory {
          try fm.createDirectory(at: target, withIntermediateDirectories: true)
          continue
        }
        summary.files += 1
        if let starter = starterFiles[path] {
          // The untouched starter, whatever the author's own copy looks like now.
          let pristine = try Data(contentsOf: starter)
          if (try? Data(contentsOf: url)) != pristine {
            summary.warnings.append(
              "\(path) differs from Tests/ExerciseStarters; the release has the latter (plateau reset restores it)")
          }
          try pristine.write(to: target)
        } else if path == Manifest.relativePath, kind == .student {
          var manifest = course.manifest
          for k in manifest.exercises.indices {
            let hidden = manifest.exercises[k].checks.filter(\.visibility.isHidden)
            summary.removedChecks += hidden.map { "\(manifest.exercises[k].id)/\($0.id)" }
            manifest.exercises[k].checks.removeAll { $0.visibility.isHidden }
          }
          try (manifest.json().serialized() + "\n").write(to: target, atomically: true, encoding: .utf8)
        } else if path.hasSuffix(".swift") {
          let text = try String(contentsOf: url, encoding: .utf8)
          let stripped: (text: String, removedLines: Int)
          do { stripped = try ReleaseStripping.strip(text, removeHidden: kind == .student) } catch {
            throw GradingError.course("\(path):\(error.line): \(error.message)")
          }
          summary.strippedLines += stripped.removedLines
          try stripped.text.write(to: target, atomically: true, encoding: .utf8)
        } else {
          try fm.copyItem(at: url, to: target)
        }
      }
    } catch let error as GradingError {
      throw error
    } catch {
      throw .io("writing the release to \(output.path): \(error)")
    }
    if kind == .student { try verifyNoHiddenChecks(in: output, course: course) }
    return summary
  }

  /// No hidden check's identifier may survive in the released checks' code.
  static func verifyNoHiddenChecks(in output: URL, course: Course) throws(GradingError) {
    let checksFolder = output.appendingPathComponent("Sources/ExerciseChecks")
    var code = ""
    if let walker = FileManager.default.enumerator(atPath: checksFolder.path) {
      for case let path as String in walker where path.hasSuffix(".swift") {
        code += (try? String(contentsOf: checksFolder.appendingPathComponent(path), encoding: .utf8)) ?? ""
      }
    }
    let leaked = course.manifest.exercises.flatMap { exercise in
      exercise.checks.filter { $0.visibility.isHidden && code.contains("\"\($0.id)\"") }.map {
        "\(exercise.id)/\($0.id)"
      }
    }
    if !leaked.isEmpty {
      throw .course(
        "hidden checks are still in the released code: \(leaked.joined(separator: ", ")); put them between "
          + "`\(ReleaseStripping.hiddenBegin)` and `\(ReleaseStripping.hiddenEnd)` lines")
    }
  }
}

/// The paths a release leaves out: what `.gitignore` ignores, plus `extra`.
///
/// Understands the `.gitignore` lines this project uses: `name`, `name/` (directories only),
/// `/anchored`, and `*`/`?` wildcards (`fnmatch`); comments and negations are skipped.
struct IgnoreRules {
  private var patterns: [(pattern: String, anchored: Bool, directoryOnly: Bool)] = []

  init(root: URL, extra: [String]) {
    let text = (try? String(contentsOf: root.appendingPathComponent(".gitignore"), encoding: .utf8)) ?? ""
    for raw in text.split(separator: "\n").map({ $0.trimmingCharacters(in: .whitespaces) }) + extra {
      guard !raw.isEmpty, !raw.hasPrefix("#"), !raw.hasPrefix("!") else { continue }
      var pattern = raw
      let directoryOnly = pattern.hasSuffix("/")
      if directoryOnly { pattern.removeLast() }
      let anchored = pattern.hasPrefix("/") || pattern.dropFirst().contains("/")
      if pattern.hasPrefix("/") { pattern.removeFirst() }
      patterns.append((pattern, anchored, directoryOnly))
    }
  }

  func ignores(_ path: String, isDirectory: Bool) -> Bool {
    let name = String(path.split(separator: "/").last ?? "")
    return patterns.contains { rule in
      if rule.directoryOnly && !isDirectory { return false }
      return fnmatch(rule.pattern, rule.anchored ? path : name, 0) == 0
    }
  }
}
