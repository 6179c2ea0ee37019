import QASM
import Quantum
import QuantumTestSupport
import Testing

@Suite("Writing then reading gives the same circuit")
struct RoundTripTests {
  /// Every gate kind the writer supports (all but the two-qubit unitary), with random angles.
  static func writableGates(on qubits: [Int], _ rng: inout SeededGenerator) -> [Gate] {
    RandomCircuits.everyGate(on: qubits, &rng).filter { gate in
      if case .unitary = gate.kind { return gate.qubits.count == 1 }
      return true
    }
  }

  /// Whether `read` is what `written` becomes: equal, except a one-qubit unitary becomes u.
  static func sameGate(_ written: Gate, _ read: Gate) -> Bool {
    if case .unitary(let m) = written.kind {
      return read.kind == .u && read.qubits == written.qubits
        && Check.equalUpToGlobalPhase(read.matrix, m, tolerance: 1e-12)
    }
    let sameBits =
      written.angles.count == read.angles.count
      && zip(written.angles, read.angles).allSatisfy { $0.offset.bitPattern == $1.offset.bitPattern }
    return written == read && sameBits
  }

  @Test("seeded random circuits over every gate kind", arguments: 1...24)
  func randomCircuit(seed: UInt64) throws {
    var rng = SeededGenerator(seed: seed)
    let n = 7
    var circuit = Circuit(qubitCount: n)
    for _ in 0..<60 {
      let options = Self.writableGates(on: RandomCircuits.qubits(4, below: n, &rng), &rng)
      circuit.append(options[Int.random(in: 0..<options.count, using: &rng)])
    }
    // Every kind at least once, too.
    circuit.append(contentsOf: Self.writableGates(on: RandomCircuits.qubits(4, below: n, &rng), &rng))
    let text = try OpenQASM.write(circuit)
    let back = try OpenQASM.read(text, fileName: "seed-\(seed).qasm")
    #expect(back.qubitCount == n, "seed \(seed)")
    #expect(back.gates.count == circuit.gates.count, "seed \(seed)")
    for (i, (written, read)) in zip(circuit.gates, back.gates).enumerated() {
      #expect(Self.sameGate(written, read), "seed \(seed), gate \(i): wrote \(written), read \(read)")
    }
  }

