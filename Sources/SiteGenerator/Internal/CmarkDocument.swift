// The only file that talks to the cmark C library.
import CCmark

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A Markdown document parsed by cmark, with the few tree edits the site's render stage needs.
///
/// cmark parses and renders; the render stage only swaps nodes for *custom* nodes (whose HTML
/// cmark emits verbatim, also in safe mode) and rewrites link destinations. Node handles stay
/// valid for the document's lifetime: nodes taken out of the tree are freed in `deinit`.
final class CmarkDocument {
  private let root: OpaquePointer
  private var detached: [OpaquePointer] = []

  /// Parses CommonMark text.
  ///
  /// `unsafe` keeps raw HTML (cmark's safe mode drops it).
  init(markdown: String, unsafe: Bool = false) {
    let options = CMARK_OPT_DEFAULT | (unsafe ? CMARK_OPT_UNSAFE : 0)
    let bytes = Array(markdown.utf8)
    root = bytes.withUnsafeBufferPointer { buffer in
      buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: max(1, buffer.count)) {
        cmark_parse_document($0, buffer.count, options)
      }
    }
  }

  deinit {
    for node in detached { cmark_node_free(node) }
    cmark_node_free(root)
  }

  /// The document as HTML.
  func html(unsafe: Bool = false) -> String {
    let options = CMARK_OPT_DEFAULT | (unsafe ? CMARK_OPT_UNSAFE : 0)
    guard let raw = cmark_render_html(root, options) else { return "" }
    defer { free(raw) }
    return String(cString: raw)
  }

  /// The version of the linked cmark library ("0.30.2").
  static var version: String { String(cString: cmark_version_string()) }

  // MARK: - Reading the tree

  /// A node of the document (a handle; valid while the document lives).
  struct Node: Hashable {
    fileprivate let pointer: OpaquePointer
  }

  /// The kinds of cmark node the site distinguishes.
  enum Kind: Equatable {
    case document, blockQuote, list, item, codeBlock, htmlBlock, customBlock, paragraph, heading
    case thematicBreak, text, softBreak, lineBreak, code, htmlInline, customInline, emphasis
    case strong, link, image, other
  }

  /// Every node in document order (parents before children).
  func nodes() -> [Node] {
    var result: [Node] = []
    let iterator = cmark_iter_new(root)
    defer { cmark_iter_free(iterator) }
    while true {
      let event = cmark_iter_next(iterator)
      if event == CMARK_EVENT_DONE { break }
      if event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) { result.append(Node(pointer: node)) }
    }
    return result
  }

  /// The document node.
  var documentNode: Node { Node(pointer: root) }

  func kind(_ node: Node) -> Kind {
    switch cmark_node_get_type(node.pointer) {
    case CMARK_NODE_DOCUMENT: return .document
    case CMARK_NODE_BLOCK_QUOTE: return .blockQuote
    case CMARK_NODE_LIST: return .list
    case CMARK_NODE_ITEM: return .item
    case CMARK_NODE_CODE_BLOCK: return .codeBlock
    case CMARK_NODE_HTML_BLOCK: return .htmlBlock
    case CMARK_NODE_CUSTOM_BLOCK: return .customBlock
    case CMARK_NODE_PARAGRAPH: return .paragraph
    case CMARK_NODE_HEADING: return .heading
    case CMARK_NODE_THEMATIC_BREAK: return .thematicBreak
    case CMARK_NODE_TEXT: return .text
    case CMARK_NODE_SOFTBREAK: return .softBreak
    case CMARK_NODE_LINEBREAK: return .lineBreak
    case CMARK_NODE_CODE: return .code
    case CMARK_NODE_HTML_INLINE: return .htmlInline
    case CMARK_NODE_CUSTOM_INLINE: return .customInline
    case CMARK_NODE_EMPH: return .emphasis
    case CMARK_NODE_STRONG: return .strong
    case CMARK_NODE_LINK: return .link
    case CMARK_NODE_IMAGE: return .image
    default: return .other
    }
  }

  /// Text of text, code, code-block and HTML nodes ("" for others).
  func literal(_ node: Node) -> String { string(cmark_node_get_literal(node.pointer)) }
  /// Destination of a link or image.
  func url(_ node: Node) -> String { string(cmark_node_get_url(node.pointer)) }
  /// Info string of a fenced code block (`swift fragment`).
  func fenceInfo(_ node: Node) -> String { string(cmark_node_get_fence_info(node.pointer)) }
  /// Level (1–6) of a heading.
  func headingLevel(_ node: Node) -> Int { Int(cmark_node_get_heading_level(node.pointer)) }
  /// 1-based line where the node starts in the parsed text.
  func startLine(_ node: Node) -> Int { Int(cmark_node_get_start_line(node.pointer)) }
  /// 1-based line where the node ends in the parsed text.
  func endLine(_ node: Node) -> Int { Int(cmark_node_get_end_line(node.pointer)) }
  func parent(_ node: Node) -> Node? { cmark_node_parent(node.pointer).map(Node.init) }

  /// The node's children, in order.
  func children(_ node: Node) -> [Node] {
    var result: [Node] = []
    var child = cmark_node_first_child(node.pointer)
    while let current = child {
      result.append(Node(pointer: current))
      child = cmark_node_next(current)
    }
    return result
  }

  // MARK: - Editing the tree

  func setURL(_ node: Node, _ url: String) { _ = cmark_node_set_url(node.pointer, url) }
  func setLiteral(_ node: Node, _ text: String) { _ = cmark_node_set_literal(node.pointer, text) }

  /// Replaces `node` (and its subtree) by HTML that cmark emits verbatim.
  func replace(_ node: Node, withHTML html: String, block: Bool) {
    let custom = cmark_node_new(block ? CMARK_NODE_CUSTOM_BLOCK : CMARK_NODE_CUSTOM_INLINE)!
    _ = cmark_node_set_on_enter(custom, html)
    _ = cmark_node_insert_before(node.pointer, custom)
    detach(node)
  }

  /// Replaces `node` by a custom node that keeps its children between `open` and `close`.
  ///
  /// Used to give headings an `id` and citations a class: cmark renders the children as usual.
  func wrap(_ node: Node, open: String, close: String, block: Bool) {
    let custom = cmark_node_new(block ? CMARK_NODE_CUSTOM_BLOCK : CMARK_NODE_CUSTOM_INLINE)!
    _ = cmark_node_set_on_enter(custom, open)
    _ = cmark_node_set_on_exit(custom, close)
    while let child = cmark_node_first_child(node.pointer) {
      cmark_node_unlink(child)
      _ = cmark_node_append_child(custom, child)
    }
    _ = cmark_node_insert_before(node.pointer, custom)
    detach(node)
  }

  /// Renders one node's subtree as HTML (for heading text in the table of contents).
  func html(of node: Node, unsafe: Bool = false) -> String {
    let options = CMARK_OPT_DEFAULT | (unsafe ? CMARK_OPT_UNSAFE : 0)
    guard let raw = cmark_render_html(node.pointer, options) else { return "" }
    defer { free(raw) }
    return String(cString: raw)
  }

  private func detach(_ node: Node) {
    cmark_node_unlink(node.pointer)
    detached.append(node.pointer)
  }

  private func string(_ pointer: UnsafePointer<CChar>?) -> String {
    pointer.map { String(cString: $0) } ?? ""
  }
}
