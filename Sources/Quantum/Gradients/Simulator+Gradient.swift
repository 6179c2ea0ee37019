extension Simulator {
  /// The expectation ⟨ψ(θ)|O|ψ(θ)⟩ and its gradient with respect to every circuit parameter.
  ///
  /// An angle `scale·θₖ + offset` contributes `scale · ∂f/∂angle` to component k (chain rule),
  /// so parameters shared by many gates (QAOA, HVA) get the sum of their gates' derivatives.
  ///
  /// ```swift
  /// let c = Circuit.hardwareEfficient(qubits: 3, layers: 1)
  /// let (e, g) = try Simulator.default.gradient(of: "Z0", in: c, parameters: Array(repeating: 0.3, count: 6))
  /// // ∂/∂θ₀ ⟨Z0⟩ = −sin(0.3): g[0] ≈ −0.2955
  /// ```
  /// - Complexity: adjoint: about 3 circuit passes over 2–3 states; parameter-shift: 2 (or 4)
  ///   circuit runs per parameterized gate angle; finite differences: 4 runs per parameter.
  public func gradient(
    of observable: PauliSum, in circuit: Circuit, parameters: [Double], method: GradientMethod = .adjoint
  ) throws(SimulationError) -> (value: Double, gradient: [Double]) {
    try gradient(of: .pauliSum(observable), in: circuit, parameters: parameters, method: method)
  }

  /// The expectation of any ``Observable`` and its gradient (see the Pauli-sum version).
  public func gradient(
    of observable: Observable, in circuit: Circuit, parameters: [Double], method: GradientMethod = .adjoint
  ) throws(SimulationError) -> (value: Double, gradient: [Double]) {
    try check(observable, circuit)
    guard parameters.count == circuit.parameterCount else {
      throw .parameterCountMismatch(expected: circuit.parameterCount, got: parameters.count)
    }
    switch method {
    case .adjoint: return try adjointGradient(of: observable, in: circuit, parameters: parameters)
    case .parameterShift: return try parameterShiftGradient(of: observable, in: circuit, parameters: parameters)
    case .finiteDifference: return try finiteDifferenceGradient(of: observable, in: circuit, parameters: parameters)
    }
  }

  /// Every parameterized angle in the circuit: (gate index, angle index, parameter, scale).
  func angleOccurrences(_ circuit: Circuit) -> [(gate: Int, angle: Int, parameter: Int, scale: Double)] {
    var result: [(Int, Int, Int, Double)] = []
    for (g, gate) in circuit.gates.enumerated() {
      for (a, angle) in gate.angles.enumerated() {
        if let k = angle.parameter, angle.scale != 0 { result.append((g, a, k, angle.scale)) }
      }
    }
    return result
  }

  // MARK: - Adjoint differentiation

  private func adjointGradient(
    of observable: Observable, in circuit: Circuit, parameters: [Double]
  ) throws(SimulationError) -> (value: Double, gradient: [Double]) {
    let n = circuit.qubitCount
    try MemoryBudget.check(qubits: n, states: 2)
    // Forward pass, and the program with probes (one slot per parameterized angle).
    var forward: [Instruction] = []
    var withProbes: [Instruction] = []
    var slotOwner: [(parameter: Int, scale: Double)] = []
    for gate in circuit.gates {
      let values = gate.angles.map { $0.value(with: parameters) }
      forward += Lowering.instructions(for: gate, values: values)
      let slots = gate.angles.map { angle -> Int in
        guard let k = angle.parameter, angle.scale != 0 else { return -1 }
        slotOwner.append((k, angle.scale))
        return slotOwner.count - 1
      }
      withProbes += Lowering.instructions(for: gate, values: values, slots: slots).filter {
        if case .generator(let slot, _, _, _, _) = $0 { return slot >= 0 }
        return true
      }
    }
    var phi = try StateVector(qubitCount: n)
    execute(forward, on: &phi)
    var lambda = try observable.applied(to: phi)
    let value = phi.inner(lambda).real

    // Backward pass: undo each instruction on φ and λ; probes read them in between.
    let backward = withProbes.reversed().map(\.inverse)
    let program = fusesGates ? GateFusion.fuse(backward) : backward
    let stages = StagePlanner.plan(program, qubitCount: n, chunkQubits: max(1, chunkQubits - 1)).map {
      Stage(localQubits: $0.localQubits, instructions: StageCompiler.compile($0.instructions))
    }
    var slotGradient = [Double](repeating: 0, count: slotOwner.count)
    let executor = ChunkedExecutor(threads: n >= 16 ? threads : 1)
    phi.withMutableDoubles { p in
      lambda.withMutableDoubles { l in
        slotGradient.withUnsafeMutableBufferPointer { g in
          executor.run(stages, buffers: [p, l], qubitCount: n, gradient: g.baseAddress)
        }
      }
    }
    var gradient = [Double](repeating: 0, count: circuit.parameterCount)
    for (slot, owner) in slotOwner.enumerated() { gradient[owner.parameter] += owner.scale * slotGradient[slot] }
    return (value, gradient)
  }

  // MARK: - Parameter shift

  private func parameterShiftGradient(
    of observable: Observable, in circuit: Circuit, parameters: [Double]
  ) throws(SimulationError) -> (value: Double, gradient: [Double]) {
    let value = try expectation(of: observable, in: circuit, parameters: parameters)
    var gradient = [Double](repeating: 0, count: circuit.parameterCount)
    for occurrence in angleOccurrences(circuit) {
      let derivative = try shiftDerivative(of: observable, in: circuit, parameters: parameters, occurrence: occurrence)
      gradient[occurrence.parameter] += occurrence.scale * derivative
    }
    return (value, gradient)
  }

  // MARK: - Finite differences

  private func finiteDifferenceGradient(
    of observable: Observable, in circuit: Circuit, parameters: [Double]
  ) throws(SimulationError) -> (value: Double, gradient: [Double]) {
    let value = try expectation(of: observable, in: circuit, parameters: parameters)
    let h = 1e-3
    var gradient = [Double](repeating: 0, count: circuit.parameterCount)
    for k in 0..<circuit.parameterCount {
      func f(_ delta: Double) throws(SimulationError) -> Double {
        var p = parameters
        p[k] += delta
        return try expectation(of: observable, in: circuit, parameters: p)
      }
      // f'(x) ≈ [f(x−2h) − 8f(x−h) + 8f(x+h) − f(x+2h)] / 12h, error O(h⁴).
      gradient[k] = (try f(-2 * h) - 8 * f(-h) + 8 * f(h) - f(2 * h)) / (12 * h)
    }
    return (value, gradient)
  }
}

