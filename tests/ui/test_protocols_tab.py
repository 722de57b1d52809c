"""The Protocols tab and its editor, driven the way a facilitator would (dialogs never exec'd)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton

from app.domain.protocols import protocol_to_toml
from app.services.protocols import library
from app.ui.protocols.editor_dialog import ProtocolEditorDialog, field_label
from app.ui.protocols.library_tab import ProtocolsTab

pytestmark = pytest.mark.gui

LOOK = Path("/tmp/convene-look")
CONSULTANCY = "Consultancy on a Dilemma"


@pytest.fixture
def tab(demo_console) -> ProtocolsTab:
    found = demo_console.tab_widgets.get("Protocols")
    if found is None:  # until the tab is listed in app/ui/console/tabs.py
        found = ProtocolsTab(demo_console.ctx)
        demo_console.tab_widgets["Protocols"] = found
        demo_console.tabs.addTab(found, "Protocols")
    demo_console.tabs.setCurrentWidget(found)
    return found


@pytest.fixture
def editor(tab, qtbot):
    """The editor opened by "Duplicate and edit…" on the consultancy protocol."""
    assert tab.select(CONSULTANCY)
    dlg = tab.duplicate_and_edit()
    assert isinstance(dlg, ProtocolEditorDialog) and dlg.isVisible()
    yield dlg
    if dlg.isVisible():
        dlg.reject()


def settle() -> None:
    for _ in range(5):
        QApplication.processEvents()


# -- browsing ---------------------------------------------------------------------------


def test_the_demo_lists_every_protocol_and_marks_the_files_own(tab):
    names = tab.visible_names()
    assert len(names) >= 15
    assert names == sorted(names, key=str.casefold)
    assert tab.count_label.text() == f"{len(names)} protocols"
    markers = {tab.proxy.index(r, 0).data(): tab.proxy.index(r, 2).data() for r in range(tab.proxy.rowCount())}
    assert markers["Story Circle"] == "in this file"  # on the demo agenda
    assert markers["Chalk Talk"] == ""  # library only
    minutes = {tab.proxy.index(r, 0).data(): tab.proxy.index(r, 1).data() for r in range(tab.proxy.rowCount())}
    assert minutes[CONSULTANCY] == "50"


def test_filter_narrows_by_name_and_purpose(tab):
    tab.set_filter("DILEMMA")
    shown = tab.visible_names()
    assert CONSULTANCY in shown and "Role-Alike Dilemma Share" in shown
    assert "Chalk Talk" not in shown
    assert tab.count_label.text() == f"{len(shown)} of {tab.model.rowCount()} protocols"
    tab.set_filter("no protocol is called this")
    assert tab.visible_names() == []
    assert "No protocol matches" in tab.view.toPlainText()
    assert not tab.duplicate_button.isEnabled()


def test_selecting_a_protocol_shows_it_with_every_step(tab):
    assert tab.select(CONSULTANCY)
    text = tab.view.toPlainText()
    p = library.find(CONSULTANCY)
    for heading in ("Purpose", "When to use it", "Group size", "Roles", "Materials", "Norms", "Equity moves", "Credit"):
        assert heading in text
    assert p.credit in text and p.norms[0] in text
    for n, step in enumerate(p.steps, 1):
        assert f"{n}. {step.title}" in text
        assert step.prompt in text
    assert "— 8 minutes" in text and "Who speaks: presenter" in text and "Who speaks: everyone" in text
    assert text.index("Credit") < text.index("1. The presenter frames the dilemma"), "about first, then the steps"
    assert not tab.edit_button.isEnabled() and not tab.delete_button.isEnabled(), "library protocols are read-only"
    assert tab.select("Story Circle")
    assert tab.edit_button.isEnabled() and tab.delete_button.isEnabled()


def test_the_longest_prompt_is_shown_whole(tab):
    length, name, prompt = max((len(s.prompt), p.name, s.prompt) for p in library.library() for s in p.steps)
    assert length > 110   # the library's prompts fit a bilingual 4:3 projector: the longest is about 120 characters
    tab.select(name)
    assert prompt in tab.view.toPlainText()


def test_names_with_markup_are_shown_as_typed(tab):
    odd = dataclasses.replace(library.find("Chalk Talk"), name="<b>Chalk</b> & <i>Talk</i> for K-8")
    tab.service.save(odd)
    assert tab.select(odd.name)
    assert "<b>Chalk</b> & <i>Talk</i> for K-8" in tab.view.toPlainText()


# -- the editor -------------------------------------------------------------------------------


def test_duplicate_and_edit_stores_a_file_copy_only_on_save(tab, editor):
    assert editor.name_edit.text() == f"{CONSULTANCY} (copy)"
    before = tab.visible_names()
    editor.name_edit.setText("Consultancy for counselors")
    editor.steps_editor.select(1)
    editor.steps_editor.prompt_edit.setPlainText("Quick facts only: who, when, how many?")
    editor.steps_editor.minutes_spin.setValue(7)
    assert editor.total_label.text() == "Steps add up to 52 of 52 minutes"
    assert tab.visible_names() == before, "nothing is stored before Save"
    assert editor.save()
    assert not editor.isVisible()
    saved = tab.service.get("Consultancy for counselors")
    assert saved.minutes == 52 and saved.steps[1].minutes == 7
    assert saved.steps[1].prompt == "Quick facts only: who, when, how many?"
    assert tab.service.in_file("Consultancy for counselors")
    assert tab.selected_name() == "Consultancy for counselors"
    assert "in this file" in tab.proxy.index(tab.list.currentIndex().row(), 2).data()
    assert tab.service.get(CONSULTANCY) == library.find(CONSULTANCY)


def test_cancel_discards_every_edit(tab, editor):
    before = tab.service.all()
    editor.name_edit.setText("Never saved")
    editor.steps_editor.add_step()
    editor.reject()
    assert tab.service.all() == before


def test_steps_can_be_added_removed_and_reordered(editor):
    steps = editor.steps_editor
    steps.select(5)
    steps.add_step()
    steps.title_edit.setText("Appreciations")
    steps.minutes_spin.setValue(3)
    assert [s.title for s in editor.protocol().steps][-2:] == ["Debrief the process", "Appreciations"]
    steps.move_step(-1)
    assert [s.title for s in editor.protocol().steps][-2:] == ["Appreciations", "Debrief the process"]
    steps.select(0)
    steps.remove_step()
    p = editor.protocol()
    assert p.steps[0].title == "Clarifying questions" and len(p.steps) == 6
    assert p.minutes == sum(s.minutes for s in p.steps) == 50 - 8 + 3
    assert not steps.up_button.isEnabled(), "the first step cannot move up"


def test_speakers_are_ticked_from_the_roles(editor):
    steps = editor.steps_editor
    steps.select(0)
    labels = [steps.speakers_list.item(i).text() for i in range(steps.speakers_list.count())]
    assert labels == ["presenter", "facilitator", "participants"]
    steps.speakers_list.item(1).setCheckState(Qt.CheckState.Checked)
    assert editor.protocol().steps[0].speakers == ("presenter", "facilitator")
    editor.roles_edit.setPlainText("presenter\nfacilitator\nparticipants\nstudents")
    assert steps.speakers_list.count() == 4


def test_a_total_that_does_not_match_is_shown_live_and_refused_on_save(tab, editor):
    editor.sum_check.setChecked(False)
    editor.total_spin.setValue(40)
    assert editor.total_label.text() == "Steps add up to 50 of 40 minutes: 10 min too many"
    before = tab.service.all()
    assert not editor.save()
    assert editor.isVisible()
    assert editor.error_text().startswith("Total minutes: is 40 but the steps add up to 50")
    assert tab.service.all() == before
    editor.set_total_to_sum()
    assert editor.total_label.text() == "Steps add up to 50 of 50 minutes"
    assert editor.save()


def test_errors_name_the_field_and_show_it(tab, editor):
    editor.steps_editor.select(3)
    editor.steps_editor.prompt_edit.setPlainText("Talk it through. " * 20)
    assert "too long" in editor.steps_editor.prompt_count.text()
    editor.tabs.setCurrentIndex(0)
    assert not editor.save()
    assert editor.error_text().startswith("Step 4, Prompt: is 339 characters")
    assert editor.tabs.currentIndex() == 2 and editor.steps_editor.current() == 3
    editor.steps_editor.prompt_edit.setPlainText("Talk it through.")
    editor.name_edit.setText("chalk talk")
    assert not editor.save()
    assert editor.error_text().startswith("Name: “chalk talk” is the same name as “Chalk Talk”")
    assert editor.tabs.currentIndex() == 0
    assert "chalk talk" not in [p.name.casefold() for p in tab.service.all() if p.origin == "file"]


def test_field_labels_read_as_words():
    assert field_label("steps[2].speakers") == "Step 2, Who speaks"
    assert field_label("norms[3]") == "Norms, item 3"
    assert field_label("when_to_use") == "When to use it"


def test_edit_changes_the_files_copy_in_place(tab):
    assert tab.select("Story Circle")
    dlg = tab.edit_selected()
    dlg.purpose_edit.setPlainText("Hear where each of us comes from before we plan together.")
    assert dlg.save()
    assert tab.service.get("Story Circle").purpose == "Hear where each of us comes from before we plan together."
    assert tab.visible_names().count("Story Circle") == 1
    assert "Hear where each of us comes from" in tab.view.toPlainText()


def test_library_protocols_cannot_be_opened_for_editing(tab):
    tab.select("Chalk Talk")
    assert tab.edit_selected() is None


# -- files --------------------------------------------------------------------------------------


def test_an_import_error_names_the_file_and_the_line(tab, tmp_path):
    bad = tmp_path / "our-fishbone.toml"
    bad.write_text('format = 1\nname = "Our fishbone\npurpose = "x"\n', encoding="utf-8")
    before = tab.visible_names()
    assert tab.import_path(bad) is None
    assert tab.last_error.startswith("our-fishbone.toml, line 2")
    assert tab.message.isVisibleTo(tab) and "our-fishbone.toml" in tab.message.text()
    assert tab.visible_names() == before


def test_an_import_with_a_taken_name_says_so_and_can_be_renamed(tab, tmp_path):
    path = tmp_path / "chalk.toml"
    path.write_text(protocol_to_toml(library.find("Chalk Talk")), encoding="utf-8")
    assert tab.import_path(path) is None
    assert tab.last_error.startswith("chalk.toml, line 2, field name:")
    assert tab.import_path(path, new_name="Chalk Talk (imported)") == "Chalk Talk (imported)"
    assert tab.selected_name() == "Chalk Talk (imported)"
    assert "Imported" in tab.message.text()


def test_export_writes_a_file_that_imports_back(tab, tmp_path):
    tab.select("Gallery Walk")
    assert tab.export_to(tmp_path / "gallery")
    text = (tmp_path / "gallery.toml").read_text(encoding="utf-8")
    assert 'name = "Gallery Walk"' in text


def test_delete_refuses_while_the_agenda_uses_it(tab):
    tab.select("Story Circle")
    assert not tab.delete_selected(confirmed=True)
    assert "Story circles: the road that brought us here" in tab.last_error
    assert tab.service.in_file("Story Circle")


def test_delete_a_file_protocol(tab):
    tab.service.duplicate("Chalk Talk")
    tab.select("Chalk Talk (copy)")
    assert tab.delete_selected(confirmed=True)
    assert "Chalk Talk (copy)" not in tab.visible_names()


# -- how it looks -------------------------------------------------------------------------------


def _buttons_fit(widget) -> None:
    """Every visible button shows its whole label and no two buttons overlap."""
    buttons = [b for b in widget.findChildren(QPushButton) if b.isVisibleTo(widget)]
    assert buttons
    for b in buttons:
        assert b.width() >= b.minimumSizeHint().width(), f"“{b.text()}” is clipped"
    rects = [(b, b.mapTo(widget, b.rect().topLeft()), b.size()) for b in buttons]
    for i, (a, pa, sa) in enumerate(rects):
        for b, pb, sb in rects[i + 1 :]:
            overlap = pa.x() < pb.x() + sb.width() and pb.x() < pa.x() + sa.width() and \
                pa.y() < pb.y() + sb.height() and pb.y() < pa.y() + sa.height()
            assert not overlap, f"“{a.text()}” overlaps “{b.text()}”"


@pytest.mark.parametrize("size", [(1024, 768), (1920, 1080)])
def test_render_the_tab_and_editor(demo_console, tab, size):
    width, height = size
    LOOK.mkdir(parents=True, exist_ok=True)
    demo_console.resize(width, height)
    tab.select(CONSULTANCY)
    settle()
    assert tab.view.horizontalScrollBar().maximum() == 0, "the protocol text wraps to the view"
    assert tab.list.horizontalScrollBar().maximum() == 0, "the list fits its pane"
    _buttons_fit(tab)
    assert demo_console.grab().save(str(LOOK / f"protocols-tab-{width}x{height}.png"))

    dlg = tab.duplicate_and_edit()
    dlg.fit_to(width, height)
    assert dlg.width() <= width and dlg.height() <= height
    for page in range(dlg.tabs.count()):
        dlg.tabs.setCurrentIndex(page)
        settle()
        _buttons_fit(dlg)
        assert dlg.grab().save(str(LOOK / f"protocols-editor-{page + 1}-{width}x{height}.png"))
    dlg.sum_check.setChecked(False)
    dlg.total_spin.setValue(45)
    dlg.save()
    settle()
    assert dlg.grab().save(str(LOOK / f"protocols-editor-error-{width}x{height}.png"))
    dlg.reject()
