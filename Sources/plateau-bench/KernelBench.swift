import Foundation
import _QuantumKernels

/// Nanoseconds per amplitude for each kernel on an in-cache buffer of 2^m amplitudes,
/// averaged over all target positions (what one gate costs inside a chunk).
func kernelTimings(qubits m: Int, repeats: Int = 200) -> [(name: String, nanoseconds: Double)] {
  let count = 2 << m
  let s = UnsafeMutablePointer<Double>.allocate(capacity: count)
  defer { s.deallocate() }
  for i in 0..<count { s[i] = 1 / Double(1 << m).squareRoot() * (i % 2 == 0 ? 1 : 0) }
  let c = 0.8, sn = 0.6
  var u: [Double] = [c, 0, 0, -sn, 0, -sn, c, 0]  // RX-like unitary
  let d: [Double] = [c, -sn, c, sn]
  var u2 = [Double](repeating: 0, count: 32)
  for k in 0..<4 { u2[2 * (5 * k)] = 1 }
  var table = [Double](repeating: 0, count: 2 << m)
  for k in 0..<(1 << m) { table[2 * k] = cos(Double(k)); table[2 * k + 1] = sin(Double(k)) }
  func time(_ name: String, _ body: (Int32) -> Void) -> (String, Double) {
    let start = now()
    for _ in 0..<repeats { for t in 0..<Int32(m) { body(t) } }
    return (name, (now() - start) * 1e9 / Double(repeats * m * (1 << m)))
  }
  let mm = Int32(m)
  return [
    time("matrix1") { t in u.withUnsafeBufferPointer { qk_matrix1(s, mm, t, $0.baseAddress!) } },
    time("rotation_y") { t in qk_rotation_y(s, mm, t, c, sn) },
    time("rotations_y(k=3)/3") { t in
      let targets: [Int32] = [t, (t + 1) % mm, (t + 5) % mm]
      let cs = [c, sn, c, sn, c, sn]
      qk_rotations_y(s, mm, 3, targets, cs)
    },
    time("diagonal_tables") { t in qk_diagonal_tables(s, mm, table, 8, table) },
    time("diagonal1") { t in d.withUnsafeBufferPointer { qk_diagonal1(s, mm, 0, t, $0.baseAddress!) } },
    time("phase_mask(cz)") { t in qk_phase_mask(s, mm, (1 << UInt64(t)) | (1 << UInt64((t + 1) % mm)), -1, 0) },
    time("z_rotation(zz)") { t in qk_z_rotation(s, mm, (1 << UInt64(t)) | (1 << UInt64((t + 1) % mm)), 0.3) },
    time("x_controlled(cx)") { t in qk_x_controlled(s, mm, 1 << UInt64((t + 1) % mm), t) },
    time("matrix1_controlled") { t in
      u.withUnsafeMutableBufferPointer { qk_matrix1_controlled(s, mm, 1 << UInt64((t + 1) % mm), t, $0.baseAddress!) }
    },
    time("matrix2") { t in u2.withUnsafeBufferPointer { qk_matrix2(s, mm, t, (t + 1) % mm, $0.baseAddress!) } },
    time("pauli_rotation(xy)") { t in
      qk_pauli_rotation(s, mm, (1 << UInt64(t)) | (1 << UInt64((t + 1) % mm)), 1 << UInt64(t), 0.3)
    },
    time("pauli_expectation") { t in _ = qk_pauli_expectation(s, mm, 1 << UInt64(t), 1 << UInt64((t + 1) % mm)) },
  ]
}
