import Numerics
import Quantum
import QuantumTestSupport
import Testing

@testable import PauliPropagation

@Suite("Free-fermion evaluation of chain circuits")
struct FreeFermionTests {
  @Test(
    "kicked-Ising chains: every site agrees with the statevector to 1e-10",
    arguments: [(4, 3, 0.8, UInt64(1)), (7, 5, 0.3, 2), (10, 6, 1.1, 3), (12, 8, 0.8, 4)])
  func kickedIsingChains(qubits n: Int, steps: Int, thetaH: Double, seed: UInt64) throws {
    var rng = SeededGenerator(seed: seed)
    let thetaJ = seed == 1 ? -Double.pi / 2 : Double.random(in: -2...2, using: &rng)
    let circuit = KickedIsing.circuit(on: .line(n), steps: steps, thetaH: thetaH, thetaJ: thetaJ)
    let psi = try StateVector(running: circuit)
    for m in 0..<n {
      let exact = psi.expectation(of: PauliString(.z, on: m))
      let got = try FreeFermionChain.magnetization(of: m, after: circuit)
      #expect(isClose(got, exact, tolerance: 1e-10), "seed \(seed), n = \(n), site \(m): \(got) vs \(exact)")
    }
  }

  @Test(
    "random RX and neighbour RZZ circuits with symbolic angles agree with the statevector",
    arguments: [UInt64(5), 6, 7])
  func randomMatchgateCircuits(seed: UInt64) throws {
    var rng = SeededGenerator(seed: seed)
    let n = 9
    var circuit = Circuit(qubitCount: n)
    var values: [Double] = []
    for _ in 0..<60 {
      let angle = Angle.parameter(values.count)
      values.append(Double.random(in: -3...3, using: &rng))
      let q = Int.random(in: 0..<n, using: &rng)
      if q < n - 1 && Bool.random(using: &rng) {
        circuit.append(.rzz(angle, q, q + 1))
      } else {
        circuit.append(.rx(angle, on: q))
      }
    }
    let psi = try StateVector(running: circuit.bound(to: values))
    for m in [0, 4, 8] {
      let exact = psi.expectation(of: PauliString(.z, on: m))
      let got = try FreeFermionChain.magnetization(of: m, after: circuit, parameters: values)
      #expect(isClose(got, exact, tolerance: 1e-10), "seed \(seed), site \(m): \(got) vs \(exact)")
    }
  }

  @Test("the hard chain point of issue 7: θ_h = 0.8, 20 steps, 20 qubits")
  func hardChainPoint() throws {
    let circuit = KickedIsing.circuit(on: .line(20), steps: 20, thetaH: 0.8)
    let exact = try StateVector(running: circuit).expectation(of: "Z10")
    let got = try FreeFermionChain.magnetization(of: 10, after: circuit)
    #expect(isClose(got, exact, tolerance: 1e-10), "\(got) vs \(exact)")
    #expect(isClose(got, 0.178949, tolerance: 1e-6))
  }

  @Test("gates that are not free-fermionic are named, with what is allowed")
  func rejectsOtherGates() throws {
    var circuit = Circuit(qubitCount: 4)
    circuit.append(.rx(0.3, on: 0))
    circuit.append(.rzz(0.5, 0, 2))
    #expect(throws: FreeFermionError.notFreeFermionic(gate: circuit.gates[1].description, index: 1)) {
      try FreeFermionChain.magnetization(of: 1, after: circuit)
    }
    let message = FreeFermionError.notFreeFermionic(gate: "h 0", index: 3).description
    #expect(message.contains("gate 3") && message.contains("rzz on neighbours"))
    #expect(throws: FreeFermionError.self) { try FreeFermionChain.magnetization(of: 4, after: circuit) }
  }

  @Test("Pfaffians: 2×2, 4×4 closed forms and Pf² = det on a random complex 8×8")
  func pfaffians() {
    var rng = SeededGenerator(seed: 9)
    func random() -> Complex<Double> {
      Complex(Double.random(in: -1...1, using: &rng), Double.random(in: -1...1, using: &rng))
    }
    func antisymmetric(_ k: Int) -> [Complex<Double>] {
      var a = [Complex<Double>](repeating: .zero, count: k * k)
      for i in 0..<k {
        for j in (i + 1)..<max(i + 1, k) {
          let v = random()
          a[i * k + j] = v
          a[j * k + i] = -v
        }
      }
      return a
    }
    let two = antisymmetric(2)
    #expect((pfaffian(two, size: 2) - two[1]).length < 1e-15)
    let a = antisymmetric(4)
    let closed = a[1] * a[11] - a[2] * a[7] + a[3] * a[6]
    #expect((pfaffian(a, size: 4) - closed).length < 1e-14, "seed 9")
    let k = 8
    let b = antisymmetric(k)
    let pf = pfaffian(b, size: k)
    // det by Gaussian elimination with partial pivoting.
    var m = b, det = Complex<Double>.one
    for c in 0..<k {
      let p = (c..<k).max { m[$0 * k + c].length < m[$1 * k + c].length }!
      if p != c {
        for j in 0..<k { m.swapAt(c * k + j, p * k + j) }
        det = -det
      }
      det *= m[c * k + c]
      for r in (c + 1)..<k {
        let f = m[r * k + c] / m[c * k + c]
        for j in c..<k { m[r * k + j] -= f * m[c * k + j] }
      }
    }
    #expect((pf * pf - det).length < 1e-12 * max(1, det.length), "seed 9: Pf² = \(pf * pf), det = \(det)")
  }
}
