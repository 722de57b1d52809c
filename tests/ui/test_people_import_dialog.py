"""The CSV import dialog: guessed columns, re-planning, preview, Cancel, Import, and files it cannot read."""

from __future__ import annotations

import codecs
import os
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QLabel

from app.services.people.records import ParticipantData, TeamData
from app.ui.context import UiContext
from app.ui.people import import_dialog
from app.ui.people.import_dialog import ImportDialog, install_import_menu
from app.ui.people.import_mapping import NOT_IMPORTED

pytestmark = pytest.mark.gui

REGISTRATION = (
    "Full Name;E-mail;School;Position;Lunch\r\n"
    "Ana Ruiz;ana@riverbend.org;Riverbend High;Teacher;veg\r\n"
    "Ben Cho;ben@westlake.org;westlake academy;Head of School;\r\n"
    "Chi Obi;not-an-email;Riverbend High;Counselor;\r\n"
    "Dee Park;dee@lincoln.org;Lincoln Middle;Teacher;\r\n"
    ";;;;\r\n"
)


@pytest.fixture
def ctx(ui_ctx) -> UiContext:
    return ui_ctx


@pytest.fixture
def with_teams(ctx) -> UiContext:
    for name in ("Riverbend High", "Westlake Academy"):
        ctx.services.people.add_team(TeamData(name))
    return ctx


def write(tmp_path: Path, name: str, text: str, bom: bool = True) -> Path:
    path = tmp_path / name
    path.write_bytes((codecs.BOM_UTF8 if bom else b"") + text.encode("utf-8"))
    return path


def open_dialog(qtbot, ctx, kind: str, path: Path) -> ImportDialog:
    dlg = ImportDialog(ctx, kind, path)
    qtbot.addWidget(dlg)
    dlg.show()
    return dlg


def look(dlg: ImportDialog, name: str) -> None:
    """Render the dialog; keep the PNG when CONVENE_LOOK_DIR is set (e.g. /tmp/look-roster)."""
    dlg.resize(1120, 760)
    picture = dlg.grab()
    assert not picture.isNull()
    if os.environ.get("CONVENE_LOOK_DIR"):
        Path(os.environ["CONVENE_LOOK_DIR"]).mkdir(parents=True, exist_ok=True)
        picture.save(str(Path(os.environ["CONVENE_LOOK_DIR"]) / f"{name}.png"))


def names(ctx) -> list[str]:
    return [p.name for p in ctx.services.people.participants()]


# --- reading and mapping ---------------------------------------------------------------------


def test_columns_are_guessed_from_the_headings(qtbot, with_teams, tmp_path):
    dlg = open_dialog(qtbot, with_teams, "participants", write(tmp_path, "registration.csv", REGISTRATION))
    assert dlg.file_label.text() == "registration.csv"
    assert "UTF-8 with a byte-order mark" in dlg.format_label.text()
    assert "separated by semicolons" in dlg.format_label.text()
    combos = dlg.mapping_table.combos
    assert combos["name"].currentText() == "Full Name  (column A)"
    assert combos["email"].currentText() == "E-mail  (column B)"
    assert combos["team"].currentText() == "School  (column C)"
    assert combos["role"].currentText() == "Position  (column D)"
    assert combos["pronouns"].currentText() == NOT_IMPORTED
    assert dlg.mapping() == {"name": 0, "email": 1, "team": 2, "role": 3}
    assert dlg.ignored_label.text() == "Not imported: Lunch"
    assert dlg.mapping_table.item(0, 0).text() == "Name (required)"


def test_the_plan_is_previewed_with_skipped_rows_and_a_summary(qtbot, with_teams, tmp_path):
    dlg = open_dialog(qtbot, with_teams, "participants", write(tmp_path, "registration.csv", REGISTRATION))
    assert dlg.preview_names() == ["Ana Ruiz", "Ben Cho", "Dee Park"]
    assert dlg.preview.item(1, 4).text() == "Westlake Academy"  # the stored spelling of the team
    assert dlg.preview.item(1, 5).text() == "principal"
    assert dlg.preview.item(2, 4).text() == "Lincoln Middle (new)"
    assert dlg.skipped_messages() == ["row 4: email 'not-an-email' is not an email address"]
    assert [dlg.skipped.item(i).text() for i in range(dlg.skipped.count())] == dlg.skipped_messages()
    assert dlg.summary.text() == "3 people to add, 1 new team, 1 row skipped, 1 blank row left out."
    assert dlg.import_button.text() == "Import 3 people"
    assert dlg.import_button.isEnabled()
    assert dlg.error_text() == ""


