"""What the participant and team editors share: save through the service, or say why not."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog

from app.services.people import PeopleError


class RecordEditor(QDialog):
    """Subclasses set `self.people`, `self.record`, `self.error`, `self.fields`, `self.saved_id`,
    and say how to add and update with `_add(data)` and `_update(id, data)`."""

    def _add(self, data) -> int:
        raise NotImplementedError

    def _update(self, record_id: int, data) -> None:
        raise NotImplementedError

    def error_text(self) -> str:
        return self.error.text()

    def save(self) -> bool:
        """Store what is typed. True (and the dialog closes) when saved; False shows why and keeps it open."""
        try:
            if self.record is None:
                self.saved_id = self._add(self.data())
            else:
                self._update(self.record.id, self.data())
                self.saved_id = self.record.id
        except PeopleError as exc:
            self.error.show_error(str(exc), self.fields)
            return False
        except Exception as exc:  # noqa: BLE001 - the file may be gone or full; say so, keep the typing
            self.error.show_error(f"Could not save: {exc}", self.fields)
            return False
        self.error.clear_error()
        self.accept()
        return True
