/// Pipe tables (cmark has none), GitHub style.
///
/// ```
/// | n  | variance | time (s) |
/// |---:|:--------:|----------|
/// | 4  | $0.031$  | `0.002`  |
/// ```
///
/// The header row is the first line after a blank line; the delimiter row sets each column's
/// alignment with colons; rows run to the next blank line. Cells hold inline Markdown
/// (math, code, links, emphasis); `\|` is a literal pipe, and a pipe inside a code span does
/// not split the cell. Missing cells are empty, extra cells are dropped. Tables inside list
/// items or block quotes are not recognised.
enum PipeTables {
  /// Lifts a table that starts a chunk out of the Markdown.
  ///
  /// If `lines` (one chunk, math already replaced) starts with a table, moves it into
  /// `tables` and returns the chunk with the table replaced by a placeholder line and one
  /// filler line per further table line. Otherwise returns the lines unchanged.
  static func extract(
    _ lines: [String], firstLine: Int, file: String, tables: inout [PipeTable], log: inout DiagnosticLog
  ) -> [String] {
    for k in lines.indices.dropFirst() where isDelimiterRow(lines[k]) && lines[k - 1].contains("|") {
      let header = cells(lines[k - 1])
      let delimiter = cells(lines[k])
      guard header.count == delimiter.count else {
        log.error(
          file, firstLine + k - 1,
          "table header has \(header.count) cells but the delimiter row below it has \(delimiter.count); they must match"
        )
        return lines
      }
      guard k == 1 else {
        log.error(file, firstLine + k - 1, "a table needs a blank line before its header row")
        return lines
      }
      let rows = lines.dropFirst(2).map { row -> [String] in
        var r = cells(row)
        if r.count < header.count { r += Array(repeating: "", count: header.count - r.count) }
        return Array(r.prefix(header.count))
      }
      tables.append(
        PipeTable(
          alignments: delimiter.map(alignment), header: header.map(inlineOnly), rows: rows.map { $0.map(inlineOnly) },
          line: firstLine))
      let filler = String(Placeholder.filler)
      return [Placeholder.make(.table, tables.count - 1)] + Array(repeating: filler, count: lines.count - 1)
    }
    return lines
  }

  /// Escapes what would make a cell's text start a block (`#` heading, `>` quote, `-`/`1.`
  /// list item, `---` rule, a code fence), since each cell is rendered as its own document.
  static func inlineOnly(_ cell: String) -> String {
    guard let first = cell.first else { return cell }
    let rest = cell.dropFirst()
    let followedBySpace = { (s: Substring) in s.first.map { $0 == " " || $0 == "\t" } ?? true }
    switch first {
    case "#":
      let hashes = cell.prefix { $0 == "#" }
      if hashes.count <= 6 && followedBySpace(cell.dropFirst(hashes.count)) { return "\\" + cell }
    case ">":
      return "\\" + cell
    case "-", "+", "*", "_", "=":
      if (first != "_" && first != "=" && followedBySpace(rest)) || cell.allSatisfy({ $0 == first || $0 == " " }) {
        return "\\" + cell
      }
    case "`", "~":
      if cell.hasPrefix("```") || cell.hasPrefix("~~~") { return "\\" + cell }
    default:
      let digits = cell.prefix { $0.isASCII && $0.isNumber }
      let after = cell.dropFirst(digits.count)
      if !digits.isEmpty, digits.count <= 9, let marker = after.first, marker == "." || marker == ")",
        followedBySpace(after.dropFirst())
      {
        return digits + "\\" + after
      }
    }
    return cell
  }

  /// `|---|:--:|--:|`: cells of dashes with optional colons, at least one pipe.
  static func isDelimiterRow(_ line: String) -> Bool {
    guard line.contains("|") || line.contains(":") else { return false }
    let parts = cells(line)
    guard !parts.isEmpty else { return false }
    return parts.allSatisfy { cell in
      var core = Substring(cell)
      if core.first == ":" { core.removeFirst() }
      if core.last == ":" { core.removeLast() }
      return !core.isEmpty && core.allSatisfy { $0 == "-" }
    } && line.contains("|")
  }

  /// Splits a row into trimmed cells: outer pipes dropped, `\|` unescaped, code spans kept whole.
  static func cells(_ line: String) -> [String] {
    var text = Substring(line.trimmingCharacters(in: " \t"))
    if text.first == "|" { text.removeFirst() }
    if text.last == "|" && !text.hasSuffix("\\|") { text.removeLast() }
    var cells: [String] = []
    var current = ""
    var chars = Array(text)[...]
    var codeRun = 0
    while let c = chars.popFirst() {
      if c == "\\", chars.first == "|" {
        current.append("|")
        chars.removeFirst()
      } else if c == "`" {
        var run = 1
        while chars.first == "`" {
          run += 1
          chars.removeFirst()
        }
        codeRun = codeRun == 0 ? run : (codeRun == run ? 0 : codeRun)
        current += String(repeating: "`", count: run)
      } else if c == "|" && codeRun == 0 {
        cells.append(String(current.trimmingCharacters(in: " \t")))
        current = ""
      } else {
        current.append(c)
      }
    }
    cells.append(String(current.trimmingCharacters(in: " \t")))
    return cells
  }

  private static func alignment(_ cell: String) -> PipeTable.Alignment {
    switch (cell.hasPrefix(":"), cell.hasSuffix(":")) {
    case (true, true): return .center
    case (true, false): return .left
    case (false, true): return .right
    case (false, false): return .none
    }
  }
}
