"""Time the Lie closures of scripts/peers/lie/run with PennyLane and paulie, compare with Plateau.

Workloads (identical to Sources/plateau-bench/LieBench.swift):
  tfim-open  Z_i Z_{i+1} (i < n-1) and X_i: so(2n), dimension n(2n-1)
  hea        Y_i, Z_i and Z_i Z_{i+1}: su(2^n), dimension 4^n - 1
PennyLane: qml.lie_closure(generators, pauli=True) (a basis of PauliSentences).
paulie: PauliStringCollection.get_algebra() and get_algebra_basis() (classification plus a
basis in the defining representation), as measured in the issue.
Plateau's figures come from plateau-bench --workload lie (JSON lines, --plateau FILE).
Prints a Markdown table with medians and ratios from this one run; exits 1 if any dimension
disagrees.
"""
import argparse
import json
import statistics
import sys
import time


def generators(family, n):
    if family == "tfim-open":
        return [{i: "Z", i + 1: "Z"} for i in range(n - 1)] + [{i: "X"} for i in range(n)]
    if family == "hea":
        return [{i: p} for i in range(n) for p in "YZ"] + [{i: "Z", i + 1: "Z"} for i in range(n - 1)]
    raise ValueError(family)


def timed(body, repeats):
    times, result = [], None
    for _ in range(repeats):
        start = time.perf_counter()
        result = body()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def pennylane_closure(family, n, repeats):
    import pennylane as qml
    from pennylane.pauli import PauliWord

    gens = [PauliWord(g) for g in generators(family, n)]
    seconds, dla = timed(lambda: qml.lie_closure(gens, pauli=True), repeats)
    return seconds, len(dla)


def paulie_closure(family, n, repeats):
    from paulie import get_pauli_string

    dense = ["".join(g.get(q, "I") for q in range(n)) for g in generators(family, n)]

    def run():
        collection = get_pauli_string(dense)
        name = collection.get_algebra()
        basis = collection.get_algebra_basis()
        return name, basis.shape[0]

    seconds, (name, dim) = timed(run, repeats)
    return seconds, dim, name


# The spin-chain dimensions asserted by Tests/LieAlgebraTests/ClosureTests.swift
# (chainDimensions), checked here with PennyLane as an independent implementation.
CHAIN_TABLE = [
    ("tfim-periodic", 4, 56), ("tfim-periodic", 5, 90), ("tfim-summed-open", 4, 16), ("tfim-summed-open", 5, 25),
    ("xy-open", 4, 12), ("xy-open", 5, 20), ("xy-periodic", 4, 24), ("xy-periodic", 5, 45),
    ("heisenberg-open", 4, 60), ("heisenberg-periodic", 4, 60), ("heisenberg-bonds-open", 4, 12),
    ("heisenberg-bonds-open", 5, 40), ("tfim-summed-periodic", 4, 11), ("tfim-summed-periodic", 5, 14),
]


def chain_generators(family, n):
    """PauliSentence generators of the chain families (local strings or summed sums)."""
    from pennylane.pauli import PauliSentence, PauliWord

    periodic = "periodic" in family
    bonds = [(i, i + 1) for i in range(n - 1)] + ([(n - 1, 0)] if periodic and n > 2 else [])
    word = lambda d: PauliSentence({PauliWord(d): 1.0})
    total = lambda ds: PauliSentence({PauliWord(d): 1.0 for d in ds})
    if family.startswith("tfim-summed"):
        return [total([{a: "Z", b: "Z"} for a, b in bonds]), total([{q: "X"} for q in range(n)])]
    if family.startswith("tfim"):
        return [word({a: "Z", b: "Z"}) for a, b in bonds] + [word({q: "X"}) for q in range(n)]
    if family.startswith("xy"):
        return [word({a: p, b: p}) for a, b in bonds for p in "XY"]
    if family.startswith("heisenberg-bonds"):
        return [total([{a: p, b: p} for p in "XYZ"]) for a, b in bonds]
    return [word({a: p, b: p}) for a, b in bonds for p in "XYZ"]


def check_chains():
    import pennylane as qml

    ok = True
    for family, n, expected in CHAIN_TABLE:
        dim = len(qml.lie_closure(chain_generators(family, n), pauli=True))
        if dim != expected:
            ok = False
            print(f"lie peers: {family} n={n}: PennyLane {dim}, Plateau's tests {expected}", file=sys.stderr)
    print(f"\nSpin-chain table of ClosureTests.chainDimensions: {len(CHAIN_TABLE)} cases, "
          f"{'all agree with' if ok else 'DISAGREEMENT with'} PennyLane's qml.lie_closure.")
    return ok


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--plateau", required=True, help="plateau-bench --workload lie output (JSON lines)")
    parser.add_argument("--sizes", default="tfim-open:8,16,32;hea:4,5,6", help='e.g. "tfim-open:32;hea:6"')
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--skip-pennylane-above", type=float, default=120.0,
                        help="run PennyLane once when a run takes longer than this many seconds")
    args = parser.parse_args()

    plateau = {}
    with open(args.plateau) as f:
        for line in f:
            row = json.loads(line)
            if row.get("workload") == "lie-closure":
                plateau[(row["family"], row["qubits"])] = row

    rows, ok = [], True
    for part in args.sizes.split(";"):
        family, sizes = part.split(":")
        for n in [int(s) for s in sizes.split(",")]:
            p = plateau.get((family, n))
            if p is None:
                print(f"lie peers: no Plateau figure for {family} n={n}", file=sys.stderr)
                ok = False
                continue
            quick, _ = timed(lambda: paulie_closure(family, n, 1), 1)
            paulie_s, paulie_dim, paulie_name = paulie_closure(family, n, args.repeats if quick < 5 else 1)
            first, (pl_s, pl_dim) = timed(lambda: pennylane_closure(family, n, 1), 1)
            if first < 10:
                pl_s, pl_dim = pennylane_closure(family, n, args.repeats)
            agree = p["dimension"] == paulie_dim == pl_dim and p["basisStrings"] == p["dimension"]
            ok &= agree
            rows.append((family, n, p["dimension"], p["structure"], paulie_name, p["seconds"], p["secondsWithBasis"],
                         paulie_s, pl_s, agree))
            for engine, seconds, dim in (("paulie", paulie_s, paulie_dim), ("pennylane", pl_s, pl_dim)):
                print(json.dumps({"workload": "lie-closure", "engine": engine, "family": family, "qubits": n,
                                  "dimension": dim, "seconds": seconds}), file=sys.stderr)

    print("| family | n | dim | Plateau algebra | paulie algebra | Plateau closure (s) | Plateau + [PauliString] (s) "
          "| paulie (s) | PennyLane (s) | dims agree |")
    print("|---|---:|---:|---|---|---:|---:|---:|---:|---|")
    for family, n, dim, name, pname, t, tb, ts, tp, agree in rows:
        print(f"| {family} | {n} | {dim} | {name} | {pname} | {t:.2g} | {tb:.2g} | {ts:.3g} ({ts / tb:.0f}×) "
              f"| {tp:.3g} ({tp / tb:.0f}×) | {'yes' if agree else 'NO'} |")
    ok &= check_chains()
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
