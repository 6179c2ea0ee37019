/// A JSON value with ordered object keys and the line each value starts on.
///
/// The grader reads the manifest with this (so that an error can name the line) and writes
/// every JSON report with it (so that keys keep a documented order). Numbers keep their
/// source text's value as a `Double`; `lineNumber` is 1-based (0 for values built in code).
///
/// ```swift
/// let value = try JSON.parse("{\"points\": 2}")
/// print(value["points"]?.number ?? 0)       // 2.0
/// print(JSON.object([("a", .int(1))]).serialized(indent: nil))   // {"a": 1}
/// ```
enum JSON: Sendable {
  case null
  case bool(Bool)
  case number(Double)
  case int(Int)
  case string(String)
  case array([JSON])
  case object([(String, JSON)])

  /// The value of `key` in an object.
  subscript(key: String) -> JSON? {
    guard case .object(let pairs) = self else { return nil }
    return pairs.first { $0.0 == key }?.1
  }

  var number: Double? {
    switch self {
    case .number(let d): return d
    case .int(let i): return Double(i)
    default: return nil
    }
  }

  var string: String? {
    if case .string(let s) = self { return s }
    return nil
  }

  /// A short name of the value's kind for error messages ("a string", "an array").
  var kindName: String {
    switch self {
    case .null: return "null"
    case .bool: return "a boolean"
    case .number, .int: return "a number"
    case .string: return "a string"
    case .array: return "an array"
    case .object: return "an object"
    }
  }
}

// MARK: - Writing

extension JSON {
  /// JSON text, pretty-printed with `indent` spaces per level (on one line when nil).
  ///
  /// Non-finite numbers become null (JSON has no NaN).
  func serialized(indent: Int? = 2) -> String {
    var out = ""
    write(to: &out, indent: indent, level: 0)
    return out
  }

  private func write(to out: inout String, indent: Int?, level: Int) {
    let newline = indent == nil ? "" : "\n"
    let pad = { (l: Int) in String(repeating: " ", count: (indent ?? 0) * l) }
    switch self {
    case .null: out += "null"
    case .bool(let b): out += b ? "true" : "false"
    case .int(let i): out += String(i)
    case .number(let d):
      if !d.isFinite {
        out += "null"
      } else if d == d.rounded(), abs(d) < 1e15 {
        out += String(Int(d))
      } else {
        out += "\(d)"
      }
    case .string(let s): out += JSON.quoted(s)
    case .array(let items):
      if items.isEmpty { return out += "[]" }
      out += "[" + newline
      for (k, item) in items.enumerated() {
        out += pad(level + 1)
        item.write(to: &out, indent: indent, level: level + 1)
        out += (k + 1 < items.count ? (indent == nil ? ", " : ",") : "") + newline
      }
      out += pad(level) + "]"
    case .object(let pairs):
      if pairs.isEmpty { return out += "{}" }
      out += "{" + newline
      for (k, (key, value)) in pairs.enumerated() {
        out += pad(level + 1) + JSON.quoted(key) + ": "
        value.write(to: &out, indent: indent, level: level + 1)
        out += (k + 1 < pairs.count ? (indent == nil ? ", " : ",") : "") + newline
      }
      out += pad(level) + "}"
    }
  }

  /// `s` as a JSON string literal (control characters escaped).
  static func quoted(_ s: String) -> String {
    var out = "\""
    for scalar in s.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      case let c where c.value < 0x20:
        let hex = String(c.value, radix: 16)
        out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out + "\""
  }
}
