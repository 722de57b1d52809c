"""Participant groupings: tables of a size (for example 6, allowed 5-7), role-alike or mixed,
a team kept together or apart, no repeat tablemates across rounds where that can be helped.

How a round is seated
---------------------
The number of tables is the one closest to people/size for which every table
can hold between min_size and max_size people; sizes differ by at most one.
A first seating deals people out (mixed: sorted by team then the mix
attributes and dealt round-robin, so a team and a role spread; role-alike:
sorted by the alike attribute and filled in turn). A local search then swaps
two people (or moves one, within the size bounds) while that lowers the cost:

    cost = REPEAT * tablemates who sat together before
         + TEAM   * same-team pairs at a table (apart), or minus them (together)
         + MIX    * sum over tables and mix attributes of count(value)^2   (spreads values)
         - MIX    * sum over tables of count(alike value)^2                (role-alike)

People in conflict (a repeat, or a team rule broken) are tried against everyone;
the rest against a fixed-seed sample, so the result is deterministic. The
quality reported next to a plan (repeats, team rule, balance per attribute) is
counted from the seating itself, not from the cost.
"""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass, field
from typing import Mapping

REPEAT, TEAM, MIX = 1000, 60, 3
TEAM_MODES = ("apart", "together", "ignore")


class TablesError(ValueError):
    """The people cannot be seated as asked; the message says what to change."""


@dataclass(frozen=True)
class Person:
    id: int
    name: str
    team: str = ""
    attributes: Mapping[str, str] = field(default_factory=dict)

    def value(self, attribute: str) -> str:
        if attribute == "team":
            return self.team
        return " ".join(str(self.attributes.get(attribute, "") or "").split()).casefold()


@dataclass(frozen=True)
class TableRules:
    size: int = 6
    min_size: int = 5
    max_size: int = 7
    mix: tuple[str, ...] = ("role",)
    alike: str = ""  # an attribute to group by (role-alike tables); "" for mixed tables
    team: str = "apart"

    def check(self, n: int) -> int:
        """The number of tables for n people, or TablesError."""
        if not 2 <= self.min_size <= self.size <= self.max_size:
            raise TablesError("Table size: the smallest must be at least 2, and smallest <= size <= largest.")
        if self.team not in TEAM_MODES:
            raise TablesError(f"Teams: choose {', '.join(TEAM_MODES)}.")
        if n < self.min_size:
            raise TablesError(f"{n} people cannot fill a table of at least {self.min_size}; lower the smallest size.")
        fits = [t for t in range(1, n + 1) if self.min_size * t <= n <= self.max_size * t]
        if not fits:
            raise TablesError(f"{n} people cannot sit at tables of {self.min_size}-{self.max_size}; widen the range.")
        return min(fits, key=lambda t: (abs(n / t - self.size), t))


@dataclass(frozen=True)
class TablePlan:
    tables: tuple[tuple[int, ...], ...]  # person ids per table, sorted
    repeat_pairs: int
    team_breaks: int  # apart: same-team pairs at a table; together: teams split over tables
    balance: tuple[tuple[str, str], ...]  # (attribute, words)

    def quality_lines(self) -> list[str]:
        out = [f"{self.repeat_pairs} repeat tablemate pair{'s' if self.repeat_pairs != 1 else ''}"]
        out.append(f"team rule broken {self.team_breaks} time{'s' if self.team_breaks != 1 else ''}")
        out += [f"{a}: {words}" for a, words in self.balance]
        return out


def _pair(a: int, b: int) -> int:
    return (a << 32) | b if a < b else (b << 32) | a


