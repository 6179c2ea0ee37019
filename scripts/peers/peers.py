#!/usr/bin/env python3
"""Run Plateau's benchmark workloads on established statevector simulators.

Prints one JSON object per line (the same format as `plateau-bench`), so that
`compare.py` can check the values against each other and put the timings side by side.

Workloads (identical to Sources/plateau-bench/Workloads.swift):

  hea(n, L)  the hardware-efficient ansatz with 2nL parameters. Layer l applies
             RY(θ[2nl+q]) for q = 0..n-1, then RZ(θ[2nl+n+q]) for q = 0..n-1, then
             CZ(q, q+1) for q = 0..n-2, starting from |0…0⟩, with
             RY(t) = exp(-i t Y/2) and RZ(t) = exp(-i t Z/2).
  θ_k        2π · frac((k+1) · 0.6180339887498949), in double precision.
  W1         ⟨Z0⟩ and ⟨X0 Y1 Z2 X3 …⟩ (X, Y, Z by q mod 3) after simulating hea(n, 10).
  W2         ⟨Z0 Z1⟩ and its gradient with respect to all 2nL parameters.

Engines: qsim (qsimcirq), qulacs, aer (qiskit-aer), lightning (pennylane-lightning), and
`numpy`, a slow, plain reference written here (opt-in, for checking conventions).

Every engine runs in its own subprocess, because OpenMP fixes its thread count when a
library is loaded: the parent sets OMP_NUM_THREADS (and each engine's own thread option)
before the child imports anything. A crash or a failed import in one engine is reported
as {"engine": ..., "error": ...} and the other engines go on.

Timing: each W1 line times one independent run, from |0…0⟩ through the simulation and
that line's expectation value, using the engine's public Python API at its default
settings (gate fusion where the engine does it by default). The reported seconds are the
median of the timed repeats; a first, untimed warm-up run is discarded except for W1 at
n ≥ 24. W2 times the value and the full gradient (see each engine for what is timed).

Usage:
  peers.py --workload all --threads 1
  peers.py --workload W1 --qubits 16,20 --threads 1,2 --engines qsim,qulacs
  peers.py --quick --engines qsim,qulacs,aer,lightning,numpy   # smoke test, small sizes
"""

from __future__ import annotations

import argparse
import json
import math
import os
import statistics
import subprocess
import sys
import time
from typing import Callable, Sequence

GOLDEN = 0.6180339887498949
DEFAULT_ENGINES = ["qsim", "qulacs", "aer", "lightning"]
ALL_ENGINES = DEFAULT_ENGINES + ["numpy"]
DEFAULT_QUBITS = {"W1": [16, 20, 24], "W2": [12, 16, 20]}
QUICK_QUBITS = [10, 12]
LAYERS = 10

# A Pauli string is a list of (letter, qubit) pairs, e.g. [("Z", 0), ("Z", 1)].
PauliString = Sequence[tuple[str, int]]


# MARK: - Workload definitions


def parameters(count: int) -> list[float]:
    """θ_k = 2π · frac((k+1) · φ⁻¹), evaluated in double precision exactly like the Swift side."""
    thetas = []
    for k in range(count):
        x = float(k + 1) * GOLDEN
        thetas.append(2.0 * math.pi * (x - math.floor(x)))
    return thetas


def hea_gates(n: int, layers: int) -> list[tuple]:
    """The ansatz as a gate list: ("ry", q, k), ("rz", q, k) with k the parameter index, ("cz", q, q+1)."""
    gates: list[tuple] = []
    for layer in range(layers):
        base = 2 * n * layer
        gates += [("ry", q, base + q) for q in range(n)]
        gates += [("rz", q, base + n + q) for q in range(n)]
        gates += [("cz", q, q + 1) for q in range(n - 1)]
    return gates


def z0() -> PauliString:
    return [("Z", 0)]


def z0z1() -> PauliString:
    return [("Z", 0), ("Z", 1)]


def full_support(n: int) -> PauliString:
    """X0 Y1 Z2 X3 …: X, Y, Z on qubit q according to q mod 3."""
    return [("XYZ"[q % 3], q) for q in range(n)]


def label(pauli: PauliString) -> str:
    """The sparse text form used by Plateau, e.g. "X0 Y1 Z2"."""
    return " ".join(f"{p}{q}" for p, q in pauli)


