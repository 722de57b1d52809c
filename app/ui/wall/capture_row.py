"""The Wall tab's capture row: the note box, its colour and author, and the preview of a paste.

Type a note and press Enter; the box empties and keeps the focus, so one typist adds note after
note without the mouse. Pasting several lines shows a preview ("Add 12 notes") before anything
is added. The row acts through its tab (`act`, `need_board`, `status`): one WallService call each.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from app.domain.wall.palette import PALETTE
from app.ui.buttons import button
from app.ui.i18n import QT_TRANSLATE_NOOP

# The domain's palette (app/domain/wall/palette.py), its names and patterns as the console shows them.
COLOUR_WORDS = (
    QT_TRANSLATE_NOOP("colours", "Yellow"), QT_TRANSLATE_NOOP("colours", "Sky blue"),
    QT_TRANSLATE_NOOP("colours", "Orange"), QT_TRANSLATE_NOOP("colours", "Green"), QT_TRANSLATE_NOOP("colours", "Pink"),
    QT_TRANSLATE_NOOP("colours", "Vermillion"), QT_TRANSLATE_NOOP("colours", "stripes"),
    QT_TRANSLATE_NOOP("colours", "dots"), QT_TRANSLATE_NOOP("colours", "corner"), QT_TRANSLATE_NOOP("colours", "grid"),
    QT_TRANSLATE_NOOP("colours", "band"),
)

class CaptureBox(QPlainTextEdit):
    """One note at a time: Enter adds it (Shift+Enter is a new line); a paste of many lines asks first."""

    submitted = Signal(str)
    pasted = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.setAccessibleName(QCoreApplication.translate("CaptureBox", "New note"))
        self.setPlaceholderText(QCoreApplication.translate("CaptureBox", "Type a note and press Enter (paste many lines to add one note each)"))
        self.setTabChangesFocus(True)
        self.setFixedHeight(self.fontMetrics().lineSpacing() * 2 + 14)

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
                event.modifiers() & Qt.KeyboardModifier.ShiftModifier):
            self.submitted.emit(self.toPlainText())
            return
        super().keyPressEvent(event)

    def insertFromMimeData(self, source) -> None:
        text = source.text() if source.hasText() else ""
        if len([line for line in text.splitlines() if line.strip()]) > 1:
            self.pasted.emit(text)
            return
        super().insertFromMimeData(source)


class CaptureRow(QWidget):
    def __init__(self, tab) -> None:
        super().__init__()
        self.tab = tab
        self.service = tab.service
        self.pending_paste: list[str] = []

        self.capture = CaptureBox()
        self.capture.submitted.connect(self.add_typed)
        self.capture.pasted.connect(self.preview_paste)
        self.colour_combo = QComboBox()
        self.colour_combo.setAccessibleName(QCoreApplication.translate("CaptureRow", "Note colour"))
        for c in PALETTE:
            label = QCoreApplication.translate("colours", c.label)
            self.colour_combo.addItem(
                QCoreApplication.translate("colours", "{colour} ({pattern})").format(
                    colour=label, pattern=QCoreApplication.translate("colours", c.pattern))
                if c.pattern != "none" else label, c.key)
        self.author = QLineEdit()
        self.author.setPlaceholderText(QCoreApplication.translate("CaptureRow", "Author or team (optional)"))
        self.author.setAccessibleName(QCoreApplication.translate("CaptureRow", "Note author"))
        row = QHBoxLayout()
        row.addWidget(self.capture, 3)
        row.addWidget(self.colour_combo)
        row.addWidget(self.author, 1)
        self.preview = QLabel("")
        self.preview.setWordWrap(True)
        self.add_pasted_button = button(QCoreApplication.translate("CaptureRow", "Add them"), QCoreApplication.translate("CaptureRow", "Add the pasted notes"), self.add_pasted)
        self.cancel_paste_button = button(QCoreApplication.translate("CaptureRow", "Cancel"), QCoreApplication.translate("CaptureRow", "Do not add the pasted notes"), self.cancel_paste)
        paste_row = QHBoxLayout()
        paste_row.addWidget(self.preview, 1)
        paste_row.addWidget(self.add_pasted_button)
        paste_row.addWidget(self.cancel_paste_button)
        self._show_paste(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addLayout(paste_row)

    def add_typed(self, text: str) -> None:
        board_id = self.tab.need_board()
        if board_id is None or not text.strip():
            return
        note_id = self.tab.act(self.service.add_note, board_id, text, self.colour_combo.currentData(),
                               self.author.text())
        if note_id is not None:
            self.capture.clear()
            self.capture.setFocus()
            board = self.tab.board
            dups = board.view_data.duplicates.get(note_id, []) if board.view_data else []
            if dups:
                self.tab.status.setText(QCoreApplication.translate("CaptureRow", "This note looks like one already on the wall (marked with a folded corner)."))

    def preview_paste(self, text: str) -> None:
        preview = self.service.preview_paste(text)
        self.pending_paste = preview.notes
        lines = [QCoreApplication.translate("CaptureRow", "Add {count} notes, one per line?").format(count=len(preview.notes))]
        lines += [f"  {t[:80]}" for t in preview.notes[:5]]
        if len(preview.notes) > 5:
            lines.append(QCoreApplication.translate("CaptureRow", "  … and {value} more").format(value=len(preview.notes) - 5))
        lines += preview.problems
        self.preview.setText("\n".join(lines))
        self.add_pasted_button.setText(self.tr("Add %n note(s)", "", len(preview.notes)))
        self._show_paste(True)

    def add_pasted(self) -> None:
        board_id = self.tab.need_board()
        if board_id is None:
            return
        if self.tab.act(self.service.add_notes, board_id, self.pending_paste, self.colour_combo.currentData(),
                        self.author.text()) is not None:
            self.cancel_paste()
        self.capture.setFocus()

    def cancel_paste(self) -> None:
        self.pending_paste = []
        self._show_paste(False)
        self.capture.setFocus()

    def _show_paste(self, on: bool) -> None:
        for w in (self.preview, self.add_pasted_button, self.cancel_paste_button):
            w.setVisible(on)
