import Grading
import Quantum

/// One gradient problem for the lesson 4 exercises: an observable, a circuit of Pauli
/// rotations (and fixed gates), and the point θ where the gradient is taken.
struct GradientInput: Sendable, CustomStringConvertible {
  var name: String
  var observable: PauliSum
  var circuit: Circuit
  var parameters: [Double]

  var description: String { "\(name); O = \(observable); θ = \(StateText.numbers(parameters))" }

  /// RY(θ)|0⟩ measured in Z (∂⟨Z⟩/∂θ = −sin θ) and RX(θ)|0⟩ measured in Y (∂⟨Y⟩/∂θ = −cos θ).
  static func singleRotations() -> [(input: GradientInput, exact: Double)] {
    [0.3, 1.9, -2.4].flatMap { theta -> [(input: GradientInput, exact: Double)] in
      var ry = Circuit(qubitCount: 1)
      ry.append(.ry(.parameter(0), on: 0))
      var rx = Circuit(qubitCount: 1)
      rx.append(.rx(.parameter(0), on: 0))
      return [
        (GradientInput(name: "RY(θ₀)|0⟩", observable: "Z0", circuit: ry, parameters: [theta]), -Double.sin(theta)),
        (GradientInput(name: "RX(θ₀)|0⟩", observable: "Y0", circuit: rx, parameters: [theta]), -Double.cos(theta)),
      ]
    }
  }

  /// Hardware-efficient circuits on 2–4 qubits (each parameter drives one gate) at random θ.
  static func hardwareEfficient(using rng: inout SeededGenerator) -> [GradientInput] {
    [(2, 1), (3, 2), (4, 2)].map { n, layers in
      let circuit = Circuit.hardwareEfficient(qubits: n, layers: layers)
      return GradientInput(
        name: "hea with \(n) qubits and \(layers) layer(s)",
        observable: .transverseFieldIsing(on: .line(n), field: 0.6) + randomSum(qubits: n, using: &rng),
        circuit: circuit, parameters: randomAngles(circuit.parameterCount, using: &rng))
    }
  }

  /// Circuits whose parameters drive many gates, with scales: the TFIM Hamiltonian-variational
  /// ansatz, QAOA (angles −γ and 2β) and the kicked-Ising circuit.
  static func sharedParameters(using rng: inout SeededGenerator) -> [GradientInput] {
    let circuits: [(String, Circuit, PauliSum)] = [
      (
        "Hamiltonian-variational ansatz (TFIM, 4 qubits, 2 layers)",
        .hamiltonianVariational(.tfim, qubits: 4, layers: 2), .transverseFieldIsing(on: .line(4), field: 0.8)
      ),
      (
        "QAOA MaxCut on a ring of 4 (2 layers: angles −γ and 2β)", .qaoa(maxCut: .ring(4), layers: 2), .maxCut(.ring(4))
      ),
      ("kicked Ising on a chain of 4 (2 steps)", .kickedIsing(on: .line(4), steps: 2), "Z1 + 0.5*X0 X1"),
    ]
    return circuits.map { name, circuit, observable in
      GradientInput(
        name: name, observable: observable, circuit: circuit,
        parameters: randomAngles(circuit.parameterCount, using: &rng))
    }
  }

  /// Two-qubit rotations, Pauli rotations and fixed gates, with angles 0.5·θₖ + 0.3 and −θₖ.
  static func mixedRotations(qubits n: Int, using rng: inout SeededGenerator) -> GradientInput {
    var c = Circuit(qubitCount: n, parameterCount: 2 * n)
    for q in 0..<n { c.append(.h(q)) }
    for q in 0..<(n - 1) {
      c.append(.rzz(.parameter(q, scale: 0.5, offset: 0.3), q, q + 1))
      c.append(.rxx(.parameter(n + q), q, q + 1))
      c.append(.cx(control: q, target: q + 1))
    }
    c.append(.pauliRotation(.parameter(n - 1, scale: -1), PauliString([0: .y, n - 1: .z])))
    c.append(.ryy(.parameter(2 * n - 1), 0, n - 1))
    for q in 0..<n { c.append(.rz(.parameter(q), on: q)) }
    return GradientInput(
      name: "RZZ, RXX, RYY and Pauli rotations with CX and H on \(n) qubits (angles 0.5·θₖ + 0.3, −θₖ, θₖ)",
      observable: randomSum(qubits: n, using: &rng) + "0.5*Z0 Z1",
      circuit: c, parameters: randomAngles(c.parameterCount, using: &rng))
  }

  static func randomAngles(_ count: Int, using rng: inout SeededGenerator) -> [Double] {
    (0..<count).map { _ in Double.random(in: -Double.pi...Double.pi, using: &rng) }
  }

  /// Two random Pauli strings with coefficients in [−1, 1].
  static func randomSum(qubits n: Int, using rng: inout SeededGenerator) -> PauliSum {
    var sum = PauliSum()
    for _ in 0..<2 {
      var p = PauliString()
      for q in 0..<n { p[q] = Pauli.allCases[Int.random(in: 0..<4, using: &rng)] }
      if p.isIdentity { p[0] = .x }
      sum.add((Double.random(in: -1...1, using: &rng) * 100).rounded() / 100, p)
    }
    return sum
  }

  /// How many gate angles use parameter k, and whether any has a scale other than 1.
  func uses(of k: Int) -> (gates: Int, scaled: Bool) {
    var gates = 0
    var scaled = false
    for gate in circuit.gates {
      for angle in gate.angles where angle.parameter == k {
        gates += 1
        if angle.scale != 1 { scaled = true }
      }
    }
    return (gates, scaled)
  }
}

/// Compares a learner's gradient with the expected one, component by component (10⁻⁹), and
/// explains the first difference in terms of the usual mistakes.
enum GradientComparison {
  static func verdict(
    _ input: GradientInput, expected: [Double], actual: [Double], function: String, advice: (Int) -> String
  ) -> CaseVerdict {
    guard actual.count == expected.count else {
      return .fail(
        Feedback(
          "\(function) returned \(actual.count) component(s); the circuit has \(expected.count) parameter(s) "
            + "(circuit.parameterCount)",
          expected: StateText.numbers(expected), actual: StateText.numbers(actual)))
    }
    guard let k = expected.indices.first(where: { !Tolerance.agrees(actual[$0], expected[$0]) }) else { return .pass }
    var message =
      "component \(k) (∂⟨O⟩/∂θ\(k)) is \(StateText.number(actual[k])), expected \(StateText.number(expected[k]))"
    if expected.indices.allSatisfy({ Tolerance.agrees(actual[$0], -expected[$0]) }) {
      message += "; every component has the wrong sign"
    }
    message += ": " + advice(k)
    return .fail(Feedback(message, expected: StateText.numbers(expected), actual: StateText.numbers(actual)))
  }
}
