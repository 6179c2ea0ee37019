import PauliPropagation
import Quantum
import Testing

@Suite("Errors name what was wrong and what is allowed")
struct ErrorTests {
  @Test("out-of-range truncation settings")
  func truncationRanges() {
    let c = Circuit(qubitCount: 2)
    for (policy, text) in [
      (TruncationPolicy(maxWeight: -1), "max weight must be ≥ 0, got -1"),
      (TruncationPolicy(minAbsCoefficient: -1), "min |coefficient| must be a finite number ≥ 0, got -1.0"),
      (TruncationPolicy(maxFrequency: 70000), "max frequency must be in 0…65534, got 70000"),
      (TruncationPolicy(maxTerms: 0), "max terms must be ≥ 1, got 0"),
    ] {
      #expect(throws: PropagationError.invalidTruncation(text)) {
        try PauliPropagator(truncation: policy).propagate("Z0", through: c)
      }
    }
    #expect(throws: PropagationError.invalidNoise("depolarizing probability must be in 0…1, got 1.5")) {
      try PauliPropagator(noise: .depolarizing(1.5)).propagate("Z0", through: c)
    }
  }

  @Test("an observable outside the circuit, an unbound angle, too many controls")
  func circuitErrors() {
    var c = Circuit(qubitCount: 2)
    #expect(throws: PropagationError.observableOutsideCircuit(observable: "Z5", qubit: 5, circuitQubits: 2)) {
      try PauliPropagator().propagate("Z5", through: c)
    }
    c.append(.rx(.parameter(0), on: 1))
    #expect {
      try PauliPropagator().propagate("Z1", through: c)
    } throws: { error in
      "\(error)".contains("gate 0 (rx(θ0) q[1]) has a symbolic angle")
    }
    var wide = Circuit(qubitCount: 13)
    wide.append(.mcx(controls: Array(0..<11), target: 12))
    #expect {
      try PauliPropagator().propagate("Z12", through: wide)
    } throws: { error in
      "\(error)".contains("at most 10 are allowed")
    }
    #expect(throws: PropagationError.tooManyQubits(600)) {
      try PauliPropagator().propagate("Z0", through: Circuit(qubitCount: 600))
    }
  }
}
