import LieAlgebra
import Quantum
import Testing

@Suite("Lie closure")
struct ClosureTests {
  @Test("local TFIM, open chain: so(2n), dimension n(2n − 1)", arguments: 2...8)
  func tfimOpen(n: Int) throws {
    let g = try DynamicalLieAlgebra(generators: Generators.tfim(n), qubitCount: n)
    #expect(g.dimension == n * (2 * n - 1))
    let expected = [2: "su(2)^2", 3: "su(4)"][n] ?? "so(\(2 * n))"  // so(4) ≅ su(2)², so(6) ≅ su(4)
    #expect(g.structure().name == expected)
  }

  @Test("transverse-field XY, open chain: so(2n), dimension n(2n − 1)", arguments: 3...6)
  func transverseXY(n: Int) throws {
    let g = try DynamicalLieAlgebra(generators: Generators.transverseXY(n), qubitCount: n)
    #expect(g.dimension == n * (2 * n - 1))
  }

  @Test(
    "summed TFIM, periodic chain: dimension 3n − 1, a 2-dimensional centre and n − 1 copies of su(2) (arXiv:2405.00898)",
    arguments: 3...5)
  func tfimSummedPeriodic(n: Int) throws {
    let g = try DynamicalLieAlgebra(generators: Generators.tfimSummed(n, periodic: true), qubitCount: n)
    #expect(!g.isSpannedByPauliStrings)
    #expect(g.dimension == 3 * n - 1)
    let s = g.structure()
    #expect(s.centerDimension == 2)
    #expect(s.ideals.map(\.name) == Array(repeating: "su(2)", count: n - 1))
  }

  /// Values cross-checked with PennyLane's qml.lie_closure by scripts/peers/lie/peers.py.
  @Test(
    "spin chains: dimensions of the local and summed generator sets",
    arguments: [
      ("tfim-periodic", 4, 56), ("tfim-periodic", 5, 90), ("tfim-summed-open", 4, 16), ("tfim-summed-open", 5, 25),
      ("xy-open", 4, 12), ("xy-open", 5, 20), ("xy-periodic", 4, 24), ("xy-periodic", 5, 45),
      ("heisenberg-open", 4, 60), ("heisenberg-periodic", 4, 60), ("heisenberg-bonds-open", 4, 12),
      ("heisenberg-bonds-open", 5, 40),
    ])
  func chainDimensions(family: String, n: Int, dimension: Int) throws {
    let g: DynamicalLieAlgebra
    switch family {
    case "tfim-periodic": g = try DynamicalLieAlgebra(generators: Generators.tfim(n, periodic: true), qubitCount: n)
    case "tfim-summed-open": g = try DynamicalLieAlgebra(generators: Generators.tfimSummed(n), qubitCount: n)
    case "xy-open": g = try DynamicalLieAlgebra(generators: Generators.xy(n), qubitCount: n)
    case "xy-periodic": g = try DynamicalLieAlgebra(generators: Generators.xy(n, periodic: true), qubitCount: n)
    case "heisenberg-open": g = try DynamicalLieAlgebra(generators: Generators.heisenbergStrings(n), qubitCount: n)
    case "heisenberg-periodic":
      g = try DynamicalLieAlgebra(generators: Generators.heisenbergStrings(n, periodic: true), qubitCount: n)
    default: g = try DynamicalLieAlgebra(generators: Generators.heisenbergBonds(n), qubitCount: n)
    }
    #expect(g.dimension == dimension)
    #expect(g.structure().isComplete)
  }

  @Test(
    "the hea generators Yᵢ, Zᵢ, ZᵢZᵢ₊₁ give su(2ⁿ), dimension 4ⁿ − 1 (n = 8 runs in the benchmark)", arguments: 1...7)
  func heaIsFull(n: Int) throws {
    let g = try DynamicalLieAlgebra(generators: Generators.hea(n), qubitCount: n)
    #expect(g.dimension == (1 << (2 * n)) - 1)
    if n <= 6 { #expect(g.structure().name == "su(\(1 << n))") }
  }

  @Test("the numerical closure reproduces the exact one (same dimension, same span)", arguments: 2...5)
  func numericalMatchesExact(n: Int) throws {
    let strings = Generators.tfim(n)
    let exact = try DynamicalLieAlgebra(generators: strings, qubitCount: n)
    let numeric = try DynamicalLieAlgebra(
      generators: strings.map { PauliSum($0) }, qubitCount: n, method: .numerical)
    #expect(!numeric.isSpannedByPauliStrings)
    #expect(numeric.dimension == exact.dimension)
    for element in numeric.basis { #expect(exact.contains(element)) }
    #expect(numeric.structure().name == exact.structure().name)
  }

  @Test("the basis is orthonormal in Tr(AB)/2ⁿ")
  func orthonormalBasis() throws {
    let g = try DynamicalLieAlgebra(generators: Generators.heisenbergBonds(4), qubitCount: 4)
    let basis = g.basis
    for i in basis.indices {
      for j in basis.indices {
        #expect(abs(basis[i].inner(basis[j]) - (i == j ? 1 : 0)) < 1e-10)
      }
    }
  }

  @Test("strings on 127 qubits and beyond close exactly (packed SIMD words)", arguments: [127, 200, 300])
  func wideChains(n: Int) throws {
    let g = try DynamicalLieAlgebra(
      generators: [PauliString([n - 2: .z, n - 1: .z]), PauliString(.x, on: n - 1), PauliString(.x, on: n - 2)],
      qubitCount: n)
    #expect(g.dimension == 6)  // TFIM on the last two qubits: so(4)
    #expect(g.pauliStrings!.allSatisfy { $0.minimumQubitCount <= n })
  }

  @Test("errors name what was wrong and what is allowed")
  func errors() {
    #expect(throws: LieAlgebraError.noGenerators) {
      try DynamicalLieAlgebra(generators: [PauliString](), qubitCount: 2)
    }
    #expect { try DynamicalLieAlgebra(generators: ["X0", "Y0 Y3"], qubitCount: 2) } throws: {
      "\($0)".contains("Y0 Y3 acts outside the algebra's 2 qubit(s) (0…1)")
    }
    #expect { try DynamicalLieAlgebra(generators: Generators.hea(6), qubitCount: 6, maximumDimension: 100) } throws: {
      "\($0)".contains("more than 100 dimensions")
    }
    #expect { try DynamicalLieAlgebra(generators: [PauliSum("X0 - X0")], qubitCount: 1) } throws: {
      "\($0)".contains("is zero")
    }
  }
}
