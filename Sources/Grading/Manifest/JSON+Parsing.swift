/// A JSON syntax error at a line and column (1-based).
struct JSONSyntaxError: Error, Sendable {
  var line: Int
  var column: Int
  var message: String
}

extension JSON {
  /// Parses JSON text; also returns the line on which each value starts, keyed by its path
  /// (`""` for the root, `exercises[0].checks[2].points` below it), for error messages.
  static func parse(_ text: String) throws(JSONSyntaxError) -> (value: JSON, lines: [String: Int]) {
    var parser = Parser(bytes: Array(text.utf8))
    parser.skipWhitespace()
    let value = try parser.value(path: "")
    parser.skipWhitespace()
    guard parser.index == parser.bytes.count else { throw parser.error("unexpected text after the JSON value") }
    return (value, parser.lines)
  }

  private struct Parser {
    let bytes: [UInt8]
    var index = 0
    var line = 1
    var lineStart = 0
    var lines: [String: Int] = [:]

    init(bytes: [UInt8]) { self.bytes = bytes }

    func error(_ message: String) -> JSONSyntaxError {
      JSONSyntaxError(line: line, column: index - lineStart + 1, message: message)
    }

    mutating func skipWhitespace() {
      while index < bytes.count {
        switch bytes[index] {
        case UInt8(ascii: "\n"):
          line += 1
          lineStart = index + 1
        case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"): break
        default: return
        }
        index += 1
      }
    }

    mutating func expect(_ literal: String) throws(JSONSyntaxError) {
      for byte in literal.utf8 {
        guard index < bytes.count, bytes[index] == byte else { throw error("expected \(literal)") }
        index += 1
      }
    }

    mutating func value(path: String) throws(JSONSyntaxError) -> JSON {
      lines[path] = line
      guard index < bytes.count else { throw error("unexpected end of the file") }
      switch bytes[index] {
      case UInt8(ascii: "{"): return try object(path: path)
      case UInt8(ascii: "["): return try array(path: path)
      case UInt8(ascii: "\""): return .string(try string())
      case UInt8(ascii: "t"):
        try expect("true")
        return .bool(true)
      case UInt8(ascii: "f"):
        try expect("false")
        return .bool(false)
      case UInt8(ascii: "n"):
        try expect("null")
        return .null
      default: return try number()
      }
    }

    mutating func object(path: String) throws(JSONSyntaxError) -> JSON {
      index += 1
      var pairs: [(String, JSON)] = []
      skipWhitespace()
      if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
        index += 1
        return .object(pairs)
      }
      while true {
        skipWhitespace()
        guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { throw error("expected a key in quotes") }
        let key = try string()
        if pairs.contains(where: { $0.0 == key }) { throw error("the key \"\(key)\" appears twice") }
        skipWhitespace()
        try expect(":")
        skipWhitespace()
        pairs.append((key, try value(path: path.isEmpty ? key : path + "." + key)))
        skipWhitespace()
        guard index < bytes.count else { throw error("unexpected end of the file in an object") }
        if bytes[index] == UInt8(ascii: ",") {
          index += 1
          continue
        }
        try expect("}")
        return .object(pairs)
      }
    }

    mutating func array(path: String) throws(JSONSyntaxError) -> JSON {
      index += 1
      var items: [JSON] = []
      skipWhitespace()
      if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
        index += 1
        return .array(items)
      }
      while true {
        skipWhitespace()
        items.append(try value(path: "\(path)[\(items.count)]"))
        skipWhitespace()
        guard index < bytes.count else { throw error("unexpected end of the file in an array") }
        if bytes[index] == UInt8(ascii: ",") {
          index += 1
          continue
        }
        try expect("]")
        return .array(items)
      }
    }

    mutating func string() throws(JSONSyntaxError) -> String {
      index += 1
      var scalars = String.UnicodeScalarView()
      var run: [UInt8] = []
      func flush(_ run: inout [UInt8], into scalars: inout String.UnicodeScalarView) {
        scalars.append(contentsOf: String(decoding: run, as: UTF8.self).unicodeScalars)
        run.removeAll()
      }
      while index < bytes.count {
        let byte = bytes[index]
        index += 1
        switch byte {
        case UInt8(ascii: "\""):
          flush(&run, into: &scalars)
          return String(scalars)
        case UInt8(ascii: "\\"):
          flush(&run, into: &scalars)
          guard index < bytes.count else { break }
          let escape = bytes[index]
          index += 1
          switch escape {
          case UInt8(ascii: "n"): scalars.append("\n")
          case UInt8(ascii: "t"): scalars.append("\t")
          case UInt8(ascii: "r"): scalars.append("\r")
          case UInt8(ascii: "b"): scalars.append("\u{08}")
          case UInt8(ascii: "f"): scalars.append("\u{0C}")
          case UInt8(ascii: "u"):
            guard index + 4 <= bytes.count,
              let code = UInt32(String(decoding: bytes[index..<index + 4], as: UTF8.self), radix: 16)
            else { throw error("bad \\u escape") }
            index += 4
            scalars.append(Unicode.Scalar(code) ?? "\u{FFFD}")
          default: scalars.append(Unicode.Scalar(escape))
          }
        case UInt8(ascii: "\n"): throw error("a string may not contain a line break (write \\n)")
        default: run.append(byte)
        }
      }
      throw error("unterminated string")
    }

    mutating func number() throws(JSONSyntaxError) -> JSON {
      let start = index
      while index < bytes.count, "+-0123456789.eE".utf8.contains(bytes[index]) { index += 1 }
      let text = String(decoding: bytes[start..<index], as: UTF8.self)
      if let i = Int(text) { return .int(i) }
      if let d = Double(text) { return .number(d) }
      index = start
      throw error(text.isEmpty ? "expected a value" : "\"\(text)\" is not a number")
    }
  }
}
