"""Generates the Qiskit fixtures the QASM tests read.

Run from the repository root with Qiskit installed in a private virtual environment:

    python3 -m venv /tmp/qasm-venv && /tmp/qasm-venv/bin/pip install qiskit
    /tmp/qasm-venv/bin/python Tests/QASMTests/Fixtures/generate.py

For each circuit below it writes `<name>.qasm` (Qiskit's `qasm2.dumps`) and `<name>.json`
with the state vector Qiskit computes for the circuit without its final measurements
(`Statevector`, little-endian: qubit 0 is the least significant bit of the index, as in
Plateau). `"exact"` says whether reading the QASM back with Qiskit gives the same vector
including global phase; when it is false (a gate definition Qiskit writes drops a global
phase), the Swift test compares up to global phase.
"""

import json
import math
import pathlib

import numpy as np
import qiskit
from qiskit import ClassicalRegister, QuantumCircuit, QuantumRegister, qasm2
from qiskit.circuit import Gate
from qiskit.circuit.library import (
    C3SXGate, C3XGate, C4XGate, CU1Gate, CU3Gate, MCXGate, RC3XGate, RCCXGate, RYYGate, RZXGate,
    U1Gate, U2Gate, U3Gate,
)
from qiskit.circuit.random import random_circuit
from qiskit.quantum_info import Statevector

HERE = pathlib.Path(__file__).resolve().parent


def qelib1_gates():
    """Most qelib1 gates on two quantum registers, a barrier, measurements at the end."""
    a, b, c = QuantumRegister(3, "a"), QuantumRegister(2, "b"), ClassicalRegister(5, "c")
    qc = QuantumCircuit(a, b, c)
    rng = np.random.default_rng(11)
    angle = lambda: float(rng.uniform(-math.pi, math.pi))
    qc.h(a)
    qc.append(U3Gate(angle(), angle(), angle()), [b[0]])
    qc.append(U2Gate(angle(), angle()), [b[1]])
    qc.append(U1Gate(angle()), [a[0]])
    qc.u(angle(), angle(), angle(), a[1])
    qc.p(angle(), a[2])
    qc.cx(a[0], b[0])
    qc.id(a[1])
    qc.x(a[2]); qc.y(b[0]); qc.z(b[1]); qc.s(a[0]); qc.sdg(a[1]); qc.t(a[2]); qc.tdg(b[0])
    qc.rx(angle(), b[1]); qc.ry(angle(), a[0]); qc.rz(angle(), a[1])
    qc.sx(a[2]); qc.sxdg(b[0])
    qc.barrier()
    qc.cz(a[0], a[1]); qc.cy(a[1], b[1]); qc.swap(a[2], b[0]); qc.ch(b[1], a[0])
    qc.ccx(a[0], b[0], a[2]); qc.cswap(b[1], a[1], a[0])
    qc.crx(angle(), a[0], b[1]); qc.cry(angle(), b[1], a[2]); qc.crz(angle(), a[2], a[1])
    qc.append(CU1Gate(angle()), [a[1], b[0]])
    qc.cp(angle(), b[0], a[0])
    qc.append(CU3Gate(angle(), angle(), angle()), [a[0], a[2]])
    qc.csx(a[2], b[1])
    qc.cu(angle(), angle(), angle(), angle(), b[1], a[1])
    qc.rxx(angle(), a[0], b[0]); qc.rzz(angle(), a[1], b[1])
    qc.append(RCCXGate(), [a[0], a[1], b[0]])
    qc.append(RC3XGate(), [a[0], a[1], a[2], b[1]])
    qc.append(C3SXGate(), [b[0], a[2], a[1], a[0]])
    qc.append(C3XGate(), [a[0], b[1], a[1], b[0]])
    qc.append(C4XGate(), [b[0], b[1], a[2], a[0], a[1]])
    qc.ry(angle(), a)
    qc.measure(a[:] + b[:], c)
    return qc


class Entangle(Gate):
    """A fixed two-qubit user gate."""

    def __init__(self):
        super().__init__("entangle", 2, [])

    def _define(self):
        qc = QuantumCircuit(2)
        qc.h(0)
        qc.cx(0, 1)
        qc.rz(0.25, 1)
        self.definition = qc


