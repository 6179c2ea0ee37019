// Pauli-propagation benchmarks: the kicked-Ising workloads of scripts/peers/propagation.

import Foundation
import PauliPropagation
import Quantum

/// The Pauli-propagation workloads of `scripts/peers/propagation/peer.py`.
///
/// Defined exactly as the peer script defines them, so that the numbers can be compared:
///
/// - **P1** kicked Ising on open chains of n = 20, 50, 100 qubits (edges (q, q+1), even edges
///   then odd edges per step), T = 5, 10, 20 steps, θ_h = 0.3 and 0.8, θ_J = −π/2, observable
///   Z_{n/2}, truncation |c| ≥ 1e-4 only; at n = 20 also the exact statevector value.
/// - **P2** the hard case θ_h = 0.8, T = 20 at n = 20 with other truncations (Pauli weight,
///   X/Y weight, frequency, combinations), against the exact value.
/// - **sweep** ⟨Z62⟩ on the 127-qubit Eagle lattice for θ_h = k·π/32, k = 0…16, T = 5 and 20.
enum PropagationBench {
  typealias Emit = ([String: Any]) -> Void

  /// The chain circuit of P1 (Quantum's kicked-Ising builder on `Graph.line(n)`: colour classes
  /// are the even and the odd edges).
  static func chain(_ n: Int, steps: Int, thetaH: Double) -> Circuit {
    KickedIsing.circuit(on: .line(n), steps: steps, thetaH: thetaH)
  }

  /// One timed propagation: the median of `repeats` runs (after one warm-up when `warmUp`).
  static func timed(
    _ observable: PauliSum, _ circuit: Circuit, _ propagator: PauliPropagator, repeats: Int, warmUp: Bool
  ) throws -> (seconds: Double, result: PropagationResult) {
    try medianSeconds(repeats: repeats, warmUp: warmUp) { try propagator.propagate(observable, through: circuit) }
  }

  static func record(
    _ workload: String, _ n: Int, _ steps: Int, _ thetaH: Double, _ policy: TruncationPolicy,
    _ threads: Int, _ seconds: Double, _ result: PropagationResult, exact: Double?
  ) -> [String: Any] {
    var line: [String: Any] = [
      "workload": workload, "engine": "plateau", "qubits": n, "steps": steps, "thetaH": thetaH,
      "threads": threads, "seconds": seconds, "value": result.expectation(), "terms": result.termCount,
      "maxTerms": result.peakTermCount, "discardedNorm": result.discardedNorm,
      "discardedOneNorm": result.discardedOneNorm, "minAbsCoefficient": policy.minAbsCoefficient,
    ]
    if let k = policy.maxWeight { line["maxWeight"] = k }
    if let k = policy.maxXYWeight { line["maxXYWeight"] = k }
    if let f = policy.maxFrequency { line["maxFrequency"] = f }
    if let exact {
      line["exact"] = exact
      line["errorVsExact"] = result.expectation() - exact
    }
    return line
  }

  /// ⟨Z_{n/2}⟩ of a chain by free fermions (any n), with its time.
  static func addFreeFermionValue(_ line: inout [String: Any], _ circuit: Circuit, qubit: Int) throws {
    let (seconds, value) = try medianSeconds(repeats: 3, warmUp: true) {
      try FreeFermionChain.magnetization(of: qubit, after: circuit)
    }
    line["exactFreeFermion"] = value
    line["freeFermionSeconds"] = seconds
    if line["exact"] == nil, let estimate = line["value"] as? Double { line["errorVsExact"] = estimate - value }
  }

  /// ⟨Z_{n/2}⟩ from the statevector (n ≤ 24).
  static func exactValue(_ circuit: Circuit, qubit: Int) throws -> Double {
    try StateVector(running: circuit).expectation(of: PauliString(.z, on: qubit))
  }

  /// P1: the peer workloads at |c| ≥ 1e-4.
  static func runP1(
    qubits: [Int] = [20, 50, 100], steps: [Int] = [5, 10, 20], thetas: [Double] = [0.3, 0.8], threads: Int,
    repeats: Int, emit: Emit
  ) throws {
    let policy = TruncationPolicy(minAbsCoefficient: 1e-4)
    // pauli-prop branches every rotation with sin θ: so does this run, for a term-for-term match.
    let propagator = PauliPropagator(truncation: policy, threads: threads, splitsNearCliffordAngles: false)
    for n in qubits {
      for t in steps {
        for theta in thetas {
          let circuit = chain(n, steps: t, thetaH: theta)
          let exact = n <= 24 ? try exactValue(circuit, qubit: n / 2) : nil
          let heavy = t == 20 && theta > 0.5
          let (seconds, result) = try timed(
            PauliSum(PauliString(.z, on: n / 2)), circuit, propagator, repeats: heavy ? 1 : repeats, warmUp: !heavy)
          var line = record("P1", n, t, theta, policy, threads, seconds, result, exact: exact)
          try addFreeFermionValue(&line, circuit, qubit: n / 2)
          emit(line)
        }
      }
    }
  }

