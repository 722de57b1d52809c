"""One round: the pairing with the greatest total score, by maximum-weight matching.

How a round is solved
---------------------
Every pair of present, unlocked teams that is not on the do-not-pair list is an
edge. Its weight puts three goals in strict order (lexicographic, by integer
big-M factors, so the matching stays exact):

1. fewest repeats of earlier pairs (each repeat costs REPEAT),
2. among repeats, the oldest ones (each repeat also costs RECENT * its rank;
   ranks grow with time),
3. the greatest total criteria score.

With an even number of teams the answer is one maximum-weight perfect matching
(rustworkx.max_weight_matching, max_cardinality=True; a constant is added to
every weight so all are positive, which changes no perfect matching's order).

With an odd number, exactly one group is a trio {a, b, c}; its value is the sum
of its three pair weights, tri(T) = w(ab) + w(ac) + w(bc), and the rest is a
perfect matching. The best trio is found exactly, not guessed:

* For every team c, M(c) is the best perfect matching of the others.
* For a trio T = {a, b, c}: M(V - T) plus the edge ab is a perfect matching of
  V - c, so value(V - T) <= M(c) - w(ab), hence
  total(T) <= tri(T) + M(c) - w(ab) = M(c) + w(ac) + w(bc).
  The same holds with a or b in the role of c; UB(T) is the least of the three.
* Putting c into any pair (a, b) of M(c) is a real plan whose total reaches
  that bound, so the best of those is the starting incumbent.
* Trios are then taken in order of UB (ties by their sorted ids); the exact
  total of a trio (tri + best perfect matching of the rest) is computed only
  while UB is above the best found. When UB falls to the best, no remaining
  trio can beat it, so the result is optimal.

tests/unit/test_pairing_properties.py checks this against an exhaustive search.
Same input, same output: teams are sorted by id, edges added in that order, and
ties between equal totals keep the first found in that order.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import combinations

from app.domain.pairing.criteria import ENGLISH, Criterion, ReasonWords, TeamProfile, max_pair_score, pair_score
from app.domain.pairing.rules import Problem, Rules, pair_key
from app.i18n import _, ngettext


@dataclass(frozen=True)
class Group:
    teams: tuple[int, ...]
    score: int
    reasons: tuple[str, ...]
    repeats: tuple[tuple[tuple[int, int], str], ...] = ()
    locked: bool = False

    @property
    def reason(self) -> str:
        return "; ".join(self.reasons)

    @property
    def is_trio(self) -> bool:
        return len(self.teams) == 3


@dataclass(frozen=True)
class RoundPlan:
    groups: tuple[Group, ...]
    unpaired: tuple[int, ...] = ()
    problems: tuple[Problem, ...] = field(default=())

    @property
    def total(self) -> int:
        return sum(g.score for g in self.groups)

    @property
    def repeats(self) -> int:
        return sum(len(g.repeats) for g in self.groups)

    def partner_sets(self) -> list[frozenset[int]]:
        return [frozenset(g.teams) for g in self.groups]


class _Weights:
    """Edge weights and reasons for one round, over teams sorted by id.

    The weights are one integer matrix (numpy, int64), built per criterion from
    value codes, so 1000 teams take milliseconds; `allowed` marks the edges that
    may exist (not the team itself, not do-not-pair).
    """

    def __init__(self, teams: dict[int, TeamProfile], criteria, rules: Rules, tie_seed: int | None = None) -> None:
        import numpy as np

        self.teams = teams
        self.criteria = tuple(criteria)
        self.rules = rules
        self.met = rules.last_met()
        self.ids = list(teams)
        self.index = {tid: k for k, tid in enumerate(self.ids)}
        n = len(teams)
        top_rank = max((m.rank for m in rules.history), default=0) + 1
        score_bound = 3 * max(1, max_pair_score(self.criteria)) * (n + 1) + 1  # > any total score
        self.RECENT = score_bound
        self.REPEAT = self.RECENT * top_rank * (n + 1) + score_bound  # > any recency sum + score
        self.SHIFT = self.REPEAT + self.RECENT * top_rank + 1
        scores = np.zeros((n, n), dtype=np.int64)
        profiles = list(teams.values())
        for c in self.criteria:
            if not c.active:
                continue
            codes: dict[str, int] = {}
            code = np.array([codes.setdefault(t.value(c.attribute).casefold(), len(codes) + 1)
                             if t.value(c.attribute) else 0 for t in profiles], dtype=np.int64)
            known = code > 0
            both = known[:, None] & known[None, :]
            equal = code[:, None] == code[None, :]
            scores += c.weight * (both & (equal if c.mode == "same" else ~equal))
        self.scores = scores
        weights = scores.copy()
        for (a, b), meeting in self.met.items():
            if a in self.index and b in self.index:
                i, j = self.index[a], self.index[b]
                weights[i, j] = weights[j, i] = scores[i, j] - (self.REPEAT + self.RECENT * meeting.rank)
        allowed = ~np.eye(n, dtype=bool)
        for a, b in rules.do_not_pair:
            if a in self.index and b in self.index:
                i, j = self.index[a], self.index[b]
                allowed[i, j] = allowed[j, i] = False
        if tie_seed is not None:
            # Break ties among equally good plans another way: every weight times K plus a jitter
            # whose sum over any plan (at most n edges) stays below K, so no better plan is lost.
            jitter = np.random.default_rng(tie_seed).integers(0, 1000, size=(n, n), dtype=np.int64)
            jitter = np.triu(jitter, 1) + np.triu(jitter, 1).T
            scale = 1000 * (n + 2) + 1
            weights = weights * scale + jitter
            self.SHIFT *= scale
        self.weights = weights
        self.allowed = allowed

    def score(self, a: int, b: int) -> int:
        return int(self.scores[self.index[a], self.index[b]])

    def weight(self, a: int, b: int) -> int | None:
        """The objective of the pair (higher is better), or None if it may not happen."""
        i, j = self.index[a], self.index[b]
        return int(self.weights[i, j]) if self.allowed[i, j] else None

    def tri(self, t: tuple[int, int, int]) -> int | None:
        a, b, c = t
        ab, ac, bc = self.weight(a, b), self.weight(a, c), self.weight(b, c)
        if ab is None or ac is None or bc is None:
            return None
        return ab + ac + bc

    def group(self, teams: tuple[int, ...], locked: bool = False) -> Group:
        ids = tuple(sorted(teams))
        pairs = list(combinations(ids, 2))
        per_pair = [pair_score(self.teams[a], self.teams[b], self.criteria) for a, b in pairs]
        score = sum(s for s, _ in per_pair)
        repeats = tuple((p, self.met[p].label or ENGLISH.earlier_round) for p in pairs if p in self.met)
        reasons = group_reasons([self.teams[i] for i in ids], self.criteria, repeats, per_pair=per_pair)
        return Group(ids, score, reasons, repeats, locked)


def group_reasons(profiles: Sequence[TeamProfile], criteria, repeats, words: ReasonWords = ENGLISH,
                  per_pair: list[tuple[int, list[str]]] | None = None) -> tuple[str, ...]:
    """Why a pair or trio (`profiles`, by id) was put together, in `words`: what the criteria found, then whether
    they met before (`repeats`: a Group's, its labels as the rounds are titled)."""
    profiles = sorted(profiles, key=lambda t: t.id)
    pairs = list(combinations(profiles, 2))
    if per_pair is None:
        per_pair = [pair_score(a, b, criteria, words) for a, b in pairs]
    if len(profiles) == 2:
        reasons = list(per_pair[0][1])
    else:
        reasons = _trio_reasons([(a.name, b.name) for a, b in pairs], per_pair, words)
    if repeats:
        labels = sorted({words.earlier_round if label == ENGLISH.earlier_round else label for _, label in repeats})
        reasons.append(words.met_before.format(rounds=", ".join(labels)))
    else:
        reasons.append(words.first_time)
    return tuple(reasons)


def _trio_reasons(pairs: list[tuple[str, str]], per_pair, words: ReasonWords) -> list[str]:
    common = [p for p in per_pair[0][1] if all(p in phrases for _, phrases in per_pair[1:])]
    if common:
        return [words.of_trio(p) for p in common]
    best = max(range(3), key=lambda k: (per_pair[k][0], -k))
    if not per_pair[best][1]:
        return []
    a, b = pairs[best]
    return [words.pair_of.format(a=a, b=b, phrases="; ".join(per_pair[best][1]))]


def _perfect(nodes: list[int], w: _Weights) -> tuple[int, list[tuple[int, int]]] | None:
    """The best perfect matching of `nodes` (true total weight, sorted pairs), or None if there is none."""
    if not nodes:
        return 0, []
    if len(nodes) % 2:
        return None
    pairs = _matching(nodes, w)
    if 2 * len(pairs) != len(nodes):
        return None
    total = 0
    for a, b in pairs:
        weight = w.weight(a, b)
        assert weight is not None  # _matching has only the allowed pairs
        total += weight
    return total, pairs


def _matching(nodes: list[int], w: _Weights) -> list[tuple[int, int]]:
    import numpy as np
    import rustworkx as rx  # loaded on first use, not at start-up

    idx = np.array([w.index[t] for t in nodes], dtype=np.int64)
    sub_w = w.weights[np.ix_(idx, idx)]
    sub_ok = w.allowed[np.ix_(idx, idx)]
    iu, ju = np.triu_indices(len(nodes), 1)
    keep = sub_ok[iu, ju]
    iu, ju = iu[keep], ju[keep]
    graph = rx.PyGraph()
    graph.add_nodes_from(nodes)
    graph.add_edges_from(list(zip(iu.tolist(), ju.tolist(), (sub_w[iu, ju] + w.SHIFT).tolist())))
    found = rx.max_weight_matching(graph, max_cardinality=True, weight_fn=lambda x: x)
    return sorted(pair_key(nodes[i], nodes[j]) for i, j in found)


def _best_with_trio(nodes: list[int], w: _Weights):
    """(total, trio, pairs) of the best plan with exactly one trio, or None if none exists."""
    if len(nodes) == 3:
        t = (nodes[0], nodes[1], nodes[2])
        value = w.tri(t)
        return None if value is None else (value, t, [])
    without: dict[int, int] = {}
    best = None
    for c in nodes:
        found = _perfect([x for x in nodes if x != c], w)
        if found is None:
            continue
        value_c, pairs = found
        without[c] = value_c
        for a, b in pairs:
            wac, wbc = w.weight(a, c), w.weight(b, c)
            if wac is None or wbc is None:
                continue
            total = value_c + wac + wbc
            if best is None or total > best[0]:
                rest = [p for p in pairs if p != (a, b)]
                best = (total, tuple(sorted((a, b, c))), rest)
    if best is None:
        return None
    candidates = _trio_bounds(nodes, w, without, best[0])
    for neg_ub, t, tri in candidates:
        if -neg_ub <= best[0]:
            break
        found = _perfect([x for x in nodes if x not in t], w)
        if found is not None and tri + found[0] > best[0]:
            best = (tri + found[0], t, found[1])
    return best


def _trio_bounds(nodes: list[int], w: _Weights, without: dict[int, int], floor: int):
    """[(-UB, trio, tri)] for every allowed trio whose bound UB is above `floor`, sorted (numpy, row by row)."""
    import numpy as np

    k = len(nodes)
    idx = np.array([w.index[t] for t in nodes], dtype=np.int64)
    W = w.weights[np.ix_(idx, idx)]
    A = w.allowed[np.ix_(idx, idx)]
    has = np.array([t in without for t in nodes])
    V = np.array([without.get(t, 0) for t in nodes], dtype=np.int64)
    big = np.iinfo(np.int64).max // 4
    out = []
    for a in range(k - 2):
        bi, ci = np.triu_indices(k - a - 1, 1)
        B, C = bi + a + 1, ci + a + 1
        ok = A[a, B] & A[a, C] & A[B, C]
        tri = W[a, B] + W[a, C] + W[B, C]
        role_c = np.where(has[C], V[C] - W[a, B], big)
        role_b = np.where(has[B], V[B] - W[a, C], big)
        role_a = np.where(has[a], V[a] - W[B, C], big)
        least = np.minimum(np.minimum(role_a, role_b), role_c)
        ub = tri + np.where(least == big, 0, least)
        keep = ok & (least != big) & (ub > floor)
        for u, b, c, t in zip(ub[keep].tolist(), B[keep].tolist(), C[keep].tolist(), tri[keep].tolist()):
            out.append((-u, (nodes[a], nodes[b], nodes[c]), t))
    out.sort()
    return out


def solve_round(teams: list[TeamProfile], criteria: list[Criterion] | tuple[Criterion, ...], rules: Rules = Rules(),
                tie_seed: int | None = None) -> RoundPlan:
    """The best plan for one round under `rules` (see the module docstring for how)."""
    by_id = {t.id: t for t in sorted(teams, key=lambda t: t.id)}
    w = _Weights(by_id, criteria, rules, tie_seed)
    present = [i for i in by_id if i not in rules.absent]
    problems: list[Problem] = []
    groups: list[Group] = []
    taken: set[int] = set()
    names = {i: t.name for i, t in by_id.items()}
    for lock in rules.locks:
        lock = tuple(sorted(lock))
        label = _(" and ").join(names.get(i, _("team {number}").format(number=i)) for i in lock)
        if len(lock) not in (2, 3) or any(i not in by_id for i in lock):
            problems.append(Problem(_("The lock on {teams} is dropped: a lock holds two or three known teams.")
                                    .format(teams=label), "lock", lock))
        elif any(i in rules.absent for i in lock):
            gone = ", ".join(names[i] for i in lock if i in rules.absent)
            problems.append(Problem(_("The lock on {teams} is dropped: {away} is away this round.")
                                    .format(teams=label, away=gone), "lock", lock))
        elif any(i in taken for i in lock):
            problems.append(Problem(_("The lock on {teams} is dropped: a team in it is already locked with another.")
                                    .format(teams=label), "lock", lock))
        elif any(rules.forbidden(a, b) for a, b in combinations(lock, 2)):
            problems.append(Problem(_("The lock on {teams} is dropped: they are on the do-not-pair list.")
                                    .format(teams=label), "lock", lock))
        else:
            groups.append(w.group(lock, locked=True))
            taken.update(lock)
    free = [i for i in present if i not in taken]
    # A team the do-not-pair list keeps from every other free team cannot be placed; the rest are solved as usual.
    alone = [i for i in free if all(w.weight(i, o) is None for o in free if o != i)]
    free = [i for i in free if i not in alone]
    pairs: Sequence[tuple[int, ...]] = []
    if len(free) == 1:
        pass
    elif len(free) % 2 == 0:
        found = _perfect(free, w)
        pairs = found[1] if found else _matching(free, w)
    else:
        found = _best_with_trio(free, w)
        if found is not None:
            pairs = [*found[2], found[1]]
        else:
            pairs = _matching(free, w)
    matched = {i for p in pairs for i in p}
    unpaired = alone + [i for i in free if i not in matched]
    groups.extend(w.group(p) for p in pairs)
    groups.sort(key=lambda g: (not g.locked, g.teams))
    if unpaired:
        who = ", ".join(names[i] for i in unpaired)
        problems.append(Problem(
            _("{teams} could not be given a partner: the do-not-pair list (or the locks) rule out every team left. "
              "Remove a do-not-pair entry or a lock, or pair them by hand.").format(teams=who), "unpaired", tuple(unpaired)))
    chosen = [(p, label) for g in groups if g.locked for p, label in g.repeats]
    if chosen:
        problems.append(Problem(_("A locked group repeats an earlier pair: {pairs}. Unlock it and re-solve to avoid that.")
                                .format(pairs=said_pairs(chosen, names)),
                                "locked-repeat", tuple(sorted({i for p, _l in chosen for i in p}))))
    repeats = [(p, label) for g in groups if not g.locked for p, label in g.repeats]
    if repeats:
        problems.append(_repeat_problem(free, taken, repeats, w, names))
    return RoundPlan(tuple(groups), tuple(unpaired), tuple(problems))


def _repeat_problem(free, taken, repeats, w: _Weights, names) -> Problem:
    stuck = []
    for t in free:
        fresh = [o for o in free if o != t and not w.rules.forbidden(t, o) and pair_key(t, o) not in w.met]
        if not fresh:
            stuck.append(names[t])
    if stuck:
        why = ngettext("{teams} has already met every other team here that they may be paired with.",
                       "{teams} have already met every other team here that they may be paired with.",
                       len(stuck)).format(teams=", ".join(stuck))
    else:
        why = _("no pairing of the {n} teams here avoids every earlier pair.").format(n=len(free))
    n = len(repeats)
    return Problem(
        ngettext("Never repeating a pair is not possible this round: {why} This round repeats {n} pair, the fewest "
                 "possible for this round, oldest first: {pairs}.",
                 "Never repeating a pair is not possible this round: {why} This round repeats {n} pairs, the fewest "
                 "possible for this round, oldest first: {pairs}.", n).format(why=why, n=n, pairs=said_pairs(repeats, names)),
        "repeat",
        tuple(sorted({i for p, _ in repeats for i in p})),
    )


def said_pairs(pairs, names) -> str:
    """Repeated pairs in words, in the keyboard's language: "Lincoln and Roosevelt (Day 1), …"."""
    return ", ".join(_("{a} and {b} ({round})").format(a=names[a], b=names[b], round=label) for (a, b), label in pairs)
