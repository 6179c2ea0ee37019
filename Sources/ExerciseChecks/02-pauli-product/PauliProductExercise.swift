public import Grading
public import Quantum

/// Exercise 02-pauli-product: the product of two Pauli strings with its phase i^k, and whether
/// they commute.
///
/// Single-qubit products are judged against dense 2×2 matrix products; random strings against
/// the library's mask implementation (`PauliString.*`, `commutes(with:)`).
public enum PauliProductExercise: ExerciseDefinition {
  /// The learner's functions (see Exercises/02-pauli-product/PauliProduct.swift).
  public struct Implementation: Sendable {
    public var multiply: @Sendable (PauliString, PauliString) throws -> (phaseExponent: Int, string: PauliString)
    public var commutes: @Sendable (PauliString, PauliString) throws -> Bool

    public init(
      multiply: @escaping @Sendable (PauliString, PauliString) throws -> (phaseExponent: Int, string: PauliString),
      commutes: @escaping @Sendable (PauliString, PauliString) throws -> Bool
    ) {
      self.multiply = multiply
      self.commutes = commutes
    }
  }

  public static let id = "02-pauli-product"
  public static let binding = ".init(multiply: multiply(_:_:), commutes: commutes(_:_:))"

  public static var checks: [Check<Implementation>] {
    [singleQubitTable, randomProducts, commutation, wideStrings]
      // plateau-release: hidden-begin
      + [manyProducts]
    // plateau-release: hidden-end
  }

  /// All 16 products of I, X, Y, Z on qubit 0 and on qubit 5, against 2×2 matrix products.
  static let singleQubitTable = Check<Implementation>.cases(
    "single-qubit-table",
    inputs: { _ in
      [0, 5].flatMap { q in
        Pauli.allCases.flatMap { p in
          Pauli.allCases.map { r in PairInput(a: PauliString(p, on: q), b: PauliString(r, on: q)) }
        }
      }
    },
    describe: describe,
    call: callMultiply,
    judge: { input, outcome in
      // The product's matrix equals i^k times the matrix of the XOR string, for one k.
      let q = input.a.support.first ?? input.b.support.first ?? 0
      let product = input.a[q].matrix * input.b[q].matrix
      let string = PauliString(xMask: input.a.xMask ^ input.b.xMask, zMask: input.a.zMask ^ input.b.zMask)
      let phases: [Amplitude] = [.one, .i, -.one, -.i]
      let k = (0..<4).first { product.maximumDifference(from: phases[$0] * string[q].matrix) < 1e-12 } ?? 0
      return judgeProduct(input, outcome, expected: ProductAnswer(phaseExponent: k, string: string))
    })

  /// Random strings on up to 8 qubits.
  static let randomProducts = Check<Implementation>.cases(
    "random-products",
    inputs: { rng in
      (1...8).flatMap { n in
        (0..<3).map { _ in PairInput(a: randomString(qubits: n, using: &rng), b: randomString(qubits: n, using: &rng)) }
      }
    },
    describe: describe,
    call: callMultiply,
    judge: { input, outcome in judgeProduct(input, outcome, expected: libraryProduct(input)) })

  /// Commutation of random pairs on 1–8 qubits (about half commute, half anticommute).
  static let commutation = Check<Implementation>.cases(
    "commutation",
    inputs: { rng in
      (1...8).flatMap { n in
        (0..<4).map { _ in PairInput(a: randomString(qubits: n, using: &rng), b: randomString(qubits: n, using: &rng)) }
      }
    },
    describe: describe,
    call: { implementation, input in try implementation.commutes(input.a, input.b) },
    judge: { input, outcome in
      switch outcome.value(of: "commutes(_:_:)") {
      case .failure(let failed): return failed.verdict
      case .success(let got):
        let expected = input.a.commutes(with: input.b)
        if got == expected { return .pass }
        let differing = input.a.support.filter { input.a[$0] != .i && input.b[$0] != .i && input.a[$0] != input.b[$0] }
        return .fail(
          Feedback(
            "the strings \(expected ? "commute" : "anticommute"): they carry different non-identity factors on "
              + "\(differing.count) qubit(s) \(differing), an \(expected ? "even" : "odd") number",
            expected: "\(expected)", actual: "\(got)"))
      }
    })

