// Exercise 05-haar-concentration: sample Haar-random states and watch ⟨Z_k⟩ concentrate.
//
// The statement is README.md in this folder. Replace each `throw NotImplemented(…)` line with
// your code, then grade it:  swift run plateau grade 05-haar-concentration
// Keep the functions' names and signatures: the grader calls them.
//
// A state of n qubits is an array of 2ⁿ amplitudes (`Amplitude` is `Complex<Double>`); qubit 0
// is the least significant bit of an amplitude's index.
import Foundation
import Quantum

/// A Haar-random state of `n` qubits: 2ⁿ independent complex Gaussian amplitudes (real and
/// imaginary parts from `generator.nextGaussian()`), divided by their norm.
func haarRandomState(qubits n: Int, using generator: inout SeededGenerator) throws -> [Amplitude] {
  throw NotImplemented("haarRandomState(qubits:using:)")
}

/// ⟨ψ|Z_k|ψ⟩ = Σᵢ sᵢ |aᵢ|², where sᵢ = +1 if bit k of i is 0 and −1 if it is 1.
func expectationOfZ(onQubit k: Int, in state: [Amplitude]) throws -> Double {
  throw NotImplemented("expectationOfZ(onQubit:in:)")
}

/// The smallest number of shots N per cost value for which the parameter-shift estimate of a
/// gradient component, whose variance is at most 1/(2N), has a standard error no larger than
/// the typical gradient √(gradientVariance): the smallest N with 1/(2N) ≤ gradientVariance.
func shotsToResolve(gradientVariance: Double) throws -> Int {
  throw NotImplemented("shotsToResolve(gradientVariance:)")
}

/// Thrown by the functions you have not written yet.
struct NotImplemented: Error, CustomStringConvertible {
  let function: String
  init(_ function: String) { self.function = function }
  var description: String {
    "\(function) is not implemented yet: replace its `throw NotImplemented(…)` line with your code"
  }
}
