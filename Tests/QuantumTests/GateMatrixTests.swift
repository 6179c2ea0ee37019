import Quantum
import QuantumTestSupport
import Testing

@Suite("Gate matrices")
struct GateMatrixTests {
  @Test("every gate matrix is unitary")
  func everyGateIsUnitary() {
    var rng = SeededGenerator(seed: 3)
    for gate in RandomCircuits.everyGate(on: [0, 1, 2, 3], &rng) {
      #expect(gate.matrix.isUnitary(tolerance: 1e-12), "\(gate), seed 3")
    }
  }

  @Test("closed forms and identities between gates")
  func knownIdentities() {
    let theta = 0.7, phi = -1.1, lambda = 2.3
    func m(_ g: Gate) -> ComplexMatrix { g.matrix }
    // U(θ, −π/2, π/2) = RX(θ), U(θ, 0, 0) = RY(θ), U(0, 0, λ) = P(λ).
    #expect(
      m(.u(.constant(theta), .constant(-.pi / 2), .constant(.pi / 2), on: 0)).maximumDifference(
        from: m(.rx(.constant(theta), on: 0))) < 1e-14)
    #expect(m(.u(.constant(theta), 0, 0, on: 0)).maximumDifference(from: m(.ry(.constant(theta), on: 0))) < 1e-14)
    #expect(m(.u(0, 0, .constant(lambda), on: 0)).maximumDifference(from: m(.phase(.constant(lambda), on: 0))) < 1e-14)
    // U = P(φ)·RY(θ)·P(λ) exactly.
    let product =
      m(.phase(.constant(phi), on: 0)) * m(.ry(.constant(theta), on: 0)) * m(.phase(.constant(lambda), on: 0))
    #expect(m(.u(.constant(theta), .constant(phi), .constant(lambda), on: 0)).maximumDifference(from: product) < 1e-14)
    // SX² = X, T² = S, S² = Z, H Z H = X.
    #expect((m(.sx(0)) * m(.sx(0))).maximumDifference(from: m(.x(0))) < 1e-14)
    #expect((m(.t(0)) * m(.t(0))).maximumDifference(from: m(.s(0))) < 1e-14)
    #expect((m(.s(0)) * m(.s(0))).maximumDifference(from: m(.z(0))) < 1e-14)
    #expect((m(.h(0)) * m(.z(0)) * m(.h(0))).maximumDifference(from: m(.x(0))) < 1e-14)
    // RZ(θ) = e^{-iθ/2} P(θ).
    let rz = m(.rz(.constant(theta), on: 0))
    #expect(
      rz.maximumDifference(from: Complex.exp(Complex(0, -theta / 2)) * m(.phase(.constant(theta), on: 0))) < 1e-14)
    // RZZ(θ) = diag(e^{-iθ/2}, e^{iθ/2}, e^{iθ/2}, e^{-iθ/2}).
    let e = Complex.exp(Complex(0, -theta / 2))
    #expect(
      m(.rzz(.constant(theta), 0, 1)).maximumDifference(from: .diagonal([e, e.conjugate, e.conjugate, e])) < 1e-14)
  }

  @Test("CX uses the first qubit as control (Qiskit's little-endian matrix)")
  func controlIsLeastSignificantMatrixBit() {
    let cx = Gate.cx(control: 0, target: 1).matrix
    // |c=1, t=0⟩ (index 1) ↔ |c=1, t=1⟩ (index 3).
    #expect(cx[3, 1] == .one && cx[1, 3] == .one && cx[0, 0] == .one && cx[2, 2] == .one)
  }

  @Test("inverse circuits undo the circuit")
  func inverseUndoesCircuit() throws {
    var rng = SeededGenerator(seed: 9)
    let (c, theta) = RandomCircuits.parameterized(qubits: 5, gateCount: 60, &rng)
    let bound = c.bound(to: theta)
    var psi = try StateVector(running: bound)
    try psi.apply(bound.inverse)
    #expect(abs(psi[0].length - 1) < 1e-12, "seed 9")
  }
}
