#!/usr/bin/env python3
"""Compare Plateau's Pauli propagation with pauli-prop and the exact statevector.

Reads JSON lines (plateau-bench --workload P1 and peer.py) from files or standard input and
prints a Markdown table: for each (n, T, θ_h) the exact value (statevector at n = 20, free fermions
at every n; both when both ran, and they must agree to 1e-9), Plateau's value, terms,
discarded norm and time, pauli-prop's value and time, and the time ratio pauli-prop / Plateau
from the same run.

Checks, printed under the table:
  * Plateau and pauli-prop apply the same rule (new contributions and terms with |c| < 1e-4 are
    dropped after every rotation), so they must agree to 1e-8 when both ran untruncated by
    anything else; a larger difference is reported.
  * Against the exact value (every n): an engine whose |error| > 0.05 is reported as WRONG. For
    Plateau that is a failure only if its discarded norm did not flag it (discardedNorm < 0.1):
    a silent collapse. A peer that returns a wrong value is reported, with whatever it offered
    as a warning (pauli-prop returns the one-norm of what it truncated).
Exit status 1 on a Plateau/peer disagreement or a silent Plateau error.
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict

WRONG = 0.05
FLAG = 0.1


def load(paths: list[str]) -> list[dict]:
    lines = []
    streams = [open(p) for p in paths] if paths else [sys.stdin]
    for stream in streams:
        for raw in stream:
            raw = raw.strip()
            if raw.startswith("{"):
                lines.append(json.loads(raw))
    return lines


def main() -> int:
    rows: dict[tuple, dict] = defaultdict(dict)
    for line in load(sys.argv[1:]):
        if line.get("workload") != "P1":
            continue
        key = (line["qubits"], line["steps"], round(line["thetaH"], 6))
        rows[key][line["engine"]] = line
        if line["engine"] == "plateau":
            if "exactFreeFermion" in line:
                rows[key].setdefault("exact", {"value": line["exactFreeFermion"]})
            elif "exact" in line:
                rows[key].setdefault("exact", {"value": line["exact"]})
            if "exact" in line and "exactFreeFermion" in line:
                rows[key]["statevector"] = line["exact"]
    print("| n | T | θ_h | exact | Plateau ⟨Z⟩ | terms | discarded norm | Plateau s | pauli-prop ⟨Z⟩ | pauli-prop s | ratio |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    notes: list[str] = []
    failed = False
    for key in sorted(rows):
        n, t, theta = key
        r = rows[key]
        p, q, e = r.get("plateau"), r.get("pauli-prop"), r.get("exact")

        def value(x):
            if x is None:
                return "–"
            return "error" if "error" in x else f"{x['value']:.6f}"

        ratio = "–"
        if p and q and "error" not in p and "error" not in q and p["seconds"] > 0:
            ratio = f"{q['seconds'] / p['seconds']:.1f}×"
        if p and "error" not in p:
            plateau = f"{value(p)} | {p['terms']} | {p['discardedNorm']:.3g} | {p['seconds']:.3g}"
        else:
            plateau = f"{value(p)} | – | – | –"
        peer_seconds = f"{q['seconds']:.3g}" if q and "error" not in q else "–"
        print(f"| {n} | {t} | {theta:g} | {value(e)} | {plateau} | {value(q)} | {peer_seconds} | {ratio} |")
        label = f"n = {n}, T = {t}, θ_h = {theta:g}"
        if e and "statevector" in r and abs(r["statevector"] - e["value"]) > 1e-9:
            notes.append(f"- {label}: free fermions {e['value']:.12f} and the statevector {r['statevector']:.12f} disagree")
            failed = True
        for name, x in (("Plateau", p), ("pauli-prop", q), ("exact", e)):
            if x and "error" in x:
                notes.append(f"- {label}: {name} failed: {x['error']}")
        if p and q and "error" not in p and "error" not in q:
            difference = abs(p["value"] - q["value"])
            if difference > 1e-8:
                notes.append(f"- {label}: Plateau and pauli-prop differ by {difference:.2e} (same cutoff, same rule)")
        if e and "error" not in e:
            for name, x in (("Plateau", p), ("pauli-prop", q)):
                if not x or "error" in x:
                    continue
                error = x["value"] - e["value"]
                if abs(error) <= WRONG:
                    continue
                if name == "Plateau":
                    flagged = x["discardedNorm"] >= FLAG
                    notes.append(
                        f"- {label}: Plateau is off by {error:+.3f} and its discarded norm {x['discardedNorm']:.3f} "
                        + ("flags it (truncation dominates)" if flagged else "did NOT flag it: silent error")
                    )
                    failed |= not flagged
                else:
                    notes.append(
                        f"- {label}: WRONG value from {name}: {x['value']:.6f} vs exact {e['value']:.6f} "
                        f"(error {error:+.3f}); its only warning is a truncated one-norm of {x.get('discardedOneNorm', float('nan')):.3g}"
                    )
    if notes:
        print()
        print("\n".join(notes))
    return 1 if failed or any("differ by" in n for n in notes) else 0


if __name__ == "__main__":
    sys.exit(main())
