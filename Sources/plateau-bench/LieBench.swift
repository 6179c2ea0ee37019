// The Lie-algebra benchmark (`--workload lie`): closures (the same generator sets as
// scripts/peers/lie/peers.py), the structure analysis, and g-sim of the TFIM Hamiltonian-
// variational ansatz with its gradient.
import Foundation
import LieAlgebra
import Quantum

enum LieWorkloads {
  /// TFIM, local generators, open chain: ZᵢZᵢ₊₁ and Xᵢ (so(2n), dimension n(2n − 1)).
  static func tfim(_ n: Int) -> [PauliString] {
    (0..<(n - 1)).map { PauliString([$0: .z, $0 + 1: .z]) } + (0..<n).map { PauliString(.x, on: $0) }
  }

  /// The hardware-efficient set: Yᵢ, Zᵢ, ZᵢZᵢ₊₁ (su(2ⁿ), dimension 4ⁿ − 1).
  static func hea(_ n: Int) -> [PauliString] {
    (0..<n).flatMap { [PauliString(.y, on: $0), PauliString(.z, on: $0)] }
      + (0..<(n - 1)).map { PauliString([$0: .z, $0 + 1: .z]) }
  }
}

extension Bench {
  /// Runs the Lie workloads; sizes come from `--qubits` as "tfim:32,64;hea:6,8" or defaults.
  func runLie() throws {
    let count = repeats ?? 5
    func line(_ object: [String: Any]) {
      let data = try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
      FileHandle.standardOutput.write(data + Data("\n".utf8))
    }
    var tfimSizes = [8, 16, 32, 64, 128, 256]
    var heaSizes = [4, 5, 6, 7, 8, 9, 10]
    var gsim = [(100, 100), (200, 100)]
    if let spec = qubits {
      for part in spec.split(separator: ";") {
        let kv = part.split(separator: ":", omittingEmptySubsequences: false)
        guard kv.count == 2 else { continue }
        let values = kv[1].split(separator: ",").compactMap { Int($0) }
        switch kv[0] {
        case "tfim": tfimSizes = values
        case "hea": heaSizes = values
        case "gsim": gsim = values.map { ($0, 100) }
        default: break
        }
      }
    }
    for (family, sizes) in [("tfim-open", tfimSizes), ("hea", heaSizes)] {
      for n in sizes {
        let generators = family == "hea" ? LieWorkloads.hea(n) : LieWorkloads.tfim(n)
        // The closed forms the tests check at small n: 4ⁿ − 1 and n(2n − 1).
        let expected = family == "hea" ? (1 << (2 * n)) - 1 : n * (2 * n - 1)
        let reps = expected > 200_000 ? 1 : count
        let (closure, g) = try medianSeconds(repeats: reps, warmUp: reps > 1) {
          try DynamicalLieAlgebra(generators: generators, qubitCount: n)
        }
        let (basis, strings) = try medianSeconds(repeats: reps, warmUp: false) {
          try DynamicalLieAlgebra(generators: generators, qubitCount: n).pauliStrings!
        }
        let (structureSeconds, structure) = medianSeconds(repeats: 1, warmUp: false) { g.structure() }
        line([
          "workload": "lie-closure", "engine": "plateau", "family": family, "qubits": n,
          "generators": generators.count, "dimension": g.dimension, "expectedDimension": expected,
          "basisStrings": strings.count,
          "seconds": closure, "secondsWithBasis": basis, "repeats": reps,
          "structureSeconds": structureSeconds, "structure": structure.name,
        ])
      }
    }
    for (n, layers) in gsim {
      let circuit = Circuit.hamiltonianVariational(.tfim, qubits: n, layers: layers)
      let theta = (0..<circuit.parameterCount).map { k -> Double in
        let x = Double(k + 1) * 0.6180339887498949
        return 2 * .pi * (x - x.rounded(.down)) / 10
      }
      let observable = PauliSum(PauliString([0: .z, 1: .z]))
      let (setup, simulator) = try medianSeconds(repeats: 1, warmUp: false) { try LieAlgebraSimulator(for: circuit) }
      let (value, energy) = try medianSeconds(repeats: 3, warmUp: false) {
        try simulator.expectation(of: observable, in: circuit, parameters: theta)
      }
      let (grad, result) = try medianSeconds(repeats: 3, warmUp: false) {
        try simulator.gradient(of: observable, in: circuit, parameters: theta)
      }
      line([
        "workload": "gsim-tfim-hva", "engine": "plateau", "qubits": n, "layers": layers,
        "dimension": simulator.algebra.dimension, "gates": circuit.gates.count, "observable": "Z0 Z1",
        "value": energy, "gradientNorm": result.gradient.map { $0 * $0 }.reduce(0, +).squareRoot(),
        "algebraSeconds": setup, "expectationSeconds": value, "gradientSeconds": grad,
      ])
    }
  }
}
