"""Clusters as a plain assignment of notes: {note id: cluster id or None}.

Each operation returns the new assignment and never touches a note it was not
asked about, so what the facilitator grouped by hand stays as it is."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

Assignment = Mapping[int, "int | None"]


def members(assignment: Assignment, cluster_id: int) -> list[int]:
    return sorted(n for n, c in assignment.items() if c == cluster_id)


def make(assignment: Assignment, note_ids: Iterable[int], new_cluster_id: int) -> dict[int, int | None]:
    """Put `note_ids` into a new cluster (from wherever they were)."""
    out = dict(assignment)
    for n in note_ids:
        if n in out:
            out[n] = new_cluster_id
    return out


def join(assignment: Assignment, note_ids: Iterable[int], cluster_id: int) -> dict[int, int | None]:
    """Drop notes on an existing cluster."""
    return make(assignment, note_ids, cluster_id)


def merge(assignment: Assignment, keep: int, gone: int) -> dict[int, int | None]:
    """Every note of cluster `gone` joins `keep`."""
    return {n: (keep if c == gone else c) for n, c in assignment.items()}


def split(assignment: Assignment, note_ids: Iterable[int], new_cluster_id: int) -> dict[int, int | None]:
    """Take some notes out of their cluster into a new one of their own."""
    return make(assignment, note_ids, new_cluster_id)


def dissolve(assignment: Assignment, cluster_id: int) -> dict[int, int | None]:
    """The cluster's notes are loose again."""
    return {n: (None if c == cluster_id else c) for n, c in assignment.items()}


def empty_clusters(assignment: Assignment, cluster_ids: Iterable[int]) -> list[int]:
    used = {c for c in assignment.values() if c is not None}
    return sorted(set(cluster_ids) - used)


def default_name(taken: Iterable[str]) -> str:
    """"Cluster 1", "Cluster 2"…: the first not taken."""
    names = {t.casefold() for t in taken}
    n = 1
    while f"cluster {n}" in names:
        n += 1
    return f"Cluster {n}"
