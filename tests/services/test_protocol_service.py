"""Protocols in the convening file: library and file copies, edits, import/export, agenda use, notes."""

from __future__ import annotations

import dataclasses
import hashlib
import os
import sqlite3

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.domain.protocols import Protocol, ProtocolFormatError, ProtocolStep, parse_protocol, protocol_to_toml
from app.services.core.changes import ProtocolsChanged, StepNoteChanged
from app.services.core.workspace import Workspace
from app.services.protocols import library
from app.services.protocols.service import DuplicateNameError, ProtocolInUseError, ProtocolService
from app.services.root import Services
from app.store import models as m

CONSULTANCY = "Consultancy on a Dilemma"  # 50 minutes: 8 + 5 + 10 + 15 + 7 + 5


def home_grown(name: str = "Family Data Walk") -> Protocol:
    return Protocol(
        name=name,
        purpose="Let families read the school's FAFSA numbers with staff and say what they see.",
        when_to_use="At a family night early in the year, before the application window opens.",
        credit="Written for this network by its hub team.",
        minutes=25,
        group_size="10-40, at tables of five",
        roles=("facilitator", "families", "staff"),
        materials=("Posters of the numbers, one per table",),
        norms=("Families speak first at every table.",),
        equity_moves=("Offer every poster in the languages families speak at home.",),
        steps=(
            ProtocolStep("Walk the posters", 10, (), "Invite everyone to walk in silence.", "Walk and read. What do you notice?"),
            ProtocolStep("Families first", 10, ("families",), "Staff listen and take notes.", "Families: what stands out to you?"),
            ProtocolStep("One thing to try", 5, (), "Collect one idea per table.", "What is one thing we should try?"),
        ),
    )


def rows_fingerprint(ws: Workspace) -> str:
    """A hash of every protocol and step row, so a refused change can be shown to leave no trace."""
    conn = sqlite3.connect(ws.path)
    try:
        protocols = conn.execute("SELECT * FROM protocol ORDER BY id").fetchall()
        steps = conn.execute("SELECT * FROM protocol_step ORDER BY id").fetchall()
    finally:
        conn.close()
    return hashlib.sha256(repr((protocols, steps)).encode()).hexdigest()


def add_item(ws: Workspace, title: str = "Morning consultancy", minutes: int = 30) -> int:
    with ws.require().session() as s:
        day = s.query(m.Day).order_by(m.Day.position).first()
        item = m.AgendaItem(day_id=day.id, position=len(day.items), title=title, minutes=minutes)
        s.add(item)
        s.flush()
        return item.id


def item_minutes(ws: Workspace, item_id: int) -> int:
    with ws.require().read() as s:
        return s.get(m.AgendaItem, item_id).minutes


@pytest.fixture
def service(services) -> ProtocolService:
    return services.protocols


@pytest.fixture
def subs(services):
    """An owner of the test's own subscriptions, closed before the services' leak check."""
    owner = services.workspace.bus.owner("test")
    yield owner
    owner.close()


# -- listing and reading ------------------------------------------------------------


def test_a_new_file_lists_the_whole_library_sorted_and_read_only(service):
    listed = service.all()
    assert [p.name for p in listed] == sorted((p.name for p in library.library()), key=str.casefold)
    assert len(listed) >= 15
    assert {p.origin for p in listed} == {"library"}
    assert service.get(CONSULTANCY) == library.find(CONSULTANCY)
    assert not service.in_file(CONSULTANCY)
    with pytest.raises(KeyError):
        service.get("No Such Protocol")


def test_a_file_copy_shadows_the_library_protocol_of_the_same_name(service):
    original = library.find("Chalk Talk")
    edited = dataclasses.replace(original, purpose="Our network's own reason for a silent conversation.")
    service.save(edited, replacing="Chalk Talk")
    listed = service.all()
    assert [p.name for p in listed].count("Chalk Talk") == 1
    assert next(p for p in listed if p.name == "Chalk Talk").origin == "file"
    assert service.get("Chalk Talk").purpose == "Our network's own reason for a silent conversation."
    assert service.in_file("Chalk Talk")
    assert len(listed) == len(library.library())


