import Quantum

/// Generator sets of the course's spin chains and ansätze, as Pauli strings or summed Pauli sums.
enum Generators {
  /// Bonds of an open or periodic chain.
  static func bonds(_ n: Int, periodic: Bool) -> [(Int, Int)] {
    (0..<(n - 1)).map { ($0, $0 + 1) } + (periodic && n > 2 ? [(n - 1, 0)] : [])
  }

  static func two(_ p: Pauli, _ a: Int, _ q: Pauli, _ b: Int) -> PauliString { PauliString([a: p, b: q]) }

  /// TFIM, local: ZᵢZᵢ₊₁ on every bond and Xᵢ on every qubit.
  static func tfim(_ n: Int, periodic: Bool = false) -> [PauliString] {
    bonds(n, periodic: periodic).map { two(.z, $0.0, .z, $0.1) } + (0..<n).map { PauliString(.x, on: $0) }
  }

  /// TFIM, summed: Σ ZᵢZᵢ₊₁ and Σ Xᵢ.
  static func tfimSummed(_ n: Int, periodic: Bool = false) -> [PauliSum] {
    [
      PauliSum(bonds(n, periodic: periodic).map { (two(.z, $0.0, .z, $0.1), 1.0) }),
      PauliSum((0..<n).map { (PauliString(.x, on: $0), 1.0) }),
    ]
  }

  /// XY, local: XᵢXᵢ₊₁ and YᵢYᵢ₊₁ on every bond.
  static func xy(_ n: Int, periodic: Bool = false) -> [PauliString] {
    bonds(n, periodic: periodic).flatMap { [two(.x, $0.0, .x, $0.1), two(.y, $0.0, .y, $0.1)] }
  }

  /// Transverse-field XY, local: XᵢXᵢ₊₁, YᵢYᵢ₊₁ and Zᵢ.
  static func transverseXY(_ n: Int) -> [PauliString] { xy(n) + (0..<n).map { PauliString(.z, on: $0) } }

  /// Heisenberg, local strings: XᵢXᵢ₊₁, YᵢYᵢ₊₁, ZᵢZᵢ₊₁ on every bond.
  static func heisenbergStrings(_ n: Int, periodic: Bool = false) -> [PauliString] {
    bonds(n, periodic: periodic).flatMap { b in [Pauli.x, .y, .z].map { two($0, b.0, $0, b.1) } }
  }

  /// Heisenberg, one generator per bond: XᵢXᵢ₊₁ + YᵢYᵢ₊₁ + ZᵢZᵢ₊₁.
  static func heisenbergBonds(_ n: Int, periodic: Bool = false) -> [PauliSum] {
    bonds(n, periodic: periodic).map { b in PauliSum([Pauli.x, .y, .z].map { (two($0, b.0, $0, b.1), 1.0) }) }
  }

  /// The hardware-efficient ansatz "hea": Yᵢ, Zᵢ and ZᵢZᵢ₊₁ (CZ = exp of Z, Z and ZZ terms).
  static func hea(_ n: Int) -> [PauliString] {
    (0..<n).flatMap { [PauliString(.y, on: $0), PauliString(.z, on: $0)] }
      + bonds(n, periodic: false).map {
        two(.z, $0.0, .z, $0.1)
      }
  }
}
