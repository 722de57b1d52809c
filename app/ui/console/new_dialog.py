"""File > New: title, organisation, location, the dates of each day, resources link."""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QCoreApplication, QDate, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from app.services.core.records import ConveningDetails, DayDetails
from app.services.core.workspace import DetailsError, local_timezone_name, validate_details

COMMON_ZONES = (
    "America/Los_Angeles", "America/Denver", "America/Phoenix", "America/Chicago", "America/New_York",
    "America/Anchorage", "Pacific/Honolulu", "America/Puerto_Rico", "Europe/London", "UTC",
)


_FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')  # not allowed in a file name on Windows, macOS or Linux
_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{n}" for n in range(1, 10)), *(f"LPT{n}" for n in range(1, 10))}
NAME_MAX_CHARS = 80


def suggested_file_name(title: str) -> str:
    """A safe file name for a convening: "Spring 2027/Day 1: Math" -> "Spring 2027-Day 1- Math.convene".

    Characters no file system accepts become "-", the name is never empty, never a
    hidden file or a reserved Windows name, and is capped (80 characters, 200 bytes).
    """
    name = " ".join(_FORBIDDEN.sub("-", " ".join(title.split())).split())
    name = re.sub(r"-{2,}", "-", name).strip(" .-")
    name = name[:NAME_MAX_CHARS]
    while len(name.encode("utf-8")) > 200:
        name = name[:-1]
    name = name.rstrip(" .-")
    if not name or name.split(".")[0].upper() in _RESERVED:
        name = QCoreApplication.translate("new_dialog", "Convening {name}").format(name=name).strip() if name else QCoreApplication.translate("new_dialog", "Convening")
    return f"{name}.convene"