def test_the_demo_keeps_its_agenda_protocols_in_the_file(demo_services):
    listed = demo_services.protocols.all()
    origins = {p.name: p.origin for p in listed}
    assert origins["Story Circle"] == "file"
    assert origins["Chalk Talk"] == "library"
    assert len(listed) >= 15


# -- duplicate and save ---------------------------------------------------------------


def test_duplicate_names_the_copies_copy_then_copy_2(service, subs):
    events = []
    subs.on(ProtocolsChanged, lambda _change: events.append(1))
    first = service.duplicate(CONSULTANCY)
    second = service.duplicate(CONSULTANCY)
    third = service.duplicate(first)
    assert (first, second, third) == (f"{CONSULTANCY} (copy)", f"{CONSULTANCY} (copy 2)", f"{CONSULTANCY} (copy 3)")
    copy = service.get(second)
    assert dataclasses.replace(copy, texts=()) == dataclasses.replace(library.find(CONSULTANCY), name=second, texts=())
    assert copy.steps == library.find(CONSULTANCY).steps, "each step's Spanish is copied as it is"
    assert {p.name: p.origin for p in service.all()}[first] == "file"
    assert len(events) == 3


def test_a_copy_is_named_a_copy_in_each_of_its_languages(service):
    """On a Spanish projector or handout a copy does not pass for the original: its Spanish name says copia."""
    spanish = library.find(CONSULTANCY).in_language("es").name
    assert spanish != CONSULTANCY
    first = service.duplicate(CONSULTANCY)
    second = service.duplicate(first)
    assert service.get(first).in_language("es").name == f"{spanish} (copia)"
    assert service.get(second).in_language("es").name == f"{spanish} (copia 2)"
    assert service.get(first).in_language("es").purpose == library.find(CONSULTANCY).in_language("es").purpose
    named = service.duplicate(CONSULTANCY, "Consultancy for counselors")
    assert service.get(named).in_language("es").name == "Consultancy for counselors", \
        "a name typed for the copy is its name in every language until translated"


def test_duplicate_with_a_chosen_name(service):
    assert service.duplicate(CONSULTANCY, "Consultancy for counselors") == "Consultancy for counselors"
    assert service.get("Consultancy for counselors").steps == library.find(CONSULTANCY).steps


@pytest.mark.parametrize("name", ["chalk talk", "CHALK TALK", "Chalk Talk"])
def test_save_refuses_a_name_the_library_already_uses(service, name):
    before, fingerprint = service.all(), rows_fingerprint(service.ws)
    with pytest.raises(DuplicateNameError) as err:
        service.save(home_grown(name))
    assert err.value.field == "name"
    assert "Chalk Talk" in str(err.value) and "library" in str(err.value)
    assert service.all() == before and rows_fingerprint(service.ws) == fingerprint


def test_save_refuses_a_name_another_file_protocol_uses(service):
    service.save(home_grown("Family Data Walk"))
    service.save(home_grown("Student Data Walk"))
    fingerprint = rows_fingerprint(service.ws)
    with pytest.raises(DuplicateNameError, match="in this convening"):
        service.save(home_grown("family data walk"), replacing="Student Data Walk")
    assert rows_fingerprint(service.ws) == fingerprint
    assert service.get("Student Data Walk").name == "Student Data Walk"


def test_save_refuses_steps_that_do_not_add_up_and_names_the_field(service):
    service.save(home_grown())
    before, fingerprint = service.all(), rows_fingerprint(service.ws)
    broken = dataclasses.replace(home_grown(), minutes=30)
    with pytest.raises(ProtocolFormatError) as err:
        service.save(broken, replacing="Family Data Walk")
    assert err.value.field == "minutes"
    assert "field minutes" in str(err.value) and "add up to 25 (10 + 10 + 5)" in str(err.value)
    assert service.all() == before and rows_fingerprint(service.ws) == fingerprint


