import Foundation
public import Grading
public import Quantum

/// Exercise 07-predicted-variance: g-purities of observables and of |0…0⟩, and the deep-circuit
/// variance P_g(ρ)P_g(O)/dim g (Ragone et al., arXiv:2309.09342), checked against closed forms
/// for so(2n) (TFIM) and su(2ⁿ) (hea).
public enum PredictedVarianceExercise: ExerciseDefinition {
  /// The learner's functions (see Exercises/07-predicted-variance/PredictedVariance.swift).
  public struct Implementation: Sendable {
    public var gPurity: @Sendable (PauliSum, [PauliString], Int) throws -> Double
    public var zeroStatePurity: @Sendable ([PauliString], Int) throws -> Double
    public var predictedVariance: @Sendable (PauliSum, [PauliString], Int) throws -> Double

    public init(
      gPurity: @escaping @Sendable (PauliSum, [PauliString], Int) throws -> Double,
      zeroStatePurity: @escaping @Sendable ([PauliString], Int) throws -> Double,
      predictedVariance: @escaping @Sendable (PauliSum, [PauliString], Int) throws -> Double
    ) {
      self.gPurity = gPurity
      self.zeroStatePurity = zeroStatePurity
      self.predictedVariance = predictedVariance
    }
  }

  public static let id = "07-predicted-variance"
  public static let binding =
    ".init(gPurity: gPurity(of:basis:qubits:), zeroStatePurity: zeroStatePurity(basis:qubits:), predictedVariance: predictedVariance(of:basis:qubits:))"

  public static var checks: [Check<Implementation>] { [observablePurity, statePurity, closedForms] }

  /// One case: an algebra (its basis strings), its number of qubits and an observable.
  struct Input: Sendable {
    var name: String
    var qubits: Int
    var basis: [PauliString]
    var observable: PauliSum
  }

  static func algebra(_ name: String, _ n: Int, _ observable: String) -> Input {
    let generators = name == "TFIM" ? LieClosureExercise.tfim(n) : LieClosureExercise.hea(n)
    return Input(
      name: name, qubits: n, basis: LieClosureExercise.closure(generators.map { PauliString($0)! }),
      observable: PauliSum(observable)!)
  }

  static func describe(_ input: Input) -> String {
    "\(input.name) algebra on n = \(input.qubits) (dimension \(input.basis.count)), O = \(input.observable)"
  }

  /// P_g(O) for observables inside, partly inside and outside the algebra.
  static let observablePurity = Check<Implementation>.cases(
    "g-purity",
    inputs: { _ in
      [
        algebra("TFIM", 3, "Z0 Z1"), algebra("TFIM", 4, "X2"), algebra("TFIM", 4, "0.5*Z0 Z1 - 2*Z0 + 0.25*Y0 Y1"),
        algebra("TFIM", 4, "Z0"), algebra("hea", 2, "Z0 + 0.5*X0 X1"),
      ]
    },
    describe: describe,
    call: { implementation, input in try implementation.gPurity(input.observable, input.basis, input.qubits) },
    judge: { input, outcome in
      let got: Double
      switch outcome.value(of: "gPurity(of:basis:qubits:)") {
      case .success(let value): got = value
      case .failure(let failed): return failed.verdict
      }
      let inside = Set(input.basis)
      let d = Double(1 << input.qubits)
      let expected = input.observable.terms.filter { inside.contains($0.string) }.reduce(0.0) {
        $0 + d * $1.coefficient * $1.coefficient
      }
      if Tolerance.agrees(got, expected) { return .pass }
      var hint = ""
      let all = input.observable.terms.reduce(0.0) { $0 + d * $1.coefficient * $1.coefficient }
      if Tolerance.agrees(got, all) { hint = " (count only the terms whose string is in the algebra)" }
      if Tolerance.agrees(got * d, expected) { hint = " (missing a factor 2ⁿ: Tr(P²) = 2ⁿ)" }
      return .fail(
        Feedback(
          "P_g(O) = \(StateText.number(expected)), not \(StateText.number(got))" + hint,
          expected: StateText.number(expected), actual: StateText.number(got)))
    })

  /// P_g(|0…0⟩⟨0…0|) for the TFIM and hea algebras: (n − 1)/2ⁿ and (2ⁿ − 1)/2ⁿ.
  static let statePurity = Check<Implementation>.cases(
    "state-purity",
    inputs: { _ in
      [algebra("TFIM", 3, "Z0 Z1"), algebra("TFIM", 5, "Z0 Z1"), algebra("hea", 2, "Z0"), algebra("hea", 3, "Z0")]
    },
    describe: { "\($0.name) algebra on n = \($0.qubits) (dimension \($0.basis.count))" },
    call: { implementation, input in try implementation.zeroStatePurity(input.basis, input.qubits) },
    judge: { input, outcome in
      let got: Double
      switch outcome.value(of: "zeroStatePurity(basis:qubits:)") {
      case .success(let value): got = value
      case .failure(let failed): return failed.verdict
      }
      let n = input.qubits
      let d = Double(1 << n)
      let expected = input.name == "TFIM" ? Double(n - 1) / d : (d - 1) / d
      if Tolerance.agrees(got, expected) { return .pass }
      let diagonal = input.basis.filter(\.isDiagonal).count
      return .fail(
        Feedback(
          "the algebra has \(diagonal) diagonal (Z-type) strings, each with ⟨0…0|P|0…0⟩ = 1, so P_g(ρ) = \(diagonal)/2ⁿ = \(StateText.number(expected)), not \(StateText.number(got))",
          expected: StateText.number(expected), actual: StateText.number(got)))
    })

  /// The deep-circuit variance of ⟨Z₀Z₁⟩: (n − 1)/(n(2n − 1)) for TFIM, 1/(2ⁿ + 1) for hea.
  static let closedForms = Check<Implementation>.cases(
    "closed-forms",
    inputs: { _ in
      [
        algebra("TFIM", 3, "Z0 Z1"), algebra("TFIM", 4, "Z0 Z1"), algebra("TFIM", 6, "X3"), algebra("hea", 2, "Z0 Z1"),
        algebra("hea", 3, "X1"),
      ]
    },
    describe: describe,
    call: { implementation, input in try implementation.predictedVariance(input.observable, input.basis, input.qubits)
    },
    judge: { input, outcome in
      let got: Double
      switch outcome.value(of: "predictedVariance(of:basis:qubits:)") {
      case .success(let value): got = value
      case .failure(let failed): return failed.verdict
      }
      let n = Double(input.qubits)
      let expected = input.name == "TFIM" ? (n - 1) / (n * (2 * n - 1)) : 1 / (Double(1 << input.qubits) + 1)
      let formula = input.name == "TFIM" ? "(n − 1)/(n(2n − 1))" : "1/(2ⁿ + 1)"
      if Tolerance.agrees(got, expected) { return .pass }
      return .fail(
        Feedback(
          "the deep-circuit variance is \(formula) = \(StateText.number(expected)), not \(StateText.number(got))",
          expected: StateText.number(expected), actual: StateText.number(got)))
    })
}
