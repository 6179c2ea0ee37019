// Reference solution of exercise 10-pauli-rotation-rule (removed from student copies).
import Quantum

/// c·Q ↦ c·Q (commuting) or c·cos θ·Q + c·sin θ·(iPQ), dropping heavy sine branches.
func propagate(
  _ observable: PauliSum, throughRotation generator: PauliString, angle theta: Double, maxWeight: Int?
) throws -> (observable: PauliSum, discardedSquares: Double) {
  let (c, s) = (Double.cos(theta), Double.sin(theta))
  var result = PauliSum()
  var discarded = 0.0
  for term in observable.terms {
    guard term.string.anticommutes(with: generator) else {
      result.add(term.coefficient, term.string)
      continue
    }
    result.add(term.coefficient * c, term.string)
    // PQ = iᵏ R, so iPQ = iᵏ⁺¹ R; k is odd for anticommuting strings, so iᵏ⁺¹ = ±1.
    let product = generator * term.string
    let sign: Double = (product.phaseExponent + 1) % 4 == 0 ? 1 : -1
    let branch = term.coefficient * s
    if let k = maxWeight, product.string.weight > k {
      discarded += branch * branch
    } else {
      result.add(sign * branch, product.string)
    }
  }
  return (result.pruned(), discarded)
}

/// Backwards through the rotations, then ⟨0…0|Q|0…0⟩ = 1 for strings of I and Z, 0 otherwise.
func truncatedExpectation(
  of observable: PauliSum, rotations: [(generator: PauliString, angle: Double)], maxWeight: Int?
) throws -> (value: Double, discardedNorm: Double) {
  var o = observable
  var discarded = 0.0
  for rotation in rotations.reversed() {
    let step = try propagate(o, throughRotation: rotation.generator, angle: rotation.angle, maxWeight: maxWeight)
    o = step.observable
    discarded += step.discardedSquares
  }
  let value = o.terms.reduce(0.0) { $0 + ($1.string.isDiagonal ? $1.coefficient : 0) }
  return (value, discarded.squareRoot())
}
