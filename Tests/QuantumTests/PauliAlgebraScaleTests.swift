import Quantum
import QuantumTestSupport
import Testing

@Suite("Pauli algebra at scale")
struct PauliAlgebraScaleTests {
  func randomString(qubits: Int, _ rng: inout SeededGenerator) -> PauliString {
    var p = PauliString()
    for q in 0..<qubits { p[q] = Pauli.allCases[Int.random(in: 0..<4, using: &rng)] }
    return p
  }

  @Test("[A, B]/(2i) matches dense matrices, and is nil exactly when A and B commute")
  func commutatorMatchesMatrices() {
    let seed: UInt64 = 202
    var rng = SeededGenerator(seed: seed)
    for _ in 0..<150 {
      let a = randomString(qubits: 3, &rng), b = randomString(qubits: 3, &rng)
      let (ma, mb) = (a.matrix(qubitCount: 3), b.matrix(qubitCount: 3))
      let commutator = ma * mb
      var dense = commutator
      let ba = mb * ma
      for k in dense.elements.indices { dense.elements[k] = (commutator.elements[k] - ba.elements[k]) / Complex(0, 2) }
      if let c = a.commutator(with: b) {
        #expect(a.anticommutes(with: b))
        let claimed = Complex(c.coefficient) * c.string.matrix(qubitCount: 3)
        #expect(dense.maximumDifference(from: claimed) < 1e-14, "\(a), \(b), seed \(seed)")
      } else {
        #expect(
          dense.maximumDifference(from: .init(rows: 8, columns: 8, elements: .init(repeating: .zero, count: 64)))
            < 1e-14)
      }
    }
  }

  @Test("[X, Y]/(2i) = Z and [Y, X]/(2i) = −Z on qubit 130")
  func normalization() throws {
    let c = try #require(PauliString(.x, on: 130).commutator(with: PauliString(.y, on: 130)))
    #expect(c.string == PauliString(.z, on: 130) && c.coefficient == 1)
    #expect(PauliString(.y, on: 130).commutator(with: PauliString(.x, on: 130))?.coefficient == -1)
  }

  @Test("Pauli-sum commutators, inner products and norms")
  func sums() throws {
    let a = try PauliSum(parsing: "X0 + Z0"), b = try PauliSum(parsing: "Y0")
    #expect(PauliSum.commutator(a, b) == (try PauliSum(parsing: "Z0 - X0")))
    #expect(a.inner(try PauliSum(parsing: "2*X0 - Y3")) == 2)
    #expect(isClose(a.norm, 2.0.squareRoot(), tolerance: 1e-15))
    #expect((try PauliSum(parsing: "1.5 + Z0")).identityCoefficient == 1.5)
    #expect((try PauliSum(parsing: "1.5 + Z0")).traceless == (try PauliSum(parsing: "Z0")))
    var c = a
    c += b * 2
    #expect(c == (try PauliSum(parsing: "X0 + Z0 + 2*Y0")))
  }

  @Test("hashing: 200 000 random 127-qubit strings in a Set, equal strings hash equal")
  func hashing() {
    let seed: UInt64 = 303
    var rng = SeededGenerator(seed: seed)
    var set = Set<PauliString>()
    var all: [PauliString] = []
    for _ in 0..<200_000 {
      let p = PauliString(xWords: [rng.next(), rng.next() >> 1], zWords: [rng.next(), rng.next() >> 1])
      all.append(p)
      set.insert(p)
    }
    #expect(set.count == 200_000, "seed \(seed)")
    #expect(all.prefix(1000).allSatisfy { set.contains(PauliString(xWords: $0.xWords + [0], zWords: $0.zWords + [0])) })
  }
}
