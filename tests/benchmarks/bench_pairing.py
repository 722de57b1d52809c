"""Pairing speed: one round of 200 teams on a complete graph (against networkx's
max_weight_matching on the same weights: the same optimum is required), one round of
1000 teams, and 150 participants into 25 tables over 4 rounds.

    PYTHONPATH=. .venv/bin/python tests/benchmarks/bench_pairing.py

Last line: RESULT pair200_ms=... networkx200_ms=... same_optimum=true pair1000_ms=... tables_s=...
Targets: pair200_ms <= 30, pair1000_ms <= 3000, tables_s <= 2. Each time is the best of a few runs.
"""

from __future__ import annotations

import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from app.domain.pairing import Criterion, Meeting, Rules, TeamProfile, solve_round  # noqa: E402
from app.domain.pairing.matching import _Weights  # noqa: E402

CRITERIA = [
    Criterion("focus", "same", 3),
    Criterion("district", "different", 2),
    Criterion("level", "same", 1),
    Criterion("region", "different", 1),
]


def teams(n: int, seed: int = 1) -> list[TeamProfile]:
    rng = random.Random(seed)
    return [
        TeamProfile(i, f"School {i}", {
            "focus": rng.choice(["FAFSA", "math identity", "attendance", "literacy", "belonging"]),
            "district": f"D{rng.randrange(max(2, n // 8))}",
            "level": rng.choice(["K-5", "6-8", "9-12"]),
            "region": f"R{rng.randrange(4)}",
        })
        for i in range(1, n + 1)
    ]


def history(ts, rounds: int, seed: int = 2) -> Rules:
    rng = random.Random(seed)
    ids = [t.id for t in ts]
    meetings = []
    for r in range(1, rounds + 1):
        rng.shuffle(ids)
        meetings += [Meeting((ids[k], ids[k + 1]), r, f"round {r}") for k in range(0, len(ids) - 1, 2)]
    return Rules.make(meetings)


def best_ms(fn, runs: int) -> tuple[float, object]:
    best, out = float("inf"), None
    for _ in range(runs):
        t = time.perf_counter()
        out = fn()
        best = min(best, (time.perf_counter() - t) * 1000)
    return best, out


def networkx_total(ts, rules) -> tuple[float, int]:
    import networkx as nx

    by_id = {t.id: t for t in ts}
    w = _Weights(by_id, CRITERIA, rules)
    ids = sorted(by_id)
    g = nx.Graph()
    for i in range(len(ids)):
        for j in range(i + 1, len(ids)):
            weight = w.weight(ids[i], ids[j])
            if weight is not None:
                g.add_edge(ids[i], ids[j], weight=weight + w.SHIFT)
    t = time.perf_counter()
    m = nx.max_weight_matching(g, maxcardinality=True)
    ms = (time.perf_counter() - t) * 1000
    return ms, sum(w.weight(a, b) for a, b in m), w


def tables_seconds() -> str:
    try:
        from app.domain.pairing.tables import Person, TableRules, plan_tables
    except ImportError:
        return "na"
    rng = random.Random(3)
    people = [Person(i, f"P{i}", team=f"T{i % 25}", attributes={"role": rng.choice(["teacher", "principal", "counselor", "district", "student", "family"])})
              for i in range(150)]
    t = time.perf_counter()
    plans = plan_tables(people, TableRules(size=6, min_size=5, max_size=7, mix=("role",), team="apart"), rounds=4)
    seconds = time.perf_counter() - t
    assert all(p.repeat_pairs == 0 for p in plans), "no repeat tablemates over 4 rounds"
    return f"{seconds:.2f}"


def main() -> None:
    t200 = teams(200)
    r200 = history(t200, 3)
    pair200_ms, plan = best_ms(lambda: solve_round(t200, CRITERIA, r200), 5)
    nx_ms, nx_total, w = networkx_total(t200, r200)
    ours = sum(w.weight(*sorted(g.teams)) for g in plan.groups)
    same = ours == nx_total
    t1000 = teams(1000)
    pair1000_ms, plan1000 = best_ms(lambda: solve_round(t1000, CRITERIA, history(t1000, 3)), 1)
    assert len(plan1000.groups) == 500
    odd = teams(41)
    odd_ms, _ = best_ms(lambda: solve_round(odd, CRITERIA, history(odd, 3)), 3)
    print(f"odd count: 41 teams, one trio, {odd_ms:.1f} ms")
    from app.domain.pairing.plan import plan as plan_all

    for n, rounds in ((10, 10), (12, 12), (40, 41)):
        ts = teams(n)
        t = time.perf_counter()
        result = plan_all(ts, CRITERIA, Rules(), rounds)
        print(f"plan: {n} teams x {rounds} rounds, {result.repeats} repeats ({result.fewest}), "
              f"{time.perf_counter() - t:.2f} s")
    print(f"RESULT pair200_ms={pair200_ms:.1f} networkx200_ms={nx_ms:.1f} same_optimum={str(same).lower()} "
          f"pair1000_ms={pair1000_ms:.0f} tables_s={tables_seconds()}")


if __name__ == "__main__":
    main()
