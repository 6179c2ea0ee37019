// Gate definitions and gate calls: lookup, arity checks, broadcasting and expansion.

import Quantum

extension Reader {
  /// The definition called `name`, or an "unknown gate" error with a suggestion.
  func lookUp(_ name: String, at location: SourceLocation) throws(Diagnostic) -> GateDefinition {
    if let definition = gates[name] { return definition }
    if !includedLibrary && GateLibrary.names.contains(name) {
      throw Diagnostic(
        "unknown gate '\(name)': it is defined in qelib1.inc; add 'include \"qelib1.inc\";' "
          + "after 'OPENQASM 2.0;'", at: location)
    }
    var message = "unknown gate '\(name)'"
    if let suggestion = closestName(to: name, among: gates.keys) { message += " (did you mean '\(suggestion)'?)" }
    throw Diagnostic(message, at: location)
  }

  /// Checks a call's parameter and qubit counts against the definition.
  func checkArity(
    of definition: GateDefinition, parameters: Int, qubits: Int,
    at location: SourceLocation
  ) throws(Diagnostic) {
    guard parameters == definition.parameterCount else {
      throw Diagnostic(
        "gate '\(definition.name)' takes \(plural(definition.parameterCount, "parameter")), "
          + "got \(parameters)", at: location)
    }
    guard qubits == definition.qubitCount else {
      throw Diagnostic(
        "gate '\(definition.name)' acts on \(plural(definition.qubitCount, "qubit")), "
          + "got \(qubits)", at: location)
    }
  }

  /// `gate …` or `opaque …`: resolves the body and decides whether calls use a native gate.
  mutating func define(_ declaration: GateDeclaration) throws(Diagnostic) {
    let name = declaration.name
    if let existing = gates[name] {
      throw Diagnostic("gate '\(name)' is already defined\(existing.definedWhere)", at: declaration.location)
    }
    var body: [ResolvedCall]?
    if let calls = declaration.body {
      var resolved: [ResolvedCall] = []
      for call in calls {
        let callee = try lookUp(call.name, at: call.location)
        try checkArity(of: callee, parameters: call.arguments.count, qubits: call.qubits.count, at: call.location)
        resolved.append(
          ResolvedCall(
            callee: callee, arguments: call.arguments, qubits: call.qubits,
            location: call.location))
      }
      body = resolved
    }
    let origin: GateDefinition.Origin = libraryNatives == nil ? .user(declaration.location) : .library
    var definition = GateDefinition(
      name: name, parameterCount: declaration.parameters.count,
      qubitCount: declaration.qubits.count, body: body, native: nil, origin: origin)
    guard definition.depth <= Self.maximumDefinitionDepth else {
      throw Diagnostic(
        "gate '\(name)' nests gate definitions more than \(Self.maximumDefinitionDepth) deep",
        at: declaration.location)
    }
    if let libraryNatives {
      if let native = libraryNatives[name] { definition = definition.withNative(native) }
    } else if body != nil,
      let native = NativeMapping.candidate(
        named: name, parameterCount: definition.parameterCount,
        qubitCount: definition.qubitCount),
      Equivalence.matches(definition, native)
    {
      definition = definition.withNative(native)
    }
    gates[name] = definition
  }

  /// A top-level call, broadcast over whole-register operands.
  mutating func apply(_ call: GateCall) throws(Diagnostic) {
    let definition = try lookUp(call.name, at: call.location)
    try checkArity(of: definition, parameters: call.arguments.count, qubits: call.operands.count, at: call.location)
    if definition.isOpaque {
      throw Diagnostic(
        "gate '\(call.name)' is opaque (declared without a body), so it cannot be simulated",
        at: call.location)
    }
    var angles: [Double] = []
    for argument in call.arguments { angles.append(try argument.value(parameters: [])) }

    var resolved: [[Int]] = []
    var broadcast: (size: Int, operand: Operand)?
    for operand in call.operands {
      let qubits = try resolve(operand, quantum: true, in: call.name)
      if operand.index == nil {
        if let (size, first) = broadcast, size != qubits.count {
          throw Diagnostic(
            "cannot broadcast '\(call.name)' over registers of different sizes: '\(first.register)' "
              + "has \(size) qubits, '\(operand.register)' has \(qubits.count)", at: operand.location)
        }
        broadcast = broadcast ?? (qubits.count, operand)
      }
      resolved.append(qubits)
    }
    let instances = broadcast?.size ?? 1
    let (total, overflow) = definition.flattenedCount.multipliedReportingOverflow(by: instances)
    guard !overflow, total <= Self.maximumGates - output.count else {
      throw Diagnostic(
        "the circuit would have more than \(Self.maximumGates) gates after expanding "
          + "gate definitions", at: call.location)
    }
    for i in 0..<instances {
      let qubits = resolved.map { $0.count == 1 ? $0[0] : $0[i] }
      for (position, qubit) in qubits.enumerated() where qubits[..<position].contains(qubit) {
        let operand = call.operands[position]
        throw Diagnostic(
          "qubit \(operand.register)[\(operand.index ?? i)] is used twice in one call of "
            + "'\(call.name)'", at: operand.location)
      }
      try definition.expand(angles: angles, qubits: qubits, into: &output, at: call.location)
    }
  }
}
