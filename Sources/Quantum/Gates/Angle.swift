/// A gate angle: a number, or an affine function `scale·θₖ + offset` of circuit parameter k.
///
/// Parameterized circuits (ansätze) refer to their parameters by index, so one parameter
/// can drive many gates (QAOA's γ drives every edge) with a fixed scale (RX(2β)).
///
/// ```swift
/// let a: Angle = 0.25                      // a constant
/// let b = Angle.parameter(3, scale: 2)     // 2·θ₃
/// print(b.value(with: [0, 0, 0, 0.1]))     // 0.2
/// ```
public struct Angle: Hashable, Sendable, ExpressibleByFloatLiteral, ExpressibleByIntegerLiteral {
  /// The parameter index, or `nil` for a constant.
  public var parameter: Int?
  /// The factor applied to the parameter.
  public var scale: Double
  /// The constant added (the whole value for a constant angle).
  public var offset: Double

  /// A constant angle.
  public static func constant(_ value: Double) -> Angle {
    Angle(parameter: nil, scale: 0, offset: value)
  }

  /// The angle `scale·θ[index] + offset`.
  public static func parameter(_ index: Int, scale: Double = 1, offset: Double = 0) -> Angle {
    precondition(index >= 0, "parameter index \(index) is negative")
    return Angle(parameter: index, scale: scale, offset: offset)
  }

  public init(floatLiteral value: Double) { self = .constant(value) }
  public init(integerLiteral value: Int) { self = .constant(Double(value)) }

  private init(parameter: Int?, scale: Double, offset: Double) {
    self.parameter = parameter
    self.scale = scale
    self.offset = offset
  }

  /// The value for the given parameter vector.
  /// - Precondition: the vector covers this angle's parameter.
  public func value(with parameters: [Double]) -> Double {
    guard let k = parameter else { return offset }
    precondition(k < parameters.count, "angle uses parameter \(k) but only \(parameters.count) were given")
    return scale * parameters[k] + offset
  }

  /// The value if the angle is a constant, otherwise `nil`.
  public var constantValue: Double? { parameter == nil ? offset : nil }

  /// `-angle`.
  public static prefix func - (angle: Angle) -> Angle {
    var result = angle
    result.scale = -angle.scale
    result.offset = -angle.offset
    return result
  }
}

extension Angle: CustomStringConvertible {
  public var description: String {
    guard let k = parameter else { return "\(offset)" }
    var text = scale == 1 ? "θ\(k)" : "\(scale)·θ\(k)"
    if offset != 0 { text += offset > 0 ? " + \(offset)" : " - \(-offset)" }
    return text
  }
}
