/// Compares an example's output with its expected ```output block.
///
/// Trailing spaces on each line and trailing blank lines are ignored. Without a tolerance the
/// text must match exactly. With `tolerance=T`, every number in the output (a token such as
/// `-1.5e-3` not glued to a letter, so `q0` stays text) may differ from the expected one by
/// T·max(1, |expected|); everything between numbers must match exactly.
public enum OutputComparison {
  /// `nil` when the outputs agree, otherwise a message naming the first differing line.
  public static func difference(expected: String, actual: String, tolerance: Double?) -> String? {
    let e = lines(expected), a = lines(actual)
    for k in 0..<max(e.count, a.count) {
      let el = k < e.count ? e[k] : nil, al = k < a.count ? a[k] : nil
      guard let el, let al else {
        return el == nil
          ? "output line \(k + 1) is extra: \"\(al ?? "")\""
          : "output line \(k + 1) is missing: expected \"\(el ?? "")\""
      }
      if !linesAgree(el, al, tolerance: tolerance) {
        let within = tolerance.map { " (numbers within \($0))" } ?? ""
        return "output line \(k + 1) differs\(within):\n  expected: \(el)\n  actual:   \(al)"
      }
    }
    return nil
  }

  static func lines(_ text: String) -> [String] {
    var result = text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
      var s = Substring(line)
      while let last = s.last, last == " " || last == "\t" || last == "\r" { s = s.dropLast() }
      return String(s)
    }
    while let last = result.last, last.isEmpty { result.removeLast() }
    return result
  }

  static func linesAgree(_ expected: String, _ actual: String, tolerance: Double?) -> Bool {
    guard let tolerance else { return expected == actual }
    let e = tokens(expected), a = tokens(actual)
    guard e.count == a.count else { return false }
    for (x, y) in zip(e, a) {
      switch (x, y) {
      case (.text(let s), .text(let t)): if s != t { return false }
      case (.number(let u), .number(let v)): if abs(u - v) > tolerance * max(1, abs(u)) { return false }
      default: return false
      }
    }
    return true
  }

  enum Token: Equatable {
    case text(String)
    case number(Double)
  }

  /// Splits a line into numbers and the text between them.
  static func tokens(_ line: String) -> [Token] {
    let chars = Array(line)
    var out: [Token] = []
    var text = ""
    var i = 0
    func isDigit(_ c: Character) -> Bool { c.isASCII && c.isNumber }
    while i < chars.count {
      let c = chars[i]
      let previous: Character? = i > 0 ? chars[i - 1] : nil
      let glued = previous.map { $0.isLetter || $0 == "_" || isDigit($0) || $0 == "." } ?? false
      let startsNumber =
        !glued
        && (isDigit(c)
          || ((c == "-" || c == "+" || c == ".") && i + 1 < chars.count
            && (isDigit(chars[i + 1]) || (chars[i + 1] == "." && i + 2 < chars.count && isDigit(chars[i + 2])))))
      if startsNumber {
        var j = i
        if chars[j] == "-" || chars[j] == "+" { j += 1 }
        while j < chars.count, isDigit(chars[j]) { j += 1 }
        if j < chars.count, chars[j] == "." {
          j += 1
          while j < chars.count, isDigit(chars[j]) { j += 1 }
        }
        if j < chars.count, chars[j] == "e" || chars[j] == "E" {
          var k = j + 1
          if k < chars.count, chars[k] == "-" || chars[k] == "+" { k += 1 }
          if k < chars.count, isDigit(chars[k]) {
            while k < chars.count, isDigit(chars[k]) { k += 1 }
            j = k
          }
        }
        if let value = Double(String(chars[i..<j])) {
          if !text.isEmpty { out.append(.text(text)) }
          text = ""
          out.append(.number(value))
          i = j
          continue
        }
      }
      text.append(c)
      i += 1
    }
    if !text.isEmpty { out.append(.text(text)) }
    return out
  }
}
