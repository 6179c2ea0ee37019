import Foundation
import Testing

@testable import Grading

/// `plateau release`: what a student copy leaves out, and that what stays still compiles.
@Suite struct ReleaseTests {
  @Test func solutionLinesGoFromEveryRelease() throws {
    let text = "a\n.target(name: \"Solution_x\"),  // plateau-release: solution\nb"
    #expect(try ReleaseStripping.strip(text, removeHidden: false) == ("a\nb", 1))
    #expect(try ReleaseStripping.strip(text, removeHidden: true) == ("a\nb", 1))
  }

  @Test func hiddenRegionsGoOnlyFromStudentReleases() throws {
    let text = "keep\n  // plateau-release: hidden-begin\n  secret\n  // plateau-release: hidden-end\nkeep too"
    #expect(try ReleaseStripping.strip(text, removeHidden: true) == ("keep\nkeep too", 3))
    #expect(try ReleaseStripping.strip(text, removeHidden: false) == (text, 0))
  }

  @Test func aMarkerInsideACommentSentenceIsNotAMarker() throws {
    let text = "// put them between `// plateau-release: hidden-begin` and the end marker\ncode"
    #expect(try ReleaseStripping.strip(text, removeHidden: true) == (text, 0))
  }

  @Test(arguments: [
    ("// plateau-release: hidden-begin\nx", 1, "hidden-begin without a hidden-end"),
    ("x\n// plateau-release: hidden-end", 2, "hidden-end without a hidden-begin"),
    (
      "// plateau-release: hidden-begin\n// plateau-release: hidden-begin\n// plateau-release: hidden-end", 2,
      "hidden-begin inside the region opened at line 1"
    ),
  ])
  func unbalancedMarkersAreErrorsWithTheirLine(text: String, line: Int, message: String) {
    #expect(throws: ReleaseStripping.MarkerError(line: line, message: message)) {
      try ReleaseStripping.strip(text, removeHidden: true)
    }
  }

  /// A fresh student release of the real course (the caller removes it).
  static func makeStudentRelease() throws -> (URL, Release.Summary) {
    let output = GradingHarness.temporaryDirectory("release")
    return (output, try Release.make(course: try GradingHarness.course(), output: output, kind: .student))
  }

  @Test(.enabled(if: GradingHarness.hasSolutions)) func aStudentReleaseHasNoSolutionsAndNoHiddenChecks() throws {
    let (output, summary) = try Self.makeStudentRelease()
    defer { try? FileManager.default.removeItem(at: output) }
    let fm = FileManager.default
    #expect(!fm.fileExists(atPath: output.appendingPathComponent("Tests/ExerciseSolutions").path))
    #expect(!fm.fileExists(atPath: output.appendingPathComponent(".plateau").path))
    #expect(!fm.fileExists(atPath: output.appendingPathComponent(".build").path))
    let package = try String(contentsOf: output.appendingPathComponent("Package.swift"), encoding: .utf8)
    #expect(
      !package.contains("Solution_01") && !package.contains("exerciseModule(\"Solution\"")
        && !package.contains("plateau-release"))
    #expect(package.contains("Starter_01_normalize"))
    let manifest = try Manifest.load(from: output.appendingPathComponent(Manifest.relativePath).path)
    #expect(manifest.exercises.flatMap(\.checks).allSatisfy { $0.visibility == .visible })
    let hidden = try GradingHarness.course().manifest.exercises.flatMap { exercise in
      exercise.checks.filter { $0.visibility != .visible }.map { "\(exercise.id)/\($0.id)" }
    }
    #expect(summary.removedChecks == hidden)
    var checksCode = ""
    for file in try fm.subpathsOfDirectory(atPath: output.appendingPathComponent("Sources/ExerciseChecks").path)
    where file.hasSuffix(".swift") {
      checksCode += try String(
        contentsOf: output.appendingPathComponent("Sources/ExerciseChecks/\(file)"), encoding: .utf8)
    }
    #expect(!checksCode.contains("large-and-scaled") && !checksCode.contains("ten-qubits"))
    #expect(!checksCode.contains("plateau-release: hidden-begin\n"))
  }

  @Test(.enabled(if: GradingHarness.hasSolutions)) func aStudentReleaseHasTheUntouchedStarters() throws {
    let (output, _) = try Self.makeStudentRelease()
    defer { try? FileManager.default.removeItem(at: output) }
    let course = try GradingHarness.course()
    for exercise in course.manifest.exercises {
      for file in exercise.files {
        let released = try Data(contentsOf: output.appendingPathComponent("Exercises/\(exercise.id)/\(file)"))
        #expect(released == (try Data(contentsOf: course.starterDirectory(exercise.id).appendingPathComponent(file))))
      }
      #expect(
        FileManager.default.fileExists(atPath: output.appendingPathComponent("Exercises/\(exercise.id)/README.md").path)
      )
    }
    #expect(try Course.load(root: output).fileProblems() == [])
  }

  /// The stripped checks still compile: type-check the released ExerciseChecks sources
  /// against the built Grading and Quantum modules. (scripts/test-release builds and tests a
  /// whole release, which takes minutes.)
  @Test(.enabled(if: GradingHarness.hasSolutions)) func theReleasedChecksStillCompile() throws {
    let (output, _) = try Self.makeStudentRelease()
    defer { try? FileManager.default.removeItem(at: output) }
    let kit = try GradingHarness.kit()
    let folder = output.appendingPathComponent("Sources/ExerciseChecks")
    let files = try FileManager.default.subpathsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".swift") }
      .map { folder.appendingPathComponent($0).path }
    let flags = kit.flags.prefix { $0 != "-L" }  // compile flags only
    let arguments =
      [
        kit.compiler, "-typecheck", "-swift-version", "6", "-module-name", "ExerciseChecks", "-enable-upcoming-feature",
        "ExistentialAny", "-enable-upcoming-feature", "InternalImportsByDefault",
      ] + flags + files
    let outcome = ChildProcess(
      arguments: arguments, directory: output, timeLimit: 120, memoryLimitMB: nil, outputLimit: 1 << 20
    ).run()
    #expect(outcome.ending == .exited(0), "the released checks do not compile:\n\(outcome.stderr)")
  }

  @Test(.enabled(if: GradingHarness.hasSolutions)) func anAutograderReleaseKeepsTheHiddenChecksButNotTheSolutions()
    throws
  {
    let output = GradingHarness.temporaryDirectory("autograder")
    defer { try? FileManager.default.removeItem(at: output) }
    _ = try PlatformFiles.writeGradescopeAutograder(
      course: try GradingHarness.course(), output: output, swiftVersion: "6.3.1")
    let fm = FileManager.default
    #expect(!fm.fileExists(atPath: output.appendingPathComponent("Tests/ExerciseSolutions").path))
    let manifest = try Manifest.load(from: output.appendingPathComponent(Manifest.relativePath).path)
    #expect(manifest.exercises.flatMap(\.checks).contains { $0.visibility.isHidden })
    for script in ["setup.sh", "run_autograder"] {
      let path = output.appendingPathComponent(script).path
      #expect(fm.isExecutableFile(atPath: path))
      #expect(try String(contentsOfFile: path, encoding: .utf8).hasPrefix("#!/usr/bin/env bash\n"))
    }
    let setup = try String(contentsOf: output.appendingPathComponent("setup.sh"), encoding: .utf8)
    #expect(setup.contains("SWIFT_VERSION=6.3.1\n"))
    #expect(setup.contains("swift-${SWIFT_VERSION}-RELEASE-ubuntu22.04.tar.gz"))
    #expect(setup.contains("swift build -c release --product PlateauExerciseKit"))
  }

  @Test func aReleaseRefusesAFolderThatIsNotEmpty() throws {
    let output = GradingHarness.temporaryDirectory("nonempty")
    defer { try? FileManager.default.removeItem(at: output) }
    try "x".write(to: output.appendingPathComponent("file"), atomically: true, encoding: .utf8)
    #expect(throws: GradingError.io("\(output.standardizedFileURL.path) is not empty; give a new or empty folder")) {
      try Release.make(course: try GradingHarness.course(), output: output, kind: .student)
    }
  }

  @Test func theGitHubClassroomWorkflowHasTheShapeTheReporterNeeds() {
    let yaml = PlatformFiles.githubClassroomWorkflow
    for line in [
      "name: Autograding Tests", "  run-autograding-tests:", "    if: github.actor != 'github-classroom[bot]'",
      "  checks: write", "        id: plateau", "          PLATEAU_RESULTS: \"${{steps.plateau.outputs.result}}\"",
      "          runners: plateau", "        uses: classroom-resources/autograding-grading-reporter@v1",
    ] {
      #expect(yaml.contains(line + "\n"), "missing: \(line)")
    }
  }
}