  /// Strings that live on qubits 40–63: masks must be handled as 64-bit words.
  static let wideStrings = Check<Implementation>.cases(
    "wide-strings",
    inputs: { rng in
      (0..<8).map { _ in
        PairInput(
          a: randomString(qubits: 64, from: 40, using: &rng), b: randomString(qubits: 64, from: 40, using: &rng))
      }
    },
    describe: describe,
    call: callMultiply,
    judge: { input, outcome in judgeProduct(input, outcome, expected: libraryProduct(input)) })

  // plateau-release: hidden-begin
  /// Two hundred random products on 64 qubits (hidden until the due date).
  static let manyProducts = Check<Implementation>.cases(
    "many-products",
    inputs: { rng in
      (0..<200).map { _ in
        PairInput(a: randomString(qubits: 64, using: &rng), b: randomString(qubits: 64, using: &rng))
      }
    },
    describe: describe,
    call: callMultiply,
    judge: { input, outcome in judgeProduct(input, outcome, expected: libraryProduct(input)) })
  // plateau-release: hidden-end

  /// A random string on qubits `from..<n`, each factor I, X, Y or Z with probability 1/4.
  static func randomString(qubits n: Int, from first: Int = 0, using rng: inout SeededGenerator) -> PauliString {
    var p = PauliString()
    for q in first..<n { p[q] = Pauli.allCases[Int.random(in: 0..<4, using: &rng)] }
    return p
  }

  static func libraryProduct(_ input: PairInput) -> ProductAnswer {
    let product = input.a * input.b
    return ProductAnswer(phaseExponent: product.phaseExponent, string: product.string)
  }

  @Sendable static func describe(_ input: PairInput) -> String { "a = \(input.a), b = \(input.b)" }

  @Sendable static func callMultiply(_ implementation: Implementation, _ input: PairInput) throws -> ProductAnswer {
    let (k, string) = try implementation.multiply(input.a, input.b)
    return ProductAnswer(phaseExponent: k, string: string)
  }

  /// Judges a product: the string first (the XOR of the masks), then the phase i^k.
  static func judgeProduct(
    _ input: PairInput, _ outcome: CaseOutcome<ProductAnswer>, expected: ProductAnswer
  )
    -> CaseVerdict
  {
    switch outcome.value(of: "multiply(_:_:)") {
    case .failure(let failed): return failed.verdict
    case .success(let got):
      let phase = ["", "i·", "-", "-i·"]
      let expectedText = phase[expected.phaseExponent & 3] + expected.string.description
      let actualText = phase[got.phaseExponent & 3] + got.string.description
      if got.string != expected.string {
        return .fail(
          Feedback(
            "the product's Pauli string is wrong: its X mask is a.xMask ^ b.xMask and its Z mask a.zMask ^ b.zMask",
            expected: expectedText, actual: actualText))
      }
      if got.phaseExponent & 3 != expected.phaseExponent & 3 {
        return .fail(
          Feedback(
            "the string is right but the phase is not: count the qubits where the factors come in cyclic order "
              + "(XY, YZ, ZX: +i each) and in reverse order (YX, ZY, XZ: −i each)",
            expected: expectedText, actual: actualText))
      }
      return .pass
    }
  }
}

/// One case: two Pauli strings.
struct PairInput: Sendable {
  var a: PauliString
  var b: PauliString
}

/// A product as it crosses from the child process: i^phaseExponent (reduced mod 4) and the
/// string's masks (at most 64 qubits).
struct ProductAnswer: Codable, Sendable {
  var phaseExponent: Int
  var xMask: UInt64
  var zMask: UInt64

  init(phaseExponent: Int, string: PauliString) {
    self.phaseExponent = ((phaseExponent % 4) + 4) % 4
    self.xMask = string.xWords.first ?? 0
    self.zMask = string.zWords.first ?? 0
  }

  var string: PauliString { PauliString(xMask: xMask, zMask: zMask) }
}
