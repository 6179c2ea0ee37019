import Foundation
import PlateauCLI
import Testing

@Suite("plateau build")
struct BuildTests {
  @Test("builds a page and says where to open it; a rebuild replaces the old site")
  func buildsAndReplaces() throws {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("plateau-build-\(UUID().uuidString)")
    try FileManager.default.createDirectory(
      at: root.appendingPathComponent("Lessons/00-welcome"), withIntermediateDirectories: true)
    let output = root.appendingPathComponent("out")
    let message = try Build.parse(["--root", root.path, "--output", output.path]).execute()
    #expect(message.contains("file://") && message.contains("index.html"))
    let html = try String(contentsOf: output.appendingPathComponent("index.html"), encoding: .utf8)
    #expect(html.contains("00-welcome") && html.contains("<h1>Plateau</h1>"))
    try "stale".write(to: output.appendingPathComponent("stale.txt"), atomically: true, encoding: .utf8)
    _ = try Build.parse(["--root", root.path, "--output", output.path]).execute()
    #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("stale.txt").path))
  }
}
