import Landscapes
import Quantum
import QuantumTestSupport
import Testing

@Suite("Simulability diagnosis")
struct DiagnosisTests {
  @Test("the light cone of a CZ ladder widens by one qubit per layer each way")
  func ladderLightCone() {
    let hea = Circuit.hardwareEfficient(qubits: 50, layers: 2)
    #expect(hea.backwardLightCone(of: [25]).qubits == [23, 24, 25, 26, 27])
    #expect(hea.backwardLightCone(of: [0]).qubits == [0, 1, 2])
  }

  @Test("a light-cone statevector gives the full statevector's value", arguments: [UInt64(1), 2, 3])
  func lightConeIsExact(seed: UInt64) throws {
    var rng = SeededGenerator(seed: seed)
    let (parameterized, values) = RandomCircuits.parameterized(qubits: 10, gateCount: 25, &rng)
    let circuit = parameterized.bound(to: values)
    let observable = PauliSum(PauliString([3: .z, 4: .x]))
    let cone = circuit.backwardLightCone(of: [3, 4])
    // The same gates on the cone's qubits only, renumbered 0, 1, ….
    let position = Dictionary(uniqueKeysWithValues: cone.qubits.enumerated().map { ($1, $0) })
    var small = Circuit(qubitCount: cone.qubits.count)
    for i in cone.gateIndices { small.append(circuit.gates[i].relabeled { position[$0]! }) }
    let smallObservable = PauliSum(PauliString([position[3]!: .z, position[4]!: .x]))
    let full = try StateVector(running: circuit).expectation(of: observable)
    let reduced = try StateVector(running: small).expectation(of: smallObservable)
    #expect(abs(full - reduced) < 1e-12, "seed \(seed): cone \(cone.qubits): \(full) vs \(reduced)")
  }

  @Test("growth fits: so(2n) is polynomial of degree ≈ 2, su(2ⁿ) exponential of base 4")
  func growthFits() {
    let so = DimensionGrowth(points: (2...8).map { (n: $0, value: Double($0 * (2 * $0 - 1))) })
    guard case .polynomial(let k) = so else {
      Issue.record("so(2n) fitted as \(so)")
      return
    }
    #expect(abs(k - 2) < 0.3)
    let su = DimensionGrowth(points: (2...5).map { (n: $0, value: Double((1 << (2 * $0)) - 1)) })
    guard case .exponential(let b) = su else {
      Issue.record("su(2ⁿ) fitted as \(su)")
      return
    }
    #expect(abs(b - 4) < 0.2)
    #expect(DimensionGrowth(points: [(2, 3), (3, 4)]) == .unknown)
  }

  @Test("the TFIM Hamiltonian-variational ansatz: so(2n), g-sim agrees with the statevector, simulable")
  func hvaIsSimulable() {
    let family: @Sendable (Int) -> Circuit = { .hamiltonianVariational(.tfim, qubits: $0, layers: 3) }
    let d = SimulabilityDiagnosis(circuit: family(10), observable: "Z0 Z1", family: family)
    #expect(d.lie.dimension == 10 * 19)
    #expect(d.lie.scaling.map(\.dimension) == (2...8).map { $0 * (2 * $0 - 1) })
    #expect(!d.lie.growth.isExponential)
    #expect(d.lie.observableInAlgebra == true)
    guard let exact = d.statevectorValue, let gsim = d.gsimValue else {
      Issue.record("no statevector or g-sim value: \(d.lie.reason ?? "")")
      return
    }
    #expect(abs(gsim - exact) < 1e-9, "g-sim \(gsim) vs statevector \(exact)")
    #expect(d.methods.first { $0.name == "g-sim" }?.applies == true)
    #expect(d.verdict == .simulable)
    #expect(d.citations.contains("2308.01432"))
  }

  @Test("a deep hardware-efficient ansatz: su(2ⁿ) growth, exponentially concentrated, barren plateau")
  func deepHEAHasPlateau() {
    let family: @Sendable (Int) -> Circuit = { .hardwareEfficient(qubits: $0, layers: 30) }
    let d = SimulabilityDiagnosis(circuit: family(8), observable: "Z0", family: family)
    #expect(d.lie.scaling.prefix(4).map(\.dimension) == [15, 63, 255, 1023])
    guard case .exponential(let b) = d.lie.growth else {
      Issue.record("growth \(d.lie.growth)")
      return
    }
    #expect(abs(b - 4) < 0.3)
    // Measured Var⟨Z0⟩ approaches the Haar value 1/(2ⁿ + 1) and decays exponentially.
    #expect(d.concentration.decay.isExponential, "\(d.concentration.points)")
    for p in d.concentration.points {
      let haar = 1 / (Double(1 << p.qubits) + 1)
      #expect(
        abs(p.variance - haar) < 5 * p.standardError + 0.3 * haar, "n = \(p.qubits): \(p.variance) vs Haar \(haar)")
    }
    #expect(d.lightCone.count == 8)
    #expect(d.methods.filter { $0.applies && $0.scalable }.isEmpty)
    #expect(d.verdict == .barrenPlateau)
  }

  @Test("a QCNN: exponential DLA but polynomially decaying variance (Pesah et al.), no plateau verdict")
  func qcnnHasNoPlateau() {
    let family: @Sendable (Int) -> Circuit = { Ansatz.quantumConvolutional(qubits: $0) }
    let d = SimulabilityDiagnosis(circuit: family(8), observable: "Z7", family: family)
    #expect(d.lie.growth.isExponential)
    #expect(d.concentration.points.count == 4)
    guard case .polynomial = d.concentration.decay else {
      Issue.record("QCNN variance decay \(d.concentration.decay): \(d.concentration.points)")
      return
    }
    #expect(d.verdict != .barrenPlateau)
  }

  @Test("a shallow circuit with a local observable: the light cone and Pauli propagation apply at 60 qubits")
  func shallowIsSimulableByLightCone() {
    let family: @Sendable (Int) -> Circuit = { .hardwareEfficient(qubits: $0, layers: 2) }
    var options = SimulabilityDiagnosis.Options()
    options.seed = 11
    let d = SimulabilityDiagnosis(circuit: family(60), observable: "Z30", family: family, options: options)
    #expect(d.lightCone == [28, 29, 30, 31, 32])
    #expect(d.methods.first { $0.name == "light-cone statevector" }?.applies == true)
    #expect(d.methods.first { $0.name == "full statevector" }?.applies == false)
    #expect(d.verdict == .simulable)
  }
}
