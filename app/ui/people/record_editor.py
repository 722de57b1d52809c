"""What the participant and team editors share: save through the service, or say why not."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QVBoxLayout, QWidget

from app.services.people.service import PeopleError
from app.ui.problem_label import ProblemLabel


class _Record(Protocol):
    @property
    def id(self) -> int: ...


class RecordEditor(QDialog):
    """Subclasses set `self.people`, `self.record`, `self.error`, `self.fields`, `self.saved_id`,
    and say how to add and update with `_add(data)` and `_update(id, data)`."""

    record: _Record | None      # what is edited; None: a new one is added
    saved_id: int | None        # its id after a successful save

    def _lay_out(self, rows: list[tuple[str, str, QWidget]], noun: str) -> None:
        """The form (label with its mnemonic, field name used by error messages, widget), the
        problem line and Add/Save + Cancel. Sets `self.fields`, `self.error`, `self.save_button`."""
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for label, _, widget in rows:
            form.addRow(label, widget)
        self.fields = {name: widget for _, name, widget in rows}
        self.error = ProblemLabel()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(QCoreApplication.translate("RecordEditor", "Add") if self.record is None else QCoreApplication.translate("RecordEditor", "Save"))
        self.save_button.setAccessibleName(QCoreApplication.translate("RecordEditor", "Add {noun}").format(noun=noun) if self.record is None else QCoreApplication.translate("RecordEditor", "Save {noun}").format(noun=noun))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(QCoreApplication.translate("RecordEditor", "Cancel"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        outer = QVBoxLayout(self)
        outer.addLayout(form)
        outer.addWidget(self.error)
        outer.addStretch(1)
        outer.addWidget(buttons)

    def data(self) -> object:
        """What is typed, as the service takes it."""
        raise NotImplementedError

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
            self.error.show_error(QCoreApplication.translate("RecordEditor", "Could not save: {exc}").format(exc=exc), self.fields)
            return False
        self.error.clear_error()
        self.accept()
        return True