def test_changing_a_column_plans_again(qtbot, with_teams, tmp_path):
    dlg = open_dialog(qtbot, with_teams, "participants", write(tmp_path, "registration.csv", REGISTRATION))
    assert dlg.teams_box.isVisibleTo(dlg)
    dlg.set_mapping("team", None)  # do not import schools: no team is missing
    assert dlg.preview_names() == ["Ana Ruiz", "Ben Cho", "Dee Park"]
    assert dlg.preview.item(0, 4).text() == ""
    assert dlg.import_button.text() == "Import 3 people"
    assert not dlg.teams_box.isVisibleTo(dlg)

    dlg.set_mapping("email", None)  # emails not imported: Chi's bad address no longer matters
    assert dlg.preview_names() == ["Ana Ruiz", "Ben Cho", "Chi Obi", "Dee Park"]
    assert dlg.skipped_messages() == []

    dlg.set_mapping("name", "Lunch")  # the wrong column: rows without a value there are skipped
    assert dlg.preview_names() == ["veg"]


def test_choosing_no_name_column_says_it_is_required(qtbot, with_teams, tmp_path):
    dlg = open_dialog(qtbot, with_teams, "participants", write(tmp_path, "registration.csv", REGISTRATION))
    dlg.set_mapping("name", None)
    assert "registration.csv" in dlg.error_text()
    assert "name" in dlg.error_text() and "required" in dlg.error_text()
    assert not dlg.import_button.isEnabled()
    assert dlg.preview.rowCount() == 0
    dlg.set_mapping("name", 0)
    assert dlg.error_text() == ""
    assert dlg.import_button.isEnabled()
    assert dlg.preview_names() == ["Ana Ruiz", "Ben Cho", "Dee Park"]


def test_first_and_last_name_columns_make_the_name(qtbot, ctx, tmp_path):
    path = write(tmp_path, "names.csv", "First name,Last name,Email\nAna,Ruiz,ana@x.org\n", bom=False)
    dlg = open_dialog(qtbot, ctx, "participants", path)
    assert dlg.mapping() == {"first_name": 0, "last_name": 1, "email": 2}
    assert dlg.preview_names() == ["Ana Ruiz"]


# --- participants before teams -----------------------------------------------------------------


def test_participants_before_teams_offers_to_create_them_by_default(qtbot, ctx, tmp_path):
    dlg = open_dialog(qtbot, ctx, "participants", write(tmp_path, "registration.csv", REGISTRATION))
    assert dlg.teams_box.isVisibleTo(dlg)
    assert dlg.create_teams.isChecked() and not dlg.unassigned.isChecked()
    assert dlg.create_teams.text() == "Create the missing 3 teams"
    assert dlg.unknown_teams == ["Riverbend High", "westlake academy", "Lincoln Middle"]
    assert dlg.teams_info.text() == "3 new teams will be created: Riverbend High, westlake academy, Lincoln Middle."
    assert dlg.preview_names() == ["Ana Ruiz", "Ben Cho", "Dee Park"]
    report = dlg.accept_import()
    assert report.lines()[:2] == ["Added 3 participants.",
                                  "Created 3 teams: Riverbend High, westlake academy, Lincoln Middle."]
    assert "Created 3 teams" in dlg.report_text.toPlainText()
    assert sorted(t.name for t in ctx.services.people.teams()) == ["Lincoln Middle", "Riverbend High",
                                                                     "westlake academy"]


def test_choosing_without_a_team_imports_them_unassigned(qtbot, with_teams, tmp_path):
    dlg = open_dialog(qtbot, with_teams, "participants", write(tmp_path, "registration.csv", REGISTRATION))
    assert dlg.unknown_teams == ["Lincoln Middle"]
    assert dlg.create_teams.text() == "Create the missing team"
    qtbot.mouseClick(dlg.unassigned, Qt.MouseButton.LeftButton)
    assert dlg.unassigned.isChecked()
    assert dlg.teams_info.text() == (
        "1 person will be imported without a team: row 5 (not in this convening: Lincoln Middle)."
    )
    assert dlg.preview.item(2, 4).text() == ""
    assert dlg.summary.text() == "3 people to add, 1 person without a team, 1 row skipped, 1 blank row left out."
    look(dlg, "import-unassigned")
    report = dlg.accept_import()
    assert "1 person imported without a team: row 5 (not in this convening: Lincoln Middle)." in report.lines()
    assert [t.name for t in with_teams.services.people.teams()] == ["Riverbend High", "Westlake Academy"]
    assert ("Dee Park", "") in [(p.name, p.team_name) for p in with_teams.services.people.participants()]


