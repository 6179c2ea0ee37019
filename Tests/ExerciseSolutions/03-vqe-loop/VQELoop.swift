// Reference solution of exercise 03-vqe-loop (stripped from student releases).
import Quantum

/// Plain gradient descent θ ← θ − η∇E with η = 0.05, until the gradient vanishes (|∇E|² <
/// 10⁻²⁰) or after 3000 steps.
func vqe(hamiltonian: PauliSum, ansatz: Circuit, initial: [Double]) throws -> [Double] {
  var theta = initial
  for _ in 0..<3000 {
    let (_, gradient) = try Simulator.default.gradient(of: hamiltonian, in: ansatz, parameters: theta)
    if gradient.reduce(0, { $0 + $1 * $1 }) < 1e-20 { break }
    for k in theta.indices { theta[k] -= 0.05 * gradient[k] }
  }
  return theta
}
