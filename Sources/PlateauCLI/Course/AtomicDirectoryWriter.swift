import Foundation

/// Writes a folder of files all at once: into a temporary sibling first, then swapped into
/// place, so a failed build never leaves a half-written site.
enum AtomicDirectoryWriter {
  static func write(_ files: [(path: String, contents: String)], to destination: URL) throws {
    let fm = FileManager.default
    let parent = destination.deletingLastPathComponent()
    try fm.createDirectory(at: parent, withIntermediateDirectories: true)
    let staging = parent.appendingPathComponent(".\(destination.lastPathComponent).tmp-\(getpid())")
    try? fm.removeItem(at: staging)
    try fm.createDirectory(at: staging, withIntermediateDirectories: true)
    do {
      for (path, contents) in files {
        let url = staging.appendingPathComponent(path)
        try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(contents.utf8).write(to: url)
      }
      let old = parent.appendingPathComponent(".\(destination.lastPathComponent).old-\(getpid())")
      if fm.fileExists(atPath: destination.path) { try fm.moveItem(at: destination, to: old) }
      try fm.moveItem(at: staging, to: destination)
      try? fm.removeItem(at: old)
    } catch {
      try? fm.removeItem(at: staging)
      throw error
    }
  }
}
