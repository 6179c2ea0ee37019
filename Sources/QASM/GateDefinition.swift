// A gate the reader knows: a builtin, a qelib1 gate, a user definition or an opaque declaration.

import Quantum

/// A call inside a gate body with its callee looked up and checked.
struct ResolvedCall: Sendable {
  let callee: GateDefinition
  let arguments: [Expression]
  /// Positions in the enclosing gate's qubit list.
  let qubits: [Int]
  let location: SourceLocation
}

/// A gate: how many parameters and qubits it takes, its body, and the native gate it maps to.
///
/// Calls become native gates when `native` is set; otherwise the body is expanded inline.
/// Opaque gates have neither and cannot be used.
final class GateDefinition: Sendable {
  enum Origin: Hashable, Sendable {
    case builtin, library, user(SourceLocation)
  }

  let name: String
  let parameterCount: Int
  let qubitCount: Int
  /// The body, or `nil` for builtins (`U`, `CX`) and opaque declarations.
  let body: [ResolvedCall]?
  let native: NativeMapping?
  let origin: Origin
  /// The number of gates one call produces (1 when native), saturating at `Int.max`.
  let flattenedCount: Int
  /// The number of gates the body alone produces (for a native definition too).
  let bodyFlattenedCount: Int
  /// How deeply the body nests definitions (0 for builtins).
  let depth: Int

  init(
    name: String, parameterCount: Int, qubitCount: Int, body: [ResolvedCall]?, native: NativeMapping?,
    origin: Origin
  ) {
    self.name = name
    self.parameterCount = parameterCount
    self.qubitCount = qubitCount
    self.body = body
    self.native = native
    self.origin = origin
    var count = 0
    var depth = 0
    for call in body ?? [] {
      let (sum, overflow) = count.addingReportingOverflow(call.callee.flattenedCount)
      count = overflow ? .max : sum
      depth = max(depth, call.callee.depth + 1)
    }
    bodyFlattenedCount = count
    flattenedCount = native != nil ? 1 : count
    self.depth = depth
  }

  /// The same definition mapped to a native gate.
  func withNative(_ mapping: NativeMapping) -> GateDefinition {
    GateDefinition(
      name: name, parameterCount: parameterCount, qubitCount: qubitCount, body: body,
      native: mapping, origin: origin)
  }

  var isOpaque: Bool { body == nil && native == nil }

  /// `U(θ,φ,λ)`, the builtin single-qubit gate.
  static let builtinU = GateDefinition(
    name: "U", parameterCount: 3, qubitCount: 1, body: nil,
    native: .kind(.u), origin: .builtin)
  /// `CX`, the builtin controlled NOT.
  static let builtinCX = GateDefinition(
    name: "CX", parameterCount: 0, qubitCount: 2, body: nil,
    native: .kind(.cx), origin: .builtin)

  /// Appends the gates one call produces.
  /// - Parameter useNative: whether to emit this definition's own native gate (callees always
  ///   use theirs); `false` expands the body, which the equivalence check needs.
  func expand(
    angles: [Double], qubits: [Int], into gates: inout [Gate], at location: SourceLocation,
    useNative: Bool = true
  ) throws(Diagnostic) {
    if useNative, let native {
      gates.append(native.gate(angles: angles, qubits: qubits))
      return
    }
    guard let body else {
      throw Diagnostic(
        "gate '\(name)' is opaque (declared without a body), so it cannot be simulated",
        at: location)
    }
    for call in body {
      var values: [Double] = []
      values.reserveCapacity(call.arguments.count)
      for argument in call.arguments { values.append(try argument.value(parameters: angles)) }
      let mapped = call.qubits.map { qubits[$0] }
      try call.callee.expand(angles: values, qubits: mapped, into: &gates, at: call.location)
    }
  }
}
