import Quantum
import QuantumTestSupport
import Testing

@Suite("Pauli strings")
struct PauliStringTests {
  @Test(
    "single-qubit products follow XY = iZ, YZ = iX, ZX = iY",
    arguments: [
      ("X0", "Y0", 1, "Z0"), ("Y0", "X0", 3, "Z0"), ("Y0", "Z0", 1, "X0"), ("Z0", "Y0", 3, "X0"),
      ("Z0", "X0", 1, "Y0"), ("X0", "Z0", 3, "Y0"), ("X0", "X0", 0, "I"), ("Y3", "Y3", 0, "I"),
      ("I", "Z2", 0, "Z2"),
    ])
  func singleQubitProducts(lhs: String, rhs: String, phase: Int, result: String) throws {
    let product = try PauliString(parsing: lhs) * PauliString(parsing: rhs)
    #expect(product.phaseExponent == phase)
    #expect(product.string == (try PauliString(parsing: result)))
  }

  @Test("products and commutation agree with dense matrices on random strings")
  func productsMatchMatrices() {
    let seed: UInt64 = 101
    var rng = SeededGenerator(seed: seed)
    for _ in 0..<200 {
      let p = randomString(qubits: 4, &rng), q = randomString(qubits: 4, &rng)
      let product = p * q
      let dense = p.matrix(qubitCount: 4) * q.matrix(qubitCount: 4)
      let claimed = product.phase * product.string.matrix(qubitCount: 4)
      #expect(dense.maximumDifference(from: claimed) < 1e-14, "\(p) · \(q), seed \(seed)")
      let commutator = dense.maximumDifference(from: q.matrix(qubitCount: 4) * p.matrix(qubitCount: 4))
      #expect((commutator < 1e-14) == p.commutes(with: q), "\(p), \(q), seed \(seed)")
    }
  }

  @Test("strings on 127 qubits and beyond")
  func largeStrings() throws {
    let p = try PauliString(parsing: "X0 Y64 Z126 X200")
    #expect(p.weight == 4)
    #expect(p.support == [0, 64, 126, 200])
    #expect(p.minimumQubitCount == 201)
    #expect(p.description == "X0 Y64 Z126 X200")
    let q = try PauliString(parsing: "Z200 Z126")
    #expect(!p.commutes(with: q))  // X200 vs Z200 anticommute; Z126 commutes
    #expect((p * p).string.isIdentity)
    var r = p
    r[200] = .i
    #expect(r == (try PauliString(parsing: "X0 Y64 Z126")))
    #expect(r.xWords.count == 2)  // trailing zero words are trimmed
  }

  @Test("text form round-trips and identity prints as I", arguments: ["X0 Z3", "Y1 Z2", "I", "X10 Y11 Z12"])
  func textRoundTrip(text: String) throws {
    #expect(try PauliString(parsing: text).description == text)
  }

  @Test("compact and spaced spellings are the same string")
  func compactSpelling() throws {
    #expect(try PauliString(parsing: "Y1Z2") == PauliString(parsing: "Y1 Z2"))
    #expect(try PauliString(parsing: "I0 X1") == PauliString(parsing: "X1"))
  }

  @Test(
    "malformed strings name the column",
    arguments: [
      ("X", 2, "expected a qubit index"), ("X0 Q1", 4, "unexpected \"Q\""),
      ("X0 X0", 4, "appears twice"), ("", 1, "expected a Pauli factor"),
    ])
  func malformedStrings(text: String, column: Int, message: String) {
    #expect {
      try PauliString(parsing: text)
    } throws: { error in
      guard let e = error as? PauliSyntaxError else { return false }
      return e.column == column && e.message.contains(message)
    }
  }

  func randomString(qubits: Int, _ rng: inout SeededGenerator) -> PauliString {
    var p = PauliString()
    for q in 0..<qubits { p[q] = Pauli.allCases[Int.random(in: 0..<4, using: &rng)] }
    return p
  }
}

@Suite("Pauli sums")
struct PauliSumTests {
  @Test("the course's example parses into three terms")
  func parsesExample() throws {
    let h = try PauliSum(parsing: "0.5*Z0 Z1 - X2")
    #expect(h.terms.count == 2)
    #expect(h[try PauliString(parsing: "Z0 Z1")] == 0.5)
    #expect(h[try PauliString(parsing: "X2")] == -1)
    #expect(h.description == "0.5*Z0 Z1 - X2")
  }

  @Test(
    "text forms",
    arguments: [
      ("Z0", "Z0"), ("-Z0 Z1 - 0.5*X0", "-Z0 Z1 - 0.5*X0"), ("2 X0X1 + 1e-3*Y2", "2.0*X0 X1 + 0.001*Y2"),
      ("1.5", "1.5"), ("1.5 + Z0", "1.5 + Z0"), ("X0 + X0", "2.0*X0"), ("+ 3 * Y4", "3.0*Y4"),
    ])
  func textForms(input: String, printed: String) throws {
    let sum = try PauliSum(parsing: input)
    #expect(sum.description == printed)
    #expect(try PauliSum(parsing: sum.description) == sum)
  }

  @Test(
    "malformed sums name the column",
    arguments: [
      ("0.5*", 5, "expected a Pauli factor"), ("Z0 Z1 -", 8, "expected a coefficient"),
      ("Z0 * X1", 4, "expected \"+\", \"-\""), ("*X1", 1, "\"*\" must follow a coefficient"),
      ("0.5 Z0 ; X1", 8, "expected \"+\", \"-\""),
      ("", 1, "expected a Pauli sum"), ("Q0", 1, "expected a coefficient or a Pauli factor"),
    ])
  func malformedSums(text: String, column: Int, message: String) {
    #expect {
      try PauliSum(parsing: text)
    } throws: { error in
      guard let e = error as? PauliSyntaxError else { return false }
      return e.column == column && e.message.contains(message)
    }
  }

  @Test("arithmetic merges equal strings and equality ignores order")
  func arithmetic() throws {
    let a = try PauliSum(parsing: "Z0 + 2*X1")
    let b = try PauliSum(parsing: "2*X1 + Z0")
    #expect(a == b)
    #expect(a.hashValue == b.hashValue)
    #expect((a - b).pruned() == PauliSum())
    #expect((2.0 * a).description == "2.0*Z0 + 4.0*X1")
  }
}
