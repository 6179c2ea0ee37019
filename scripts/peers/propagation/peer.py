#!/usr/bin/env python3
"""Run Plateau's Pauli-propagation workloads with IBM's `pauli-prop` and an exact statevector.

Prints one JSON object per line, in the format of `plateau-bench --workload P1`, so that
`compare.py` can check values and put timings side by side.

Workload P1 (identical to Sources/plateau-bench/PropagationBench.swift):
  kicked Ising on the open chain 0-1-…-(n-1), n = 20, 50, 100; T = 5, 10, 20 steps;
  each step RX(θ_h) on every qubit, then RZZ(θ_J = -π/2) on the even edges (0,1), (2,3), …
  then the odd edges (1,2), (3,4), …; RX(t) = exp(-i t X/2), RZZ(t) = exp(-i t Z⊗Z/2);
  θ_h = 0.3 and 0.8; observable Z on qubit n // 2 (qubit 0 = least significant, as in Qiskit);
  expectation on |0…0⟩; truncation: coefficients below 1e-4 (pauli-prop's `atol`).

Engines:
  pauli-prop  `propagate_through_circuit(op, circuit, max_terms, atol=1e-4, frame="h")`, then
              ⟨0…0|O'|0…0⟩ = sum of the coefficients of the Z/I-only strings. `max_terms`
              (pauli-prop preallocates it) is 2·10^7 unless --max-terms says otherwise.
  exact       qiskit-aer's statevector (n ≤ 24 only), with Aer's light-cone truncation off.

Each engine runs in its own subprocess with a timeout, so a crash, a failed import or a hang is
reported as {"engine": ..., "error": ...} and the others go on. Timing: one run, wall clock,
from the SparsePauliOp to the value (circuit construction excluded).

Usage:
  peer.py                         # all of P1
  peer.py --qubits 20 --steps 5,10 --thetas 0.3 --engines pauli-prop,exact
"""

from __future__ import annotations

import argparse
import json
import math
import subprocess
import sys
import time

THETA_J = -math.pi / 2


def kicked_ising(n: int, steps: int, theta_h: float):
    from qiskit import QuantumCircuit

    qc = QuantumCircuit(n)
    even = [(q, q + 1) for q in range(0, n - 1, 2)]
    odd = [(q, q + 1) for q in range(1, n - 1, 2)]
    for _ in range(steps):
        for q in range(n):
            qc.rx(theta_h, q)
        for a, b in even + odd:
            qc.rzz(THETA_J, a, b)
    return qc


def run_pauli_prop(n: int, steps: int, theta_h: float, max_terms: int) -> dict:
    import numpy as np
    from pauli_prop import propagate_through_circuit
    from qiskit.quantum_info import SparsePauliOp

    circuit = kicked_ising(n, steps, theta_h)
    op = SparsePauliOp.from_sparse_list([("Z", [n // 2], 1.0)], num_qubits=n)
    start = time.perf_counter()
    out, trunc_one_norm = propagate_through_circuit(op, circuit, max_terms=max_terms, atol=1e-4, frame="h")
    diagonal = ~np.any(out.paulis.x, axis=1)
    value = float(np.real(out.coeffs[diagonal].sum()))
    seconds = time.perf_counter() - start
    return {"value": value, "seconds": seconds, "terms": len(out), "discardedOneNorm": float(trunc_one_norm)}


def run_exact(n: int, steps: int, theta_h: float) -> dict:
    from qiskit.quantum_info import SparsePauliOp
    from qiskit_aer import AerSimulator

    circuit = kicked_ising(n, steps, theta_h)
    circuit.save_expectation_value(SparsePauliOp.from_sparse_list([("Z", [n // 2], 1.0)], num_qubits=n), range(n))
    sim = AerSimulator(method="statevector")
    start = time.perf_counter()
    result = sim.run(circuit, enable_truncation=False).result()
    value = float(result.data()["expectation_value"])
    return {"value": value, "seconds": time.perf_counter() - start}


def child(args: argparse.Namespace) -> None:
    """Runs one (engine, n, steps, θ) point in this process and prints its JSON line."""
    line = {"workload": "P1", "engine": args.engine, "qubits": args.n, "steps": args.t, "thetaH": args.theta}
    if args.engine == "pauli-prop":
        line.update(run_pauli_prop(args.n, args.t, args.theta, args.max_terms))
        line["minAbsCoefficient"] = 1e-4
    else:
        line.update(run_exact(args.n, args.t, args.theta))
    print(json.dumps(line), flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--qubits", default="20,50,100")
    parser.add_argument("--steps", default="5,10,20")
    parser.add_argument("--thetas", default="0.3,0.8")
    parser.add_argument("--engines", default="pauli-prop,exact")
    parser.add_argument("--max-terms", type=int, default=20_000_000)
    parser.add_argument("--timeout", type=float, default=900, help="seconds per run")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--engine", help=argparse.SUPPRESS)
    parser.add_argument("--n", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--t", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--theta", type=float, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args)
        return
    engines = args.engines.split(",")
    for n in [int(x) for x in args.qubits.split(",")]:
        for t in [int(x) for x in args.steps.split(",")]:
            for theta in [float(x) for x in args.thetas.split(",")]:
                for engine in engines:
                    if engine == "exact" and n > 24:
                        continue
                    command = [
                        sys.executable, __file__, "--child", "--engine", engine, "--n", str(n), "--t", str(t),
                        "--theta", str(theta), "--max-terms", str(args.max_terms),
                    ]
                    base = {"workload": "P1", "engine": engine, "qubits": n, "steps": t, "thetaH": theta}
                    try:
                        done = subprocess.run(command, capture_output=True, text=True, timeout=args.timeout)
                        lines = [l for l in done.stdout.splitlines() if l.startswith("{")]
                        if done.returncode != 0 or not lines:
                            tail = (done.stderr.strip().splitlines() or ["no output"])[-1]
                            print(json.dumps({**base, "error": f"exit {done.returncode}: {tail}"}), flush=True)
                        else:
                            print(lines[-1], flush=True)
                    except subprocess.TimeoutExpired:
                        print(json.dumps({**base, "error": f"timed out after {args.timeout:.0f} s"}), flush=True)


if __name__ == "__main__":
    main()
