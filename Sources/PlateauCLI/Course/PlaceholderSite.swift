import Foundation
import SiteGenerator

/// The course overview page: the course map rendered from Markdown with cmark.
enum PlaceholderSite {
  static func render(root: URL) throws -> String {
    let lessons =
      (try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("Lessons").path))?
      .filter { !$0.hasPrefix(".") }.sorted() ?? []
    var markdown = """
      # Plateau

      A course on **barren plateaus** and **classical simulability** of variational quantum
      algorithms, with a Swift simulation library you use and extend.

      ## Lessons

      """
    markdown +=
      lessons.isEmpty
      ? "The lessons are being written; run `plateau lab expect --help` to start experimenting.\n"
      : lessons.map { "- \($0)" }.joined(separator: "\n") + "\n"
    let body = Markdown.html(from: markdown)
    return """
      <!doctype html>
      <html lang="en">
      <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
      <title>Plateau</title>
      <style>body{font:16px/1.55 system-ui,sans-serif;max-width:44rem;margin:3rem auto;padding:0 1rem;color:#1d2330}
      @media (prefers-color-scheme: dark){body{background:#14171f;color:#e4e7ee}}</style></head>
      <body><main>
      \(body)</main></body>
      </html>

      """
  }
}