ROSTERS = Path(__file__).resolve().parents[1] / "fixtures" / "rosters"


@pytest.mark.parametrize(
    ("fixture", "first_rows", "missing"),
    [
        ("eventbrite_attendees.csv",
         [("Aaliyah Johnson", "Riverbend High School (new)", "teacher"),
          ("José Ángel Hernández", "Riverbend High School (new)", "principal")], 5),
        ("google_forms_responses.csv",
         [("Kwame Mensah", "Lincoln Middle School (new)", "teacher"),
          ("Ana María Pérez-López", "Lincoln Middle School (new)", "principal")], 4),
        ("excel_semicolon_cp1252.csv",
         [("José Ángel Núñez Ortega", "Escuela Primaria Benito Juárez (new)", "teacher"),
          ("Françoise Lefèvre", "Lycée Français (new)", "principal")], 3),
    ],
)
def test_common_exports_preview_everyone(qtbot, ctx, fixture, first_rows, missing, tmp_path):
    dlg = open_dialog(qtbot, ctx, "participants", ROSTERS / fixture)
    assert dlg.error_text() == ""
    shown = [(dlg.preview.item(r, 1).text(), dlg.preview.item(r, 4).text(), dlg.preview.item(r, 5).text())
             for r in range(2)]
    assert shown == first_rows
    assert len(dlg.unknown_teams) == missing
    assert dlg.teams_box.isVisibleTo(dlg)
    look(dlg, f"import-{Path(fixture).stem}")


# --- cancel and import -----------------------------------------------------------------------------


def test_cancel_stores_nothing(qtbot, with_teams, tmp_path):
    dlg = open_dialog(qtbot, with_teams, "participants", write(tmp_path, "registration.csv", REGISTRATION))
    dlg.cancel()
    assert not dlg.isVisible()
    assert dlg.result() == ImportDialog.DialogCode.Rejected
    assert names(with_teams) == []


def test_import_stores_exactly_the_planned_rows_and_reports(qtbot, with_teams, tmp_path):
    with_teams.services.people.add_participant(ParticipantData("Zed Already"))
    dlg = open_dialog(qtbot, with_teams, "participants", write(tmp_path, "registration.csv", REGISTRATION))
    dlg.set_mapping("team", None)
    planned = dlg.preview_names()
    report = dlg.accept_import()
    assert report is not None and report.added == len(planned) == 3
    assert sorted(names(with_teams)) == sorted([*planned, "Zed Already"])
    assert dlg.pages.currentIndex() == 1
    assert dlg.report_title.text() == "Added 3 participants."
    assert "row 4: email 'not-an-email' is not an email address" in dlg.report_text.toPlainText()
    assert dlg.accept_import() is None  # a second click imports nothing more
    assert len(names(with_teams)) == 4


def test_teams_import_then_the_tab_shows_them(qtbot, ctx, tmp_path):
    from app.ui.people.teams_tab import TeamsTab

    tab = TeamsTab(ctx)
    qtbot.addWidget(tab)
    path = write(tmp_path, "teams.csv", "School,District,Grades,Aim\nRiverbend High,Riverbend USD,9-12,FAFSA\n")
    dlg = open_dialog(qtbot, ctx, "teams", path)
    assert dlg.import_button.text() == "Import 1 team"
    assert dlg.accept_import().added == 1
    qtbot.waitUntil(lambda: tab.shown_column(0) == ["Riverbend High"])
    assert tab.shown_column(3) == ["9-12"]


def test_a_failed_import_says_so_and_stores_nothing(qtbot, with_teams, tmp_path, monkeypatch):
    dlg = open_dialog(qtbot, with_teams, "participants", write(tmp_path, "registration.csv", REGISTRATION))

    def broken(_plan):
        raise OSError("disk full")

    monkeypatch.setattr(with_teams.services.people.imports, "apply", broken)
    assert dlg.accept_import() is None
    assert dlg.error_text() == "Nothing was imported from registration.csv: disk full"
    assert dlg.pages.currentIndex() == 0
    assert names(with_teams) == []