class _Seating:
    def __init__(self, people: list[Person], rules: TableRules, met: set[int], seed: int) -> None:
        self.people = {p.id: p for p in people}
        self.rules = rules
        self.met = met
        self.rng = random.Random(seed)
        self.attrs = [a for a in rules.mix if a != rules.alike]
        self.team_sign = {"apart": 1, "together": -1, "ignore": 0}[rules.team]
        self.vals = {p.id: {a: p.value(a) for a in self.attrs} for p in people}
        self.alike = {p.id: p.value(rules.alike) for p in people} if rules.alike else {}
        self.team = {p.id: p.team for p in people}

    # -- cost pieces -------------------------------------------------------------
    def pair_cost(self, a: int, b: int) -> int:
        c = REPEAT if _pair(a, b) in self.met else 0
        if self.team_sign and self.team[a] and self.team[a] == self.team[b]:
            c += TEAM * self.team_sign
        return c

    def contrib(self, p: int, members) -> int:
        return sum(self.pair_cost(p, m) for m in members if m != p)

    def attr_delta(self, counts: dict, out_p: int | None, in_p: int | None) -> int:
        """Change in the table's attribute cost when out_p leaves and in_p joins."""
        d = 0
        for a in self.attrs:
            vo = self.vals[out_p][a] if out_p is not None else None
            vi = self.vals[in_p][a] if in_p is not None else None
            if vo == vi or not (vo or vi):
                continue
            c = counts[a]
            if vo:
                d -= 2 * c[vo] - 1
            if vi:
                d += 2 * (c[vi] - (1 if vi == vo else 0)) + 1
        d *= MIX
        if self.alike:
            vo = self.alike[out_p] if out_p is not None else None
            vi = self.alike[in_p] if in_p is not None else None
            if vo != vi:
                c = counts["\0alike"]
                if vo:
                    d += MIX * 4 * (2 * c[vo] - 1)
                if vi:
                    d -= MIX * 4 * (2 * c[vi] + 1)
        return d

    def counts(self, members) -> dict:
        out = {a: Counter(self.vals[m][a] for m in members if self.vals[m][a]) for a in self.attrs}
        if self.alike:
            out["\0alike"] = Counter(self.alike[m] for m in members if self.alike[m])
        return out

    # -- search ------------------------------------------------------------------
    def seat(self, tables: int) -> list[list[int]]:
        ids = sorted(self.people)
        n = len(ids)
        sizes = [n // tables + (1 if k < n % tables else 0) for k in range(tables)]
        if self.alike:
            order = sorted(ids, key=lambda i: (self.alike[i], self.team[i], i))
            seats, k = [], 0
            for s in sizes:
                seats.append(order[k:k + s])
                k += s
        elif self.rules.team == "together":
            order = sorted(ids, key=lambda i: (self.team[i], i))
            seats, k = [], 0
            for s in sizes:
                seats.append(order[k:k + s])
                k += s
        else:
            order = sorted(ids, key=lambda i: (self.team[i], *(self.vals[i][a] for a in self.attrs), i))
            seats = [[] for _ in sizes]
            t = 0
            for i in order:
                while len(seats[t]) >= sizes[t]:
                    t = (t + 1) % tables
                seats[t].append(i)
                t = (t + 1) % tables
        self.tables = seats
        self.where = {i: k for k, table in enumerate(seats) for i in table}
        self.table_counts = [self.counts(t) for t in seats]
        self.improve()
        return [sorted(t) for t in self.tables]

    def conflicted(self, p: int) -> bool:
        t = self.tables[self.where[p]]
        return any(self.pair_cost(p, m) > 0 for m in t if m != p)

    def swap_delta(self, p: int, q: int) -> int:
        tp, tq = self.where[p], self.where[q]
        A, B = self.tables[tp], self.tables[tq]
        d = (self.contrib(q, A) - self.pair_cost(q, p)) - self.contrib(p, A)
        d += (self.contrib(p, B) - self.pair_cost(p, q)) - self.contrib(q, B)
        d += self.attr_delta(self.table_counts[tp], p, q) + self.attr_delta(self.table_counts[tq], q, p)
        return d

    def move_delta(self, p: int, t: int) -> int:
        tp = self.where[p]
        d = self.contrib(p, self.tables[t]) - self.contrib(p, self.tables[tp])
        d += self.attr_delta(self.table_counts[tp], p, None) + self.attr_delta(self.table_counts[t], None, p)
        return d

    def _apply_swap(self, p: int, q: int) -> None:
        tp, tq = self.where[p], self.where[q]
        self.tables[tp].remove(p)
        self.tables[tq].remove(q)
        self.tables[tp].append(q)
        self.tables[tq].append(p)
        self.where[p], self.where[q] = tq, tp
        self.table_counts[tp] = self.counts(self.tables[tp])
        self.table_counts[tq] = self.counts(self.tables[tq])

    def _apply_move(self, p: int, t: int) -> None:
        tp = self.where[p]
        self.tables[tp].remove(p)
        self.tables[t].append(p)
        self.where[p] = t
        self.table_counts[tp] = self.counts(self.tables[tp])
        self.table_counts[t] = self.counts(self.tables[t])

    def improve(self, passes: int = 30, sample: int = 24) -> None:
        ids = sorted(self.people)
        lo, hi = self.rules.min_size, self.rules.max_size
        for _ in range(passes):
            changed = False
            for p in ids:
                full = self.conflicted(p)
                others = ids if full else self.rng.sample(ids, min(sample, len(ids)))
                best, best_d = None, 0
                for q in others:
                    if self.where[q] == self.where[p]:
                        continue
                    d = self.swap_delta(p, q)
                    if d < best_d:
                        best, best_d = ("swap", q), d
                if full and len(self.tables[self.where[p]]) > lo:
                    for t in range(len(self.tables)):
                        if t != self.where[p] and len(self.tables[t]) < hi:
                            d = self.move_delta(p, t)
                            if d < best_d:
                                best, best_d = ("move", t), d
                if best is not None:
                    changed = True
                    if best[0] == "swap":
                        self._apply_swap(p, best[1])
                    else:
                        self._apply_move(p, best[1])
            if not changed:
                break


def _quality(people: dict[int, Person], tables, met: set[int], rules: TableRules) -> TablePlan:
    repeats = sum(1 for t in tables for i, a in enumerate(t) for b in t[i + 1:] if _pair(a, b) in met)
    if rules.team == "apart":
        breaks = sum(1 for t in tables for i, a in enumerate(t) for b in t[i + 1:]
                     if people[a].team and people[a].team == people[b].team)
    elif rules.team == "together":
        spots: dict[str, set[int]] = {}
        for k, t in enumerate(tables):
            for p in t:
                if people[p].team:
                    spots.setdefault(people[p].team, set()).add(k)
        breaks = sum(len(s) - 1 for s in spots.values())
    else:
        breaks = 0
    balance = []
    for a in dict.fromkeys((*rules.mix, *( [rules.alike] if rules.alike else []))):
        per = [Counter(people[p].value(a) for p in t if people[p].value(a)) for t in tables]
        most = max((max(c.values()) for c in per if c), default=0)
        kinds = [len(c) for c in per]
        if a == rules.alike:
            alike = sum(1 for c in per if len(c) <= 1)
            balance.append((a, f"{alike} of {len(tables)} tables share one {a}"))
        else:
            balance.append((a, f"{min(kinds, default=0)}-{max(kinds, default=0)} kinds per table, at most {most} of one kind"))
    return TablePlan(tuple(tuple(sorted(t)) for t in tables), repeats, breaks, tuple(balance))


def plan_tables(people: list[Person], rules: TableRules, rounds: int = 1,
                earlier: list[tuple[tuple[int, ...], ...]] | None = None, seed: int = 0) -> list[TablePlan]:
    """`rounds` seatings, each avoiding tablemates of every seating before it (and of `earlier`)."""
    gen = tables_steps(people, rules, rounds, earlier, seed)
    try:
        while True:
            next(gen)
    except StopIteration as stop:
        return stop.value


def tables_steps(people: list[Person], rules: TableRules, rounds: int = 1,
                 earlier: list[tuple[tuple[int, ...], ...]] | None = None, seed: int = 0):
    """plan_tables as a generator: yields (done, total, what) before each round, returns the plans."""
    people = sorted(people, key=lambda p: p.id)
    tables = rules.check(len(people))
    met: set[int] = set()
    for seating in earlier or []:
        for t in seating:
            met.update(_pair(a, b) for i, a in enumerate(t) for b in t[i + 1:])
    by_id = {p.id: p for p in people}
    plans = []
    for n in range(rounds):
        yield (n, rounds, f"Seating round {n + 1} of {rounds}")
        seated = _Seating(people, rules, met, seed + n).seat(tables)
        plan = _quality(by_id, seated, met, rules)
        plans.append(plan)
        for t in plan.tables:
            met.update(_pair(a, b) for i, a in enumerate(t) for b in t[i + 1:])
    return plans
