import LieAlgebra
import Quantum
import QuantumTestSupport
import Testing

@Suite("g-sim")
struct GSimTests {
  /// A random circuit of TFIM-algebra gates (rzz on bonds, rx, and the Hadamard preparation).
  func tfimCircuit(n: Int, gates: Int, seed: UInt64) -> (Circuit, [Double]) {
    var rng = SeededGenerator(seed: seed)
    var c = Circuit(qubitCount: n)
    for q in 0..<n { c.append(.h(q)) }
    for _ in 0..<gates {
      if Bool.random(using: &rng) {
        let q = Int.random(in: 0..<(n - 1), using: &rng)
        c.append(.rzz(c.makeParameter(), q, q + 1))
      } else {
        c.append(.rx(c.makeParameter(scale: 0.5), on: Int.random(in: 0..<n, using: &rng)))
      }
    }
    return (c, (0..<c.parameterCount).map { _ in RandomCircuits.angle(&rng) })
  }

  @Test("TFIM circuits from |+…+⟩ match the state-vector simulator to 1e-10", arguments: [4, 8, 12])
  func tfimMatchesStateVector(n: Int) throws {
    let seed = UInt64(100 + n)
    let (circuit, theta) = tfimCircuit(n: n, gates: 6 * n, seed: seed)
    let observable = try PauliSum(parsing: "0.5*Z0 Z1 - X\(n - 1) + 0.25*Y1 Y2 + 0.1")
    let sim = try LieAlgebraSimulator(for: circuit)
    #expect(sim.algebra.dimension <= n * (2 * n - 1))  // so(2n) once every bond and qubit is used
    let gsim = try sim.expectation(of: observable, in: circuit, parameters: theta)
    let psi = try StateVector(running: circuit, parameters: theta)
    #expect(abs(gsim - psi.expectation(of: observable)) < 1e-10, "n = \(n), seed \(seed)")
  }

  @Test("gradients match adjoint differentiation on the state vector", arguments: [3, 6])
  func gradientsMatch(n: Int) throws {
    let circuit = Circuit.hamiltonianVariational(.tfim, qubits: n, layers: 3)
    let theta = (0..<circuit.parameterCount).map { 0.3 + 0.17 * Double($0) }
    let observable = try PauliSum(parsing: "Z0 Z1 - 0.5*X1")
    let sim = try LieAlgebraSimulator(for: circuit)
    let (value, gradient) = try sim.gradient(of: observable, in: circuit, parameters: theta)
    let reference = try Simulator.default.gradient(of: observable, in: circuit, parameters: theta, method: .adjoint)
    #expect(abs(value - reference.value) < 1e-10)
    #expect(maximumDifference(gradient, reference.gradient) < 1e-10)
  }

  @Test("every rotation-type gate, in su(2ⁿ), matches the state vector")
  func everyRotationGate() throws {
    let seed: UInt64 = 7
    var rng = SeededGenerator(seed: seed)
    var c = Circuit(qubitCount: 3)
    func a() -> Angle { .constant(RandomCircuits.angle(&rng)) }
    let gates: [Gate] = [
      .ry(a(), on: 0), .x(1), .rx(a(), on: 1), .rz(a(), on: 2), .phase(a(), on: 0), .rxx(a(), 0, 1), .ryy(a(), 1, 2),
      .rzz(a(), 0, 2), .crx(a(), control: 0, target: 1), .cry(a(), control: 2, target: 0),
      .crz(a(), control: 1, target: 2), .cp(a(), control: 0, target: 2), .cz(0, 1), .y(2), .z(0), .s(1), .sdg(2),
      .t(0), .tdg(1), .sx(2), .sxdg(0), .identity(1), .pauliRotation(a(), "X0 Y1 Z2"),
    ]
    c.append(contentsOf: gates)
    let hea = try DynamicalLieAlgebra(generators: Generators.hea(3), qubitCount: 3)
    let sim = LieAlgebraSimulator(algebra: hea)
    let observable = try PauliSum(parsing: "X0 Y1 - 0.3*Z2 + Y0 Z1 X2")
    let value = try sim.expectation(of: observable, in: c)
    #expect(abs(value - (try StateVector(running: c)).expectation(of: observable)) < 1e-10, "seed \(seed)")
  }

  @Test("a numerical basis gives the same values as the exact one")
  func numericalBasis() throws {
    let n = 4
    let (circuit, theta) = tfimCircuit(n: n, gates: 20, seed: 3)
    let numeric = try DynamicalLieAlgebra(
      generators: Generators.tfim(n).map { PauliSum($0) }, qubitCount: n, method: .numerical)
    let observable = try PauliSum(parsing: "Z1 Z2 + X0")
    let sim = LieAlgebraSimulator(algebra: numeric)
    let (value, gradient) = try sim.gradient(of: observable, in: circuit, parameters: theta)
    let reference = try Simulator.default.gradient(of: observable, in: circuit, parameters: theta, method: .adjoint)
    #expect(abs(value - reference.value) < 1e-10)
    #expect(maximumDifference(gradient, reference.gradient) < 1e-9)
  }

  @Test("entangled preparations (Heisenberg singlets) are simulated as clusters")
  func clusterPreparation() throws {
    let circuit = Circuit.hamiltonianVariational(.heisenberg, qubits: 4, layers: 2)
    let theta = [0.4, -0.3, 0.8, 0.1]
    let observable = try PauliSum(parsing: "X0 X1 + Y1 Y2 + Z2 Z3")
    let value = try LieAlgebraSimulator(for: circuit).expectation(of: observable, in: circuit, parameters: theta)
    let psi = try StateVector(running: circuit, parameters: theta)
    #expect(abs(value - psi.expectation(of: observable)) < 1e-10)
  }

  @Test("errors: a gate outside the algebra, an observable outside it, a wide preparation")
  func errors() throws {
    var c = Circuit(qubitCount: 3)
    c.append(.rx(0.3, on: 0))
    c.append(.h(1))
    #expect { try LieAlgebraSimulator(for: c) } throws: { "\($0)".contains("gate 1, h q[1], is not exp(−iθG)") }
    let tfim = Circuit.hamiltonianVariational(.tfim, qubits: 3, layers: 1)
    let sim = try LieAlgebraSimulator(for: tfim)
    #expect { try sim.expectation(of: "X0 X1", in: tfim, parameters: [0.1, 0.2]) } throws: {
      "\($0)".contains("its term X0 X1 is outside it")
    }
    var other = Circuit(qubitCount: 3)
    other.append(.ry(0.2, on: 0))
    #expect { try sim.expectation(of: "Z0 Z1", in: other) } throws: {
      "\($0)".contains("generator Y0 is not in the algebra")
    }
    var wide = Circuit(qubitCount: 14)
    for q in 0..<13 { wide.append(.cx(control: q, target: q + 1)) }
    wide.append(.rzz(0.1, 0, 1))
    #expect { try LieAlgebraSimulator(for: wide).expectation(of: "Z0 Z1", in: wide) } throws: {
      "\($0)".contains("entangles 14 qubits")
    }
  }
}
