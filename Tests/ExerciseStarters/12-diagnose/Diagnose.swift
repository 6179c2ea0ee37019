// Exercise 12-diagnose: the numbers behind a simulability verdict, and the verdict.
//
// The statement is README.md in this folder. Replace each `throw NotImplemented(…)` line with
// your code, then grade it:  swift run plateau grade 12-diagnose
// Keep the functions' names and signatures: the grader calls them.
//
// Qubit 0 is the least significant bit of a basis-state index; rotations are exp(-iθP/2).
import Quantum

/// The qubits of `circuit` whose initial state can change ⟨O⟩ for an observable O on `qubits`,
/// sorted, without repeats.
///
/// Walk the gates from last to first, keeping the set of qubits that can influence O (it
/// starts as `qubits`). A gate that touches the set adds all its qubits. But a run of
/// consecutive diagonal gates (`isDiagonal`, given below) commutes: treat the run as one layer,
/// in which only the gates touching the set *as it was before the run* widen it.
func lightCone(of qubits: [Int], in circuit: Circuit) throws -> [Int] {
  throw NotImplemented("lightCone(of:in:)")
}

/// The sample variance of ⟨O⟩ = ⟨0…0|U(θ)† O U(θ)|0…0⟩ over `samples` random parameter vectors.
///
/// Draw every parameter θ₀, θ₁, … (there are `circuit.parameterCount`) with
/// `Double.random(in: 0..<(2 * .pi), using: &generator)`, run the circuit with
/// `StateVector(running: circuit, parameters: theta)` and take `.expectation(of: observable)`.
func varianceOfExpectation(
  of observable: PauliSum, in circuit: Circuit, samples: Int, using generator: inout SeededGenerator
) throws -> Double {
  throw NotImplemented("varianceOfExpectation(of:in:samples:using:)")
}

/// Whether the values grow exponentially with the number of qubits (a dimension, or 1/Var).
///
/// Fewer than three distinct sizes: false. Otherwise fit two least-squares lines to
/// y = log(value): one against x = n (exponential, value ≈ a·bⁿ) and one against x = log n
/// (polynomial, value ≈ a·nᵏ). The growth is exponential when the exponential line has the
/// smaller sum of squared residuals and a slope above 0.05.
func growsExponentially(_ points: [(qubits: Int, value: Double)]) throws -> Bool {
  throw NotImplemented("growsExponentially(_:)")
}

/// The verdict on a model: "simulable", "barren-plateau" or "no-shortcut-found".
///
/// 1. "simulable" when O's light cone is smaller than the circuit (`lightConeSize < qubits`)
///    and has at most 30 qubits, or when O lies in the dynamical Lie algebra and dim g (at the
///    sizes in `lieDimensions`) does not grow exponentially;
/// 2. otherwise "barren-plateau" when 1/Var (from `variances`) grows exponentially;
/// 3. otherwise "no-shortcut-found".
func verdict(
  qubits: Int, lightConeSize: Int, lieDimensions: [(qubits: Int, dimension: Int)], observableInAlgebra: Bool,
  variances: [(qubits: Int, variance: Double)]
) throws -> String {
  throw NotImplemented("verdict(qubits:lightConeSize:lieDimensions:observableInAlgebra:variances:)")
}

/// Whether a gate's matrix is diagonal in the computational basis for every angle (given).
func isDiagonal(_ gate: Gate) -> Bool {
  switch gate.kind {
  case .identity, .z, .s, .sdg, .t, .tdg, .rz, .phase, .cz, .crz, .cp, .rzz: true
  case .pauliRotation(let p): p.isDiagonal
  default: false
  }
}

/// Thrown by the functions you have not written yet.
struct NotImplemented: Error, CustomStringConvertible {
  let function: String
  init(_ function: String) { self.function = function }
  var description: String {
    "\(function) is not implemented yet: replace its `throw NotImplemented(…)` line with your code"
  }
}
