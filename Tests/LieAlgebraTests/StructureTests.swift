import LieAlgebra
import Quantum
import Testing

@Suite("Centre, simple ideals and identification")
struct StructureTests {
  @Test("a central generator: X0 commutes with X0 X1 and Y1")
  func centralString() throws {
    let s = try DynamicalLieAlgebra(generators: ["X0", "X0 X1", "Y1"]).structure()
    #expect(s.centerDimension == 1)
    #expect(s.ideals.map(\.name) == ["su(2)"])
    #expect(s.name == "u(2)")
  }

  @Test("a numerical centre: X0 + X1 commutes with X0, X1 and Y0 Y1 + Z0 Z1")
  func numericalCentre() throws {
    let g = try DynamicalLieAlgebra(generators: [PauliSum("X0"), PauliSum("X1"), PauliSum("Y0 Y1 + Z0 Z1")])
    let s = g.structure()
    #expect(s.centerDimension == 1)
    #expect(s.isComplete)
  }

  @Test("so(4) splits into su(2) ⊕ su(2) although its strings form one anticommutation component")
  func so4Splits() throws {
    let s = try DynamicalLieAlgebra(generators: Generators.tfim(2), qubitCount: 2).structure()
    #expect(s.ideals.map(\.dimension) == [3, 3])
    #expect(s.centerDimension == 0)
  }

  @Test("independent qubits give one su(2) each")
  func independentQubits() throws {
    let s = try DynamicalLieAlgebra(generators: ["X0", "Z0", "X1", "Z1", "X2", "Z2"]).structure()
    #expect(s.name == "su(2)^3")
  }

  @Test(
    "types from dimension and rank",
    arguments: [
      (SimpleLieType.a(3), "su(4)", 15), (.b(3), "so(7)", 21), (.c(3), "sp(3)", 21), (.d(4), "so(8)", 28),
      (.g2, "g2", 14), (.e8, "e8", 248),
    ])
  func typeTable(type: SimpleLieType, name: String, dimension: Int) {
    #expect(type.name == name)
    #expect(type.dimension == dimension)
  }

  @Test("Majorana quadratics of 2m + 1 modes give so(2m + 1): B-type, told from sp by its root lengths")
  func oddOrthogonal() throws {
    // γ₀…γ₆ on 4 qubits (Jordan–Wigner), plus γ₇ = Z0 Z1 Z2 Z3 parity-like: 7 anticommuting strings
    // X0, Y0, Z0 X1, Z0 Y1, Z0 Z1 X2, Z0 Z1 Y2, Z0 Z1 Z2; their pairwise products span so(7).
    let gammas: [PauliString] = ["X0", "Y0", "Z0 X1", "Z0 Y1", "Z0 Z1 X2", "Z0 Z1 Y2", "Z0 Z1 Z2"]
    var generators: [PauliString] = []
    for i in 0..<gammas.count - 1 { generators.append((gammas[i] * gammas[i + 1]).string) }
    let g = try DynamicalLieAlgebra(generators: generators, qubitCount: 3)
    #expect(g.dimension == 21)
    #expect(g.structure().name == "so(7)")
  }
}