@pytest.mark.parametrize(
    "change, field",
    [
        (lambda p: dataclasses.replace(p, purpose="   "), "purpose"),
        (lambda p: dataclasses.replace(p, steps=(dataclasses.replace(p.steps[0], prompt="x" * 301),) + p.steps[1:]), "steps[1].prompt"),
        (lambda p: dataclasses.replace(p, steps=p.steps[:1] + (dataclasses.replace(p.steps[1], speakers=("coach",)),) + p.steps[2:]), "steps[2].speakers"),
        (lambda p: dataclasses.replace(p, name="N" * 121), "name"),
    ],
)
def test_save_applies_the_protocol_file_rules(service, change, field):
    fingerprint = rows_fingerprint(service.ws)
    with pytest.raises(ProtocolFormatError) as err:
        service.save(change(home_grown()))
    assert err.value.field == field
    assert f"field {field}" in str(err.value)
    assert "line" not in str(err.value), "a line number would point into text the facilitator never saw"
    assert rows_fingerprint(service.ws) == fingerprint


def test_save_with_replacing_renames_in_place_and_the_agenda_follows(service):
    item = add_item(service.ws)
    service.attach(item, CONSULTANCY)
    renamed = dataclasses.replace(service.get(CONSULTANCY), name="Consultancy, our way")
    service.save(renamed, replacing=CONSULTANCY)
    assert service.item_protocol(item).name == "Consultancy, our way"
    names = {p.name: p.origin for p in service.all()}
    assert names["Consultancy, our way"] == "file"
    assert names[CONSULTANCY] == "library", "the shipped version shows again"


def test_save_tidies_text_the_way_a_file_would(service):
    service.save(dataclasses.replace(home_grown(), purpose="  Say it plainly.\r\n  "))
    assert service.get("Family Data Walk").purpose == "Say it plainly."


# -- delete ---------------------------------------------------------------------------


def test_delete_refuses_while_an_agenda_item_uses_it(service):
    item = add_item(service.ws, title="Tuesday dilemma")
    service.attach(item, CONSULTANCY)
    fingerprint = rows_fingerprint(service.ws)
    with pytest.raises(ProtocolInUseError, match="Tuesday dilemma"):
        service.delete(CONSULTANCY)
    assert rows_fingerprint(service.ws) == fingerprint
    service.attach(item, None)
    service.delete(CONSULTANCY)
    assert not service.in_file(CONSULTANCY)
    assert {p.name: p.origin for p in service.all()}[CONSULTANCY] == "library"


def test_library_protocols_cannot_be_deleted(service):
    with pytest.raises(ValueError, match="shipped library"):
        service.delete("Chalk Talk")
    assert "Chalk Talk" in [p.name for p in service.all()]


# -- import ---------------------------------------------------------------------------


def test_import_a_good_file(service, tmp_path):
    path = tmp_path / "family-data-walk.toml"
    path.write_text(protocol_to_toml(home_grown()), encoding="utf-8")
    assert service.import_file(path) == "Family Data Walk"
    assert service.get("Family Data Walk") == home_grown()
    assert {p.name: p.origin for p in service.all()}["Family Data Walk"] == "file"


def _good_text() -> str:
    return protocol_to_toml(home_grown())


@pytest.mark.parametrize(
    "text, words",
    [
        (_good_text().replace('name = "Family Data Walk"', 'name = "Family Data Walk'), ["bad.toml, line 2", "not valid TOML"]),
        ("\n".join(ln for ln in _good_text().splitlines() if not ln.startswith("purpose")), ["bad.toml", "field purpose", "is missing"]),
        (_good_text().replace("minutes = 25", "minutes = 30"), ["bad.toml", "minutes is 30", "add up to 25 (10 + 10 + 5)"]),
        (_good_text().replace('speakers = [\n    "families",\n]', 'speakers = ["coach"]'), ["bad.toml", "field steps[2].speakers", '"coach"']),
    ],
    ids=["bad-toml", "missing-field", "minutes-do-not-add-up", "unknown-speaker"],
)
def test_a_malformed_file_is_refused_with_where_and_why_and_nothing_changes(service, tmp_path, text, words):
    assert text != _good_text(), "the fault was planted"
    path = tmp_path / "bad.toml"
    path.write_text(text, encoding="utf-8")
    before, fingerprint = service.all(), rows_fingerprint(service.ws)
    with pytest.raises(ProtocolFormatError) as err:
        service.import_file(path)
    for w in words:
        assert w in str(err.value)
    assert service.all() == before and rows_fingerprint(service.ws) == fingerprint