class Layer(Gate):
    """A parameterized three-qubit user gate that uses another user gate."""

    def __init__(self, theta, phi):
        super().__init__("layer", 3, [theta, phi])

    def _define(self):
        theta, phi = self.params
        qc = QuantumCircuit(3)
        qc.ry(theta / 2 + 0.1, 0)
        qc.append(Entangle(), [0, 1])
        qc.rx(-phi * 2, 2)
        qc.append(Entangle(), [1, 2])
        qc.cp(theta - phi, 0, 2)
        self.definition = qc


def custom_gates():
    """User gates (parameterized, nested), ryy, rzx, mcx, three registers, barrier, measure."""
    x, y, z = QuantumRegister(2, "left"), QuantumRegister(3, "mid"), QuantumRegister(1, "right")
    m = ClassicalRegister(6, "m")
    qc = QuantumCircuit(x, y, z, m)
    qc.h(x); qc.h(y); qc.h(z)
    qc.append(Layer(0.7, -0.3), [x[0], y[1], z[0]])
    qc.append(RYYGate(0.42), [x[1], y[0]])
    qc.append(RYYGate(-1.3), [y[2], x[0]])
    qc.append(RZXGate(0.9), [y[1], z[0]])
    qc.barrier(x)
    qc.append(Layer(1.1, 0.5), [y[2], x[1], y[0]])
    qc.append(MCXGate(3), [x[0], x[1], y[0], z[0]])
    qc.append(MCXGate(4), [y[0], y[1], y[2], x[1], z[0]])
    qc.append(MCXGate(5), [z[0], y[0], x[0], y[1], x[1], y[2]])
    qc.ry(0.3, z)
    qc.measure(x[:] + y[:] + z[:], m)
    return qc


def qft():
    """A 5-qubit QFT with cp(pi/2^k) and swaps, on a prepared state."""
    n = 5
    q, c = QuantumRegister(n, "q"), ClassicalRegister(n, "c")
    qc = QuantumCircuit(q, c)
    for k in range(n):
        qc.ry(0.3 + 0.4 * k, k)
    qc.cx(0, 3)
    for j in reversed(range(n)):
        qc.h(j)
        for k in reversed(range(j)):
            qc.cp(math.pi / 2 ** (j - k), k, j)
    for j in range(n // 2):
        qc.swap(j, n - 1 - j)
    qc.measure(q, c)
    return qc


def random():
    """Qiskit's random circuit: gates from its whole library, many written as definitions."""
    qc = random_circuit(5, depth=12, max_operands=3, measure=True, seed=2024)
    return qc


def write(name, circuit):
    text = qasm2.dumps(circuit)
    unitary_part = circuit.remove_final_measurements(inplace=False)
    expected = Statevector(unitary_part)
    reread = qasm2.loads(text, custom_instructions=qasm2.LEGACY_CUSTOM_INSTRUCTIONS)
    reread = Statevector(reread.remove_final_measurements(inplace=False))
    exact = bool(np.allclose(reread.data, expected.data, atol=1e-12))
    assert exact or reread.equiv(expected), name
    (HERE / f"{name}.qasm").write_text(text)
    record = {
        "description": (globals()[name].__doc__ or "").strip(),
        "qubits": unitary_part.num_qubits,
        "exact": exact,
        "amplitudes": [[float(a.real), float(a.imag)] for a in expected.data],
    }
    amplitudes = record.pop("amplitudes")
    head = json.dumps(record, indent=1)[:-2]  # without the closing brace
    rows = ",\n".join("  " + json.dumps(pair) for pair in amplitudes)
    (HERE / f"{name}.json").write_text(f'{head},\n "amplitudes": [\n{rows}\n ]\n}}\n')
    print(f"{name}: {unitary_part.num_qubits} qubits, {len(text.splitlines())} lines, exact={exact}")


if __name__ == "__main__":
    for name in ["qelib1_gates", "custom_gates", "qft", "random"]:
        write(name, globals()[name]())
