"""Across convening files: carry the network's rows from an earlier file, and hand out this file's rows for
the network's CSV files (pdsa.csv, measures.csv).

Where the network-level data lives: in each convening file, carried forward (docs/ARCHITECTURE.md). So
`carry_from(old)` copies into this file, as one undoable step, what the earlier file holds that is not here
yet: the measure definitions and every reported value (teams matched by the roster's forgiving key), the
driver diagram (each node matched by its path of texts from the aim), the PDSA cycles of the commitments
carried from that file (a carried commitment's `source_ref` is "<old file's created_us>:<old id>"), and
which change idea each carried commitment tests. Carrying twice brings nothing twice. If anything is
refused (the file cannot be opened, a measure of the same name has another unit or direction, a value
here differs from the earlier one), nothing is written.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from app.domain.improvement.model import ImprovementError, value_text
from app.domain.people.teams import team_key
from app.i18n import _
from app.services.core.workspace import Workspace
from app.services.improvement.measures import measure_key
from app.services.improvement.records import CarryReport, MeasureRow, NetworkRows, PdsaRow
from app.services.improvement.steps import CYCLE, DRIVER, LINK, MEASURE, VALUE, Steps
from app.store import models as m


def convening_title(title: str, first_day: dt.date | None) -> str:
    """How the network names a convening: "Fall Convening (21 January 2027)" (as carried commitments do)."""
    return f"{title} ({first_day.day} {first_day.strftime('%B %Y')})" if first_day else title


@dataclass
class _Earlier:
    key: str
    title: str
    measures: list[tuple[str, str, bool]]                     # name, unit, higher is better
    values: list[tuple[str, str, dt.date, float, str]]        # measure, team, period, value, source
    drivers: list[tuple[int, int | None, str, str, int]]      # id, parent, kind, text, position
    links: dict[int, int]                                     # old commitment id -> old idea id
    cycles: list[dict]


def _this_title(s) -> str:
    conv = s.scalars(select(m.Convening)).one()
    first = s.scalar(select(m.Day.date).order_by(m.Day.position).limit(1))
    return convening_title(conv.title, first)


def _read(path: Path, ws: Workspace) -> _Earlier:
    here = ws.require().path
    if path.resolve() == here:
        raise ImprovementError(_("{name} is the convening open now; choose the earlier convening's file.").format(name=path.name))
    old_ws = Workspace(ws.clock, ws.data_dir)
    old_ws.open(path)   # checks, locks, backs up and upgrades like any open; one sentence if it cannot
    try:
        with old_ws.require().read() as s:
            key = str(s.scalars(select(m.Convening)).one().created_us)
            title = _this_title(s)
            measures = [(r.name, r.unit, r.higher_is_better)
                        for r in s.scalars(select(m.Measure).order_by(m.Measure.position, m.Measure.id))]
            values = [(name, team, v.period, v.value, v.source) for v, name, team in s.execute(
                select(m.MeasureValue, m.Measure.name, m.Team.name)
                .join(m.Measure, m.MeasureValue.measure_id == m.Measure.id)
                .join(m.Team, m.MeasureValue.team_id == m.Team.id).order_by(m.MeasureValue.id))]
            drivers = [(r.id, r.parent_id, r.kind, r.text, r.position)
                       for r in s.scalars(select(m.Driver).order_by(m.Driver.position, m.Driver.id))]
            links = dict(s.execute(select(m.CommitmentIdea.commitment_id, m.CommitmentIdea.idea_id)).all())
            cycles = [{c.name: getattr(p, c.name) for c in m.PdsaCycle.__table__.c}
                      for p in s.scalars(select(m.PdsaCycle).order_by(m.PdsaCycle.commitment_id, m.PdsaCycle.number))]
    finally:
        old_ws.close()
    return _Earlier(key, title, measures, values, drivers, links, cycles)


def _paths(nodes) -> dict[int, tuple[tuple[str, str], ...]]:
    """Node id -> its path of (kind, text key) from the root."""
    by_id = {n[0]: n for n in nodes}
    out: dict[int, tuple[tuple[str, str], ...]] = {}

    def path(i: int) -> tuple[tuple[str, str], ...]:
        if i not in out:
            n = by_id[i]
            here = ((n[2], measure_key(n[3])),)
            out[i] = (path(n[1]) if n[1] in by_id else ()) + here
        return out[i]

    for i in by_id:
        path(i)
    return out


def carry_from(steps: Steps, old_path: Path | str) -> CarryReport:
    ws = steps.ws
    old = _read(Path(old_path), ws)
    report = CarryReport(old.title)
    now = steps.now_us()

    def change(s) -> dict:
        teams: dict[str, int] = {}
        for team_id, name in s.execute(select(m.Team.id, m.Team.name)):
            teams.setdefault(team_key(name), team_id)
        # Measures: matched by name; a different unit or direction is refused.
        measures = {measure_key(r.name): r for r in s.scalars(select(m.Measure))}
        pos = max((r.position for r in measures.values()), default=0)
        new_measures: list[int] = []
        new_values: list[int] = []
        new_drivers: list[int] = []
        new_cycles: list[int] = []
        new_links: list[int] = []
        for name, unit, higher in old.measures:
            row = measures.get(measure_key(name))
            if row is not None:
                if row.unit != unit or row.higher_is_better != higher:
                    raise ImprovementError(
                        _("Measure “{name}”: here it is {defined}, in “{title}” {defined2}; make them the same, then carry again.").format(name=name, defined=_defined(row.unit, row.higher_is_better), title=old.title, defined2=_defined(unit, higher)))
                continue
            pos += 1
            row = m.Measure(name=name, unit=unit, higher_is_better=higher, position=pos, created_us=now)
            s.add(row)
            s.flush()
            measures[measure_key(name)] = row
            new_measures.append(row.id)
        existing = {(v.measure_id, v.team_id, v.period): v for v in s.scalars(select(m.MeasureValue))}
        for name, team, period, value, source in old.values:
            team_id = teams.get(team_key(team))
            if team_id is None:
                report.gone[team] = report.gone.get(team, 0) + 1
                continue
            measure = measures[measure_key(name)]
            here = existing.get((measure.id, team_id, period))
            if here is not None:
                if here.value != value:
                    raise ImprovementError(
                        _("{name} of {team} for {period:%Y-%m-%d}: it is {value_text} here and {value_text2} in “{title}”; correct one of them, then carry again.").format(name=name, team=team, period=period, value_text=value_text(here.value, measure.unit), value_text2=value_text(value, measure.unit), title=old.title))
                report.already += 1
                continue
            row = m.MeasureValue(measure_id=measure.id, team_id=team_id, period=period, value=value,
                                 source=(source or old.title)[:300], created_us=now)
            s.add(row)
            s.flush()
            existing[(measure.id, team_id, period)] = row
            (new_values if measure.id not in new_measures else []).append(row.id)
            report.values += 1
        # The driver diagram: each node matched by its path from the aim.
        here_nodes = [(r.id, r.parent_id, r.kind, r.text, r.position) for r in s.scalars(select(m.Driver))]
        path_of = _paths(here_nodes)
        by_path = {p: i for i, p in path_of.items()}
        here_aim = next((n[0] for n in here_nodes if n[2] == "aim" and n[1] is None), None)
        depth = _paths(old.drivers)
        node_map: dict[int, int] = {}
        for old_id, parent, kind, text, position in sorted(old.drivers, key=lambda n: len(depth[n[0]])):
            if parent is None and kind == "aim" and here_aim is not None:
                node_map[old_id] = here_aim   # one aim: the earlier drivers go under this file's
                continue
            if parent is not None and parent not in node_map:
                continue
            path = (path_of[node_map[parent]] if parent is not None else ()) + ((kind, measure_key(text)),)
            found = by_path.get(path)
            if found is None:
                row = m.Driver(parent_id=node_map.get(parent) if parent is not None else None, kind=kind, text=text,
                               position=position, created_us=now)
                s.add(row)
                s.flush()
                found = row.id
                path_of[found], by_path[path] = path, found
                if kind == "aim" and parent is None:
                    here_aim = found
                new_drivers.append(found)
            node_map[old_id] = found
        report.drivers = len(new_drivers)
        # Cycles and idea links of the commitments carried from that file.
        carried = {ref.split(":", 1)[1]: cid for cid, ref in s.execute(
            select(m.Commitment.id, m.Commitment.source_ref).where(m.Commitment.source_ref.startswith(old.key + ":")))}
        done = set(s.scalars(select(m.PdsaCycle.source_ref).where(m.PdsaCycle.source_ref != "")))
        for c in old.cycles:
            here_id = carried.get(str(c["commitment_id"]))
            if here_id is None:
                continue
            ref = f"{old.key}:{c['id']}"
            if ref in done:
                report.already += 1
                continue
            values = {k: v for k, v in c.items() if k not in ("id", "commitment_id", "source", "source_ref")}
            row = m.PdsaCycle(commitment_id=here_id, source=(c["source"] or old.title)[:300], source_ref=ref,
                              **values)
            s.add(row)
            s.flush()
            new_cycles.append(row.id)
        report.cycles = len(new_cycles)
        linked = set(s.scalars(select(m.CommitmentIdea.commitment_id)))
        for old_commitment, old_idea in old.links.items():
            here_id = carried.get(str(old_commitment))
            if here_id is None or here_id in linked or old_idea not in node_map:
                continue
            row = m.CommitmentIdea(commitment_id=here_id, idea_id=node_map[old_idea])
            s.add(row)
            s.flush()
            report.links += 1
            if node_map[old_idea] not in new_drivers:
                new_links.append(row.id)   # a link to a new idea comes and goes with the idea (its snapshot)
        report.measures = len(new_measures)
        return {DRIVER: new_drivers, MEASURE: new_measures, VALUE: new_values, CYCLE: new_cycles, LINK: new_links}

    steps.record_many(_("carry the network's measures, driver diagram and PDSA cycles from {title}").format(title=old.title), change)
    return report


def _defined(unit: str, higher: bool) -> str:
    return f"in “{unit or 'no unit'}”, {'higher' if higher else 'lower'} is better"


def network_rows(steps: Steps) -> NetworkRows:
    """Every PDSA cycle and measure value of this file as plain rows, in a stable order (`rows_of`)."""
    with steps.ws.require().read() as s:
        raw = s.connection().connection.driver_connection
        assert isinstance(raw, sqlite3.Connection)   # pysqlite's, under the session
        return rows_of(raw)


def rows_of(conn: sqlite3.Connection) -> NetworkRows:
    """Every PDSA cycle and measure value of a convening file as plain rows, read in plain SQL from a
    connection at the head schema: the one reading of these rows, for `network_rows()` of the open file and
    for the network's year (app/services/network/year.py reads each file of a folder through its read-only
    connection, so no copy of the file is opened for them)."""
    title = conn.execute("SELECT title FROM convening LIMIT 1").fetchone()
    first = conn.execute("SELECT date FROM day ORDER BY position LIMIT 1").fetchone()
    label = convening_title(title[0] if title else "", _day(first[0]) if first and first[0] else None)
    pdsa = sorted((PdsaRow(label, team, change, number, idea or "", prediction or "", happened or "", learned or "",
                           decision or "", _day(tested_on), source or "")
                   for number, idea, prediction, happened, learned, decision, tested_on, source, change, team
                   in conn.execute(
                       "SELECT p.number, p.change_idea, p.prediction, p.what_happened, p.learned, p.decision, "
                       "p.tested_on, p.source, c.change, t.name FROM pdsa_cycle p "
                       "JOIN commitment c ON p.commitment_id = c.id JOIN team t ON c.team_id = t.id")),
                  key=lambda r: (r.team.casefold(), r.commitment, r.cycle))
    values = conn.execute(
        "SELECT v.period, v.value, v.source, m.name, m.unit, m.position, m.higher_is_better, t.name "
        "FROM measure_value v JOIN measure m ON v.measure_id = m.id JOIN team t ON v.team_id = t.id").fetchall()
    measures = [MeasureRow(label, _day(period), team, name, unit or "", float(value), source or "", bool(higher))
                for period, value, source, name, unit, _pos, higher, team
                in sorted(values, key=lambda r: (r[5], r[3], r[7].casefold(), r[0]))]
    return NetworkRows(tuple(pdsa), tuple(measures))


def _day(value: str | dt.date) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])


# For the network's CSVs across files (issue 25 item 5: app/services/network/csvs.py): the header and the
# rows of one file. Rows carried into this file are left out by default, so that a folder of the year's
# files counts each cycle and value once, in the file where it was recorded.
PDSA_CSV_HEADER = ("convening", "team", "commitment", "cycle", "change_idea", "prediction", "what_happened",
                   "learned", "decision")
MEASURES_CSV_HEADER = ("convening", "date", "team", "measure", "value")


def pdsa_csv_rows(rows: NetworkRows, label: str, carried: bool = False) -> list[tuple[str, ...]]:
    """pdsa.csv rows of one file, each starting with the convening's `label`."""
    return [(label, r.team, r.commitment, str(r.cycle), r.change_idea, r.prediction, r.what_happened, r.learned,
             r.decision) for r in rows.pdsa if carried or not r.carried_from]


def measures_csv_rows(rows: NetworkRows, label: str, carried: bool = False) -> list[tuple[str, ...]]:
    """measures.csv rows of one file (the period as a date, the value as typed: 41.5, not 41.500)."""
    return [(label, f"{r.period:%Y-%m-%d}", r.team, r.measure, value_text(r.value))
            for r in rows.measures if carried or not r.carried_from]

