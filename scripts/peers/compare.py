#!/usr/bin/env python3
"""Compare benchmark JSON lines from plateau-bench and peers.py.

Reads JSON lines (files given as arguments, or standard input), checks that every engine
computed the same numbers, and prints one Markdown table per workload with the median
seconds and the ratio to Plateau's time (peer seconds / plateau seconds, so > 1 means
Plateau is faster).

Agreement: |Δvalue| ≤ 1e-9 and max |Δgradient| ≤ 1e-9 between double-precision engines;
1e-5 when either engine works in single precision ("precision": "single").

The check column says, for a peer, whether it agrees with Plateau; for Plateau, whether it
agrees with most of the peers; without Plateau lines, whether the line agrees with most of
the other engines. An engine that disagrees with every other engine is named below the
table, whichever engine it is, so a broken peer (or a broken Plateau) cannot pass quietly.

Exit status: 0 if everything agrees, 1 if any line mismatches, 2 if there was nothing to compare.

Usage:
  compare.py plateau.jsonl peers.jsonl
  { plateau-bench …; peers.py …; } | compare.py
"""

from __future__ import annotations

import json
import re
import sys
from collections import defaultdict

TOLERANCE = {"double": 1e-9, "single": 1e-5}
OURS = "plateau"


def canonical_observable(text: str) -> str:
    """"X0 Y1", "Y1X0" or "X0*Y1" → "X0 Y1": factors sorted by qubit, identities dropped."""
    factors = sorted((int(q), p) for p, q in re.findall(r"([IXYZ])\s*(\d+)", text.upper()) if p != "I")
    return " ".join(f"{p}{q}" for q, p in factors) or text


def short_observable(canonical: str) -> str:
    """Abbreviates a long Pauli string for the table: "X0 Y1 Z2 … (24 factors)"."""
    factors = canonical.split()
    return canonical if len(factors) <= 4 else " ".join(factors[:3]) + f" … ({len(factors)} factors)"


def tolerance(record: dict) -> float:
    return TOLERANCE.get(record.get("precision", "double"), TOLERANCE["single"])


def difference(a: dict, b: dict) -> float:
    """The largest absolute difference between two results (value and, if any, gradient)."""
    delta = abs(a["value"] - b["value"])
    ga, gb = a.get("gradient"), b.get("gradient")
    if ga is not None or gb is not None:
        if ga is None or gb is None or len(ga) != len(gb):
            return float("inf")
        delta = max([delta] + [abs(x - y) for x, y in zip(ga, gb)])
    return delta


def agree(a: dict, b: dict) -> bool:
    return difference(a, b) <= max(tolerance(a), tolerance(b))


def read_records(paths: list[str]) -> list[dict]:
    records = []
    streams = [open(p) for p in paths] if paths else [sys.stdin]
    for stream in streams:
        for number, line in enumerate(stream, 1):
            line = line.strip()
            if not line.startswith("{"):
                continue  # build chatter and other non-JSON output
            try:
                records.append(json.loads(line))
            except json.JSONDecodeError:
                print(f"compare.py: skipping malformed line {number}: {line[:80]}", file=sys.stderr)
    return records


def seconds_text(seconds: float) -> str:
    return f"{seconds:.4f}" if seconds < 10 else f"{seconds:.2f}"


