"""Participant groupings: tables of a size (for example 6, allowed 5-7), role-alike or mixed,
a team kept together or apart, no repeat tablemates across rounds where that can be helped.

How a round is seated
---------------------
The number of tables is the one closest to people/size for which every table
can hold between min_size and max_size people; sizes differ by at most one.

The team rule is hard wherever it can be met:

* apart: people are dealt round-robin after sorting by team, so a team of at
  most as many people as there are tables gets one table each; a larger team is
  spread as evenly as it can be (the fewest same-team pairs). The search below
  never makes that worse (TEAM outweighs every other cost).
* together: each team is one block (a team larger than the most at a table is
  cut into the fewest blocks that fit, as even as possible). The blocks are
  packed into tables by an exhaustive search with a node limit, trying table
  counts nearest people/size first; people without a team fill the rest. Only
  when no packing is found is a block cut, and the plan says so. Blocks then
  move or swap whole, never a person out of one.

A first seating deals people out (mixed: sorted by team then the mix
attributes and dealt round-robin, so a team and a role spread; role-alike:
sorted by the alike attribute and filled in turn). A local search then swaps
two people (or moves one, within the size bounds) while that lowers the cost:

    cost = REPEAT * tablemates who sat together before (teammates kept together aside)
         + TEAM   * same-team pairs at a table (apart), or minus them (together)
         + MIX    * sum over tables and mix attributes of count(value)^2   (spreads values)
         - MIX    * sum over tables of count(alike value)^2                (role-alike)

People in conflict (a repeat, or a team rule broken) are tried against everyone;
the rest against a fixed-seed sample, so the result is deterministic. The
quality reported next to a plan (repeats, team rule, balance per attribute) and
the notes naming a rule that could not be met are counted from the seating
itself, not from the cost.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field

from app.domain.steps import finish
from app.i18n import _, ngettext

REPEAT, TEAM, MIX = 1000, 10**7, 3  # TEAM outweighs all repeats and mixing: the team rule is hard
RESTARTS = 6  # when repeats are left, how many other deals the search starts again from
PACK_NODES = 20000  # how far the packing search for "together" looks before it cuts a team
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
            raise TablesError(_("Table size: the smallest must be at least 2, and smallest <= size <= largest."))
        if self.team not in TEAM_MODES:
            raise TablesError(_("Teams: choose {choices}.").format(choices=", ".join(TEAM_MODES)))
        if n < self.min_size:
            raise TablesError(_("{n} people cannot fill a table of at least {low}; lower the smallest size.").format(n=n, low=self.min_size))
        fits = [t for t in range(1, n + 1) if self.min_size * t <= n <= self.max_size * t]
        if not fits:
            raise TablesError(_("{n} people cannot sit at tables of {low}-{high}; widen the range.").format(n=n, low=self.min_size, high=self.max_size))
        return min(fits, key=lambda t: (abs(n / t - self.size), t))


@dataclass(frozen=True)
class TablePlan:
    tables: tuple[tuple[int, ...], ...]  # person ids per table, sorted
    repeat_pairs: int
    team_breaks: int  # apart: same-team pairs at a table; together: teams split over tables
    balance: tuple[tuple[str, str], ...]  # (attribute, words)
    notes: tuple[str, ...] = ()  # one sentence per rule that could not be met
    teammates_aside: bool = False  # together: teammates sitting together again are not counted as repeats

    def quality_lines(self) -> list[str]:
        """The plan's quality in a few lines, in the keyboard's language."""
        n = self.repeat_pairs
        out = [(ngettext("{n} repeat tablemate pair (teammates aside)", "{n} repeat tablemate pairs (teammates aside)", n)
                if self.teammates_aside else ngettext("{n} repeat tablemate pair", "{n} repeat tablemate pairs", n))
               .format(n=n)]
        out.append(ngettext("team rule broken {n} time", "team rule broken {n} times", self.team_breaks)
                   .format(n=self.team_breaks))
        out += [_("{attribute}: {words}").format(attribute=a, words=words) for a, words in self.balance]
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
        mates = bool(self.team[a]) and self.team[a] == self.team[b]
        c = REPEAT if _pair(a, b) in self.met and not (mates and self.team_sign < 0) else 0
        if self.team_sign and mates:
            c += TEAM * self.team_sign
        return c

    def table_cost(self, members) -> int:
        """The whole cost of one table (used for moving blocks of a team kept together)."""
        c = sum(self.pair_cost(a, b) for i, a in enumerate(members) for b in members[i + 1:])
        counts = self.counts(members)
        c += MIX * sum(v * v for a in self.attrs for v in counts[a].values())
        if self.alike:
            c -= MIX * 4 * sum(v * v for v in counts["\0alike"].values())
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
        units: list[list[int]] = []
        if self.rules.team == "together":
            seats = pack_together([self.people[i] for i in ids], self.rules, tables)
            groups: dict[tuple[str, int], list[int]] = {}
            for k, t in enumerate(seats):
                for m in t:
                    if self.team[m]:
                        groups.setdefault((self.team[m], k), []).append(m)
            units = [g for g in groups.values() if len(g) > 1]
        elif self.alike:
            seats = self._fill(sorted(ids, key=lambda i: (self.alike[i], self.team[i], i)), sizes)
            if self.rules.team == "apart" and _apart_excess(seats, self.team, len(seats)):
                seats = self._deal(ids, sizes)  # the alike fill broke the team rule: start from the deal
        else:
            seats = self._deal(ids, sizes)
        best = self._search(seats, units)
        restarts = 0 if self.rules.team == "together" else RESTARTS
        for _pass in range(restarts):  # repeats left: start again from other deals, keep the cheapest
            if not self.repeats(best[1]):
                break
            tried = self._search(self._deal(ids, sizes, shuffle=True), [])
            if tried[0] < best[0]:
                best = tried
        return [sorted(t) for t in best[1]]

    def _search(self, seats: list[list[int]], units: list[list[int]]) -> tuple[int, list[list[int]]]:
        self.tables = [list(t) for t in seats]
        self.where = {i: k for k, table in enumerate(self.tables) for i in table}
        self.table_counts = [self.counts(t) for t in self.tables]
        if units:
            self.improve_units(units)
        self.improve()
        return sum(self.table_cost(t) for t in self.tables), [list(t) for t in self.tables]

    def repeats(self, seats: list[list[int]]) -> int:
        return sum(1 for t in seats for i, a in enumerate(t) for b in t[i + 1:]
                   if _pair(a, b) in self.met)

    @staticmethod
    def _fill(order: list[int], sizes: list[int]) -> list[list[int]]:
        seats, k = [], 0
        for s in sizes:
            seats.append(order[k:k + s])
            k += s
        return seats

    def _deal(self, ids: list[int], sizes: list[int], shuffle: bool = False) -> list[list[int]]:
        if shuffle:  # teams in another order, people within a team too: still one table each
            rank = {t: self.rng.random() for t in sorted(set(self.team.values()))}
            noise = {i: self.rng.random() for i in ids}
            order = sorted(ids, key=lambda i: (rank[self.team[i]], noise[i]))
        else:
            order = sorted(ids, key=lambda i: (self.team[i], *(self.vals[i][a] for a in self.attrs), i))
        tables = len(sizes)
        seats: list[list[int]] = [[] for _ in sizes]
        t = 0
        for i in order:
            while len(seats[t]) >= sizes[t]:
                t = (t + 1) % tables
            seats[t].append(i)
            t = (t + 1) % tables
        return seats

    def improve_units(self, units: list[list[int]], passes: int = 10) -> None:
        """Teams kept together: move a block to another table, or swap two blocks of one size."""
        lo, hi = self.rules.min_size, self.rules.max_size
        units = sorted((sorted(u) for u in units), key=lambda u: u[0])

        def without(t: int, u: list[int]) -> list[int]:
            gone = set(u)
            return [m for m in self.tables[t] if m not in gone]

        for _pass in range(passes):
            changed = False
            for u in units:
                ta = self.where[u[0]]
                rest_a = without(ta, u)
                cost_a = self.table_cost(self.tables[ta])
                best: tuple[int, list[int] | None] | None = None
                best_d = 0
                for tb in range(len(self.tables)):
                    if tb == ta:
                        continue
                    cost_b = self.table_cost(self.tables[tb])
                    if len(rest_a) >= lo and len(self.tables[tb]) + len(u) <= hi:
                        d = self.table_cost(rest_a) + self.table_cost(self.tables[tb] + u) - cost_a - cost_b
                        if d < best_d:
                            best, best_d = (tb, None), d
                    for v in units:
                        if len(v) != len(u) or self.where[v[0]] != tb:
                            continue
                        rest_b = without(tb, v)
                        d = self.table_cost(rest_a + v) + self.table_cost(rest_b + u) - cost_a - cost_b
                        if d < best_d:
                            best, best_d = (tb, v), d
                if best is not None:
                    changed = True
                    tb, swapped = best
                    self.tables[ta] = rest_a + (swapped or [])
                    self.tables[tb] = (without(tb, swapped) if swapped else self.tables[tb]) + u
                    for t in (ta, tb):
                        for m in self.tables[t]:
                            self.where[m] = t
                        self.table_counts[t] = self.counts(self.tables[t])
            if not changed:
                break

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
        for _pass in range(passes):
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


def _even(members: list[int], parts: int) -> list[list[int]]:
    q, r = divmod(len(members), parts)
    out, k = [], 0
    for j in range(parts):
        step = q + (1 if j < r else 0)
        out.append(members[k:k + step])
        k += step
    return out


def _apart_excess(seats, team: Mapping[int, str], tables: int) -> int:
    """Same-team pairs beyond the fewest that `tables` tables allow (0: the apart rule is met)."""
    sizes = Counter(team[p] for t in seats for p in t if team[p])
    least = 0
    for c in sizes.values():
        q, r = divmod(c, tables)
        least += r * (q + 1) * q // 2 + (tables - r) * q * (q - 1) // 2
    have = sum(1 for t in seats for i, a in enumerate(t) for b in t[i + 1:] if team[a] and team[a] == team[b])
    return have - least


def pack_together(people: list[Person], rules: TableRules, tables: int):
    """Seat each team at one table (a team larger than a table at the fewest tables), people without a
    team around them; returns the seats. Table counts nearest `tables` first; a team is cut only
    when no packing is found."""
    n = len(people)
    lo, hi = rules.min_size, rules.max_size
    teams: dict[str, list[int]] = {}
    loose: list[int] = []
    for p in sorted(people, key=lambda p: p.id):
        (teams.setdefault(p.team, []) if p.team else loose).append(p.id)
    blocks: list[list[int]] = []
    for name in sorted(teams):
        members = teams[name]
        if len(members) == 1:
            loose.append(members[0])
        else:
            blocks += _even(members, -(-len(members) // hi))
    loose.sort()
    blocks.sort(key=lambda b: (-len(b), b[0]))
    counts = sorted((t for t in range(1, n + 1) if lo * t <= n <= hi * t),
                    key=lambda t: (t != tables, abs(n / t - rules.size), t))
    for t in counts:
        placed = _pack(blocks, len(loose), t, lo, hi)
        if placed is not None:
            seats = [[m for b in placed[k] for m in b] for k in range(t)]
            return _water(seats, loose, hi)
    # no packing found: place blocks largest first, cutting one only where no table has room for it;
    # of the table counts that work, keep the one that cuts the fewest teams
    team = {p.id: p.team for p in people}

    def cuts(seats) -> tuple[int, int]:  # extra tables the teams sit at (the reported count), then teams cut
        spans = [len(k) for k in _spots(seats, team).values()]
        return sum(n - 1 for n in spans), sum(1 for n in spans if n > 1)

    return min((_cut_and_fill(blocks, loose, t, lo, hi, team) for t in counts), key=cuts)


def _spots(seats, team: Mapping[int, str]) -> dict[str, set[int]]:
    spots: dict[str, set[int]] = {}
    for k, t in enumerate(seats):
        for p in t:
            if team[p]:
                spots.setdefault(team[p], set()).add(k)
    return spots


def _cut_and_fill(blocks, loose, tables: int, lo: int, hi: int, team: Mapping[int, str]) -> list[list[int]]:
    seats: list[list[int]] = [[] for _pass in range(tables)]
    queue = [list(b) for b in blocks]
    while queue:
        b = queue.pop(0)
        room = sorted(range(tables), key=lambda k: (len(seats[k]), k))
        fit = next((k for k in room if len(seats[k]) + len(b) <= hi), None)
        if fit is None:
            k = max(range(tables), key=lambda k: (hi - len(seats[k]), -k))
            cut = hi - len(seats[k])
            seats[k] += b[:cut]
            queue.insert(0, b[cut:])
        else:
            seats[fit] += b
    seats = _water(seats, loose, hi)
    while True:
        short = [k for k in range(tables) if len(seats[k]) < lo]
        if not short:
            return seats
        donor = max(range(tables), key=lambda k: (len(seats[k]), -k))
        # take someone without a team, else from a team already cut, else from the biggest team there
        spots = _spots(seats, team)
        most = Counter(team[m] for m in seats[donor])
        pick = max(seats[donor], key=lambda m: (not team[m], len(spots.get(team[m], ())) > 1, most[team[m]], -m))
        seats[donor].remove(pick)
        seats[short[0]].append(pick)


def _pack(blocks: list[list[int]], loose: int, tables: int, lo: int, hi: int):
    """Blocks into `tables` tables of at most `hi`, leaving `loose` people enough to lift each to `lo`."""
    loads = [0] * tables
    placed: list[list[list[int]]] = [[] for _pass in range(tables)]
    left = sum(len(b) for b in blocks)
    nodes = 0

    def go(i: int, left: int) -> bool:
        nonlocal nodes
        nodes += 1
        if nodes > PACK_NODES:
            return False
        if sum(max(0, lo - x) for x in loads) > loose + left:
            return False
        if i == len(blocks):
            return True
        b = blocks[i]
        tried = set()
        for k in sorted(range(tables), key=lambda k: (loads[k], k)):
            if loads[k] + len(b) > hi or loads[k] in tried:
                continue
            tried.add(loads[k])
            loads[k] += len(b)
            placed[k].append(b)
            if go(i + 1, left - len(b)):
                return True
            loads[k] -= len(b)
            placed[k].pop()
        return False

    return placed if go(0, left) else None


def _water(seats: list[list[int]], loose: list[int], hi: int) -> list[list[int]]:
    """People without a team, each to the table with the fewest so far."""
    for p in loose:
        k = min((k for k in range(len(seats)) if len(seats[k]) < hi), key=lambda k: (len(seats[k]), k))
        seats[k].append(p)
    return seats


def _quality(people: dict[int, Person], tables, met: set[int], rules: TableRules) -> TablePlan:
    together = rules.team == "together"

    def mates(a: int, b: int) -> bool:
        return bool(people[a].team) and people[a].team == people[b].team

    repeats = sum(1 for t in tables for i, a in enumerate(t) for b in t[i + 1:]
                  if _pair(a, b) in met and not (together and mates(a, b)))
    notes: list[str] = []
    size = Counter(p.team for p in people.values() if p.team)
    lo, hi = rules.min_size, rules.max_size
    if rules.team == "apart":
        shared = Counter(people[a].team for t in tables for i, a in enumerate(t) for b in t[i + 1:] if mates(a, b))
        breaks = sum(shared.values())
        for name in sorted(shared):
            if size[name] > len(tables):
                notes.append(_("Teams apart: {team} has {n} people but there are only {tables} tables, so some of them "
                               "share a table.").format(team=name, n=size[name], tables=len(tables)))
            else:
                notes.append(_("Teams apart: some people of {team} share a table.").format(team=name))
    elif together:
        spots: dict[str, set[int]] = {}
        for k, t in enumerate(tables):
            for p in t:
                if people[p].team:
                    spots.setdefault(people[p].team, set()).add(k)
        breaks = sum(len(s) - 1 for s in spots.values())
        for name in sorted(spots):
            at = len(spots[name])
            if size[name] > hi:
                notes.append(_("Teams together: {team} has {n} people, more than the {high} a table holds, so it sits "
                               "at {at} tables.").format(team=name, n=size[name], high=hi, at=at))
            elif at > 1:
                notes.append(_("Teams together: {team} ({n} people) could not sit at one table; tables of {low}-{high} "
                               "left no room, so it sits at {at} tables; widen the range to keep it whole.")
                             .format(team=name, n=size[name], low=lo, high=hi, at=at))
    else:
        breaks = 0
    if repeats:
        notes.append(ngettext("No repeat tablemates: {n} pair sat together in an earlier round; no seating without "
                              "repeats was found.",
                              "No repeat tablemates: {n} pairs sat together in an earlier round; no seating without "
                              "repeats was found.", repeats).format(n=repeats))
    balance = []
    for a in dict.fromkeys((*rules.mix, *( [rules.alike] if rules.alike else []))):
        per = [Counter(people[p].value(a) for p in t if people[p].value(a)) for t in tables]
        most = max((max(c.values()) for c in per if c), default=0)
        kinds = [len(c) for c in per]
        if a == rules.alike:
            alike = sum(1 for c in per if len(c) <= 1)
            balance.append((a, _("{n} of {tables} tables share one {attribute}").format(n=alike, tables=len(tables),
                                                                                        attribute=a)))
        else:
            balance.append((a, _("{low}-{high} kinds per table, at most {most} of one kind").format(
                low=min(kinds, default=0), high=max(kinds, default=0), most=most)))
    return TablePlan(tuple(tuple(sorted(t)) for t in tables), repeats, breaks, tuple(balance), tuple(notes),
                     together)


def plan_tables(people: list[Person], rules: TableRules, rounds: int = 1,
                earlier: list[tuple[tuple[int, ...], ...]] | None = None, seed: int = 0) -> list[TablePlan]:
    """`rounds` seatings, each avoiding tablemates of every seating before it (and of `earlier`)."""
    return finish(tables_steps(people, rules, rounds, earlier, seed))


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
        yield (n, rounds, _("Seating round {n} of {rounds}").format(n=n + 1, rounds=rounds))
        seated = _Seating(people, rules, met, seed + n).seat(tables)
        plan = _quality(by_id, seated, met, rules)
        plans.append(plan)
        for t in plan.tables:
            met.update(_pair(a, b) for i, a in enumerate(t) for b in t[i + 1:])
    return plans
