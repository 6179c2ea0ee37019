import Foundation
import PauliPropagation
import Quantum
import QuantumTestSupport
import Testing

@Suite("Pauli rotation rule")
struct RotationRuleTests {
  func propagated(_ observable: PauliSum, _ gates: [Gate], qubits: Int = 1) throws -> PauliSum {
    var circuit = Circuit(qubitCount: qubits)
    circuit.append(contentsOf: gates)
    return try PauliPropagator().propagate(observable, through: circuit).propagatedObservable
  }

  @Test("RX(θ) maps Z to cos θ·Z + sin θ·Y and Y to cos θ·Y − sin θ·Z")
  func rxOnZAndY() throws {
    let theta = 0.3
    let z = try propagated("Z0", [.rx(.constant(theta), on: 0)])
    #expect(isClose(z[PauliString(.z, on: 0)], cos(theta), tolerance: 1e-15))
    #expect(isClose(z[PauliString(.y, on: 0)], sin(theta), tolerance: 1e-15))
    let y = try propagated("Y0", [.rx(.constant(theta), on: 0)])
    #expect(isClose(y[PauliString(.y, on: 0)], cos(theta), tolerance: 1e-15))
    #expect(isClose(y[PauliString(.z, on: 0)], -sin(theta), tolerance: 1e-15))
  }

  @Test("RZ(θ) maps X to cos θ·X − sin θ·Y; RY(θ) maps Z to cos θ·Z − sin θ·X")
  func rzAndRy() throws {
    let theta = 0.7
    let x = try propagated("X0", [.rz(.constant(theta), on: 0)])
    #expect(isClose(x[PauliString(.x, on: 0)], cos(theta), tolerance: 1e-15))
    #expect(isClose(x[PauliString(.y, on: 0)], -sin(theta), tolerance: 1e-15))
    let z = try propagated("Z0", [.ry(.constant(theta), on: 0)])
    #expect(isClose(z[PauliString(.x, on: 0)], -sin(theta), tolerance: 1e-15))
  }

  @Test("commuting strings pass through unchanged")
  func commutingUnchanged() throws {
    let out = try propagated("X0 Z1", [.rx(.constant(0.4), on: 0), .rzz(.constant(1.1), 1, 2)], qubits: 3)
    #expect(out.terms.count == 1)
    #expect(isClose(out[try PauliString(parsing: "X0 Z1")], 1, tolerance: 0))
  }

  @Test(
    "every rotation generator on two qubits agrees with dense U†PU for every input string",
    arguments: ["X0", "Y1", "Z0 Z1", "X0 Y1", "Y0 Y1", "Z0 X1"])
  func rotationsMatchDense(generator: String) throws {
    let p = try PauliString(parsing: generator)
    var circuit = Circuit(qubitCount: 2)
    circuit.append(.pauliRotation(.constant(0.83), p))
    for l in 1..<16 {
      var q = PauliString()
      for j in 0..<2 {
        let x = (l >> j) & 1 == 1, z = (l >> (2 + j)) & 1 == 1
        q[j] = x ? (z ? .y : .x) : (z ? .z : .i)
      }
      let out = try PauliPropagator().propagate(PauliSum(q), through: circuit).propagatedObservable
      let dense = DenseHeisenberg.conjugate(PauliSum(q), by: circuit)
      #expect(out.matrix(qubitCount: 2).maximumDifference(from: dense) < 1e-14, "\(q) under R_\(p)")
    }
  }
}
