import Quantum
import QuantumTestSupport
import Testing

@Suite("Ansatz builders")
struct AnsatzTests {
  @Test("hea has 2nL parameters in the documented order")
  func hardwareEfficientLayout() {
    let c = Circuit.hardwareEfficient(qubits: 3, layers: 2)
    #expect(c.parameterCount == 12)
    #expect(c.gates.count == 2 * (3 + 3 + 2))
    // Layer 1: RY(θ[6+q]) then RZ(θ[9+q]) then CZ(q, q+1).
    #expect(c.gates[8] == .ry(.parameter(6), on: 0))
    #expect(c.gates[13] == .rz(.parameter(11), on: 2))
    #expect(c.gates[15] == .cz(1, 2))
  }

  @Test("the warm-up closed form: one hea layer at θ_RZ = 0 gives C_G = 1 − Π cos²(θ_j/2)")
  func heaGlobalCost() throws {
    let n = 4
    let c = Circuit.hardwareEfficient(qubits: n, layers: 1)
    let ry = [0.3, 1.1, -0.7, 2.0]
    let psi = try StateVector(running: c, parameters: ry + Array(repeating: 0, count: n))
    let expected = ry.reduce(1) { $0 * Double.cos($1 / 2) * Double.cos($1 / 2) }
    #expect(isClose(psi[0].lengthSquared, expected, tolerance: 1e-14))
  }

  @Test("QAOA p = 1 on a single edge reaches the exact MaxCut value ⟨C⟩ = 1 at γ = π/2, β = π/8")
  func qaoaSingleEdge() throws {
    // For one edge, ⟨Z0 Z1⟩ = −sin(4β) sin(γ) at p = 1, so ⟨C⟩ = (1 − ⟨ZZ⟩)/2 = 1.
    let c = Circuit.qaoa(maxCut: .line(2), layers: 1)
    let zz = try Simulator.default.expectation(of: "Z0 Z1", in: c, parameters: [.pi / 2, .pi / 8])
    #expect(isClose(zz, -1, tolerance: 1e-14))
    let other = try Simulator.default.expectation(of: "Z0 Z1", in: c, parameters: [0.7, 0.3])
    #expect(isClose(other, -Double.sin(4 * 0.3) * Double.sin(0.7), tolerance: 1e-14))
  }

  @Test("kicked Ising Clifford points: θ_h = 0 keeps ⟨Z_q⟩ = 1, θ_h = π/2 gives 0", arguments: [1, 2, 3])
  func kickedIsingCliffordPoints(steps: Int) throws {
    let graph = Graph.ring(6)
    let c = Circuit.kickedIsing(on: graph, steps: steps)
    let zero = try StateVector(running: c, parameters: [0, -.pi / 2])
    let half = try StateVector(running: c, parameters: [.pi / 2, -.pi / 2])
    for q in 0..<6 {
      #expect(isClose(zero.expectation(of: PauliString(.z, on: q)), 1, tolerance: 1e-13))
      #expect(isClose(half.expectation(of: PauliString(.z, on: q)), 0, tolerance: 1e-13))
    }
  }

  @Test("edge colourings are proper")
  func edgeColoring() {
    for graph in [Graph.ring(7), .complete(5), .line(9)] {
      for colorClass in graph.edgeColoring() {
        let vertices = colorClass.flatMap { [$0.0, $0.1] }
        #expect(Set(vertices).count == vertices.count)
      }
      #expect(graph.edgeColoring().map(\.count).reduce(0, +) == graph.edges.count)
    }
  }

  @Test("HVA circuits prepare their documented initial states", arguments: Circuit.SpinChainModel.allCases)
  func hvaInitialStates(model: Circuit.SpinChainModel) throws {
    let c = Circuit.hamiltonianVariational(model, qubits: 4, layers: 0)
    let psi = try StateVector(running: c)
    switch model {
    case .tfim: #expect(isClose(psi.expectation(of: "X0 X1 X2 X3"), 1, tolerance: 1e-14))
    case .xy: #expect(isClose(psi[0b1010].length, 1, tolerance: 1e-14))
    case .heisenberg:
      // Singlets on (0,1) and (2,3): ⟨X X⟩ = ⟨Y Y⟩ = ⟨Z Z⟩ = −1 on each.
      #expect(isClose(psi.expectation(of: "X0 X1 + Y0 Y1 + Z0 Z1"), -3, tolerance: 1e-14))
      #expect(isClose(psi.expectation(of: "Z2 Z3"), -1, tolerance: 1e-14))
    }
    let layered = Circuit.hamiltonianVariational(model, qubits: 4, layers: 3, periodic: true)
    #expect(layered.parameterCount == 6)
  }
}
