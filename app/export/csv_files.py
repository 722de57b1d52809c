"""CSV files from a Handout, in UTF-8 with a byte-order mark so that Excel reads accents right.

agenda.csv (planned and actual times), step_notes.csv (protocol steps and their
notes), pairs.csv (each round's buddy pairs and trio, with the reason),
commitments.csv (every team's commitments, carried ones with their status), wall.csv (every
sticky note with its board, cluster and the cluster's dots) and, in the facilitator version only,
roster.csv and talk_turns.csv (a row per turn: conversation, item, step, speaker or "many voices",
the speaker's value of each non-sensitive lens, start, end, seconds; the shared version keeps talk
to the handout's suppressed group shares). Text is written as typed, except that a cell a
spreadsheet would run as a formula gets an apostrophe in front (app/domain/csv_cells.py).
"""

from __future__ import annotations

from pathlib import Path

from app.domain import csv_cells
from app.export import commitments_csv
from app.export.handout import Handout

AGENDA_HEADER = ["day", "date", "item", "title", "kind", "planned_start", "planned_end", "planned_minutes",
                 "actual_start", "actual_end", "actual_minutes", "over_minutes", "status"]
NOTES_HEADER = ["day", "item", "item_title", "protocol", "step", "step_title", "step_minutes", "notes"]
ROSTER_HEADER = ["team", "district", "name", "role", "pronouns", "email"]
PAIRS_HEADER = ["round", "round_title", "school_a", "school_b", "school_c", "reason"]
COMMITMENTS_HEADER = list(commitments_csv.HEADER)
WALL_HEADER = ["board", "cluster", "dots", "note"]
TURNS_HEADER = ["conversation", "item", "step", "step_title", "speaker"]   # then one column per lens, then:
TURNS_TIMES = ["start", "end", "seconds"]


def _hhmm(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def agenda_rows(h: Handout) -> list[list[str]]:
    rows = []
    for d in h.days:
        for r in d.rows:
            status = "not run" if not r.ran else ("running" if r.actual_end is None else
                                                  ("over" if r.over_seconds else "on time"))
            rows.append([
                str(d.number), d.date.isoformat(), str(r.number), r.title, r.kind,
                _hhmm(r.planned_start), _hhmm(r.planned_end), str(r.planned_minutes),
                r.actual_start.strftime("%H:%M:%S") if r.actual_start is not None else "",
                r.actual_end.strftime("%H:%M:%S") if r.actual_end is not None else "",
                f"{r.actual_seconds / 60:.1f}" if r.ran else "",
                f"{r.over_seconds / 60:.1f}" if r.over_seconds else "",
                status,
            ])
    return rows


def notes_rows(h: Handout) -> list[list[str]]:
    return [[str(p.day_number), str(p.item_number), p.item_title, p.protocol_name, str(s.number), s.title,
             str(s.minutes), s.note] for p in h.protocols for s in p.steps]


def roster_rows(h: Handout) -> list[list[str]]:
    return [[t.name, t.district, p.name, p.role, p.pronouns, p.email] for t in h.roster for p in t.people]


def pairs_rows(h: Handout) -> list[list[str]]:
    return [[str(r.number), r.title, *(list(g.names) + ["", ""])[:3], g.reason] for r in h.pairs for g in r.groups]


def commitments_rows(h: Handout) -> list[list[str]]:
    return [list(commitments_csv.row(c)) for t in h.commitments for c in t.commitments]


def wall_rows(h: Handout) -> list[list[str]]:
    """A row per note: its board, its cluster and the cluster's dots (both empty for a loose note)."""
    rows = []
    for b in h.wall:
        rows += [[b.title, c.name, str(c.dots), n.text] for c in b.clusters for n in c.notes]
        rows += [[b.title, "", "", n.text] for n in b.loose]
    return rows


def turns_header(h: Handout) -> list[str]:
    return TURNS_HEADER + list(h.turn_lenses) + TURNS_TIMES


def turns_rows(h: Handout) -> list[list[str]]:
    """A row per talk turn: who (or "many voices"), their non-sensitive lens values, when and how long."""
    fmt = "%Y-%m-%d %H:%M:%S"
    return [[t.conversation, t.item, "" if t.step is None else str(t.step), t.step_title, t.speaker, *t.values,
             t.start.strftime(fmt), t.end.strftime(fmt) if t.end is not None else "", f"{t.seconds:.1f}"]
            for t in h.turns]


def write_csv(h: Handout, folder: Path) -> list[Path]:
    files = [("agenda.csv", AGENDA_HEADER, agenda_rows(h)), ("step_notes.csv", NOTES_HEADER, notes_rows(h)),
             ("pairs.csv", PAIRS_HEADER, pairs_rows(h)), ("commitments.csv", COMMITMENTS_HEADER, commitments_rows(h)),
             ("wall.csv", WALL_HEADER, wall_rows(h))]
    if h.private:
        files.append(("roster.csv", ROSTER_HEADER, roster_rows(h)))
        files.append(("talk_turns.csv", turns_header(h), turns_rows(h)))
    written = []
    for name, header, rows in files:
        path = folder / name
        with open(path, "w", encoding="utf-8-sig", newline="") as fh:
            w = csv_cells.writer(fh)
            w.writerow(header)
            w.writerows(rows)
        written.append(path)
    return written