# MARK: - Engines
#
# Each engine offers
#   w1(n, layers, theta, pauli) -> zero-argument callable returning ⟨pauli⟩ (float)
#   w2(n, layers, theta, pauli) -> zero-argument callable returning (value, gradient list),
#                                  or None if the engine has no exact gradient method
# The callables do the timed work; what they return is checked against the other engines.


class Engine:
    name = ""
    precision = "double"
    w2_method = "adjoint"
    w2_timed = "value and gradient"

    def __init__(self, threads: int):
        self.threads = threads

    def version(self) -> str:
        return ""

    def w1(self, n: int, layers: int, theta: list[float], pauli: PauliString) -> Callable[[], float]:
        raise NotImplementedError

    def w2(self, n: int, layers: int, theta: list[float], pauli: PauliString):
        return None


class NumpyEngine(Engine):
    """A plain reference: amplitude index bit q is qubit q; the adjoint method for gradients."""

    name = "numpy"

    def __init__(self, threads: int):
        super().__init__(threads)
        import numpy as np

        self.np = np
        self.paulis = {
            "X": np.array([[0, 1], [1, 0]], dtype=complex),
            "Y": np.array([[0, -1j], [1j, 0]], dtype=complex),
            "Z": np.array([[1, 0], [0, -1]], dtype=complex),
        }

    def version(self) -> str:
        return self.np.__version__

    def rotation(self, letter: str, t: float):
        """exp(-i t P/2) = cos(t/2) I - i sin(t/2) P."""
        return math.cos(t / 2) * self.np.eye(2) - 1j * math.sin(t / 2) * self.paulis[letter]

    @staticmethod
    def apply1(psi, u, q: int, n: int):
        """Apply the 2×2 matrix u to qubit q of the flat state psi (returns a new array)."""
        view = psi.reshape(1 << (n - 1 - q), 2, 1 << q)
        return (u[None, :, :, None] * view[:, None, :, :]).sum(axis=2).reshape(-1)

    @staticmethod
    def apply_cz(psi, a: int, n: int):
        """CZ on neighbouring qubits a, a+1: negate the amplitudes where both bits are 1 (in place)."""
        view = psi.reshape(1 << (n - a - 2), 2, 2, 1 << a)
        view[:, 1, 1, :] *= -1
        return psi

    def apply_pauli(self, psi, pauli: PauliString, n: int):
        for letter, q in pauli:
            psi = self.apply1(psi, self.paulis[letter], q, n)
        return psi

    def run(self, gates, theta, n: int):
        psi = self.np.zeros(1 << n, dtype=complex)
        psi[0] = 1
        for kind, q, k in gates:
            if kind == "cz":
                psi = self.apply_cz(psi, q, n)
            else:
                psi = self.apply1(psi, self.rotation(kind[1].upper(), theta[k]), q, n)
        return psi

    def w1(self, n, layers, theta, pauli):
        gates = hea_gates(n, layers)

        def run() -> float:
            psi = self.run(gates, theta, n)
            return float(self.np.vdot(psi, self.apply_pauli(psi, pauli, n)).real)

        return run

    def w2(self, n, layers, theta, pauli):
        np = self.np
        gates = hea_gates(n, layers)

        def run():
            psi = self.run(gates, theta, n)
            lam = self.apply_pauli(psi, pauli, n)
            value = float(np.vdot(psi, lam).real)
            grad = [0.0] * len(theta)
            # Walk back through the gates. For U = exp(-i t P/2), dU/dt = -i/2 P U, so
            # d⟨O⟩/dt = 2 Re⟨λ|(-i/2) P|ψ⟩ = Im⟨λ|P|ψ⟩ with ψ the state just after U and
            # λ = (later gates)† O (later gates) ψ.
            for kind, q, k in reversed(gates):
                if kind == "cz":
                    psi = self.apply_cz(psi, q, n)  # CZ is its own inverse
                    lam = self.apply_cz(lam, q, n)
                    continue
                letter = kind[1].upper()
                grad[k] = float(np.vdot(lam, self.apply1(psi, self.paulis[letter], q, n)).imag)
                inverse = self.rotation(letter, -theta[k])
                psi = self.apply1(psi, inverse, q, n)
                lam = self.apply1(lam, inverse, q, n)
            return value, grad

        return run


