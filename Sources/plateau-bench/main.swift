// plateau-bench: the library's benchmarks, one JSON object per line (see scripts/bench-peers).
import ArgumentParser
import Foundation
import Quantum
import _QuantumKernels

struct Bench: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "plateau-bench",
    abstract: "Benchmarks of the simulation library; prints one JSON object per line.",
    discussion: """
      Workloads (identical to scripts/peers/peers.py):
        W1      hea ansatz, L layers, ⟨Z0⟩ and ⟨X0 Y1 Z2 X3 …⟩ after a full-state simulation
        W2      the full adjoint gradient of ⟨Z0 Z1⟩ for hea with L layers
        stream  STREAM triad memory bandwidth (GB/s), the bound for memory-bound kernels
        kernels nanoseconds per amplitude of each kernel on an in-cache buffer (--qubits m)
        variance samples per second of a gradient-variance experiment (hea, global cost)
        lie     Lie closures (TFIM, hea: --qubits "tfim:32;hea:6;gsim:200"), structure, g-sim
        p1      Pauli propagation, kicked-Ising chains (--qubits, --steps, --thetas lists)
        p2      the hard chain case (n = 20, 20 steps, θ_h = 0.8) under several truncations
        sweep   ⟨Z62⟩ on the 127-qubit Eagle lattice, θ_h = kπ/32 (--steps list)
      Parameters θ_k = 2π·frac((k+1)·0.6180339887498949).

      Examples:
        plateau-bench --workload W1 --qubits 16,20,24 --threads 1
        plateau-bench --workload all --threads 2
        plateau-bench --workload p1 --qubits 20,100 --steps 20 --thetas 0.3
      """)

  @Option(help: "W1, W2, stream, kernels, variance, lie, p1, p2, sweep or all.") var workload = "all"
  @Option(help: "Comma-separated qubit counts (default: 16,20,24 for W1; 12,16,20 for W2).") var qubits: String?
  @Option(help: "Layers of the hea ansatz.") var layers = 10
  @Option(help: "Worker threads.") var threads = 1
  @Option(help: "Timed repeats (median reported); default 5, or 3 at n ≥ 24.") var repeats: Int?
  @Option(help: "Cache-block size (log2 amplitudes).") var chunkQubits = 14
  @Option(help: "Comma-separated kicked-Ising step counts (p1, sweep).") var steps: String?
  @Option(help: "Comma-separated θ_h values (p1).") var thetas: String?
  @Flag(help: "Disable one-qubit gate fusion.") var noFusion = false
  @Flag(help: "Use the portable kernels instead of AVX2.") var portable = false

  /// GB/s measured by the STREAM triad at the start of the run.
  var bandwidth = 0.0

  enum CodingKeys: String, CodingKey {
    case workload, qubits, layers, threads, repeats, steps, thetas, chunkQubits, noFusion, portable
  }

  /// Seconds to read and write a state of n qubits `passes` times at the measured bandwidth.
  func boundSeconds(qubits n: Int, passes: Int) -> Double {
    bandwidth > 0 ? Double(passes) * 2 * 16 * Double(1 << n) / (bandwidth * 1e9) : 0
  }

  mutating func run() throws {
    if portable { qk_force_portable(1) }
    let simulator = Simulator(threads: threads, chunkQubits: chunkQubits, fusesGates: !noFusion)
    let selected = workload.lowercased()
    // The memory bandwidth of this run: the yardstick for W1/W2 (a gate applied without
    // fusion reads and writes the state once).
    if ["stream", "all", "w1", "w2"].contains(selected) {
      bandwidth = streamTriad(threads: threads)
      emit(["workload": "stream", "engine": "plateau", "threads": threads, "gbPerSecond": bandwidth])
    }
    if selected == "lie" { try runLie() }
    if ["p1", "p2", "sweep"].contains(selected) { try runPropagation(selected) }
    if selected == "kernels" {
      let m = qubits.flatMap { Int($0) } ?? 14
      for avx2 in [false, true] {
        qk_force_portable(avx2 ? 0 : 1)
        for (name, ns) in kernelTimings(qubits: m) {
          emit([
            "workload": "kernel", "engine": "plateau", "kernel": name, "qubits": m,
            "isa": avx2 && qk_uses_avx2() == 1 ? "avx2" : "portable", "nsPerAmplitude": ns,
          ])
        }
      }
      qk_force_portable(portable ? 1 : 0)
    }
    if selected == "variance" {
      for n in sizes(default: [10, 14, 18]) {
        for method in [GradientMethod.parameterShift, .adjoint] {
          let samples = n <= 10 ? 2000 : n <= 14 ? 200 : 20
          let rate = try varianceSamplesPerSecond(
            qubits: n, layers: layers, threads: threads, samples: samples, method: method)
          emit([
            "workload": "variance", "engine": "plateau", "qubits": n, "layers": layers, "threads": threads,
            "method": method.rawValue, "samplesPerSecond": rate,
          ])
        }
      }
    }
    if selected == "w1" || selected == "all" {
      for n in sizes(default: [16, 20, 24]) { try runW1(qubits: n, simulator: simulator) }
    }
    if selected == "w2" || selected == "all" {
      for n in sizes(default: [12, 16, 20]) { try runW2(qubits: n, simulator: simulator) }
    }
  }

  func sizes(default fallback: [Int]) -> [Int] {
    qubits.map { $0.split(separator: ",").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) } } ?? fallback
  }

  func repeatCount(_ n: Int) -> Int { repeats ?? (n >= 24 ? 3 : 5) }

  func runW1(qubits n: Int, simulator: Simulator) throws {
    let circuit = Circuit.hardwareEfficient(qubits: n, layers: layers)
    let theta = Workloads.parameters(count: circuit.parameterCount)
    let full = Workloads.fullSupport(qubits: n)
    let (seconds, values) = try medianSeconds(repeats: repeatCount(n), warmUp: n < 24) {
      let psi = try StateVector(running: circuit, parameters: theta, simulator: simulator)
      return (psi.expectation(of: PauliString(.z, on: 0)), psi.expectation(of: full))
    }
    // The unfused bound: every gate applied alone reads and writes the state once.
    let bound = boundSeconds(qubits: n, passes: circuit.gates.count)
    for (name, value) in [("Z0", values.0), (full.description, values.1)] {
      emit([
        "workload": "W1", "engine": "plateau", "threads": threads, "qubits": n, "layers": layers,
        "observable": name, "value": value, "seconds": seconds, "repeats": repeatCount(n),
        "precision": "double", "gates": circuit.gates.count,
        "unfusedBandwidthBoundSeconds": bound, "ratioToBound": bound > 0 ? seconds / bound : 0,
      ])
    }
  }

  func runW2(qubits n: Int, simulator: Simulator) throws {
    let circuit = Circuit.hardwareEfficient(qubits: n, layers: layers)
    let theta = Workloads.parameters(count: circuit.parameterCount)
    let observable = try PauliSum(parsing: "Z0 Z1")
    let (seconds, result) = try medianSeconds(repeats: repeatCount(n), warmUp: true) {
      try simulator.gradient(of: observable, in: circuit, parameters: theta, method: .adjoint)
    }
    // The adjoint bound as the issue states it: one unfused forward pass at the measured
    // bandwidth (every gate reads and writes the state once).
    let bound = boundSeconds(qubits: n, passes: circuit.gates.count)
    emit([
      "workload": "W2", "engine": "plateau", "threads": threads, "qubits": n, "layers": layers,
      "observable": "Z0 Z1", "value": result.value, "gradient": result.gradient, "seconds": seconds,
      "repeats": repeatCount(n), "method": "adjoint", "precision": "double",
      "adjointBoundSeconds": bound, "ratioToBound": bound > 0 ? seconds / bound : 0,
    ])
  }

  func emit(_ object: [String: Any]) {
    let data = try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
    FileHandle.standardOutput.write(data + Data("\n".utf8))
  }
}

Bench.main()
