"""Roster import of lens columns: messy shapes, multi-valued cells split, nobody dropped, refusal leaves all as it was."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest

from app.domain.people.decode import RosterError
from app.services.people.imports import PARTICIPANTS

ROSTERS = Path(__file__).resolve().parents[1] / "fixtures" / "rosters"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def talk(services):
    return services.talk


def values_by_name(workspace, lens_name):
    conn = sqlite3.connect(workspace.path)
    try:
        rows = conn.execute(
            "SELECT p.name, v.value FROM lens_value v JOIN participant p ON p.id = v.participant_id"
            " JOIN lens l ON l.id = v.lens_id WHERE l.name = ? ORDER BY v.id", (lens_name,)).fetchall()
    finally:
        conn.close()
    out: dict[str, list[str]] = {}
    for name, value in rows:
        out.setdefault(name, []).append(value)
    return out


def test_google_forms_lens_columns_are_previewed_then_imported_split(services, workspace, talk, tmp_path):
    years = talk.add_lens("Years in the network")
    csv = tmp_path / "form.csv"
    shutil.copy(ROSTERS / "lens_google_forms.csv", csv)
    importer = services.people.imports
    plan = importer.plan_file(csv, PARTICIPANTS)
    cols = {c.heading: (c.lens, c.new) for c in plan.lens_columns}
    assert cols == {
        "Gender identity (optional)": ("Gender identity", True),
        "Race/ethnicity (select all that apply)": ("Race/ethnicity", True),
        "Home language": ("Home language", True),
        "Years in the network": ("Years in the network", False),
    }
    assert any("Race/ethnicity (a new lens): values for 5 people" in line for line in plan.lens_lines())
    assert "4 lens columns" in plan.summary()
    before = digest(csv)
    report = importer.apply(plan)
    assert digest(csv) == before, "the roster file is only read"
    assert report.added == 5, "nobody is dropped"
    race = values_by_name(workspace, "Race/ethnicity")
    assert race["Ana Pérez"] == ["Latinx", "Indigenous"]
    assert race["Chen Wei"] == ["Asian", "White"]
    assert race["Eli Haddad"] == ["Middle Eastern or North African", "White"]
    assert race["Dee Morningstar"] == ["Prefer not to say"]
    assert "Chen Wei" not in values_by_name(workspace, "Gender identity"), "a blank cell: not asked"
    assert values_by_name(workspace, "Home language")["Chen Wei"] == ["Mandarin", "English"]
    assert values_by_name(workspace, "Years in the network")["Dee Morningstar"] == ["New this year"]
    talk._invalidate()
    assert talk.lens(years).values  # the existing lens got the values
    assert any("Race/ethnicity" in line for line in report.lines())


def test_semicolon_excel_sheet_with_a_quoted_semicolon_cell(services, workspace, talk):
    importer = services.people.imports
    plan = importer.plan_file(ROSTERS / "lens_excel_semicolon.csv", PARTICIPANTS)
    assert {c.lens for c in plan.lens_columns} == {"Género", "Raza/etnia"}
    importer.apply(plan)
    assert values_by_name(workspace, "Raza/etnia")["María López"] == ["Latina", "Indígena"]
    assert len(talk.names()) == 3


def test_a_chosen_column_can_create_a_lens_and_none_can_be_chosen(services, talk):
    importer = services.people.imports
    path = ROSTERS / "lens_excel_semicolon.csv"
    plan = importer.plan_file(path, PARTICIPANTS, lens_columns={3: "Gender"})
    assert [(c.lens, c.new) for c in plan.lens_columns] == [("Gender", True)]
    plan = importer.plan_file(path, PARTICIPANTS, lens_columns={})
    assert plan.lens_columns == () and "Raza/etnia" in plan.ignored_columns


def test_a_refused_import_leaves_the_convening_and_the_file_as_they_were(services, workspace, talk):
    importer = services.people.imports
    path = ROSTERS / "lens_google_forms.csv"
    before_csv = digest(path)
    before_db = sqlite3.connect(workspace.path).execute("SELECT count(*) FROM lens").fetchone()
    with pytest.raises(RosterError, match="chosen for a field and for a lens"):
        importer.plan_file(path, PARTICIPANTS, lens_columns={2: "Name lens"})
    with pytest.raises(RosterError, match="does not exist"):
        importer.plan_file(path, PARTICIPANTS, lens_columns={42: "Ghost"})
    assert digest(path) == before_csv
    assert sqlite3.connect(workspace.path).execute("SELECT count(*) FROM lens").fetchone() == before_db
    assert talk.names() == {}


def test_an_over_long_lens_value_is_left_out_not_the_person(services, workspace, talk, tmp_path):
    csv = tmp_path / "long.csv"
    csv.write_text("Name,Home language\nAna,English\nBen," + "x" * 300 + "\n", encoding="utf-8")
    importer = services.people.imports
    plan = importer.plan_file(csv, PARTICIPANTS)
    assert len(plan.to_add) == 2 and any("longer than 200" in n.message for n in plan.notes)
    importer.apply(plan)
    assert set(talk.names().values()) == {"Ana", "Ben"}
    assert values_by_name(workspace, "Home language") == {"Ana": ["English"]}


def test_the_command_line_imports_lens_columns_by_the_same_path(workspace, capsys, data_dir):
    from app.cli import run

    path = workspace.path
    workspace.close()
    assert run(["import", str(path), "--participants", str(ROSTERS / "lens_google_forms.csv")]) == 0
    out = capsys.readouterr().out
    assert "Added 5 participants." in out and "lens Race/ethnicity (a new lens): values for 5 people" in out
    workspace.open(path)
    assert values_by_name(workspace, "Race/ethnicity")["Ana Pérez"] == ["Latinx", "Indigenous"]