class QsimEngine(Engine):
    """qsim through qsimcirq. qsimcirq's CPU simulator works in single precision (complex64)
    and has no double-precision option, so its values are compared with a looser tolerance.
    W2 is not run: qsim has no gradient method."""

    name = "qsim"
    precision = "single"

    def __init__(self, threads: int):
        super().__init__(threads)
        import cirq
        import qsimcirq

        self.cirq, self.qsimcirq = cirq, qsimcirq
        # Defaults otherwise (max_fused_gate_size=2); the thread count is set explicitly.
        options = qsimcirq.QSimOptions(cpu_threads=threads, use_gpu=False)
        self.simulator = qsimcirq.QSimSimulator(qsim_options=options)

    def version(self) -> str:
        return self.qsimcirq.__version__

    def w1(self, n, layers, theta, pauli):
        cirq = self.cirq
        qubits = cirq.LineQubit.range(n)
        ops = []
        for kind, q, k in hea_gates(n, layers):
            if kind == "ry":
                ops.append(cirq.ry(theta[k]).on(qubits[q]))  # cirq.ry(t) = exp(-i t Y/2)
            elif kind == "rz":
                ops.append(cirq.rz(theta[k]).on(qubits[q]))  # cirq.rz(t) = exp(-i t Z/2)
            else:
                ops.append(cirq.CZ(qubits[q], qubits[k]))
        circuit = cirq.Circuit(ops)
        letters = {"X": cirq.X, "Y": cirq.Y, "Z": cirq.Z}
        observable = cirq.PauliString({qubits[q]: letters[p] for p, q in pauli})

        def run() -> float:
            # Translation to qsim's circuit format happens inside this call, as in any use.
            return float(self.simulator.simulate_expectation_values(circuit, [observable])[0].real)

        return run


class QulacsEngine(Engine):
    """qulacs. Its RX/RY/RZ gates (and the parametric ones) are exp(+i t P/2); RotY/RotZ are
    exp(-i t P/2). W1 uses RotY/RotZ; W2 uses the parametric gates with angle -θ and flips the
    sign of the gradient that `backprop` returns."""

    name = "qulacs"
    w2_method = "backprop"
    w2_timed = "backprop (includes its own forward simulation); value computed untimed"

    def __init__(self, threads: int):
        super().__init__(threads)
        import qulacs

        self.qulacs = qulacs

    def version(self) -> str:
        from importlib.metadata import version

        return version("qulacs")

    def observable(self, n: int, pauli: PauliString):
        obs = self.qulacs.Observable(n)
        obs.add_operator(1.0, " ".join(f"{p} {q}" for p, q in pauli))
        return obs

    def w1(self, n, layers, theta, pauli):
        qulacs = self.qulacs
        circuit = qulacs.QuantumCircuit(n)
        for kind, q, k in hea_gates(n, layers):
            if kind == "ry":
                circuit.add_RotY_gate(q, theta[k])
            elif kind == "rz":
                circuit.add_RotZ_gate(q, theta[k])
            else:
                circuit.add_CZ_gate(q, k)
        obs = self.observable(n, pauli)

        def run() -> float:
            state = qulacs.QuantumState(n)  # |0…0⟩
            circuit.update_quantum_state(state)
            return float(obs.get_expectation_value(state))

        return run

    def w2(self, n, layers, theta, pauli):
        qulacs = self.qulacs
        circuit = qulacs.ParametricQuantumCircuit(n)
        for kind, q, k in hea_gates(n, layers):
            # Parameters are added in index order k = 0, 1, …, so backprop's list lines up with θ.
            if kind == "ry":
                circuit.add_parametric_RY_gate(q, -theta[k])
            elif kind == "rz":
                circuit.add_parametric_RZ_gate(q, -theta[k])
            else:
                circuit.add_CZ_gate(q, k)
        obs = self.observable(n, pauli)

        def value() -> float:
            state = qulacs.QuantumState(n)
            circuit.update_quantum_state(state)
            return float(obs.get_expectation_value(state))

        cached = value()  # untimed: backprop does not return the value

        def run():
            grad = circuit.backprop(obs)
            return cached, [-g for g in grad]  # d/dθ = -d/d(-θ)

        return run


