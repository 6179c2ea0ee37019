// Reference solution of exercise 02-pauli-expectation (stripped from student releases).
import Quantum

/// i^k for k mod 4.
private func powerOfI(_ k: Int) -> Amplitude {
  [Amplitude.one, .i, -.one, -.i][((k % 4) + 4) % 4]
}

/// P|k⟩ = i^|x∧z| (−1)^|k∧z| |k ⊕ x⟩, for every k.
func applyPauli(_ pauli: PauliString, to state: [Amplitude]) throws -> [Amplitude] {
  let (x, z) = (Int(pauli.xMask), Int(pauli.zMask))
  let global = powerOfI((x & z).nonzeroBitCount)
  var result = [Amplitude](repeating: .zero, count: state.count)
  for k in state.indices {
    let sign: Amplitude = (k & z).nonzeroBitCount.isMultiple(of: 2) ? .one : -.one
    result[k ^ x] = global * sign * state[k]
  }
  return result
}

/// ⟨ψ|P|ψ⟩ = Σₖ conj(ψ[k ⊕ x]) · i^|x∧z| (−1)^|k∧z| ψ[k]; the imaginary part cancels.
func expectation(of pauli: PauliString, in state: [Amplitude]) throws -> Double {
  let (x, z) = (Int(pauli.xMask), Int(pauli.zMask))
  let global = powerOfI((x & z).nonzeroBitCount)
  var sum = Amplitude.zero
  for k in state.indices {
    let sign: Amplitude = (k & z).nonzeroBitCount.isMultiple(of: 2) ? .one : -.one
    sum += state[k ^ x].conjugate * global * sign * state[k]
  }
  return sum.real
}

/// Σⱼ cⱼ ⟨Pⱼ⟩.
func energy(of hamiltonian: PauliSum, in state: [Amplitude]) throws -> Double {
  try hamiltonian.terms.reduce(0) { $0 + $1.coefficient * (try expectation(of: $1.string, in: state)) }
}