def test_import_refuses_the_name_of_a_library_protocol(service, tmp_path):
    path = tmp_path / "chalk.toml"
    path.write_text(protocol_to_toml(library.find("Chalk Talk")), encoding="utf-8")
    before, fingerprint = service.all(), rows_fingerprint(service.ws)
    with pytest.raises(DuplicateNameError) as err:
        service.import_file(path)
    assert str(err.value).startswith("chalk.toml, line 2, field name:")
    assert "“Chalk Talk” in the protocol library" in str(err.value)
    assert service.all() == before and rows_fingerprint(service.ws) == fingerprint


def test_import_refuses_the_name_of_a_file_protocol(service, tmp_path):
    service.save(home_grown())
    path = tmp_path / "again.toml"
    path.write_text(protocol_to_toml(dataclasses.replace(home_grown(), purpose="Another version.")), encoding="utf-8")
    before, fingerprint = service.all(), rows_fingerprint(service.ws)
    with pytest.raises(DuplicateNameError, match="in this convening") as err:
        service.import_file(path)
    assert "again.toml" in str(err.value)
    assert service.all() == before and rows_fingerprint(service.ws) == fingerprint
    assert service.get("Family Data Walk").purpose == home_grown().purpose


def test_a_file_that_is_not_utf8_is_refused_by_name(service, tmp_path):
    path = tmp_path / "latin1.toml"
    path.write_bytes(_good_text().replace("Walk the", "Café the").encode("latin-1"))
    with pytest.raises(ProtocolFormatError, match="latin1.toml.*UTF-8"):
        service.import_file(path)


# -- export ---------------------------------------------------------------------------


@pytest.mark.parametrize("name", [p.name for p in library.library()])
def test_export_then_import_is_lossless_for_every_shipped_protocol(service, tmp_path, name):
    path = tmp_path / "out.toml"
    service.export(name, path)
    assert parse_protocol(path.read_text(encoding="utf-8"), "out.toml") == library.find(name)
    new_name = service.import_file(path, new_name=f"{name} (shared)")
    assert service.get(new_name) == dataclasses.replace(library.find(name), name=f"{name} (shared)")


def test_export_writes_utf8_and_leaves_no_temporary_files(service, tmp_path):
    service.save(home_grown("Círculo de familias — 家庭"))
    out = tmp_path / "shared"
    out.mkdir()
    path = out / "circle.toml"
    path.write_text("old content", encoding="utf-8")
    service.export("Círculo de familias — 家庭", path)
    assert 'name = "Círculo de familias — 家庭"' in path.read_bytes().decode("utf-8")
    assert os.listdir(out) == ["circle.toml"]