extension Simulator {
  /// ∂⟨O⟩/∂θₖ for one parameter, by the parameter-shift rule over the gates that use θₖ:
  /// two (or four) circuit runs per occurrence, cheaper than a full gradient when only one
  /// component is needed (gradient-variance experiments).
  ///
  /// - Complexity: 2–4 circuit runs per gate angle that uses parameter k.
  public func partialDerivative(
    of observable: Observable, in circuit: Circuit, parameters: [Double], index k: Int
  ) throws(SimulationError) -> Double {
    try check(observable, circuit)
    guard parameters.count == circuit.parameterCount else {
      throw .parameterCountMismatch(expected: circuit.parameterCount, got: parameters.count)
    }
    precondition((0..<circuit.parameterCount).contains(k), "parameter \(k) is outside 0..<\(circuit.parameterCount)")
    var derivative = 0.0
    for occurrence in angleOccurrences(circuit) where occurrence.parameter == k {
      derivative +=
        occurrence.scale
        * (try shiftDerivative(of: observable, in: circuit, parameters: parameters, occurrence: occurrence))
    }
    return derivative
  }

  /// The parameter-shift derivative with respect to one gate angle.
  func shiftDerivative(
    of observable: Observable, in circuit: Circuit, parameters: [Double],
    occurrence: (gate: Int, angle: Int, parameter: Int, scale: Double)
  ) throws(SimulationError) -> Double {
    let gate = circuit.gates[occurrence.gate]
    func shifted(_ shift: Double) throws(SimulationError) -> Double {
      var angles = gate.angles
      angles[occurrence.angle].offset += shift
      var c = circuit
      c.replaceGate(at: occurrence.gate, with: gate.withAngles(angles))
      return try expectation(of: observable, in: c, parameters: parameters)
    }
    switch ShiftRule.forAngle(occurrence.angle, of: gate.kind) {
    case .twoTerm:
      return (try shifted(.pi / 2) - shifted(-.pi / 2)) / 2
    case .fourTerm:
      let d1 = (2.0.squareRoot() + 1) / (4 * 2.0.squareRoot())
      let d2 = (2.0.squareRoot() - 1) / (4 * 2.0.squareRoot())
      return d1 * (try shifted(.pi / 2) - shifted(-.pi / 2)) - d2 * (try shifted(3 * .pi / 2) - shifted(-3 * .pi / 2))
    }
  }
}

/// Which parameter-shift rule differentiates a gate angle exactly.
///
/// An angle entering as exp(−iθG) needs two evaluations when G has two eigenvalues one
/// apart (Pauli rotations: ±½; phases: 0 and 1) and four when G has three (controlled
/// rotations |1⟩⟨1|⊗P/2: 0, ±½), Wierichs et al., arXiv:2107.12390.
enum ShiftRule {
  case twoTerm, fourTerm

  static func forAngle(_ index: Int, of kind: Gate.Kind) -> ShiftRule {
    switch kind {
    case .crx, .cry, .crz: return .fourTerm
    case .cu3, .cu: return index == 0 ? .fourTerm : .twoTerm
    default: return .twoTerm
    }
  }
}