  @Test("the written text of a small circuit, exactly")
  func layout() throws {
    var c = Circuit(qubitCount: 3)
    c.append(.h(0))
    c.append(.cx(control: 0, target: 1))
    c.append(.cp(.constant(.pi / 2), control: 1, target: 2))
    c.append(.u(0.25, .constant(-.pi), 1e-5, on: 2))
    c.append(.identity(1))
    c.append(.phase(.constant(3 * .pi / 4), on: 0))
    #expect(
      try OpenQASM.write(c) == """
        OPENQASM 2.0;
        include "qelib1.inc";
        qreg q[3];
        h q[0];
        cx q[0],q[1];
        cp(pi/2) q[1],q[2];
        u(0.25,-pi,1.0e-05) q[2];
        id q[1];
        p(3*pi/4) q[0];

        """)
  }

  static let edgeAngles: [Double] = [
    0, -0.0, .leastNonzeroMagnitude, -.leastNonzeroMagnitude, 2.2250738585072014e-308, 1e-300, 1.7976931348623157e+308,
    -1.7976931348623157e+308, 1e16, 1e15, 123456789.123456789, 0.1, 1.0 / 3, -2.0 / 3, .pi, -.pi, .pi / 2,
    3 * .pi / 4, -5 * .pi / 6, 16 * .pi, 2 * .pi / 3, Double.pi.nextUp, (Double.pi / 2).nextDown, 1e-7, 6.02e23,
  ]

  @Test("angles read back bit for bit", arguments: edgeAngles)
  func angleBits(angle: Double) throws {
    var c = Circuit(qubitCount: 1)
    c.append(.rx(.constant(angle), on: 0))
    c.append(.u(.constant(angle), .constant(-angle), .constant(angle / 3), on: 0))
    let back = try OpenQASM.read(OpenQASM.write(c))
    let written = c.gates.flatMap(\.angles).map(\.offset.bitPattern)
    let read = back.gates.flatMap(\.angles).map(\.offset.bitPattern)
    #expect(read == written, "angle \(angle)")
  }

  @Test("mcx with 3 to 9 and 16 controls reads back as the same mcx", arguments: Array(3...9) + [16])
  func multiControlledX(controls: Int) throws {
    var c = Circuit(qubitCount: controls + 2)
    let qubits = Array((0...(controls + 1)).reversed())  // reversed; qubits[controls] stays idle
    c.append(.mcx(controls: Array(qubits.prefix(controls)), target: qubits[controls + 1]))
    let text = try OpenQASM.write(c)
    #expect(text.contains("c\(controls)x q["))
    let back = try OpenQASM.read(text)
    #expect(back == c)
  }

  @Test(
    "Pauli rotations read back as the same rotation",
    arguments: ["X0", "Y0", "Z3", "X1 Y2", "Y0 Y1", "Z0 X4", "X0 Y1 Z2", "Y1 X3 Y4 Z6", "Z0 Z1 Z2 Z3 Z4"])
  func pauliRotation(string: String) throws {
    var c = Circuit(qubitCount: 7)
    c.append(.pauliRotation(0.8125, try PauliString(parsing: string)))
    c.append(.pauliRotation(-2.5, try PauliString(parsing: string)))
    let back = try OpenQASM.read(OpenQASM.write(c))
    #expect(back == c)
  }

  @Test("a one-qubit unitary is written as u and agrees up to global phase", arguments: 1...12)
  func oneQubitUnitary(seed: UInt64) throws {
    var rng = SeededGenerator(seed: seed)
    var matrices = [RandomCircuits.unitary(qubits: 1, &rng)]
    // Diagonal and anti-diagonal unitaries exercise the degenerate branches.
    let phase = Complex<Double>.exp(Complex(0, RandomCircuits.angle(&rng)))
    matrices.append(.diagonal([phase, .i]))
    matrices.append(ComplexMatrix([[.zero, phase], [Complex(0, -1), .zero]]))
    for m in matrices {
      var c = Circuit(qubitCount: 1)
      c.append(.unitary(m, on: [0]))
      let back = try OpenQASM.read(OpenQASM.write(c))
      #expect(back.gates.first?.kind == .u, "seed \(seed)")
      let read = try #require(back.gates.first)
      let same = Check.equalUpToGlobalPhase(read.matrix, m, tolerance: 1e-12)
      #expect(same, "seed \(seed): \(m)")
      #expect(read.angles.allSatisfy { abs($0.offset) <= .pi }, "seed \(seed)")
    }
  }

  @Test("a circuit without qubits")
  func empty() throws {
    let text = try OpenQASM.write(Circuit(qubitCount: 0))
    #expect(text == "OPENQASM 2.0;\ninclude \"qelib1.inc\";\n")
    #expect(try OpenQASM.read(text) == Circuit(qubitCount: 0))
  }

  @Test("what the writer refuses, and why")
  func writerErrors() {
    var rng = SeededGenerator(seed: 5)
    var twoQubit = Circuit(qubitCount: 2)
    twoQubit.append(.h(0))
    twoQubit.append(.unitary(RandomCircuits.unitary(qubits: 2, &rng), on: [1, 0]))
    #expect(
      throws: QASMError(
        file: "<output>", line: 0, column: 0,
        message: "cannot write gate 1 (unitary q[1], q[0]): OpenQASM 2 cannot express a two-qubit unitary "
          + "without decomposing it into gates, which this writer does not do")
    ) {
      try OpenQASM.write(twoQubit)
    }

    var symbolic = Circuit(qubitCount: 1)
    symbolic.append(.rx(.parameter(0, scale: 2), on: 0))
    #expect(
      throws: QASMError(
        file: "<output>", line: 0, column: 0,
        message: "cannot write gate 0 (rx(2.0·θ0) q[0]): its angle 2.0·θ0 is symbolic; bind the circuit's "
          + "parameters first (circuit.bound(to:))")
    ) {
      try OpenQASM.write(symbolic)
    }

    var infinite = Circuit(qubitCount: 1)
    infinite.append(.rz(.constant(.infinity), on: 0))
    #expect(
      throws: QASMError(
        file: "<output>", line: 0, column: 0,
        message: "cannot write gate 0 (rz(inf) q[0]): its angle inf is not a finite number")
    ) {
      try OpenQASM.write(infinite)
    }
  }
}
