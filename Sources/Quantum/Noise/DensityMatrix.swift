/// A mixed state ρ of n qubits (n ≤ 15), for noisy simulation of small circuits.
///
/// ρ is stored as its vectorization, a state vector of 2n qubits: entry ρ[r, c] sits at index
/// r + 2ⁿ·c (the row is the low n qubits, the column the high n). Then U ρ U† is U applied to
/// the row qubits and U* to the column qubits, and a channel with Kraus operators Kₖ is the
/// 4×4 superoperator Σₖ Kₖ* ⊗ Kₖ on (row q, column q) — so the fast state-vector kernels do
/// all the work.
///
/// ```swift
/// let noise = NoiseModel([.depolarizing(0.01)])
/// let rho = try DensityMatrix(running: circuit, parameters: theta, noise: noise)
/// print(rho.expectation(of: "Z0"), rho.purity)
/// ```
/// - Complexity: memory 16·4ⁿ bytes; a gate costs O(4ⁿ).
public struct DensityMatrix: Sendable {
  /// The number of qubits n.
  public let qubitCount: Int
  /// vec(ρ) as a state of 2n qubits.
  var vector: StateVector

  /// |0…0⟩⟨0…0|.
  public init(qubitCount n: Int) throws(SimulationError) {
    guard 2 * n <= MemoryBudget.maximumQubits else {
      throw .tooManyQubits(requested: 2 * n, limit: MemoryBudget.maximumQubits)
    }
    qubitCount = n
    vector = try StateVector(qubitCount: 2 * n)
  }

  /// The state a noisy circuit prepares from |0…0⟩⟨0…0|.
  public init(
    running circuit: Circuit, parameters: [Double] = [], noise: NoiseModel = .none, simulator: Simulator = .default
  ) throws(SimulationError) {
    try self.init(qubitCount: circuit.qubitCount)
    guard parameters.count == circuit.parameterCount else {
      throw .parameterCountMismatch(expected: circuit.parameterCount, got: parameters.count)
    }
    let n = qubitCount
    var program: [Instruction] = []
    for gate in circuit.gates {
      let values = gate.angles.map { $0.value(with: parameters) }
      for inst in Lowering.instructions(for: gate, values: values) {
        program.append(inst)
        program.append(inst.conjugated.shifted(by: n))
      }
      for channel in noise.channels {
        let superoperator = Self.superoperator(channel)
        for q in gate.qubits { program.append(.matrix2(q0: q, q1: q + n, matrix: superoperator)) }
      }
    }
    simulator.execute(program, on: &vector)
  }

  /// ρ[r, c].
  public subscript(row: Int, column: Int) -> Complex<Double> { vector[row + (column << qubitCount)] }

  /// Tr ρ (1 up to rounding).
  public var trace: Double { (0..<(1 << qubitCount)).reduce(0) { $0 + self[$1, $1].real } }

  /// Tr ρ² (1 for a pure state, 1/2ⁿ for the maximally mixed one).
  public var purity: Double { vector.normSquared }

  /// Tr(ρ P) for a Pauli string: Σⱼ i^y (−1)^{|j∧z|} ρ[j, j⊕x].
  public func expectation(of p: PauliString) -> Double {
    let x = Int(p.xMask), z = Int(p.zMask)
    let phase = PhasedPauliString(phaseExponent: (p.xMask & p.zMask).nonzeroBitCount & 3, string: p).phase
    var sum = Complex<Double>.zero
    for j in 0..<(1 << qubitCount) {
      let sign = (j & z).nonzeroBitCount & 1 == 0 ? 1.0 : -1.0
      sum += Complex(sign) * self[j, j ^ x]
    }
    return (phase * sum).real
  }

  /// Tr(ρ O) for a Pauli sum.
  public func expectation(of sum: PauliSum) -> Double {
    sum.terms.reduce(0) { $0 + $1.coefficient * expectation(of: $1.string) }
  }

  /// Tr(ρ O) for an observable.
  public func expectation(of observable: Observable) -> Double {
    switch observable {
    case .pauliSum(let sum): return expectation(of: sum)
    case .projector(let b): return self[b, b].real
    }
  }

  /// The 4×4 superoperator Σₖ Kₖ* ⊗ Kₖ on (row qubit = low bit, column qubit = high bit).
  static func superoperator(_ channel: NoiseChannel) -> [Double] {
    var s = ComplexMatrix(rows: 4, columns: 4, elements: .init(repeating: .zero, count: 16))
    for k in channel.krausOperators {
      let conjugate = ComplexMatrix(rows: 2, columns: 2, elements: k.elements.map(\.conjugate))
      let term = conjugate.kronecker(k)
      for i in s.elements.indices { s.elements[i] += term.elements[i] }
    }
    return s.elements.flatMap { [$0.real, $0.imaginary] }
  }
}