class AerEngine(Engine):
    """Qiskit Aer's statevector method in double precision. enable_truncation=False, since Aer
    otherwise drops the qubits outside the observable's light cone. W2 is not run: Aer has no
    adjoint gradient."""

    name = "aer"

    def __init__(self, threads: int):
        super().__init__(threads)
        from qiskit_aer import AerSimulator

        self.simulator = AerSimulator(
            method="statevector",
            precision="double",
            max_parallel_threads=threads,
            enable_truncation=False,
        )

    def version(self) -> str:
        import qiskit_aer

        return qiskit_aer.__version__

    def w1(self, n, layers, theta, pauli):
        from qiskit import QuantumCircuit
        from qiskit.quantum_info import Pauli

        circuit = QuantumCircuit(n)
        for kind, q, k in hea_gates(n, layers):
            if kind == "ry":
                circuit.ry(theta[k], q)  # qiskit RY(t) = exp(-i t Y/2)
            elif kind == "rz":
                circuit.rz(theta[k], q)  # qiskit RZ(t) = exp(-i t Z/2)
            else:
                circuit.cz(q, k)
        # A Pauli label lists its qubits right to left; qubits=[…] maps label position i to qubits[i].
        circuit.save_expectation_value(
            Pauli("".join(p for p, _ in reversed(pauli))), [q for _, q in pauli], label="ev"
        )

        def run() -> float:
            result = self.simulator.run(circuit, shots=1).result()
            if not result.success:
                raise RuntimeError(result.status)
            return float(result.data(0)["ev"])

        return run


class LightningEngine(Engine):
    """PennyLane's lightning.qubit (C++ kernels, double precision). W2 uses adjoint
    differentiation; autograd's value_and_grad gives the value and gradient in one call."""

    name = "lightning"

    def __init__(self, threads: int):
        super().__init__(threads)
        import pennylane as qml

        self.qml = qml

    def version(self) -> str:
        from importlib.metadata import version

        return version("pennylane-lightning")

    def circuit(self, n, layers, pauli):
        qml = self.qml
        gates = hea_gates(n, layers)
        letters = {"X": qml.PauliX, "Y": qml.PauliY, "Z": qml.PauliZ}
        factors = [letters[p](q) for p, q in pauli]
        observable = qml.prod(*factors) if len(factors) > 1 else factors[0]

        def body(theta):
            for kind, q, k in gates:
                if kind == "ry":
                    qml.RY(theta[k], wires=q)  # exp(-i t Y/2)
                elif kind == "rz":
                    qml.RZ(theta[k], wires=q)  # exp(-i t Z/2)
                else:
                    qml.CZ(wires=[q, k])
            return qml.expval(observable)

        return body

    def w1(self, n, layers, theta, pauli):
        qml = self.qml
        import numpy as np

        device = qml.device("lightning.qubit", wires=n)
        node = qml.QNode(self.circuit(n, layers, pauli), device, diff_method=None)
        values = np.array(theta)

        def run() -> float:
            return float(node(values))

        return run

    def w2(self, n, layers, theta, pauli):
        qml = self.qml
        from autograd import value_and_grad
        from pennylane import numpy as pnp

        device = qml.device("lightning.qubit", wires=n)
        node = qml.QNode(self.circuit(n, layers, pauli), device, diff_method="adjoint")
        values = pnp.array(theta, requires_grad=True)
        both = value_and_grad(node)

        def run():
            value, grad = both(values)
            return float(value), [float(g) for g in grad]

        return run


ENGINE_CLASSES = {
    cls.name: cls for cls in (QsimEngine, QulacsEngine, AerEngine, LightningEngine, NumpyEngine)
}


# MARK: - Measuring


def emit(record: dict) -> None:
    print(json.dumps(record), flush=True)


def median_time(run: Callable, repeats: int, warm_up: bool):
    """Median wall time of `repeats` calls to run() (after one discarded call if warm_up), and
    the result of the last call."""
    if warm_up:
        result = run()
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        result = run()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def repeat_count(n: int, args) -> int:
    if args.repeats:
        return args.repeats
    if args.quick:
        return 1
    return 3 if n >= 24 else 5


def qubit_list(workload: str, args) -> list[int]:
    if args.qubits:
        return [int(x) for x in args.qubits.split(",") if x.strip()]
    return QUICK_QUBITS if args.quick else DEFAULT_QUBITS[workload]


