import Foundation
import Grading

/// Where the package, the built exercise kit and the submission fixtures are, for the tests.
enum GradingHarness {
  /// The package root (two levels above this file's folder).
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  /// The folder of the running test bundle: the build's bin folder, where SwiftPM also put
  /// the exercise kit library (`swift build --build-tests` builds every product).
  static let binDirectory: URL = {
    let linux = URL(fileURLWithPath: "/proc/self/exe")
    if FileManager.default.fileExists(atPath: linux.path) {
      return linux.resolvingSymlinksInPath().deletingLastPathComponent()
    }
    // macOS: the .xctest bundle sits in the bin folder.
    return Bundle.allBundles.first { $0.bundlePath.hasSuffix(".xctest") }?.bundleURL.deletingLastPathComponent()
      ?? URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
  }()

  /// The submission fixtures (removed from student releases, like the solutions).
  static let submissions = root.appendingPathComponent("Tests/ExerciseSolutions/Submissions")

  static var hasSolutions: Bool {
    FileManager.default.fileExists(atPath: root.appendingPathComponent("Tests/ExerciseSolutions").path)
  }

  static func course() throws -> Course { try Course.load(root: root) }

  static func kit() throws -> ExerciseKit { try ExerciseKit.locate(binDirectory: binDirectory) }

  /// A fresh temporary folder.
  static func temporaryDirectory(_ name: String) -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("plateau-\(name)-\(UUID().uuidString)")
    try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }
}
