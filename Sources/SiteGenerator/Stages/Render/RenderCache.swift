import Foundation

/// Rendered pages keyed by a hash of everything a render depends on: the page's text and
/// paths, its code-block outputs, and the generator itself (`salt`).
///
/// Lives in memory for `plateau serve` and on disk (`.plateau/site-cache/render-cache.json`)
/// between `plateau build` runs. The salt includes the running executable's size and
/// modification time, so a rebuilt `plateau` never reuses renders of an older renderer.
final class RenderCache {
  private var entries: [String: RenderedPage] = [:]
  private var used: Set<String> = []
  private let file: URL?
  let salt: String

  private struct Stored: Codable {
    var salt: String
    var entries: [String: RenderedPage]
  }

  init(directory: URL?) {
    self.file = directory?.appendingPathComponent("render-cache.json")
    self.salt = Self.generatorSalt()
    if let file, let data = try? Data(contentsOf: file),
      let stored = try? JSONDecoder().decode(Stored.self, from: data),
      stored.salt == salt
    {
      entries = stored.entries
    }
  }

  static func key(for page: CoursePage, outputs: [Int: CodeBlockOutput], salt: String) -> String {
    var hash = ContentHash()
    hash.combine(salt)
    hash.combine(page.sourcePath)
    hash.combine(page.outputPath)
    hash.combine(page.text)
    for index in outputs.keys.sorted() {
      let output = outputs[index]!
      hash.combine(UInt64(index))
      hash.combine(output.text ?? "\u{0}")
      for figure in output.figures {
        hash.combine(figure.svg)
        hash.combine(figure.altText)
        hash.combine(figure.caption ?? "\u{0}")
      }
    }
    return hash.description
  }

  subscript(key: String) -> RenderedPage? {
    get {
      let page = entries[key]
      if page != nil { used.insert(key) }
      return page
    }
    set {
      entries[key] = newValue
      used.insert(key)
    }
  }

  /// Drops entries this build did not use and writes the rest to disk.
  func save() {
    entries = entries.filter { used.contains($0.key) }
    used = []
    guard let file else { return }
    do {
      try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
      try JSONEncoder().encode(Stored(salt: salt, entries: entries)).write(to: file, options: .atomic)
    } catch {
      // A cache that cannot be written only costs time on the next build.
    }
  }

  private static func generatorSalt() -> String {
    var salt = "plateau-site-1"
    if let path = Bundle.main.executablePath,
      let attributes = try? FileManager.default.attributesOfItem(atPath: path)
    {
      let size = (attributes[.size] as? NSNumber)?.int64Value ?? 0
      let date = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
      salt += "-\(size)-\(Int64(date * 1000))"
    }
    return salt
  }
}
