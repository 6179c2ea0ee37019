#!/usr/bin/env python3
"""Print the 127-qubit coupling map of IBM Eagle (ibm_kyiv) as committed in
Sources/PauliPropagation/API/Graph+IBMEagle.swift: undirected edges, smaller qubit first, sorted.

Source: qiskit_ibm_runtime.fake_provider.FakeKyiv (qiskit-ibm-runtime 0.51.0 on PyPI; backend
ibm_kyiv, backend_version 1.20.22); FakeSherbrooke has the same edges. Run with the venv of
scripts/peers/propagation/run to re-derive the data and diff it against the Swift literal.
"""

from qiskit_ibm_runtime.fake_provider import FakeKyiv, FakeSherbrooke

kyiv = FakeKyiv()
edges = sorted({tuple(sorted(e)) for e in kyiv.coupling_map.get_edges()})
assert edges == sorted({tuple(sorted(e)) for e in FakeSherbrooke().coupling_map.get_edges()})
print(f"# {kyiv.backend_name} {kyiv.backend_version}: {kyiv.num_qubits} qubits, {len(edges)} edges")
print(", ".join(f"({a}, {b})" for a, b in edges))
