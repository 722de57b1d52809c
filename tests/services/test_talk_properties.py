"""Properties of talk tracking over a real migrated file: any sequence of taps, silences, many
voices, edits, deletes, undos and redos keeps turns apart in the file, shares summing to all
tracked talk, and what the Talk tab is shown equal to what the file holds."""

from __future__ import annotations

import sqlite3
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.domain.clock import FakeClock
from app.services.core.history import HistoryError
from app.services.core.workspace import Workspace
from app.services.people.records import ParticipantData
from app.services.root import Services
from app.services.talk.service import TalkError, TalkService
from tests.conftest import DEMO_MORNING, sample_details

actions = st.lists(st.one_of(
    st.tuples(st.just("tap"), st.integers(0, 3)),
    st.tuples(st.just("silence")),
    st.tuples(st.just("many")),
    st.tuples(st.just("wait"), st.floats(0, 90)),
    st.tuples(st.just("edit"), st.integers(0, 30), st.floats(-120, 120), st.floats(-120, 120), st.integers(0, 3)),
    st.tuples(st.just("delete"), st.integers(0, 30)),
    st.tuples(st.just("undo")),
    st.tuples(st.just("redo")),
), min_size=1, max_size=30)


def file_turns(path: Path, conv_id: int) -> list[tuple]:
    conn = sqlite3.connect(path)   # another connection: only what was committed
    try:
        return conn.execute("SELECT id, participant_id, started_us, ended_us FROM talk_segment "
                            "WHERE conversation_id = ? ORDER BY started_us, id", (conv_id,)).fetchall()
    finally:
        conn.close()


def check(talk: TalkService, path: Path, conv_id: int, clock: FakeClock) -> None:
    rows = file_turns(path, conv_id)
    for (_a, _pa, _start_a, end_a), (_b, _pb, start_b, _eb) in zip(rows, rows[1:]):
        assert end_a is not None, "only the last turn may be open"
        assert end_a <= start_b, "turns never overlap"
    for _i, _p, start, end in rows:
        assert end is None or end >= start
    assert talk.current_id == conv_id
    seen = [(t.id, t.speaker, round(t.start * 1e6), None if t.end is None else round(t.end * 1e6))
            for t in talk.turns()]
    assert seen == [(i, p, a, b) for i, p, a, b in rows], "what the tab is shown is what the file holds"
    f = talk.view().figures
    if f.person_seconds > 0:
        assert abs(sum(pf.share for pf in f.people.values()) - 1) < 1e-9
    tracked = sum(((b if b is not None else round(clock.now() * 1e6)) - a) / 1e6 for _i, _p, a, b in rows)
    assert abs(f.person_seconds + f.many_seconds - tracked) < 1e-3


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(actions)
def test_any_sequence_of_actions_keeps_the_invariants_in_the_file(steps):
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        clock = FakeClock(DEMO_MORNING)
        ws = Workspace(clock, tmp / "data")
        ws.new(tmp / "t.convene", sample_details())
        services = Services(ws)
        try:
            history = services.history
            people = services.people
            ids = [people.add_participant(ParticipantData(name=n)) for n in ("Ana", "Ben", "Chen", "Dee")]
            talk = services.talk
            conv = talk.start_conversation(ids)
            history.clear()   # undo reaches back to the first tap, not to the roster
            for step in steps:
                kind = step[0]
                try:
                    if kind == "tap":
                        talk.tap(ids[step[1]])
                    elif kind == "silence":
                        talk.silence()
                    elif kind == "many":
                        talk.many_voices()
                    elif kind == "wait":
                        clock.advance(step[1])
                    elif kind == "edit" and talk.turns():
                        t = talk.turns()[step[1] % len(talk.turns())]
                        end = None if t.end is None else t.end + step[3]
                        talk.edit_turn(t.id, ids[step[4]], t.start + step[2], end)
                    elif kind == "delete" and talk.turns():
                        talk.delete_turn(talk.turns()[step[1] % len(talk.turns())].id)
                    elif kind == "undo":
                        history.undo()
                    elif kind == "redo":
                        history.redo()
                except (TalkError, HistoryError):
                    pass   # refused, and the file left as it was: the checks below hold either way
                check(talk, ws.path, conv, clock)
        finally:
            services.close()
            ws.close()
