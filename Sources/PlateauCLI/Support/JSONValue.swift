/// A JSON value with ordered object keys.
///
/// A JSON value with ordered object keys, for machine-readable output that tools script
/// against (`--format json`). Numbers print in Swift's shortest round-trip form.
///
/// ```swift
/// let v: JSONValue = .object([("qubits", 2), ("values", .array([0.5, -1]))])
/// print(v.serialized())   // {"qubits": 2, "values": [0.5, -1.0]}
/// ```
public enum JSONValue: Equatable, Sendable, ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral,
  ExpressibleByStringLiteral, ExpressibleByBooleanLiteral
{
  case null
  case bool(Bool)
  case int(Int)
  case number(Double)
  case string(String)
  case array([JSONValue])
  case object([(String, JSONValue)])

  public init(integerLiteral value: Int) { self = .int(value) }
  public init(floatLiteral value: Double) { self = .number(value) }
  public init(stringLiteral value: String) { self = .string(value) }
  public init(booleanLiteral value: Bool) { self = .bool(value) }

  public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool { lhs.serialized() == rhs.serialized() }

  /// The value for `key` of an object (nil otherwise).
  public subscript(key: String) -> JSONValue? {
    guard case .object(let pairs) = self else { return nil }
    return pairs.first { $0.0 == key }?.1
  }

  /// Compact JSON text (`", "` and `": "` separators); non-finite numbers become null.
  public func serialized() -> String {
    switch self {
    case .null: return "null"
    case .bool(let b): return b ? "true" : "false"
    case .int(let i): return String(i)
    case .number(let d): return d.isFinite ? "\(d)" : "null"
    case .string(let s): return Self.quote(s)
    case .array(let items): return "[" + items.map { $0.serialized() }.joined(separator: ", ") + "]"
    case .object(let pairs):
      return "{" + pairs.map { Self.quote($0.0) + ": " + $0.1.serialized() }.joined(separator: ", ") + "}"
    }
  }

  static func quote(_ s: String) -> String {
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
