// Exercise 01-normalize: normalize a state and read its outcome probabilities.
//
// The statement is README.md in this folder. Replace each `throw NotImplemented(…)` line with
// your code, then grade it:  swift run plateau grade 01-normalize
// Keep the functions' names and signatures: the grader calls them.
//
// A state of n qubits is an array of 2ⁿ complex amplitudes (`Amplitude` is `Complex<Double>`).
// Amplitude k belongs to the basis state whose bits are those of k, qubit 0 being the least
// significant bit: for 2 qubits, index 2 = 0b10 is |q1 q0⟩ = |10⟩.
import Quantum

/// The error `normalized(_:)` throws for a vector that has no direction.
enum NormalizationError: Error {
  case zeroVector
}

/// The unit vector ψ/‖ψ‖ pointing the same way as `amplitudes`, where ‖ψ‖ = √(Σₖ |aₖ|²).
///
/// Every amplitude is divided by the same positive number, so relative phases stay as they
/// are. Throws `NormalizationError.zeroVector` when every amplitude is 0.
func normalized(_ amplitudes: [Amplitude]) throws -> [Amplitude] {
  throw NotImplemented("normalized(_:)")
}

/// The probability of each measurement outcome of a normalized state: pₖ = |aₖ|² (Born's rule).
func probabilities(of state: [Amplitude]) throws -> [Double] {
  throw NotImplemented("probabilities(of:)")
}

/// Simulates measuring `state` `shots` times.
///
/// Each shot draws outcome k with probability |aₖ|² (use
/// `Double.random(in: 0..<1, using: &generator)`). Returns how often each of the 2ⁿ outcomes
/// came up; the counts add up to `shots`.
func sampleCounts(of state: [Amplitude], shots: Int, using generator: inout SeededGenerator) throws -> [Int] {
  throw NotImplemented("sampleCounts(of:shots:using:)")
}

/// Thrown by the functions you have not written yet.
struct NotImplemented: Error, CustomStringConvertible {
  let function: String
  init(_ function: String) { self.function = function }
  var description: String {
    "\(function) is not implemented yet: replace its `throw NotImplemented(…)` line with your code"
  }
}
