// The only file that talks to the cmark C library.
import CCmark

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A Markdown document parsed by cmark.
final class CmarkDocument {
  private let root: OpaquePointer

  /// Parses CommonMark text.
  ///
  /// Parses CommonMark text. `unsafe` keeps raw HTML (cmark's safe mode drops it).
  init(markdown: String, unsafe: Bool = false) {
    let options = CMARK_OPT_DEFAULT | (unsafe ? CMARK_OPT_UNSAFE : 0)
    let bytes = Array(markdown.utf8)
    root = bytes.withUnsafeBufferPointer { buffer in
      buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: max(1, buffer.count)) {
        cmark_parse_document($0, buffer.count, options)
      }
    }
  }

  deinit { cmark_node_free(root) }

  /// The document as HTML.
  func html(unsafe: Bool = false) -> String {
    let options = CMARK_OPT_DEFAULT | (unsafe ? CMARK_OPT_UNSAFE : 0)
    guard let raw = cmark_render_html(root, options) else { return "" }
    defer { free(raw) }
    return String(cString: raw)
  }

  /// The version of the linked cmark library.
  ///
  /// The version of the linked cmark library, e.g. "0.30.2".
  static var version: String { String(cString: cmark_version_string()) }
}
