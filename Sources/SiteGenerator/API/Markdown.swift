/// Renders Markdown to HTML with cmark, the course's only Markdown engine.
///
/// ```swift
/// print(Markdown.html(from: "Hello *world*"))   // <p>Hello <em>world</em></p>
/// ```
public enum Markdown {
  /// Renders CommonMark as HTML.
  ///
  /// CommonMark → HTML. Raw HTML is dropped unless `allowRawHTML` is set (cmark's safe mode).
  public static func html(from markdown: String, allowRawHTML: Bool = false) -> String {
    CmarkDocument(markdown: markdown, unsafe: allowRawHTML).html(unsafe: allowRawHTML)
  }

  /// The version of the cmark library in use.
  public static var cmarkVersion: String { CmarkDocument.version }
}