class DayRow(QWidget):
    def __init__(self, date: dt.date, start: int = 8 * 60 + 30, end: int = 16 * 60) -> None:
        super().__init__()
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.date = QDateEdit(QDate(date.year, date.month, date.day))
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("ddd d MMM yyyy")
        self.date.setAccessibleName(QCoreApplication.translate("DayRow", "Day date"))
        self.start = QTimeEdit(QTime(start // 60, start % 60))
        self.start.setDisplayFormat("HH:mm")
        self.start.setAccessibleName(QCoreApplication.translate("DayRow", "Day start time"))
        self.end = QTimeEdit(QTime(end // 60, end % 60))
        self.end.setDisplayFormat("HH:mm")
        self.end.setAccessibleName(QCoreApplication.translate("DayRow", "Day end time"))
        lay.addWidget(self.date, 2)
        lay.addWidget(QLabel(QCoreApplication.translate("DayRow", "from")))
        lay.addWidget(self.start, 1)
        lay.addWidget(QLabel(QCoreApplication.translate("DayRow", "to")))
        lay.addWidget(self.end, 1)

    title = ""

    def value(self) -> DayDetails:
        d = self.date.date()
        s, e = self.start.time(), self.end.time()
        return DayDetails(dt.date(d.year(), d.month(), d.day()), self.title,
                          s.hour() * 60 + s.minute(), e.hour() * 60 + e.minute())


class NewConveningDialog(QDialog):
    """Collects details; `details()` gives them once accepted. Invalid input is named, not lost."""

    def __init__(self, parent: QWidget | None = None, today: dt.date | None = None,
                 details: ConveningDetails | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("NewConveningDialog", "Convening details") if details else QCoreApplication.translate("NewConveningDialog", "New convening"))
        today = today or dt.date.today()
        form = QFormLayout()
        self.title = QLineEdit()
        self.title.setPlaceholderText(QCoreApplication.translate("NewConveningDialog", "e.g. Spring Convening: Belonging in Math"))
        self.title.setAccessibleName(QCoreApplication.translate("NewConveningDialog", "Title"))
        self.organisation = QLineEdit()
        self.organisation.setAccessibleName(QCoreApplication.translate("NewConveningDialog", "Organisation"))
        self.location = QLineEdit()
        self.location.setAccessibleName(QCoreApplication.translate("NewConveningDialog", "Location"))
        self.url = QLineEdit()
        self.url.setPlaceholderText(QCoreApplication.translate("NewConveningDialog", "https://… (shown as a QR code on the Welcome screen)"))
        self.url.setAccessibleName(QCoreApplication.translate("NewConveningDialog", "Resources link"))
        self.timezone = QComboBox()
        self.timezone.setEditable(True)
        self.timezone.setAccessibleName(QCoreApplication.translate("NewConveningDialog", "Time zone"))
        zones = list(COMMON_ZONES)
        local = local_timezone_name()
        if local not in zones:
            zones.insert(0, local)
        self.timezone.addItems(zones)
        self.timezone.setCurrentText(local)
        form.addRow(QCoreApplication.translate("NewConveningDialog", "&Title"), self.title)
        form.addRow(QCoreApplication.translate("NewConveningDialog", "&Organisation"), self.organisation)
        form.addRow(QCoreApplication.translate("NewConveningDialog", "&Location"), self.location)
        form.addRow(QCoreApplication.translate("NewConveningDialog", "&Resources link"), self.url)
        form.addRow(QCoreApplication.translate("NewConveningDialog", "Time &zone"), self.timezone)

        self.days_box = QVBoxLayout()
        self.day_rows: list[DayRow] = []
        days_w = QWidget()
        days_w.setLayout(self.days_box)
        buttons = QHBoxLayout()
        add_day = QPushButton(QCoreApplication.translate("NewConveningDialog", "Add a day"))
        add_day.setAccessibleName(QCoreApplication.translate("NewConveningDialog", "Add a day"))
        add_day.clicked.connect(self.add_day)
        remove_day = QPushButton(QCoreApplication.translate("NewConveningDialog", "Remove last day"))
        remove_day.setAccessibleName(QCoreApplication.translate("NewConveningDialog", "Remove last day"))
        remove_day.clicked.connect(self.remove_day)
        buttons.addWidget(add_day)
        buttons.addWidget(remove_day)
        buttons.addStretch(1)
        form.addRow(QCoreApplication.translate("NewConveningDialog", "Days"), days_w)
        form.addRow("", self._wrap(buttons))
        if details is None:
            self.add_day(today)
            self.add_day(today + dt.timedelta(days=1))
        else:
            self.title.setText(details.title)
            self.organisation.setText(details.organisation)
            self.location.setText(details.location)
            self.url.setText(details.resources_url)
            self.timezone.setCurrentText(details.timezone)
            self.aim = details.aim
            for d in details.days:
                row = DayRow(d.date, d.start_minutes, d.end_minutes)
                row.title = d.title
                self.day_rows.append(row)
                self.days_box.addWidget(row)

        self.error = QLabel("")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #B8360A; font-weight: bold;")
        self.error.setAccessibleName(QCoreApplication.translate("NewConveningDialog", "Problem"))
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        box.button(QDialogButtonBox.StandardButton.Ok).setText(QCoreApplication.translate("NewConveningDialog", "Save") if details else QCoreApplication.translate("NewConveningDialog", "Create…"))
        box.accepted.connect(self._accept)
        box.rejected.connect(self.reject)
        outer = QVBoxLayout(self)
        outer.addLayout(form)
        outer.addWidget(self.error)
        outer.addWidget(box)
        self.resize(560, self.sizeHint().height())

    @staticmethod
    def _wrap(layout) -> QWidget:
        w = QWidget()
        w.setLayout(layout)
        return w

    def add_day(self, date: dt.date | None = None) -> None:
        if date is None or not isinstance(date, dt.date):
            last = self.day_rows[-1].value().date if self.day_rows else dt.date.today()
            date = last + dt.timedelta(days=1)
        row = DayRow(date)
        self.day_rows.append(row)
        self.days_box.addWidget(row)

    def remove_day(self) -> None:
        if len(self.day_rows) > 1:
            row = self.day_rows.pop()
            row.setParent(None)
            row.deleteLater()

    def details(self) -> ConveningDetails:
        return ConveningDetails(
            title=self.title.text(),
            organisation=self.organisation.text(),
            location=self.location.text(),
            resources_url=self.url.text(),
            timezone=self.timezone.currentText().strip(),
            aim=getattr(self, "aim", ""),
            days=tuple(r.value() for r in self.day_rows),
        )

    def _accept(self) -> None:
        try:
            validate_details(self.details())
        except DetailsError as exc:
            self.error.setText(str(exc))
            return
        self.accept()
