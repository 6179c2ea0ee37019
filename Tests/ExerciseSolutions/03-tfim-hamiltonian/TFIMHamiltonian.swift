// Reference solution of exercise 03-tfim-hamiltonian (stripped from student releases).
import Quantum

/// −J on every bond, −h on every qubit.
func tfimHamiltonian(qubits n: Int, coupling j: Double, field h: Double, periodic: Bool) throws -> PauliSum {
  var sum = PauliSum()
  let bonds = (0..<(n - 1)).map { ($0, $0 + 1) } + (periodic ? [(n - 1, 0)] : [])
  for (a, b) in bonds { sum.add(-j, PauliString([a: .z, b: .z])) }
  for q in 0..<n { sum.add(-h, PauliString(.x, on: q)) }
  return sum
}

/// Σ over the n antiperiodic momenta k = (2m+1)π/n.
func ringGroundEnergy(qubits n: Int, coupling j: Double, field h: Double) throws -> Double {
  (0..<n).reduce(0.0) { energy, m in
    let k = Double.pi * Double(2 * m + 1) / Double(n)
    return energy - (j * j + h * h - 2 * j * h * Double.cos(k)).squareRoot()
  }
}
