import Foundation
import LessonRuntime

/// Where the built example runner and the package are, for the tests.
enum ExamplesHarness {
  /// The package root (two levels above this file's folder).
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  /// The folder of the running test bundle (the build's bin folder).
  static let binDirectory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()

  /// The `lesson-examples` executable: $PLATEAU_EXAMPLES_BINARY (scripts/test points it at the
  /// release build, so the course's examples run at full speed) or the one built with the tests.
  static var executable: String {
    ProcessInfo.processInfo.environment["PLATEAU_EXAMPLES_BINARY"]
      ?? binDirectory.appendingPathComponent("lesson-examples").path
  }

  static var runner: ExampleProcess { ExampleProcess(executable: executable, timeout: 300) }
}