# --- files it cannot read -----------------------------------------------------------------------


def test_an_excel_workbook_is_refused_naming_the_file(qtbot, ctx, tmp_path):
    path = tmp_path / "roster.xlsx"
    path.write_bytes(b"PK\x03\x04" + b"\x00" * 50)
    dlg = open_dialog(qtbot, ctx, "participants", path)
    assert dlg.error_text().startswith("roster.xlsx: This is not a CSV text file")
    assert "Save As" in dlg.error_text()
    assert not dlg.import_button.isEnabled()
    assert dlg.accept_import() is None
    assert names(ctx) == []


def test_a_missing_file_is_named(qtbot, ctx, tmp_path):
    dlg = open_dialog(qtbot, ctx, "teams", tmp_path / "gone.csv")
    assert dlg.error_text() == "gone.csv does not exist."


# --- text shown as it is ---------------------------------------------------------------------------


def test_markup_in_the_file_and_its_name_is_shown_literally(qtbot, ctx, tmp_path):
    path = write(tmp_path, "<i>list<i> & co.csv", "Name,Email\n<b>Ana</b> & Co,ana@x.org\n")
    dlg = open_dialog(qtbot, ctx, "participants", path)
    assert dlg.file_label.text() == "<i>list<i> & co.csv"
    assert dlg.preview_names() == ["<b>Ana</b> & Co"]
    labels = dlg.findChildren(QLabel)
    assert all(lbl.textFormat() == Qt.TextFormat.PlainText for lbl in labels)


# --- fitting a small screen ------------------------------------------------------------------------


def test_the_dialog_fits_a_1024x768_screen_with_its_buttons_visible(qtbot, with_teams, tmp_path):
    dlg = open_dialog(qtbot, with_teams, "participants", write(tmp_path, "registration.csv", REGISTRATION))
    dlg.resize(1000, 700)
    qtbot.waitUntil(lambda: dlg.width() <= 1000)
    assert dlg.minimumSizeHint().width() <= 1000 and dlg.minimumSizeHint().height() <= 700
    inside = QRect(0, 0, dlg.width(), dlg.height())
    for button in (dlg.import_button, dlg.cancel_button):
        top_left = button.mapTo(dlg, button.rect().topLeft())
        assert inside.contains(QRect(top_left, button.size())), button.text()
    assert not dlg.grab().isNull()




# --- opening it from the console and the tabs --------------------------------------------------------


def test_file_import_menu_opens_the_dialog(demo_console, qtbot, tmp_path, monkeypatch):
    path = write(tmp_path, "teams.csv", "Name\nNew School\n")
    monkeypatch.setattr(import_dialog, "choose_csv", lambda *_: str(path))
    actions = install_import_menu(demo_console)
    assert [a.text() for a in demo_console.import_menu.actions()][-2:] == ["&Teams from CSV…", "&Participants from CSV…"]
    assert install_import_menu(demo_console) == actions  # a second call adds nothing
    assert len(demo_console.import_menu.actions()) == len(set(demo_console.import_menu.actions()))
    actions["teams"].trigger()
    dialogs = [d for d in demo_console.findChildren(ImportDialog) if d.isVisible()]
    assert len(dialogs) == 1 and dialogs[0].kind == "teams"
    assert dialogs[0].accept_import().added == 1
    qtbot.waitUntil(lambda: demo_console.tab_widgets["Teams"].model.rowCount() == 13)
    dialogs[0].accept()


def test_the_tab_import_button_asks_for_a_file_then_opens_the_dialog(demo_console, tmp_path, monkeypatch):
    chosen: list[str] = []
    path = write(tmp_path, "people.csv", "Name\nNew Person\n")

    def choose(_parent, kind, _settings):
        chosen.append(kind)
        return str(path)

    monkeypatch.setattr(import_dialog, "choose_csv", choose)
    tab = demo_console.tab_widgets["People"]
    tab.import_button.click()
    assert chosen == ["participants"]
    dlg = tab.findChild(ImportDialog)
    assert dlg is not None and dlg.isVisible() and dlg.preview_names() == ["New Person"]
    dlg.cancel()


def test_cancelling_the_file_chooser_opens_nothing(demo_console, monkeypatch):
    monkeypatch.setattr(import_dialog, "choose_csv", lambda *_: "")
    tab = demo_console.tab_widgets["Teams"]
    assert tab.import_csv() is None
    assert tab.findChild(ImportDialog) is None
