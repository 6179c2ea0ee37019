import Foundation
public import Grading
public import Quantum

/// Exercise 07-lie-closure: the Pauli product and commutation on bit masks, and the closure of
/// Pauli-string generators (the dynamical Lie algebra), judged against the grader's own
/// breadth-first closure built on the library's `PauliString` algebra.
public enum LieClosureExercise: ExerciseDefinition {
  /// The learner's functions (see Exercises/07-lie-closure/LieClosure.swift).
  public struct Implementation: Sendable {
    public var productString: @Sendable (PauliString, PauliString) throws -> PauliString
    public var anticommute: @Sendable (PauliString, PauliString) throws -> Bool
    public var lieClosure: @Sendable ([PauliString]) throws -> [PauliString]

    public init(
      productString: @escaping @Sendable (PauliString, PauliString) throws -> PauliString,
      anticommute: @escaping @Sendable (PauliString, PauliString) throws -> Bool,
      lieClosure: @escaping @Sendable ([PauliString]) throws -> [PauliString]
    ) {
      self.productString = productString
      self.anticommute = anticommute
      self.lieClosure = lieClosure
    }
  }

  public static let id = "07-lie-closure"
  public static let binding =
    ".init(productString: productString(_:_:), anticommute: anticommute(_:_:), lieClosure: lieClosure(of:))"

  public static var checks: [Check<Implementation>] { [products, smallClosures, chainDimensions] }

  /// productString and anticommute on random pairs of strings on up to 8 qubits.
  static let products = Check<Implementation>.cases(
    "product-and-commutation",
    inputs: { rng in
      (0..<24).map { k in
        let n = 1 + k % 8
        return [randomString(qubits: n, using: &rng), randomString(qubits: n, using: &rng)]
      }
    },
    describe: { "a = \($0[0]), b = \($0[1])" },
    call: { implementation, pair in
      let product = try implementation.productString(pair[0], pair[1])
      return [product.description, try implementation.anticommute(pair[0], pair[1]) ? "anticommute" : "commute"]
    },
    judge: { pair, outcome in
      let got: [String]
      switch outcome.value(of: "productString(_:_:) or anticommute(_:_:)") {
      case .success(let value): got = value
      case .failure(let failed): return failed.verdict
      }
      let expected = (pair[0] * pair[1]).string
      if PauliString(got[0]) != expected {
        return .fail(
          Feedback(
            "the product \(pair[0]) · \(pair[1]) is a phase times \(display(expected))",
            expected: display(expected), actual: got[0].isEmpty ? "I" : got[0]))
      }
      let relation = pair[0].anticommutes(with: pair[1]) ? "anticommute" : "commute"
      if got[1] != relation {
        return .fail(Feedback("\(pair[0]) and \(pair[1]) \(relation)", expected: relation, actual: got[1]))
      }
      return .pass
    })

  /// Closures of small generator sets, compared as sets of strings.
  static let smallClosures = closureCheck(
    "closure-small",
    cases: [
      ["X0", "Z0"], ["X0", "X1"], ["X0 X1", "Z0", "Z1"], tfim(3), hea(2), xy(4),
    ])

  /// The chains of lesson 07 at sizes where the dimension tells the algebra: TFIM n = 6
  /// (so(12), 66) and XY n = 7 (so(7) ⊕ so(7), 42).
  static let chainDimensions = closureCheck("closure-dimensions", cases: [tfim(6), xy(7)])

  static func closureCheck(_ id: String, cases: [[String]]) -> Check<Implementation> {
    Check<Implementation>.cases(
      id,
      inputs: { _ in cases.map { $0.map { PauliString($0)! } } },
      describe: { "generators " + $0.map(\.description).joined(separator: ", ") },
      call: { implementation, generators in try implementation.lieClosure(generators).map(\.description) },
      judge: { generators, outcome in
        let got: [String]
        switch outcome.value(of: "lieClosure(of:)") {
        case .success(let value): got = value
        case .failure(let failed): return failed.verdict
        }
        let expected = closure(generators)
        let strings = got.map { PauliString($0) ?? PauliString() }
        let set = Set(strings)
        let summary = "dimension \(expected.count)"
        if strings.count != set.count {
          return .fail(
            Feedback(
              "some strings appear more than once", expected: summary,
              actual: "\(got.count) strings, \(set.count) different"))
        }
        if set.contains(PauliString()) {
          return .fail(
            Feedback(
              "the identity is not in the algebra unless it is generated (it never is by commutators)",
              expected: summary, actual: "contains I"))
        }
        let expectedSet = Set(expected)
        if set == expectedSet { return .pass }
        let missing = expected.filter { !set.contains($0) }
        let extra = strings.filter { !expectedSet.contains($0) }
        var parts: [String] = []
        if let m = missing.first { parts.append("\(m) is missing") }
        if let e = extra.first { parts.append("\(e) is not in the algebra") }
        return .fail(
          Feedback(
            "the closure has \(expected.count) strings; " + parts.joined(separator: ", ")
              + " (\(missing.count) missing, \(extra.count) extra)",
            expected: summary, actual: "\(got.count) strings"))
      })
  }

  /// The grader's own closure: breadth-first over the library's commutator.
  static func closure(_ generators: [PauliString]) -> [PauliString] {
    var basis: [PauliString] = []
    var seen = Set<PauliString>()
    for g in generators where !g.isIdentity && seen.insert(g).inserted { basis.append(g) }
    var k = 0
    while k < basis.count {
      for q in basis[..<k] {
        if let c = basis[k].commutator(with: q), seen.insert(c.string).inserted { basis.append(c.string) }
      }
      k += 1
    }
    return basis
  }

  static func tfim(_ n: Int) -> [String] { (0..<n - 1).map { "Z\($0) Z\($0 + 1)" } + (0..<n).map { "X\($0)" } }
  static func hea(_ n: Int) -> [String] {
    (0..<n).flatMap { ["Y\($0)", "Z\($0)"] } + (0..<n - 1).map { "Z\($0) Z\($0 + 1)" }
  }
  static func xy(_ n: Int) -> [String] { (0..<n - 1).flatMap { ["X\($0) X\($0 + 1)", "Y\($0) Y\($0 + 1)"] } }

  static func randomString(qubits n: Int, using rng: inout SeededGenerator) -> PauliString {
    let mask = UInt64((1 << n) - 1)
    return PauliString(xMask: rng.next() & mask, zMask: rng.next() & mask)
  }

  static func display(_ p: PauliString) -> String { p.isIdentity ? "I" : p.description }
}
