// Generates the literate examples of every lesson before each build.
//
// A build-tool plugin only sees files outside its target when Package.swift changes, so this
// is a prebuild command: it runs before every build, scans Lessons/ itself (extract.sh), and
// SwiftPM compiles whatever it leaves in the output folder. New lesson files are therefore
// picked up with no change to Package.swift.
import Foundation
import PackagePlugin

@main
struct LessonExamplesPlugin: BuildToolPlugin {
  func createBuildCommands(context: PluginContext, target: any Target) throws -> [Command] {
    let root = context.package.directoryURL
    let output = context.pluginWorkDirectoryURL.appending(path: "GeneratedLessons")
    let script = root.appending(path: "Sources/LessonExamplesPlugin/extract.sh")
    return [
      .prebuildCommand(
        displayName: "Extracting lesson examples",
        executable: URL(fileURLWithPath: "/bin/sh"),
        arguments: [script.path, output.path, root.path],
        outputFilesDirectory: output)
    ]
  }
}
