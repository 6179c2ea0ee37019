import Quantum
import Testing

@Suite("Exact diagonalization")
struct ExactDiagonalizationTests {
  /// Periodic TFIM H = −Σ ZᵢZᵢ₊₁ − h Σ Xᵢ is free fermions: E₀ = −Σₘ √(1 + h² − 2h cos(π(2m+1)/n)),
  /// m = 0…n−1 (even-parity, antiperiodic sector).
  @Test(
    "Lanczos reproduces the free-fermion ground energy of the periodic TFIM",
    arguments: [(6, 0.7), (8, 1.0), (10, 1.5)])
  func periodicTFIM(n: Int, h: Double) throws {
    let hamiltonian = PauliSum.transverseFieldIsing(on: .ring(n), field: h)
    let exact = -(0..<n).reduce(0.0) { sum, m in
      sum + (1 + h * h - 2 * h * Double.cos(Double.pi * Double(2 * m + 1) / Double(n))).squareRoot()
    }
    let lanczos = try hamiltonian.groundStateEnergy(qubitCount: n)
    #expect(abs(lanczos - exact) < 1e-9, "n = \(n), h = \(h): \(lanczos) vs \(exact)")
  }

  @Test("MaxCut of a 4-ring: the largest cut is 4, so the smallest eigenvalue of −C is −4")
  func maxCut() throws {
    let c = PauliSum.maxCut(.ring(4))
    #expect(abs(try (-c).groundStateEnergy(qubitCount: 4) + 4) < 1e-10)
  }
}
