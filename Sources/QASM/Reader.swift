// Runs the statements of a program: registers, gate definitions and calls, into a Circuit.

import Quantum

/// Reads a program statement by statement and flattens it into native gates.
///
/// Qubits are numbered in declaration order across `qreg`s. `barrier` and `measure` are
/// checked and then ignored: the result is the unitary part of the program.
struct Reader {
  /// A declared register; its elements are qubits (or bits) `offset..<offset+size`.
  struct Register {
    var name: String
    var size: Int
    var offset: Int
    var isQuantum: Bool
  }

  /// Larger circuits are refused rather than exhausting memory.
  static let maximumQubits = 1 << 16
  static let maximumGates = 1_000_000
  /// Deeper nesting of gate definitions is refused (expansion recurses once per level).
  static let maximumDefinitionDepth = 500

  var gates: [String: GateDefinition] = ["U": .builtinU, "CX": .builtinCX]
  var registers: [String: Register] = [:]
  var qubitCount = 0
  var bitCount = 0
  var output: [Gate] = []
  var statementCount = 0
  var includedLibrary = false
  /// Set while building qelib1 itself: its gates take their native mapping from the table.
  let libraryNatives: [String: NativeMapping]?

  init(libraryNatives: [String: NativeMapping]? = nil) {
    self.libraryNatives = libraryNatives
  }

  /// Reads a whole program.
  mutating func run(_ text: String) throws(Diagnostic) {
    var parser = try Parser(text)
    while let statement = try parser.nextStatement() {
      try execute(statement)
      statementCount += 1
    }
  }

  /// The circuit read so far.
  var circuit: Circuit {
    var circuit = Circuit(qubitCount: qubitCount)
    circuit.append(contentsOf: output)
    return circuit
  }

  mutating func execute(_ statement: Statement) throws(Diagnostic) {
    switch statement {
    case .version(let location):
      guard statementCount == 0 else {
        throw Diagnostic("'OPENQASM 2.0;' must be the first statement", at: location)
      }
    case .include(let file, let location):
      try include(file, at: location)
    case .register(let name, let size, let isQuantum, let location):
      try declareRegister(name, size: size, isQuantum: isQuantum, at: location)
    case .gate(let declaration):
      try define(declaration)
    case .call(let call):
      try apply(call)
    case .barrier(let operands, _):
      for operand in operands { _ = try resolve(operand, quantum: true, in: "barrier") }
    case .measure(let qubits, let bits, let location):
      let q = try resolve(qubits, quantum: true, in: "measure")
      let b = try resolve(bits, quantum: false, in: "measure")
      guard (qubits.index == nil) == (bits.index == nil), q.count == b.count else {
        throw Diagnostic(
          "measure needs matching operands: a qubit and a bit, or a quantum and a classical "
            + "register of the same size; found \(shape(qubits, q.count)) -> \(shape(bits, b.count))", at: location)
      }
    }
  }

  private func shape(_ operand: Operand, _ count: Int) -> String {
    if let index = operand.index { return "\(operand.register)[\(index)]" }
    return "register '\(operand.register)' of size \(count)"
  }

  private mutating func include(_ file: String, at location: SourceLocation) throws(Diagnostic) {
    guard file == "qelib1.inc" else {
      throw Diagnostic(
        "cannot include \"\(file)\": only \"qelib1.inc\" is available (it is built in; "
          + "the reader does not read other files)", at: location)
    }
    guard !includedLibrary else { return }
    includedLibrary = true
    let library: [String: GateDefinition]
    switch GateLibrary.definitions {
    case .success(let definitions): library = definitions
    case .failure(let diagnostic):
      throw Diagnostic("internal error: the built-in qelib1.inc does not load: \(diagnostic.message)", at: location)
    }
    for name in GateLibrary.entries.map(\.name) {
      guard let definition = library[name] else { continue }
      if let existing = gates[name] {
        throw Diagnostic(
          "include \"qelib1.inc\" defines gate '\(name)', which is already defined"
            + existing.definedWhere, at: location)
      }
      gates[name] = definition
    }
  }

  private mutating func declareRegister(
    _ name: String, size: Int, isQuantum: Bool,
    at location: SourceLocation
  ) throws(Diagnostic) {
    if registers[name] != nil {
      throw Diagnostic("register '\(name)' is already declared", at: location)
    }
    guard size >= 1 else {
      throw Diagnostic("register '\(name)' must have at least one element, found size \(size)", at: location)
    }
    let total = isQuantum ? qubitCount : bitCount
    guard size <= Self.maximumQubits - total else {
      throw Diagnostic(
        "register '\(name)' would bring the total to more than \(Self.maximumQubits) "
          + (isQuantum ? "qubits" : "bits"), at: location)
    }
    registers[name] = Register(name: name, size: size, offset: total, isQuantum: isQuantum)
    if isQuantum { qubitCount += size } else { bitCount += size }
  }

  /// The qubits (or bits) an operand names: one element, or a whole register.
  func resolve(_ operand: Operand, quantum: Bool, in statement: String) throws(Diagnostic) -> [Int] {
    let kind = quantum ? "quantum" : "classical"
    guard let register = registers[operand.register] else {
      let known = registers.values.filter { $0.isQuantum == quantum }.map(\.name).sorted()
      let hint = known.isEmpty ? "no \(kind) register is declared" : "declared: " + known.joined(separator: ", ")
      throw Diagnostic("undefined \(kind) register '\(operand.register)' (\(hint))", at: operand.location)
    }
    guard register.isQuantum == quantum else {
      throw Diagnostic(
        "'\(register.name)' is a \(register.isQuantum ? "quantum" : "classical") register; "
          + "'\(statement)' expects a \(kind) register here", at: operand.location)
    }
    guard let index = operand.index else { return Array(register.offset..<(register.offset + register.size)) }
    guard index < register.size else {
      throw Diagnostic(
        "index \(index) is out of range for register '\(register.name)' of size \(register.size) "
          + "(valid indices 0...\(register.size - 1))", at: operand.location)
    }
    return [register.offset + index]
  }
}

extension GateDefinition {
  /// ` (by qelib1.inc)`, ` at 3:6`, ` (a builtin)`: where the gate was defined, for messages.
  var definedWhere: String {
    switch origin {
    case .builtin: " (a builtin)"
    case .library: " (by qelib1.inc)"
    case .user(let location): " at \(location)"
    }
  }
}
