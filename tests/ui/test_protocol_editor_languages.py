"""The protocol editor in each language (issue 26): a facilitator writes a protocol's Spanish in the console's
editor, with the English greyed as the reference where a text is not yet translated; Save stores both at once,
and the Spanish projector and the Spanish handout say what was typed while English is unchanged."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QRect, Qt
from PySide6.QtGui import QImage, QKeyEvent, QPainter
from PySide6.QtWidgets import QApplication

from app.services.protocols import library
from app.ui.protocols.editor_dialog import ProtocolEditorDialog, field_label
from app.ui.protocols.library_tab import ProtocolsTab
from tests.export.helpers import export_pdf, flat_text
from tests.ui.test_protocols_tab import _buttons_fit

pytestmark = pytest.mark.gui

STORY = "Story Circle"          # on the demo agenda, so the file holds its own copy (editable)
TYPED = "¿Qué momento de tu escuela te trajo hasta esta red?"
LOOK = Path("/tmp/convene-look")


@pytest.fixture
def tab(demo_console) -> ProtocolsTab:
    found = demo_console.tab_widgets["Protocols"]
    demo_console.tabs.setCurrentWidget(found)
    return found


@pytest.fixture
def story(tab, qtbot):
    assert tab.select(STORY)
    dlg = tab.edit_selected()
    assert isinstance(dlg, ProtocolEditorDialog) and dlg.isVisible()
    qtbot.waitExposed(dlg)
    yield dlg
    if dlg.isVisible():
        dlg.reject()


def type_text(widget, text: str) -> None:
    """Key presses carrying each character (QTest.keyClicks knows ASCII only: "¿" and "é" abort it)."""
    widget.setFocus()
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch))


def _story_item(console) -> int:
    return next(i.id for i in console.ctx.services.agenda.all_items() if i.protocol_name == STORY)


def _projected(console, item_id: int, mode: str) -> str:
    console.ctx.services.live.goto(item_id, 0)
    console.ws.set_projector_lang(mode)
    projector = console.projector
    projector.set_scene("protocol")
    img = QImage(1024, 768, QImage.Format.Format_RGB32)
    p = QPainter(img)
    projector.paint_room(p, QRect(0, 0, 1024, 768))
    p.end()
    return "\n".join(" ".join(t.lines) for t in projector.scene.texts)


def _choose_spanish_by_keyboard(dlg, qtbot) -> None:
    dlg.activateWindow()
    qtbot.keyClick(dlg, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)   # the chooser's label: &Language
    assert QApplication.focusWidget() is dlg.lang_combo
    qtbot.keyClick(dlg.lang_combo, Qt.Key.Key_Down)
    assert dlg.lang == "es"


def test_a_spanish_prompt_typed_in_the_editor_reaches_the_spanish_projector_and_handout(demo_console, tab, story,
                                                                                      qtbot, tmp_path):
    service = tab.service
    before = service.get(STORY)
    english_prompt = before.steps[0].prompt
    _choose_spanish_by_keyboard(story, qtbot)
    story.tabs.setCurrentIndex(2)
    story.steps_editor.select(0)
    box = story.steps_editor.prompt_edit
    assert box.toPlainText() == before.in_language("es").steps[0].prompt, "the Spanish as the file has it"
    box.clear()
    type_text(box, TYPED)
    assert story.save(), story.error_text()

    after = service.get(STORY)
    assert after.in_language("es").steps[0].prompt == TYPED
    assert after.steps[0].prompt == english_prompt, "English unchanged"
    assert after.in_language("es").steps[1].prompt == before.in_language("es").steps[1].prompt, "the rest kept"

    item_id = _story_item(demo_console)
    said = _projected(demo_console, item_id, "es")
    assert TYPED in said and english_prompt not in said
    said = _projected(demo_console, item_id, "en")
    assert english_prompt in said and TYPED not in said

    service.set_step_note(item_id, 0, "Each person spoke once.")   # so the handout lists the item
    spanish = flat_text(export_pdf(demo_console.ctx.services, tmp_path / "es.pdf", lang="es"))
    assert TYPED in spanish and " ".join(english_prompt.split()) not in spanish
    english = flat_text(export_pdf(demo_console.ctx.services, tmp_path / "en.pdf", lang="en"))
    assert " ".join(english_prompt.split()) in english and TYPED not in english
    both = flat_text(export_pdf(demo_console.ctx.services, tmp_path / "both.pdf", lang="bilingual"))
    assert TYPED in both and " ".join(english_prompt.split()) in both


def test_a_text_not_yet_translated_shows_the_english_greyed_and_stays_untranslated(tab, story, qtbot):
    service = tab.service
    before = service.get(STORY)
    story.set_language("es")
    assert story.name_edit.text() == before.in_language("es").name
    story.purpose_edit.clear()               # the Spanish purpose removed: not translated any more
    assert story.purpose_edit.placeholderText() == before.purpose, "the English as the greyed reference"
    assert story.credit_edit.isReadOnly() and story.roles_edit.isReadOnly(), "the same in every language"
    story.tabs.setCurrentIndex(2)
    story.steps_editor.select(1)
    story.steps_editor.title_edit.clear()
    assert story.steps_editor.title_edit.placeholderText() == before.steps[1].title
    story.set_language("en")                 # back in English: the texts as written, editable
    assert story.purpose_edit.toPlainText() == before.purpose and not story.credit_edit.isReadOnly()
    assert story.steps_editor.title_edit.text() == before.steps[1].title
    assert story.save(), story.error_text()
    after = service.get(STORY)
    assert after.in_language("es").purpose == before.purpose, "no Spanish purpose: shown as written"
    assert after.in_language("es").steps[1].title == before.steps[1].title
    assert after.in_language("es").steps[0].title == before.in_language("es").steps[0].title
    assert after.purpose == before.purpose and [s.title for s in after.steps] == [s.title for s in before.steps]


def test_a_moved_step_keeps_its_own_spanish(tab, story):
    before = tab.service.get(STORY)
    story.tabs.setCurrentIndex(2)
    story.steps_editor.select(0)
    story.steps_editor.move_step(1)
    assert story.save(), story.error_text()
    after = tab.service.get(STORY).in_language("es")
    es = before.in_language("es")
    assert [s.prompt for s in after.steps[:2]] == [es.steps[1].prompt, es.steps[0].prompt]


def test_a_refused_spanish_text_is_shown_in_spanish(tab, story):
    story.set_language("es")
    story.tabs.setCurrentIndex(2)
    story.steps_editor.select(0)
    story.steps_editor.prompt_edit.setPlainText("x" * 400)
    story.set_language("en")
    assert not story.save()
    assert story.lang == "es" and story.tabs.currentIndex() == 2
    assert story.error_text().startswith("Step 1, Prompt (Español):")
    assert field_label("es.name") == "Name (Español)"


def test_a_library_protocol_stays_read_only(tab):
    tab.select("Chalk Talk")
    assert tab.edit_selected() is None


def test_render_the_editor_in_spanish(spanish, demo_console, tab, story):
    """The console in Spanish, the editor on its Spanish texts: every page at 1024x768 and 1920x1080."""
    LOOK.mkdir(parents=True, exist_ok=True)
    assert story.lang_hint.text().startswith("Elija Español")
    for width, height in ((1024, 768), (1920, 1080)):
        story.fit_to(width, height)
        story.set_language("es")
        story.steps_editor.select(1)
        story.steps_editor.prompt_edit.clear()   # a prompt not yet translated: the English greyed
        assert story.lang_hint.text().startswith("Un texto aún sin traducir")
        for page in range(story.tabs.count()):
            story.tabs.setCurrentIndex(page)
            for _ in range(5):
                QApplication.processEvents()
            _buttons_fit(story)
            assert story.grab().save(str(LOOK / f"protocol-editor-es-{page + 1}-{width}x{height}.png"))


def test_an_english_text_changed_drops_the_spanish_left_as_it_was(tab, story):
    """The Spanish of a text changed in English no longer says the same: it goes (shown as written, greyed),
    unless it was edited too; the Spanish of every other text stays."""
    before = tab.service.get(STORY)
    es = before.in_language("es")
    story.tabs.setCurrentIndex(2)
    story.steps_editor.select(0)
    story.steps_editor.prompt_edit.setPlainText("Sit in a circle; we begin with a breath.")
    story.steps_editor.select(1)
    story.steps_editor.prompt_edit.setPlainText("Choose one story to tell.")
    story.purpose_edit.setPlainText("Build trust through short stories.")
    story.set_language("es")
    assert story.purpose_edit.toPlainText() == "" and story.purpose_edit.placeholderText() == \
        "Build trust through short stories."
    story.steps_editor.select(0)
    assert story.steps_editor.prompt_edit.toPlainText() == ""
    assert story.steps_editor.prompt_edit.placeholderText() == "Sit in a circle; we begin with a breath."
    story.steps_editor.select(1)
    story.steps_editor.prompt_edit.setPlainText("Elige una historia para contar.")   # translated again
    assert story.save(), story.error_text()
    after = tab.service.get(STORY).in_language("es")
    assert after.purpose == "Build trust through short stories."
    assert after.steps[0].prompt == "Sit in a circle; we begin with a breath."
    assert after.steps[1].prompt == "Elige una historia para contar."
    assert after.steps[2].prompt == es.steps[2].prompt and after.name == es.name


def test_in_the_spanish_console_the_chooser_is_alt_i_from_the_steps_page(spanish, tab, story, qtbot):
    story.tabs.setCurrentIndex(2)
    story.steps_editor.prompt_edit.setFocus()
    story.activateWindow()
    qtbot.keyClick(story, Qt.Key.Key_I, Qt.KeyboardModifier.AltModifier)   # "&Idioma de los textos:"
    assert QApplication.focusWidget() is story.lang_combo
    qtbot.keyClick(story.lang_combo, Qt.Key.Key_Down)
    assert story.lang == "es" and story.steps_editor.lang == "es"
    qtbot.keyClick(story.lang_combo, Qt.Key.Key_Up)
    assert story.lang == "en" and story.steps_editor.prompt_edit.toPlainText() == \
        tab.service.get(STORY).steps[0].prompt


def test_clearing_the_last_spanish_text_keeps_it_cleared(tab):
    """A protocol whose only Spanish is one prompt: cleared in the editor, it stays cleared (nothing carried back)."""
    import dataclasses

    from app.domain.protocols.model import texts_from

    plain = dataclasses.replace(library.find(STORY), name="Our Story Circle", texts=())
    steps = tuple(dataclasses.replace(s, texts=texts_from({"es": {"prompt": "¿Qué historia cuentas?"}}) if i == 0
                                      else ()) for i, s in enumerate(plain.steps))
    tab.service.save(dataclasses.replace(plain, steps=steps))
    assert tab.select("Our Story Circle")
    dlg = tab.edit_selected()
    dlg.set_language("es")
    dlg.tabs.setCurrentIndex(2)
    dlg.steps_editor.select(0)
    assert dlg.steps_editor.prompt_edit.toPlainText() == "¿Qué historia cuentas?"
    dlg.steps_editor.prompt_edit.clear()
    assert dlg.save(), dlg.error_text()
    saved = tab.service.get("Our Story Circle")
    assert saved.languages() == () and saved.in_language("es").steps[0].prompt == plain.steps[0].prompt
