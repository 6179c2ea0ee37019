/// Why a simulation could not run.
///
/// Why a simulation could not run. Every case says what was asked and what is allowed.
public enum SimulationError: Error, Hashable, Sendable, CustomStringConvertible {
  /// More qubits than the library's cap (``MemoryBudget/maximumQubits``).
  case tooManyQubits(requested: Int, limit: Int)
  /// The state would not fit in the memory the machine has available.
  case insufficientMemory(qubits: Int, requiredBytes: Int, availableBytes: Int?)
  /// A negative qubit count.
  case invalidQubitCount(Int)
  /// The parameter vector has the wrong length.
  case parameterCountMismatch(expected: Int, got: Int)
  /// An observable acts on a qubit the state does not have.
  case observableOutOfRange(observable: String, qubitCount: Int)
  /// A state or amplitude list whose length is not a power of two, or that is not normalized.
  case invalidAmplitudes(String)

  public var description: String {
    switch self {
    case .tooManyQubits(let n, let limit):
      return "a state vector of \(n) qubits needs \(Self.format(bytes: Double.exp2(Double(n)) * 16)); "
        + "the limit is \(limit) qubits (\(Self.format(bytes: Double.exp2(Double(limit)) * 16)))"
    case .insufficientMemory(let n, let required, let available):
      let have = available.map { "only \(Self.format(bytes: Double($0))) is available" } ?? "the allocation failed"
      return "a state vector of \(n) qubits needs \(Self.format(bytes: Double(required))), but \(have)"
    case .invalidQubitCount(let n):
      return "the number of qubits must be at least 0, got \(n)"
    case .parameterCountMismatch(let expected, let got):
      return "the circuit has \(expected) parameter(s), but \(got) value(s) were given"
    case .observableOutOfRange(let observable, let n):
      return "the observable \(observable) acts on qubits outside 0..<\(n)"
    case .invalidAmplitudes(let reason):
      return reason
    }
  }

  static func format(bytes: Double) -> String {
    let units = ["bytes", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB", "ZiB", "YiB"]
    var value = bytes
    var unit = 0
    while value >= 1024 && unit < units.count - 1 {
      value /= 1024
      unit += 1
    }
    return unit == 0
      ? "\(Int(bytes)) bytes"
      : (value.rounded() == value ? "\(Int(value)) \(units[unit])" : "\((value * 10).rounded() / 10) \(units[unit])")
  }
}
