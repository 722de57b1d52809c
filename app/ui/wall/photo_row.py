"""The Wall tab's photo row: photos of the board's chart paper. "Add photo…" (or an image file dropped on
the tab) stores a photo with the caption typed beside it; the list names the board's photos, Show puts
the chosen one on the projector (the Wall scene at its page), Put up shows a phone's photo that waited
under moderation, and Remove takes one off (each one undo step, through wall.photos). They show on the projector as the
Wall scene's last pages and in the handout. It acts through its tab (`act`, `need_board`).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QFileDialog, QHBoxLayout, QLabel, QLineEdit, QWidget

from app.ui.buttons import button
from app.ui.i18n import QT_TRANSLATE_NOOP

PHOTO_FILTER = QT_TRANSLATE_NOOP("photo_row", "Photos (*.jpg *.jpeg *.png *.JPG *.JPEG *.PNG);;All files (*)")
PHOTO_SUFFIXES = (".jpg", ".jpeg", ".png")
NONE = QT_TRANSLATE_NOOP("PhotoRow", "No photos yet")


class PhotoRow(QWidget):
    def __init__(self, tab) -> None:
        super().__init__()
        self.tab = tab
        self.photos = tab.service.photos
        self.caption = QLineEdit()
        self.caption.setPlaceholderText(QCoreApplication.translate("PhotoRow", "Caption for the next photo"))
        self.caption.setAccessibleName(QCoreApplication.translate("PhotoRow", "Caption for the next photo"))
        self.add_button = button(QCoreApplication.translate("PhotoRow", "Add photo…"), QCoreApplication.translate("PhotoRow", "Add a photo of chart paper to this board"), self.add_dialog)
        self.chosen = QComboBox()
        self.chosen.setAccessibleName(QCoreApplication.translate("PhotoRow", "The board's photos"))
        self.chosen.setMinimumContentsLength(16)
        self.chosen.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.remove_button = button(QCoreApplication.translate("PhotoRow", "Remove photo"), QCoreApplication.translate("PhotoRow", "Remove the chosen photo from this board"), self.remove_chosen)
        self.show_button = button(QCoreApplication.translate("PhotoRow", "Show"), QCoreApplication.translate("PhotoRow", "Show the chosen photo on the projector"), self.show_chosen)
        self.accept_button = button(QCoreApplication.translate("PhotoRow", "Put up"), QCoreApplication.translate("PhotoRow", "Put up the chosen phone's photo (it waited for you: Moderate)"),
                                    self.accept_chosen)
        self.chosen.currentIndexChanged.connect(lambda _i: self._buttons())
        self._waiting: set[int] = set()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(QCoreApplication.translate("PhotoRow", "Photos:")))
        row.addWidget(self.chosen, 1)
        row.addWidget(self.show_button)
        row.addWidget(self.accept_button)
        row.addWidget(self.remove_button)
        row.addWidget(self.caption, 1)
        row.addWidget(self.add_button)
        self.show_board(None)

    def show_board(self, view) -> None:
        photos = list(getattr(view, "photos", ()) or ())
        keep = self.chosen.currentData()
        self.chosen.clear()
        self._waiting = {ph.id for ph in photos if ph.waiting}
        self.chosen.blockSignals(True)
        for k, ph in enumerate(photos, start=1):
            note = QCoreApplication.translate("PhotoRow", " (waiting: from a phone)") if ph.waiting else QCoreApplication.translate("PhotoRow", " (from a phone)") if ph.source == "phone" else ""
            self.chosen.addItem(f"{k}. " + (ph.caption or QCoreApplication.translate("PhotoRow", "No caption")) + note, ph.id)
        if not photos:
            self.chosen.addItem(QCoreApplication.translate("PhotoRow", NONE), None)
        index = self.chosen.findData(keep)
        self.chosen.setCurrentIndex(index if index >= 0 and keep is not None else max(0, self.chosen.count() - 1))
        self.chosen.blockSignals(False)
        self.chosen.setEnabled(bool(photos))
        self._buttons()

    def _buttons(self) -> None:
        photo_id = self.chosen.currentData()
        self.remove_button.setEnabled(photo_id is not None)
        self.show_button.setEnabled(photo_id is not None and photo_id not in self._waiting)
        self.accept_button.setEnabled(photo_id is not None and photo_id in self._waiting)

    def add_dialog(self) -> None:
        if self.tab.need_board() is None:
            return
        name, _ = QFileDialog.getOpenFileName(self, QCoreApplication.translate("PhotoRow", "Add a photo of chart paper"), "", QCoreApplication.translate("photo_row", PHOTO_FILTER))
        if name:
            self.add_file(Path(name))

    def add_file(self, path: Path) -> int | None:
        """Store the photo at `path` on the board with the caption typed (then cleared); None if refused
        (the tab says why, in one sentence)."""
        board_id = self.tab.need_board()
        if board_id is None:
            return None
        photo_id = self.tab.act(self.photos.add_file, board_id, path, self.caption.text())
        if photo_id is not None:
            self.caption.clear()
            n = len(self.photos.of_board(board_id))
            blind = self.tab.service.board(board_id).collecting
            where = (QCoreApplication.translate("PhotoRow", "it shows on the projector once the notes are revealed") if blind
                     else QCoreApplication.translate("PhotoRow", "it is the Wall's last page on the projector"))
            self.tab.status.setText(QCoreApplication.translate("PhotoRow", "Added the photo {name}: {where}").format(name=path.name, where=where) + (self.tr(" (%n photo(s)).", "", n) if n > 1 else "."))
        return photo_id

    def show_chosen(self) -> None:
        """The Wall scene on the projector, at the chosen photo's page."""
        photo_id = self.chosen.currentData()
        projector = self.tab.ctx.projector
        if photo_id is None or projector is None:
            return
        scene = projector.scenes.get("wall")
        if scene is not None:
            scene.show_photo(photo_id)
            projector.set_scene("wall")
            if self.tab.board.view_data is not None and self.tab.board.view_data.board.collecting:
                self.tab.status.setText(QCoreApplication.translate("PhotoRow", "The notes are coming in blind: the photo shows once they are revealed."))

    def accept_chosen(self) -> None:
        photo_id = self.chosen.currentData()
        if photo_id is None or photo_id not in self._waiting:
            return
        try:
            self.photos.accept(photo_id)
        except ValueError as exc:
            self.tab.report(str(exc))
            return
        self.tab.status.setText(QCoreApplication.translate("PhotoRow", "The photo is up: on the projector's Wall pages and in the handout."))

    def remove_chosen(self) -> None:
        photo_id = self.chosen.currentData()
        if photo_id is None:
            self.tab.report(QCoreApplication.translate("PhotoRow", "No photo to remove: add one with Add photo…."))
            return
        try:
            self.photos.remove(photo_id)
        except ValueError as exc:
            self.tab.report(str(exc))
            return
        self.tab.status.setText(QCoreApplication.translate("PhotoRow", "Removed the photo (Edit > Undo brings it back)."))


def photo_paths(mime) -> list[Path]:
    """The image files (JPEG or PNG, by name) among what is dragged or dropped."""
    if not mime.hasUrls():
        return []
    return [Path(u.toLocalFile()) for u in mime.urls()
            if u.isLocalFile() and Path(u.toLocalFile()).suffix.lower() in PHOTO_SUFFIXES]
