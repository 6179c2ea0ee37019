// The statements the parser produces, one at a time.

/// A qubit or bit operand at top level: a whole register (`q`) or one element (`q[2]`).
struct Operand: Hashable, Sendable {
  var register: String
  var index: Int?
  var location: SourceLocation
}

/// A gate call at top level: `rx(pi/2) q[0];`, `cx q, r;`.
struct GateCall: Sendable {
  var name: String
  var location: SourceLocation
  var arguments: [Expression]
  var operands: [Operand]
}

/// A gate call inside a gate body; qubits are positions in the enclosing gate's qubit list.
struct BodyCall: Sendable {
  var name: String
  var location: SourceLocation
  var arguments: [Expression]
  var qubits: [Int]
  var qubitLocations: [SourceLocation]
}

/// `gate name(params) qubits { body }`, or `opaque name(params) qubits;` when `body` is nil.
struct GateDeclaration: Sendable {
  var name: String
  var location: SourceLocation
  var parameters: [String]
  var qubits: [String]
  var body: [BodyCall]?
}

/// One statement of a program.
enum Statement: Sendable {
  /// `OPENQASM 2.0;` (the parser rejects other versions).
  case version(SourceLocation)
  /// `include "file";`
  case include(String, SourceLocation)
  /// `qreg name[size];` or `creg name[size];`
  case register(name: String, size: Int, isQuantum: Bool, location: SourceLocation)
  case gate(GateDeclaration)
  case call(GateCall)
  /// `barrier operands;`
  case barrier([Operand], SourceLocation)
  /// `measure qubits -> bits;`
  case measure(Operand, Operand, SourceLocation)
}
