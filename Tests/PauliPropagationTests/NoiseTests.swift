import Foundation
import PauliPropagation
import Quantum
import QuantumTestSupport
import Testing

@Suite("Noise")
struct NoiseTests {
  @Test("depolarizing after RX damps Z by (1 − p): ⟨Z⟩ = (1 − p)·cos θ")
  func singleQubitByHand() throws {
    var c = Circuit(qubitCount: 1)
    c.append(.rx(.constant(0.5), on: 0))
    let value = try PauliPropagator(noise: .depolarizing(0.1)).expectation(of: "Z0", after: c)
    #expect(isClose(value, 0.9 * cos(0.5), tolerance: 1e-15))
    // Dephasing leaves Z alone; on X after H it damps by (1 − p).
    #expect(
      isClose(try PauliPropagator(noise: .dephasing(0.1)).expectation(of: "Z0", after: c), cos(0.5), tolerance: 1e-15))
    var h = Circuit(qubitCount: 1)
    h.append(.h(0))
    #expect(isClose(try PauliPropagator(noise: .dephasing(0.1)).expectation(of: "X0", after: h), 0.9, tolerance: 1e-15))
  }

  @Test(
    "noisy propagation equals a density-matrix simulation with the same channels",
    arguments: [(0.02, 0.0, UInt64(11)), (0.0, 0.05, 12), (0.03, 0.04, 13)])
  func matchesDensityMatrix(depolarizing: Double, dephasing: Double, seed: UInt64) throws {
    var rng = SeededGenerator(seed: seed)
    let (parameterized, values) = RandomCircuits.parameterized(qubits: 4, gateCount: 15, &rng)
    let circuit = parameterized.bound(to: values)
    let observable: PauliSum = "0.7*Z0 Z1 - 0.4*X2 + 0.2*Y3"
    let expected = DenseHeisenberg.noisyExpectation(
      observable, after: circuit, depolarizing: depolarizing, dephasing: dephasing)
    let noise = NoiseModel([.depolarizing(depolarizing), .dephasing(dephasing)])
    let got = try PauliPropagator(noise: noise).expectation(of: observable, after: circuit)
    #expect(isClose(got, expected, tolerance: 1e-10), "seed \(seed): \(got) vs \(expected)")
    // The library's own density-matrix simulator uses the same channels.
    let simulated = try DensityMatrix(running: circuit, noise: noise).expectation(of: observable)
    #expect(isClose(got, simulated, tolerance: 1e-10), "seed \(seed): \(got) vs DensityMatrix \(simulated)")
  }

  @Test("noise makes deep kicked-Ising signals decay (noise-induced flattening)")
  func deepCircuitsDecay() throws {
    let noiseless = KickedIsing.circuit(on: .line(8), steps: 2, thetaH: 0.3)
    let deep = KickedIsing.circuit(on: .line(8), steps: 12, thetaH: 0.3)
    let propagator = PauliPropagator(noise: .depolarizing(0.05))
    let shallow = try propagator.expectation(of: "Z4", after: noiseless)
    let deepValue = try propagator.expectation(of: "Z4", after: deep)
    #expect(abs(deepValue) < abs(shallow))
  }
}
