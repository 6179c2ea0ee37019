/// HTML text helpers shared by the stages.
enum HTML {
  /// Escapes `&`, `<`, `>`, `"` (text and attribute values).
  static func escape(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for character in text {
      switch character {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      default: out.append(character)
      }
    }
    return out
  }

  /// Plain text of an HTML fragment: tags dropped, the five common entities decoded.
  static func text(of html: String) -> String {
    var out = ""
    var inTag = false
    for character in html {
      if inTag {
        if character == ">" { inTag = false }
      } else if character == "<" {
        inTag = true
      } else {
        out.append(character)
      }
    }
    return unescape(out)
  }

  /// Decodes `&amp; &lt; &gt; &quot; &#39;`.
  static func unescape(_ text: String) -> String {
    guard text.contains("&") else { return text }
    return text.replacingAll("&lt;", with: "<").replacingAll("&gt;", with: ">")
      .replacingAll("&quot;", with: "\"").replacingAll("&#39;", with: "'").replacingAll("&amp;", with: "&")
  }
}

extension String {
  /// Every occurrence of `target` replaced (no Foundation needed).
  func replacingAll(_ target: String, with replacement: String) -> String {
    guard !target.isEmpty, contains(target) else { return self }
    var out = ""
    var rest = self[...]
    while let range = rest.firstRange(of: target) {
      out += rest[..<range.lowerBound]
      out += replacement
      rest = rest[range.upperBound...]
    }
    out += rest
    return out
  }
}

/// JSON string literals for the search index.
enum JSON {
  static func quote(_ s: String) -> String {
    var out = "\""
    for scalar in s.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      case "\u{2028}": out += "\\u2028"
      case "\u{2029}": out += "\\u2029"
      case let c where c.value < 0x20:
        out += "\\u" + String(c.value, radix: 16).leftPadded(to: 4)
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out + "\""
  }
}
