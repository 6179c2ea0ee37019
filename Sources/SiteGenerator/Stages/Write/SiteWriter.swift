import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Stage 6, write: puts the site in place all at once.
///
/// Everything goes into a temporary sibling folder first; only when all files are written is
/// the old site moved aside and the new one renamed into place, so a failed build (or a crash
/// while writing) leaves the previous site intact. A marker file, `.plateau-site`, guards the
/// swap: an existing output folder is replaced only if it is empty or carries the marker, so
/// `--output ~/Documents` cannot delete anyone's files.
///
/// Disk work, not rendering, dominates a build, so files that did not change since the previous
/// site (same bytes, or a copy whose source is unchanged) are hard-linked from it instead of
/// written, and the old folder is deleted by a background `rm -rf` after the swap.
struct SiteWriter {
  /// One file to write: generated text, or a copy of a file (symlinks resolved).
  enum Item {
    case text(String)
    case copy(URL)
  }

  static let marker = ".plateau-site"

  var destination: URL

  func write(_ files: [String: Item], copyingFolders folders: [String: URL]) throws {
    let fm = FileManager.default
    let parent = destination.deletingLastPathComponent()
    try fm.createDirectory(at: parent, withIntermediateDirectories: true)
    try checkReplaceable()
    let prefix = ".\(destination.lastPathComponent)-tmp-"
    // Leftovers of a build that crashed (`.build-tmp-…`; git ignores `/site/.build-tmp*/`).
    for name in (try? fm.contentsOfDirectory(atPath: parent.path)) ?? [] where name.hasPrefix(prefix) {
      Self.removeInBackground(parent.appendingPathComponent(name).path)
    }
    let token = "\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
    let staging = parent.appendingPathComponent(prefix + token)
    let previous = fm.fileExists(atPath: destination.appendingPathComponent(Self.marker).path) ? destination : nil
    try fm.createDirectory(at: staging, withIntermediateDirectories: true)
    do {
      var writer = FileWriter(staging: staging, previous: previous)
      for (path, item) in files.sorted(by: { $0.key < $1.key }) {
        switch item {
        case .text(let text): try writer.text(text, at: path)
        case .copy(let source): try writer.copy(source, to: path)
        }
      }
      for (path, source) in folders.sorted(by: { $0.key < $1.key }) {
        try writer.copyFolder(source, to: path)
      }
      try writer.text("Built by `plateau build`; this folder is replaced on every build.\n", at: Self.marker)
      let old = parent.appendingPathComponent(prefix + "old-" + token)
      let hadOld = fm.fileExists(atPath: destination.path)
      if hadOld { try fm.moveItem(at: destination, to: old) }
      do {
        try fm.moveItem(at: staging, to: destination)
      } catch {
        if hadOld { try? fm.moveItem(at: old, to: destination) }
        throw error
      }
      if hadOld { Self.removeInBackground(old.path) }
    } catch {
      Self.removeTree(staging.path)
      throw error
    }
  }

  private func checkReplaceable() throws {
    let fm = FileManager.default
    var isDirectory: ObjCBool = false
    guard fm.fileExists(atPath: destination.path, isDirectory: &isDirectory) else { return }
    let contents = (try? fm.contentsOfDirectory(atPath: destination.path)) ?? []
    guard isDirectory.boolValue, contents.isEmpty || contents.contains(Self.marker) else {
      throw SiteError(
        file: destination.path,
        "the output folder exists and is not a site built by plateau (no \(Self.marker) file); choose a new or empty folder"
      )
    }
  }

  /// Deletes a folder without waiting (`rm -rf` in a child process that outlives the build);
  /// deletes it in place if the child cannot start.
  static func removeInBackground(_ path: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/rm")
    process.arguments = ["-rf", path]
    do { try process.run() } catch { removeTree(path) }
  }

  /// `rm -rf` with plain system calls.
  static func removeTree(_ path: String) {
    var info = stat()
    guard lstat(path, &info) == 0 else { return }
    if (info.st_mode & S_IFMT) == S_IFDIR {
      for name in (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? [] { removeTree(path + "/" + name) }
      rmdir(path)
    } else {
      unlink(path)
    }
  }
}

/// Writes files into the staging folder, hard-linking those the previous site already has.
private struct FileWriter {
  let staging: URL
  let previous: URL?
  private var made: Set<String> = [""]

  init(staging: URL, previous: URL?) {
    self.staging = staging
    self.previous = previous
  }

  mutating func text(_ text: String, at path: String) throws {
    let data = Data(text.utf8)
    let target = try prepare(path)
    if let old = previous?.appendingPathComponent(path).path, let bytes = FileManager.default.contents(atPath: old),
      bytes == data, link(old, target) == 0
    {
      return
    }
    try data.write(to: URL(fileURLWithPath: target))
  }

  /// Copies `source` (symlinks resolved), or links the previous copy if the source is unchanged.
  mutating func copy(_ source: URL, to path: String) throws {
    let target = try prepare(path)
    let from = source.resolvingSymlinksInPath().path
    if let old = previous?.appendingPathComponent(path).path, Self.isUpToDate(copy: old, of: from),
      link(old, target) == 0
    {
      return
    }
    guard let data = FileManager.default.contents(atPath: from) else {
      throw SiteError(file: source.path, "cannot read the file to copy it into the site")
    }
    try data.write(to: URL(fileURLWithPath: target))
  }

  /// `cp -rL`: copies a folder, following symbolic links (Debian's KaTeX links its fonts).
  mutating func copyFolder(_ source: URL, to path: String) throws {
    let resolved = source.resolvingSymlinksInPath()
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: resolved.path, isDirectory: &isDirectory) else {
      throw SiteError(file: source.path, "cannot copy: no such file or folder")
    }
    guard isDirectory.boolValue else { return try copy(resolved, to: path) }
    for name in try FileManager.default.contentsOfDirectory(atPath: resolved.path) {
      try copyFolder(resolved.appendingPathComponent(name), to: path + "/" + name)
    }
  }

  /// Creates the file's folder in the staging area; returns the file's path.
  private mutating func prepare(_ path: String) throws -> String {
    let dir = (path as NSString).deletingLastPathComponent
    if !made.contains(dir) {
      try FileManager.default.createDirectory(
        at: staging.appendingPathComponent(dir), withIntermediateDirectories: true)
      made.insert(dir)
    }
    return staging.appendingPathComponent(path).path
  }

  /// A previous copy is current when it has the source's size and is not older than it.
  private static func isUpToDate(copy: String, of source: String) -> Bool {
    var a = stat()
    var b = stat()
    guard stat(copy, &a) == 0, stat(source, &b) == 0, a.st_size == b.st_size else { return false }
    #if canImport(Darwin)
      return (a.st_mtimespec.tv_sec, a.st_mtimespec.tv_nsec) >= (b.st_mtimespec.tv_sec, b.st_mtimespec.tv_nsec)
    #else
      return (a.st_mtim.tv_sec, a.st_mtim.tv_nsec) >= (b.st_mtim.tv_sec, b.st_mtim.tv_nsec)
    #endif
  }
}