  /// P2: θ_h = 0.8, 20 steps, n = 20, with weight and frequency truncation.
  static func runP2(threads: Int, emit: Emit) throws {
    let n = 20, t = 20, theta = 0.8
    let circuit = chain(n, steps: t, thetaH: theta)
    let exact = try exactValue(circuit, qubit: n / 2)
    let policies = [
      TruncationPolicy(minAbsCoefficient: 1e-4),
      TruncationPolicy(maxWeight: 6, minAbsCoefficient: 1e-4),
      TruncationPolicy(maxWeight: 8, minAbsCoefficient: 1e-5),
      TruncationPolicy(maxWeight: 10, minAbsCoefficient: 1e-5),
      TruncationPolicy(maxWeight: 6),
      TruncationPolicy(maxXYWeight: 4, minAbsCoefficient: 1e-4),
      TruncationPolicy(maxXYWeight: 2),
      TruncationPolicy(minAbsCoefficient: 1e-4, maxFrequency: 10),
      TruncationPolicy(maxWeight: 8, minAbsCoefficient: 1e-5, maxFrequency: 14),
    ]
    for policy in policies {
      let (seconds, result) = try timed(
        PauliSum(PauliString(.z, on: n / 2)), circuit, PauliPropagator(truncation: policy, threads: threads),
        repeats: 1, warmUp: false)
      var line = record("P2", n, t, theta, policy, threads, seconds, result, exact: exact)
      try addFreeFermionValue(&line, circuit, qubit: n / 2)
      emit(line)
    }
  }

  /// One chain point with any truncation (to explore P2's settings by hand).
  static func runChainPoint(
    qubits n: Int, steps t: Int, thetaH theta: Double, policy: TruncationPolicy, threads: Int, emit: Emit
  ) throws {
    let circuit = chain(n, steps: t, thetaH: theta)
    let exact = n <= 24 ? try exactValue(circuit, qubit: n / 2) : nil
    let (seconds, result) = try timed(
      PauliSum(PauliString(.z, on: n / 2)), circuit, PauliPropagator(truncation: policy, threads: threads),
      repeats: 1, warmUp: false)
    emit(record("chain", n, t, theta, policy, threads, seconds, result, exact: exact))
  }

  /// The sweep: ⟨Z62⟩ on Eagle for θ_h = k·π/32 (k in `points`, by default 0…16).
  static func runSweep(
    steps: [Int] = [5, 20], points: [Int] = Array(0...16), policy: TruncationPolicy, threads: Int, emit: Emit
  ) throws {
    let propagator = PauliPropagator(truncation: policy, threads: threads)
    for t in steps {
      for k in points {
        let theta = Double(k) * .pi / 32
        let circuit = KickedIsing.circuit(on: .ibmEagle, steps: t, thetaH: theta)
        let (seconds, result) = try timed("Z62", circuit, propagator, repeats: 1, warmUp: false)
        var line = record("sweep", 127, t, theta, policy, threads, seconds, result, exact: nil)
        line["observable"] = "Z62"
        emit(line)
      }
    }
  }
}

extension Bench {
  /// Runs the Pauli-propagation workload `selected` ("p1", "p2" or "sweep"); `--qubits`,
  /// `--steps` and `--thetas` take comma-separated lists (P1: sizes, steps, θ_h; sweep: steps).
  func runPropagation(_ selected: String) throws {
    func list<T: LosslessStringConvertible>(_ text: String?) -> [T]? {
      text.map { $0.split(separator: ",").compactMap { T(String($0).trimmingCharacters(in: .whitespaces)) } }
    }
    let emit: PropagationBench.Emit = { self.emit($0) }
    switch selected {
    case "p1":
      try PropagationBench.runP1(
        qubits: list(qubits) ?? [20, 50, 100], steps: list(steps) ?? [5, 10, 20], thetas: list(thetas) ?? [0.3, 0.8],
        threads: threads, repeats: repeats ?? 3, emit: emit)
    case "p2":
      try PropagationBench.runP2(threads: threads, emit: emit)
    default:
      try PropagationBench.runSweep(
        steps: list(steps) ?? [5, 20], policy: TruncationPolicy(minAbsCoefficient: 1e-4), threads: threads, emit: emit)
    }
  }
}
