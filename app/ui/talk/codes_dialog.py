"""The codes for turns in the conversation being tracked: up to four, one key each (Alt+1 … Alt+4).

Empty fields are no code; all empty turns codes off for the conversation. The suggested codes are
low-inference (what was said, not how good it was), after classroom-discourse observation practice.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout

from app.domain.talk.codes import DEFAULT_CODES, MAX_CODES, MAX_LABEL, CodeError, check_labels


class CodesDialog(QDialog):
    def __init__(self, parent, labels: list[str]) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("CodesDialog", "Codes for turns"))
        intro = QLabel(QCoreApplication.translate("CodesDialog", "Up to four codes. During the conversation, Alt+1 … Alt+4 give a code to the turn running now, or else the last one (again takes it off). Leave all empty for no codes."))
        intro.setWordWrap(True)
        self.fields: list[QLineEdit] = []
        form = QFormLayout()
        for i in range(MAX_CODES):
            field = QLineEdit(labels[i] if i < len(labels) else "")
            field.setMaxLength(MAX_LABEL)
            field.setAccessibleName(QCoreApplication.translate("CodesDialog", "Code {value} (Alt+{value})").format(value=i + 1))
            form.addRow(QCoreApplication.translate("CodesDialog", "Alt+{value}:").format(value=i + 1), field)
            self.fields.append(field)
        self.suggested = QPushButton(QCoreApplication.translate("CodesDialog", "Use the suggested codes"))
        self.suggested.setToolTip("; ".join(DEFAULT_CODES))
        self.suggested.clicked.connect(self.use_suggested)
        self.problem = QLabel("")
        self.problem.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._ok)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.suggested)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.resize(460, 0)

    def use_suggested(self) -> None:
        for field, label in zip(self.fields, DEFAULT_CODES, strict=False):
            field.setText(label)

    def labels(self) -> list[str]:
        return [f.text() for f in self.fields]

    def _ok(self) -> None:
        try:
            check_labels(self.labels())
        except CodeError as exc:
            self.problem.setText(str(exc))
            return
        self.accept()
