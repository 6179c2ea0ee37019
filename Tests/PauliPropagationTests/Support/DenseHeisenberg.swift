// Independent references for small systems: dense U†OU and a density-matrix simulation with noise.

import Quantum
import QuantumTestSupport

enum DenseHeisenberg {
  /// U†OU for the whole circuit, with dense 2ⁿ×2ⁿ matrices (n ≤ 6).
  static func conjugate(_ observable: PauliSum, by circuit: Circuit) -> ComplexMatrix {
    let n = circuit.qubitCount
    var o = observable.matrix(qubitCount: n)
    for gate in circuit.gates.reversed() {
      let u = DenseReference.expand(gate.matrix, on: gate.qubits, qubitCount: n)
      o = u.adjoint * o * u
    }
    return o
  }

  /// Tr(O ρ) after running `circuit` on |0…0⟩⟨0…0| with the channel after every gate on each
  /// of its qubits: depolarizing ρ ↦ (1−p)ρ + p·I/2·Tr ρ (as (1−3p/4)ρ + p/4 Σ PρP), dephasing
  /// ρ ↦ (1−p/2)ρ + (p/2) ZρZ.
  static func noisyExpectation(
    _ observable: PauliSum, after circuit: Circuit, depolarizing: Double, dephasing: Double
  ) -> Double {
    let n = circuit.qubitCount, size = 1 << n
    var rho = ComplexMatrix(rows: size, columns: size, elements: .init(repeating: .zero, count: size * size))
    rho[0, 0] = .one
    let paulisOn = (0..<n).map { q in
      [Pauli.x, .y, .z].map { DenseReference.expand($0.matrix, on: [q], qubitCount: n) }
    }
    for gate in circuit.gates {
      let u = DenseReference.expand(gate.matrix, on: gate.qubits, qubitCount: n)
      rho = u * rho * u.adjoint
      for q in gate.qubits {
        let paulis = paulisOn[q]
        if depolarizing > 0 {
          var next = Complex(1 - 3 * depolarizing / 4) * rho
          for p in paulis { next = add(next, Complex(depolarizing / 4) * (p * rho * p)) }
          rho = next
        }
        if dephasing > 0 {
          rho = add(Complex(1 - dephasing / 2) * rho, Complex(dephasing / 2) * (paulis[2] * rho * paulis[2]))
        }
      }
    }
    let o = observable.matrix(qubitCount: n)
    var trace = Complex<Double>.zero
    for r in 0..<size { for c in 0..<size { trace += o[r, c] * rho[c, r] } }
    return trace.real
  }

  static func add(_ a: ComplexMatrix, _ b: ComplexMatrix) -> ComplexMatrix {
    ComplexMatrix(rows: a.rows, columns: a.columns, elements: zip(a.elements, b.elements).map { $0 + $1 })
  }
}