def test_a_failed_export_keeps_the_old_file(service, tmp_path, monkeypatch):
    out = tmp_path / "shared"
    out.mkdir()
    path = out / "chalk.toml"
    path.write_text("the old file", encoding="utf-8")

    def disk_full(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", disk_full)
    with pytest.raises(OSError):
        service.export("Chalk Talk", path)
    assert path.read_text(encoding="utf-8") == "the old file"
    assert os.listdir(out) == ["chalk.toml"]


# -- agenda items ---------------------------------------------------------------------


def test_attach_copies_the_protocol_into_the_file_and_takes_its_minutes(service):
    item = add_item(service.ws, minutes=30)
    service.attach(item, CONSULTANCY)
    assert item_minutes(service.ws, item) == 50
    assert service.in_file(CONSULTANCY)
    assert service.item_protocol(item) == library.find(CONSULTANCY)


def test_attach_with_minutes_keeps_them_and_scales_the_steps(service):
    item = add_item(service.ws, minutes=30)
    service.attach(item, CONSULTANCY, minutes=45)
    assert item_minutes(service.ws, item) == 45
    p = service.item_protocol(item)
    assert p.minutes == 45 and sum(s.minutes for s in p.steps) == 45
    assert [s.title for s in p.steps] == [s.title for s in library.find(CONSULTANCY).steps]
    assert service.get(CONSULTANCY).minutes == 50, "the stored protocol is not changed"


def test_attach_refuses_too_few_minutes_and_changes_nothing(service):
    item = add_item(service.ws, minutes=30)
    with pytest.raises(ValueError, match="too short for 6 steps"):
        service.attach(item, CONSULTANCY, minutes=5)
    assert item_minutes(service.ws, item) == 30
    assert service.item_protocol(item) is None
    assert not service.in_file(CONSULTANCY)


def test_detach_leaves_the_item_without_a_protocol(service):
    item = add_item(service.ws)
    service.attach(item, CONSULTANCY)
    service.attach(item, None)
    assert service.item_protocol(item) is None
    assert item_minutes(service.ws, item) == 50


def test_attaching_reuses_the_files_copy(service):
    first, second = add_item(service.ws, "Day 1"), add_item(service.ws, "Day 2")
    service.attach(first, CONSULTANCY)
    service.attach(second, CONSULTANCY)
    with service.ws.require().read() as s:
        assert s.query(m.Protocol).filter_by(name=CONSULTANCY).count() == 1


def test_preview_fit_50_into_45(service):
    rows = service.preview_fit(CONSULTANCY, 45)
    assert [(old, new) for _, old, new in rows] == [(8, 7), (5, 5), (10, 9), (15, 14), (7, 6), (5, 4)]
    assert rows[0][0] == "The presenter frames the dilemma"
    with pytest.raises(ValueError, match="allow at least 6"):
        service.preview_fit(CONSULTANCY, 5)


@settings(max_examples=40, suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None)
@given(minutes=st.integers(min_value=6, max_value=240))
def test_preview_fit_always_fills_the_time_exactly(service, minutes):
    rows = service.preview_fit(CONSULTANCY, minutes)
    assert sum(new for _, _, new in rows) == minutes
    assert all(new >= 1 for _, _, new in rows)


# -- step notes ---------------------------------------------------------------------------


def test_step_notes_upsert_and_survive_reopening(services, workspace, data_dir, clock):
    service = services.protocols
    item = add_item(workspace)
    service.attach(item, CONSULTANCY)
    service.set_step_note(item, 0, "Focusing question: why do our seniors stop at the ID step?")
    clock.advance(90)
    service.set_step_note(item, 0, "Focusing question: why do Black seniors stop at the FSA ID step?")
    service.set_step_note(item, 3, "Idea: a Saturday FAFSA night with translators.")
    assert service.step_note(item, 0).startswith("Focusing question: why do Black")
    assert service.step_note(item, 1) == ""
    with workspace.require().read() as s:
        rows = s.query(m.StepNote).filter_by(item_id=item).all()
        assert len(rows) == 2
        assert next(r for r in rows if r.step == 0).updated_us == int(clock.now() * 1_000_000)
    path = workspace.path
    workspace.close()
    again = Workspace(clock, data_dir)
    again.open(path)
    with Services(again) as services_again:
        assert services_again.protocols.notes_for_item(item) == {
            0: "Focusing question: why do Black seniors stop at the FSA ID step?",
            3: "Idea: a Saturday FAFSA night with translators.",
        }
    again.close()


def test_a_too_long_note_is_refused_and_the_old_one_kept(service):
    item = add_item(service.ws)
    service.set_step_note(item, 2, "short note")
    with pytest.raises(ValueError, match="step 3.*20,000"):
        service.set_step_note(item, 2, "x" * 20_001)
    assert service.step_note(item, 2) == "short note"
    service.set_step_note(item, 2, "y" * 20_000)
    assert len(service.step_note(item, 2)) == 20_000


def test_clearing_a_note_removes_it(service, subs):
    item = add_item(service.ws)
    events = []
    subs.on(StepNoteChanged, lambda _change: events.append(1))
    service.set_step_note(item, 1, "Keep an eye on the time here.")
    service.set_step_note(item, 1, "")
    assert service.notes_for_item(item) == {}
    assert len(events) == 2


def test_a_note_for_a_missing_item_is_refused(service):
    with pytest.raises(KeyError, match="no longer exists"):
        service.set_step_note(9999, 0, "lost")
