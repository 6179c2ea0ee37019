import Quantum

extension LieAlgebraSimulator {
  /// A circuit compiled for g-sim: the initial expectation vector and one rotation per factor.
  struct Program {
    struct Operation {
      var action: Int
      var t: Double
      var parameter: Int?
      var derivative: Double
    }

    var initial: [Double]
    var actions: [GeneratorAction] = []
    var operations: [Operation] = []

    init(circuit: Circuit, parameters: [Double], algebra: DynamicalLieAlgebra) throws(LieSimulationError) {
      guard parameters.count == circuit.parameterCount else {
        throw .parameterCountMismatch(expected: circuit.parameterCount, got: parameters.count)
      }
      guard circuit.qubitCount <= algebra.qubitCount else {
        throw .qubitCountMismatch(
          "the circuit has \(circuit.qubitCount) qubits but the algebra \(algebra.qubitCount)")
      }
      let start = LieAlgebraSimulator.preparationEnd(circuit)
      let preparation = try ProductPreparation(
        gates: Array(circuit.gates[..<start]), qubitCount: algebra.qubitCount)
      initial = Self.initialVector(preparation, algebra)
      var actionIndex: [PauliString: Int] = [:]
      for (i, gate) in circuit.gates.enumerated().dropFirst(start) {
        guard let factors = gate.rotationFactors else { throw LieAlgebraSimulator.notRotation(i, gate) }
        for f in factors {
          let index: Int
          if let known = actionIndex[f.generator] {
            index = known
          } else {
            guard let action = algebra.adjointAction(of: f.generator) else {
              throw .gateOutsideAlgebra(
                index: i, gate: "\(gate)", reason: "its generator \(f.generator) is not in the algebra")
            }
            index = actions.count
            actions.append(action)
            actionIndex[f.generator] = index
          }
          var t = f.offset
          var parameter: Int? = nil
          var derivative = 0.0
          if let a = f.angle {
            let angle = gate.angles[a]
            t += f.scale * angle.value(with: parameters)
            if let k = angle.parameter, angle.scale != 0 {
              parameter = k
              derivative = f.scale * angle.scale
            }
          }
          operations.append(Operation(action: index, t: t, parameter: parameter, derivative: derivative))
        }
      }
    }

    /// e_a = Tr(ρ₀ B_a) for the prepared product state.
    static func initialVector(_ preparation: ProductPreparation, _ algebra: DynamicalLieAlgebra) -> [Double] {
      switch algebra.storage {
      case .strings(let basis):
        return preparation.expectations(of: basis.allStrings())
      case .numeric(let closure):
        var strings: [PauliString] = []
        var seen = Set<PauliString>()
        for b in closure.basis { for t in b.terms where seen.insert(t.string).inserted { strings.append(t.string) } }
        let values = Dictionary(uniqueKeysWithValues: zip(strings, preparation.expectations(of: strings)))
        return closure.basis.map { b in b.terms.reduce(0) { $0 + $1.coefficient * values[$1.string]! } }
      }
    }
  }
}

extension DynamicalLieAlgebra {
  /// ad_G on the algebra's coordinates, or nil when G is not in the algebra.
  func adjointAction(of generator: PauliString) -> GeneratorAction? {
    switch storage {
    case .strings(let basis):
      guard let pairs = basis.adjointPairs(of: generator) else { return nil }
      return .pairs(a: pairs.map(\.a), b: pairs.map(\.b), sign: pairs.map(\.sign))
    case .numeric(let closure):
      let g = PauliSum(generator)
      guard contains(g, tolerance: 1e-9) else { return nil }
      var rows: [Int32] = [], columns: [Int32] = [], values: [Double] = []
      for b in closure.basis.indices {
        for (a, v) in closure.overlaps(PauliSum.commutator(g, closure.basis[b])) where abs(v) > 1e-15 {
          rows.append(Int32(a))
          columns.append(Int32(b))
          values.append(v)
        }
      }
      return .sparse(rows: rows, columns: columns, values: values)
    }
  }
}