def check_group(group: list[dict]) -> tuple[dict[int, tuple[str, float]], list[str]]:
    """Checks the lines of one (workload, n, layers, observable) group.

    Returns, for each line (by id), its status and the largest difference to what it was
    checked against; and notes about engines that disagree with all the others."""
    by_engine: dict[str, list[dict]] = defaultdict(list)
    for record in group:
        by_engine[record["engine"]].append(record)
    status: dict[int, tuple[str, float]] = {}
    for record in group:
        engine = record["engine"]
        others = {e: rs for e, rs in by_engine.items() if e != engine}
        if OURS in others:
            references = others[OURS]  # a peer is checked against Plateau
            ok = all(agree(record, r) for r in references)
        elif others:
            # Plateau itself, or no Plateau lines: agree with at least half of the other engines
            # (a tie is OK here; an engine that agrees with nobody is named in the notes).
            votes = [any(agree(record, r) for r in rs) for rs in others.values()]
            ok = 2 * sum(votes) >= len(votes)
            references = [r for rs in others.values() for r in rs]
        else:
            status[id(record)] = ("n/a", float("nan"))
            continue
        # The diff column: against the double-precision references where there are any, so a
        # single-precision engine does not hide the agreement between double-precision ones.
        exact = [r for r in references if r.get("precision", "double") == "double"]
        worst = max(difference(record, r) for r in (exact or references))
        status[id(record)] = ("OK" if ok else "MISMATCH", worst)

    # Engines that disagree with everyone else (needs two others to say who is the odd one out).
    notes = []
    for engine, records in by_engine.items():
        others = [r for e, rs in by_engine.items() if e != engine for r in rs]
        other_engines = sorted({r["engine"] for r in others})
        for record in records:
            if others and not any(agree(record, r) for r in others):
                sample = group_label(record)
                if len(other_engines) >= 2:
                    notes.append(f"**{engine}** (threads {record.get('threads')}) disagrees with every other engine "
                                 f"({', '.join(other_engines)}) on {sample}: value {record['value']!r}, "
                                 f"smallest difference {min(difference(record, r) for r in others):.3g}")
                elif engine < other_engines[0]:  # report a two-engine disagreement once
                    notes.append(f"{engine} and {other_engines[0]} disagree on {sample} and no third engine decides: "
                                 f"difference {min(difference(record, r) for r in others):.3g}")
    # Also: the same engine at different thread counts must give the same numbers.
    for engine, records in by_engine.items():
        for a in records:
            for b in records:
                if a.get("threads", 0) < b.get("threads", 0) and not agree(a, b):
                    notes.append(f"{engine} gives different results with {a.get('threads')} and {b.get('threads')} "
                                 f"threads on {group_label(a)}: difference {difference(a, b):.3g}")
    return status, notes


def group_label(record: dict) -> str:
    return f"{record['workload']} n={record['qubits']} ⟨{short_observable(canonical_observable(record['observable']))}⟩"


def engine_order(engine: str) -> tuple:
    return (engine != OURS, engine)


def main(argv: list[str]) -> int:
    records = read_records(argv)
    results = [r for r in records if "value" in r and "workload" in r and "error" not in r]
    errors = [r for r in records if "error" in r]
    streams = [r for r in records if r.get("workload") == "stream"]
    if not results and not streams:
        print("compare.py: no results to compare", file=sys.stderr)
        for r in errors:
            print(f"- {r.get('engine')}: {r['error']}")
        return 2

    groups: dict[tuple, list[dict]] = defaultdict(list)
    for r in results:
        r["observable"] = canonical_observable(r.get("observable", ""))
        groups[(r["workload"], r["qubits"], r.get("layers"), r["observable"])].append(r)
    # Plateau's median seconds for the ratio column, by (workload, n, layers, observable, threads).
    ours = {key + (r.get("threads"),): r["seconds"] for key, rs in groups.items() for r in rs if r["engine"] == OURS}

    mismatches = 0
    for workload in sorted({key[0] for key in groups}):
        print(f"\n### {workload}\n")
        print("| engine | threads | n | observable | median s | × plateau | max abs diff | check |")
        print("|---|---:|---:|---|---:|---:|---:|---|")
        notes: list[str] = []
        # By size, then the short observable (Z0) before the long one.
        for key in sorted((k for k in groups if k[0] == workload), key=lambda k: (k[1], len(k[3]), k[3])):
            group = groups[key]
            status, group_notes = check_group(group)
            notes += group_notes
            for r in sorted(group, key=lambda r: (r.get("threads", 0), engine_order(r["engine"]))):
                check, worst = status[id(r)]
                mismatches += check == "MISMATCH"
                plateau_seconds = ours.get(key + (r.get("threads"),))
                ratio = f"{r['seconds'] / plateau_seconds:.2f}" if plateau_seconds and r["engine"] != OURS else "—"
                engine = r["engine"] + (" (single)" if r.get("precision") == "single" else "")
                print(f"| {engine} | {r.get('threads', '?')} | {r['qubits']} | {short_observable(key[3])} | "
                      f"{seconds_text(r['seconds'])} | {ratio} | {worst:.1e} | {check} |")
        for note in notes:
            print(f"\n- {note}")

    if streams:
        print("\n### stream\n")
        print("| engine | threads | GB/s |")
        print("|---|---:|---:|")
        for r in streams:
            rate = next((r[k] for k in ("gbPerSecond", "gbps", "GBps", "bandwidth", "value") if k in r), None)
            print(f"| {r.get('engine', '?')} | {r.get('threads', '?')} | {rate if rate is None else f'{rate:.2f}'} |")

    if errors:
        print("\n### errors\n")
        for r in errors:
            where = "".join(f" {k}={r[k]}" for k in ("workload", "qubits", "threads") if k in r)
            print(f"- {r.get('engine', '?')}{where}: {r['error']}")

    print(f"\n{'all values agree' if not mismatches else f'{mismatches} line(s) MISMATCH'}")
    return 1 if mismatches else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
