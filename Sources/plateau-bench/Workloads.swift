import Quantum

/// The benchmark workloads, defined exactly as scripts/peers/peers.py defines them so the
/// numbers can be compared.
enum Workloads {
  /// θ_k = 2π · frac((k+1) · 0.6180339887498949): deterministic, spread over [0, 2π).
  static func parameters(count: Int) -> [Double] {
    (0..<count).map { k in
      let x = Double(k + 1) * 0.6180339887498949
      return 2 * .pi * (x - x.rounded(.down))
    }
  }

  /// The full-support observable "X0 Y1 Z2 X3 …" (X, Y, Z by q mod 3).
  static func fullSupport(qubits n: Int) -> PauliString {
    var p = PauliString()
    for q in 0..<n { p[q] = [Pauli.x, .y, .z][q % 3] }
    return p
  }
}
