public import Foundation

/// The compiled course code a learner's exercise is linked with: the `PlateauExerciseKit`
/// library (the checks, the grader's child harness, `Quantum`, `Landscapes` and swift-numerics) and the
/// modules and compiler flags to build against it.
///
/// The learner's files are not part of the package's own build: a learner's half-written
/// code would otherwise break `swift build` and `swift test` for everything else. Instead the
/// grader compiles each exercise on its own with `swiftc`, against the modules SwiftPM already
/// built, taking the compiler and the C module maps from SwiftPM's build description
/// (`description.json` in the bin folder) so that the flags match the kit's build exactly.
public struct ExerciseKit: Sendable {
  /// The library product's name.
  public static let libraryName = "PlateauExerciseKit"

  /// The build's bin folder (`.build/debug`, `.build/release`).
  public var binDirectory: URL
  /// The Swift compiler that built the kit.
  public var compiler: String
  /// `-I`, `-Xcc`, `-L`, `-l` and rpath flags for compiling and linking against the kit.
  public var flags: [String]

  /// Finds the kit in a bin folder.
  /// - Throws: ``GradingError/kitMissing(_:)`` when the library has not been built there.
  public static func locate(binDirectory: URL) throws(GradingError) -> ExerciseKit {
    let bin = binDirectory.resolvingSymlinksInPath()
    #if canImport(Darwin)
      let library = bin.appendingPathComponent("lib\(libraryName).dylib")
    #else
      let library = bin.appendingPathComponent("lib\(libraryName).so")
    #endif
    guard FileManager.default.fileExists(atPath: library.path) else {
      throw .kitMissing(
        "\(library.path) does not exist; build it with `swift build --product \(libraryName)` (plateau grade does this unless --no-build)"
      )
    }
    let modules = bin.appendingPathComponent("Modules")
    let importPath = FileManager.default.fileExists(atPath: modules.path) ? modules : bin
    let (compiler, clangFlags) = buildDescription(in: bin) ?? (defaultCompiler(), fallbackClangFlags(bin: bin))
    var flags = ["-I", importPath.path] + clangFlags
    flags += ["-L", bin.path, "-l\(libraryName)", "-Xlinker", "-rpath", "-Xlinker", bin.path]
    #if !canImport(Darwin)
      flags.append("-lm")
    #endif
    return ExerciseKit(binDirectory: bin, compiler: compiler, flags: flags)
  }

  /// The compiler and the C module flags SwiftPM used for the `ExerciseChecks` module.
  static func buildDescription(in bin: URL) -> (String, [String])? {
    guard let data = FileManager.default.contents(atPath: bin.appendingPathComponent("description.json").path),
      let root = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
      let commands = root["swiftCommands"] as? [String: Any],
      let command = commands.values.compactMap({ $0 as? [String: Any] }).first(where: {
        ($0["moduleName"] as? String) == "ExerciseChecks"
      }),
      let arguments = command["otherArguments"] as? [String]
    else { return nil }
    var flags: [String] = []
    var k = 0
    while k + 1 < arguments.count {
      if arguments[k] == "-Xcc", arguments[k + 1].hasPrefix("-fmodule-map-file=") {
        flags += ["-Xcc", arguments[k + 1]]
      } else if arguments[k] == "-Xcc", arguments[k + 1] == "-I", k + 3 < arguments.count {
        flags += ["-Xcc", "-I", "-Xcc", arguments[k + 3]]
        k += 2
      }
      k += 1
    }
    return ((command["executable"] as? String) ?? defaultCompiler(), flags)
  }

  /// Module maps found by looking (used only when SwiftPM's build description is missing).
  static func fallbackClangFlags(bin: URL) -> [String] {
    let fm = FileManager.default
    var maps: [String] = []
    for entry in (try? fm.contentsOfDirectory(atPath: bin.path)) ?? [] where entry.hasSuffix(".build") {
      let map = bin.appendingPathComponent(entry).appendingPathComponent("module.modulemap")
      if fm.fileExists(atPath: map.path) { maps.append(map.path) }
    }
    let checkouts = bin.deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("checkouts")
    if let walker = fm.enumerator(atPath: checkouts.path) {
      for case let path as String in walker where path.hasSuffix("include/module.modulemap") {
        maps.append(checkouts.appendingPathComponent(path).path)
      }
    }
    return maps.flatMap { ["-Xcc", "-fmodule-map-file=\($0)"] }
  }

  static func defaultCompiler() -> String {
    for directory in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":") {
      let candidate = "\(directory)/swiftc"
      if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
    }
    return "swiftc"
  }
}

/// Why grading could not start or go on (the reports carry these as reasons).
public enum GradingError: Error, CustomStringConvertible, Sendable, Equatable {
  /// The exercise kit library is not built.
  case kitMissing(String)
  /// The manifest and the checks' code disagree, or an exercise's files are missing.
  case course(String)
  /// Files could not be written or read.
  case io(String)

  public var description: String {
    switch self {
    case .kitMissing(let message), .course(let message), .io(let message): return message
    }
  }
}
