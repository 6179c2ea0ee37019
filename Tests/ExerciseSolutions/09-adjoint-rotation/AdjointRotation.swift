// Reference solution of exercise 09-adjoint-rotation (removed from student copies).
import Quantum

/// Why a g-sim step could not run.
enum AdjointRotationError: Error {
  /// [G, B]/(2i) is not (± a string) in the basis: the basis is not closed under ad_G.
  case notClosed(String)
  /// The observable has a term outside the basis.
  case outsideBasis(String)
}

/// ⟨0…0|B|0…0⟩ is 1 for strings of I and Z (each Z gives +1 on |0⟩) and 0 otherwise.
func zeroStateExpectations(basis: [PauliString]) throws -> [Double] {
  basis.map { $0.isDiagonal ? 1 : 0 }
}

/// e'[B] = cos θ e[B] − sin θ e[C] with C = [G, B]/(2i), for every B that anticommutes with G.
func rotate(
  _ expectations: [Double], basis: [PauliString], generator: PauliString, angle theta: Double
) throws -> [Double] {
  let index = Dictionary(basis.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
  let (c, s) = (Double.cos(theta), Double.sin(theta))
  var result = expectations
  for (a, b) in basis.enumerated() {
    guard let term = generator.commutator(with: b) else { continue }  // commutes: unchanged
    guard let k = index[term.string] else { throw AdjointRotationError.notClosed("\(term.string)") }
    result[a] = c * expectations[a] - s * term.coefficient * expectations[k]
  }
  return result
}

/// Σₐ oₐ e[a] + o₀.
func expectation(of observable: PauliSum, basis: [PauliString], expectations: [Double]) throws -> Double {
  let index = Dictionary(basis.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
  var value = 0.0
  for term in observable.terms {
    if term.string.isIdentity {
      value += term.coefficient
    } else if let k = index[term.string] {
      value += term.coefficient * expectations[k]
    } else {
      throw AdjointRotationError.outsideBasis("\(term.string)")
    }
  }
  return value
}
