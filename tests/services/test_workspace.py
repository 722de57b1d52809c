"""New, open, Save As, close; details; backups; the demo convening."""

from __future__ import annotations

import dataclasses
import sqlite3

import pytest

from app.services.console.demo import build_demo
from app.services.core.workspace import DetailsError, Workspace
from app.services.people.records import ParticipantData
from app.services.root import Services
from app.store.backup import KEEP_BACKUPS
from tests.conftest import sample_details


def test_closing_and_reopening_shows_the_same_state(services, workspace, data_dir, clock):
    path = workspace.path
    services.people.add_participant(ParticipantData(name="Ngũgĩ Wanjiru", pronouns="she/her"))
    workspace.close()
    again = Workspace(clock, data_dir)
    again.open(path)
    with Services(again) as services_again:
        assert again.details().title == "Spring Convening"
        assert [p.name for p in services_again.people.participants()] == ["Ngũgĩ Wanjiru"]
        assert [d.date.isoformat() for d in again.days()] == ["2027-03-04", "2027-03-05"]
    again.close()


def test_save_as_continues_on_the_copy_and_keeps_the_original(services, workspace, tmp_path):
    original = workspace.path
    people = services.people
    people.add_participant(ParticipantData(name="Before copy"))
    workspace.save_as(tmp_path / "copy.convene")
    assert workspace.path == (tmp_path / "copy.convene").resolve()
    people.add_participant(ParticipantData(name="After copy"))
    names_in = lambda p: {r[0] for r in sqlite3.connect(p).execute("SELECT name FROM participant")}  # noqa: E731
    assert names_in(tmp_path / "copy.convene") == {"Before copy", "After copy"}
    assert names_in(original) == {"Before copy"}
    assert not (tmp_path / "spring.convene.lock").exists(), "the original is released"


def test_backups_are_written_on_open_and_only_the_last_ones_kept(workspace, data_dir, clock):
    path = workspace.path
    workspace.close()
    ws = Workspace(clock, data_dir)
    for _ in range(KEEP_BACKUPS + 3):
        ws.open(path)
        ws.close()
    backups = list((data_dir / "backups").glob("*.convene"))
    assert len(backups) == KEEP_BACKUPS
    conn = sqlite3.connect(backups[0])
    assert conn.execute("SELECT title FROM convening").fetchone()[0] == "Spring Convening"
    conn.close()


@pytest.mark.parametrize(
    "change, words",
    [
        ({"title": "  "}, "Title"),
        ({"resources_url": "ftp://example.org"}, "Resources link"),
        ({"timezone": "Mars/Olympus"}, "Time zone"),
        ({"days": ()}, "at least one day"),
    ],
)
def test_details_are_checked_field_by_field(tmp_path, data_dir, clock, change, words):
    ws = Workspace(clock, data_dir)
    with pytest.raises(DetailsError, match=words):
        ws.new(tmp_path / "x.convene", dataclasses.replace(sample_details(), **change))
    assert not (tmp_path / "x.convene").exists()


def test_the_demo_is_a_full_two_day_intensive(tmp_path, clock):
    store = build_demo(tmp_path / "demo.convene", clock)
    store.close()
    conn = sqlite3.connect(tmp_path / "demo.convene")
    count = lambda sql: conn.execute(sql).fetchone()[0]  # noqa: E731
    assert count("SELECT count(*) FROM team") == 12
    assert count("SELECT count(*) FROM participant") == 48
    assert count("SELECT count(*) FROM participant WHERE team_id IS NULL") == 0
    assert count("SELECT count(*) FROM day") == 2
    assert count("SELECT count(*) FROM agenda_item") > 20
    assert count("SELECT count(*) FROM agenda_item WHERE protocol_id IS NOT NULL") >= 6
    roles = {r[0] for r in conn.execute("SELECT DISTINCT role FROM participant")}
    assert {"teacher", "principal", "counselor", "district leader", "student", "family member"} <= roles
    names = [r[0] for r in conn.execute("SELECT name FROM participant")]
    assert any(not n.isascii() for n in names)
    assert count("SELECT resources_url FROM convening").startswith("https://")
    conn.close()


def test_a_new_convening_begins_in_the_language_it_is_made_in_and_refuses_one_we_do_not_know(workspace, tmp_path):
    from app.i18n.languages import LanguageError

    workspace.new(tmp_path / "otono.convene", sample_details(), lang="es")
    assert (workspace.languages().projector, workspace.languages().handout) == ("es", "es")
    with pytest.raises(LanguageError, match="bilingual"):
        workspace.new(tmp_path / "both.convene", sample_details(), lang="bilingual")
    assert not (tmp_path / "both.convene").exists(), "nothing is written for a language refused"
    assert workspace.path == (tmp_path / "otono.convene").resolve(), "the open convening stays open"