def worker(args) -> int:
    """Run one engine at one thread count (in a subprocess that already has its environment)."""
    name, threads = args.worker, int(args.threads)
    try:
        engine = ENGINE_CLASSES[name](threads)
        version = engine.version()
    except Exception as error:  # an engine that is missing or broken is reported, not fatal
        emit({"engine": name, "threads": threads, "error": f"{type(error).__name__}: {error}"})
        return 0
    base = {"engine": name, "threads": threads, "layers": args.layers, "version": version}

    if args.workload in ("W1", "all"):
        for n in qubit_list("W1", args):
            theta = parameters(2 * n * args.layers)
            reps = repeat_count(n, args)
            warm_up = n < 24 and not args.quick
            for pauli in (z0(), full_support(n)):
                try:
                    seconds, value = median_time(engine.w1(n, args.layers, theta, pauli), reps, warm_up)
                except Exception as error:
                    emit({"workload": "W1", **base, "qubits": n, "observable": label(pauli),
                          "error": f"{type(error).__name__}: {error}"})
                    continue
                emit({"workload": "W1", **base, "qubits": n, "observable": label(pauli), "value": value,
                      "seconds": seconds, "repeats": reps, "precision": engine.precision})

    if args.workload in ("W2", "all"):
        for n in qubit_list("W2", args):
            theta = parameters(2 * n * args.layers)
            reps = repeat_count(n, args)
            try:
                run = engine.w2(n, args.layers, theta, z0z1())
                if run is None:
                    print(f"peers.py: {name} has no exact gradient method; W2 skipped", file=sys.stderr)
                    break
                seconds, (value, grad) = median_time(run, reps, not args.quick)
            except Exception as error:
                emit({"workload": "W2", **base, "qubits": n, "observable": "Z0 Z1",
                      "error": f"{type(error).__name__}: {error}"})
                continue
            emit({"workload": "W2", **base, "qubits": n, "observable": "Z0 Z1", "value": value,
                  "gradient": grad, "seconds": seconds, "repeats": reps, "method": engine.w2_method,
                  "timed": engine.w2_timed, "precision": engine.precision})
    return 0


def thread_environment(threads: int) -> dict:
    """Environment for a worker: OpenMP and BLAS pools of the requested size."""
    env = dict(os.environ)
    for var in ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS"):
        env[var] = str(threads)
    return env


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--workload", default="all", type=lambda s: s if s == "all" else s.upper(),
                        choices=["W1", "W2", "all", "STREAM"],
                        help="W1, W2 or all (stream is accepted and ignored: it is plateau-bench's)")
    parser.add_argument("--qubits", help="comma-separated qubit counts, for every workload "
                        "(default: 16,20,24 for W1 and 12,16,20 for W2; 10,12 with --quick)")
    parser.add_argument("--threads", default="1", help="thread count, or a comma-separated list (default 1)")
    parser.add_argument("--engines", default=",".join(DEFAULT_ENGINES),
                        help=f"comma-separated engines from {','.join(ALL_ENGINES)} (default: all but numpy)")
    parser.add_argument("--layers", type=int, default=LAYERS, help="layers of the ansatz (default 10)")
    parser.add_argument("--repeats", type=int, help="timed repeats (default 5; 3 at n >= 24; 1 with --quick)")
    parser.add_argument("--quick", action="store_true", help="small sizes, one repeat, no warm-up")
    parser.add_argument("--worker", help=argparse.SUPPRESS)  # internal: run one engine in this process
    args = parser.parse_args(argv)

    if args.worker:
        return worker(args)
    if args.workload == "STREAM":
        return 0

    engines = [e.strip() for e in args.engines.split(",") if e.strip()]
    for name in engines:
        if name not in ENGINE_CLASSES:
            parser.error(f"unknown engine {name!r} (choose from {', '.join(ALL_ENGINES)})")
    passthrough = ["--workload", args.workload, "--layers", str(args.layers)]
    if args.qubits:
        passthrough += ["--qubits", args.qubits]
    if args.repeats:
        passthrough += ["--repeats", str(args.repeats)]
    if args.quick:
        passthrough.append("--quick")

    for threads in [int(t) for t in args.threads.split(",") if t.strip()]:
        for name in engines:
            command = [sys.executable, os.path.abspath(__file__), "--worker", name, "--threads", str(threads)]
            child = subprocess.run(command + passthrough, env=thread_environment(threads),
                                   stdout=sys.stdout, stderr=subprocess.PIPE, text=True)
            sys.stderr.write(child.stderr)
            if child.returncode != 0:  # a crash (e.g. a segfault or running out of memory)
                tail = child.stderr.strip().splitlines()[-1:] or [""]
                emit({"engine": name, "threads": threads,
                      "error": f"worker exited with status {child.returncode}: {tail[0]}"})
    return 0


if __name__ == "__main__":
    sys.exit(main())
