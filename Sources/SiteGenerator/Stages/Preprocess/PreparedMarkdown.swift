/// Markdown ready for cmark: the output of the preprocess stage.
///
/// Math and tables are replaced by placeholders, citations turned into `cite:` links, and
/// fenced code blocks listed.
struct PreparedMarkdown: Equatable, Codable {
  /// The text cmark parses.
  var text: String
  /// File line of the text's first line.
  var firstLine: Int
  /// TeX of each math placeholder, in order.
  var math: [Math] = []
  var tables: [PipeTable] = []
  /// Every fenced code block, in order.
  var codeBlocks: [FencedCode] = []

  struct Math: Equatable, Codable {
    var tex: String
    var display: Bool
    var line: Int
  }

  struct FencedCode: Equatable, Codable {
    /// Info string, `swift fragment`.
    var info: String
    var code: String
    /// File line of the opening fence.
    var line: Int

    var language: String { String(info.split(separator: " ").first ?? "") }
    var flags: [String] { info.split(separator: " ").dropFirst().map(String.init) }
  }
}

/// A GitHub-style pipe table: header cells, alignments and rows of cells (inline Markdown,
/// with math placeholders), plus the file line of each row for messages.
struct PipeTable: Equatable, Codable {
  enum Alignment: String, Codable { case none, left, center, right }

  var alignments: [Alignment]
  var header: [String]
  var rows: [[String]]
  /// File line of the header row.
  var line: Int
}
