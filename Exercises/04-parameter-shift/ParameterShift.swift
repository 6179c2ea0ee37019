// Exercise 04-parameter-shift: the gradient of an expectation value by the parameter-shift rule.
//
// The statement is README.md in this folder. Replace the `throw NotImplemented(…)` line with
// your code, then grade it:  swift run plateau grade 04-parameter-shift
// Keep the function's name and signature: the grader calls it.
//
// What you need from the library:
//   try Simulator.default.expectation(of: observable, in: circuit, parameters: theta)   // f(θ)
//   circuit.gates[g].angles        // each angle is scale·θ[parameter] + offset (`Angle`)
//   angle.parameter, angle.scale   // nil for a constant angle
//   var shifted = angle; shifted.offset += .pi / 2
//   var c = circuit; c.replaceGate(at: g, with: circuit.gates[g].withAngles(newAngles))
// Do not call the library's `gradient(of:in:parameters:method:)` or `partialDerivative`.
import Quantum

/// ∂⟨O⟩/∂θₖ for every parameter k of `circuit`, at `parameters`, by the parameter-shift rule.
///
/// Every parameterized gate in the grader's circuits is a Pauli rotation exp(−iαP/2) whose
/// angle is α = scale·θₖ + offset. A parameter may drive several gates.
func parameterShiftGradient(of observable: PauliSum, in circuit: Circuit, at parameters: [Double]) throws -> [Double] {
  throw NotImplemented("parameterShiftGradient(of:in:at:)")
}

/// Thrown by the functions you have not written yet.
struct NotImplemented: Error, CustomStringConvertible {
  let function: String
  init(_ function: String) { self.function = function }
  var description: String {
    "\(function) is not implemented yet: replace its `throw NotImplemented(…)` line with your code"
  }
}
