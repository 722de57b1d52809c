"""Import teams or participants from a CSV: check the columns, preview, then store all or nothing.

The dialog reads the file once, keeps its bytes, and re-plans whenever a
column choice changes. Nothing is stored until "Import N people"; Cancel
leaves the convening as it was.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QColor, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.people.decode import DecodedCsv, decode_csv
from app.domain.people.fields import fields_for, guess_mapping
from app.domain.people.table import RosterPlan
from app.services.people.imports import (
    CREATE,
    PARTICIPANTS,
    TEAMS,
    UNASSIGNED,
    ImportReport,
    RosterError,
    read_roster_file,
)
from app.ui.context import UiContext
from app.ui.i18n import QT_TRANSLATE_NOOP
from app.ui.people.columns import fit_by_weight
from app.ui.people.import_mapping import (
    FIELD_LABELS,
    MappingTable,
    column_labels,
    encoding_label,
    separator_label,
)
from app.ui.problem_label import PROBLEM_COLOUR as ERROR_COLOUR

PREVIEW_ROWS = 50
CSV_FILTER = QT_TRANSLATE_NOOP("import_dialog", "CSV files (*.csv *.txt *.tsv);;All files (*)")
NEW_TEAM_BACKGROUND = "#FFF4DC"
TEAMS_BOX_STYLE = (
    "QGroupBox { background: #FFF4DC; color: #5A3B00; border: 1px solid #E69F00; margin-top: 1.2em; padding: 6px; }"
    " QGroupBox::title { subcontrol-origin: margin; left: 8px; padding: 0 4px; }"
)
ERROR_STYLE = f"background: #FDECE6; color: {ERROR_COLOUR}; border: 1px solid {ERROR_COLOUR}; padding: 6px;"


PREVIEW_WEIGHTS = {"name": 20, "pronouns": 10, "email": 22, "team": 22, "role": 14,
                   "district": 20, "region": 14, "level": 10, "focus": 30}


class PreviewTable(QTableWidget):
    """The rows to add; columns share the width by weight so nothing needs a sideways scroll."""

    def __init__(self) -> None:
        super().__init__()
        self.weights: tuple[int, ...] = ()

    def fit_columns(self) -> None:
        fit_by_weight(self.horizontalHeader(), self.viewport().width(), self.weights)

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.fit_columns()


def _label(text: str = "", wrap: bool = True) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    return label


class ImportDialog(QDialog):
    """Import `kind` ("teams" or "participants") from the CSV at `path`.

    Tests drive it without exec(): `set_mapping("email", 2)`, `accept_import()`,
    `cancel()`; `plan`, `report`, `error_text()` tell what it shows.
    """

    def __init__(self, ctx: UiContext, kind: str, path: Path | str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        fields_for(kind)  # a wrong kind is a programming error: fail loudly
        self.ctx = ctx
        self.kind = kind
        self.path = Path(path)
        self.roster = ctx.services.people.imports
        self.people = ctx.services.people
        self.data: bytes | None = None
        self.decoded: DecodedCsv | None = None
        self.plan: RosterPlan | None = None
        self.report: ImportReport | None = None
        self.unknown_teams: list[str] = []
        self.one, self.many = ((QT_TRANSLATE_NOOP("nouns", "person"), QT_TRANSLATE_NOOP("nouns", "people"))
                               if kind == PARTICIPANTS else
                               (QT_TRANSLATE_NOOP("nouns", "team"), QT_TRANSLATE_NOOP("nouns", "teams")))
        what = "participants" if kind == PARTICIPANTS else "teams"
        self.setWindowTitle(QCoreApplication.translate("ImportDialog", "Import {what} from CSV").format(what=what))

        self.file_label = _label(self.path.name)
        self.file_label.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.file_label.setToolTip(str(self.path))
        self.file_label.setAccessibleName(QCoreApplication.translate("ImportDialog", "File"))
        self.format_label = _label()
        self.format_label.setAccessibleName(QCoreApplication.translate("ImportDialog", "How the file was read"))
        self.error_box = _label()
        self.error_box.setStyleSheet(ERROR_STYLE)
        self.error_box.setAccessibleName(QCoreApplication.translate("ImportDialog", "Problem with the file"))
        self.error_box.setVisible(False)

        self.mapping_table = MappingTable(kind)
        self.mapping_table.mapping_changed.connect(self.replan)
        self.ignored_label = _label()
        self.ignored_label.setAccessibleName(QCoreApplication.translate("ImportDialog", "Columns not imported"))
        mapping_box = QGroupBox(QCoreApplication.translate("ImportDialog", "Columns"))
        mlay = QVBoxLayout(mapping_box)
        hint = QCoreApplication.translate("ImportDialog", "Check which column of the file holds each field; the preview follows your choice.")
        if kind == PARTICIPANTS:
            hint += QCoreApplication.translate("ImportDialog", " Name is required (or both First name and Last name).")
        mlay.addWidget(_label(hint))
        mlay.addWidget(self.mapping_table, 1)
        mlay.addWidget(self.ignored_label)
        self.lens_box = None
        if kind == PARTICIPANTS:  # extra columns as lenses (talk-time balance)
            from app.ui.people.lens_columns import LensColumnsBox

            self.lens_box = LensColumnsBox()
            self.lens_box.changed.connect(self.replan)
            mlay.addWidget(self.lens_box, 1)

        self.preview = PreviewTable()
        self.preview.setAccessibleName(QCoreApplication.translate("ImportDialog", "Rows to add"))
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.preview.setWordWrap(False)
        self.preview.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # keeps "(new)" and the email's domain
        self.preview.verticalHeader().setVisible(False)
        self.preview.verticalHeader().setDefaultSectionSize(self.fontMetrics().lineSpacing() + 10)
        self.preview.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.preview.horizontalHeader().setMinimumSectionSize(36)
        self.preview_box = QGroupBox(QCoreApplication.translate("ImportDialog", "Preview"))
        play = QVBoxLayout(self.preview_box)
        play.addWidget(self.preview)

        self.skipped = QListWidget()
        self.skipped.setAccessibleName(QCoreApplication.translate("ImportDialog", "Skipped rows"))
        self.skipped.setWordWrap(True)
        self.skipped_box = QGroupBox(QCoreApplication.translate("ImportDialog", "Skipped rows"))
        slay = QVBoxLayout(self.skipped_box)
        slay.addWidget(self.skipped)
        self.notes = QListWidget()
        self.notes.setAccessibleName(QCoreApplication.translate("ImportDialog", "Changes made on the way in"))
        self.notes.setWordWrap(True)
        self.notes_box = QGroupBox(QCoreApplication.translate("ImportDialog", "Changed on the way in"))
        nlay = QVBoxLayout(self.notes_box)
        nlay.addWidget(self.notes)

        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self.preview_box)
        lower = QWidget()
        low = QHBoxLayout(lower)
        low.setContentsMargins(0, 0, 0, 0)
        low.addWidget(self.skipped_box, 3)
        low.addWidget(self.notes_box, 2)
        right.addWidget(lower)
        right.setStretchFactor(0, 3)
        right.setStretchFactor(1, 2)
        self.body = body = QSplitter(Qt.Orientation.Horizontal)
        body.addWidget(mapping_box)
        body.addWidget(right)
        body.setChildrenCollapsible(False)
        mapping_box.setMinimumWidth(300)
        body.setSizes([320, 800])
        body.setStretchFactor(0, 0)
        body.setStretchFactor(1, 1)
        right.setSizes([420, 180])

        self.teams_box = self._build_teams_box()
        self.summary = _label()
        self.summary.setStyleSheet("font-weight: bold;")
        self.summary.setAccessibleName(QCoreApplication.translate("ImportDialog", "Summary"))
        self.import_button = QPushButton(QCoreApplication.translate("ImportDialog", "Import"))
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(lambda _=False: self.accept_import())
        self.cancel_button = QPushButton(QCoreApplication.translate("ImportDialog", "Cancel"))
        self.cancel_button.setAccessibleName(QCoreApplication.translate("ImportDialog", "Cancel: import nothing"))
        self.cancel_button.clicked.connect(lambda _=False: self.cancel())
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)  # wraps rather than being cut off on a narrow screen
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.cancel_button)

        plan_page = QWidget()
        page = QVBoxLayout(plan_page)
        page.setContentsMargins(0, 0, 0, 0)
        page.addWidget(self.error_box)
        page.addWidget(self.format_label)
        page.addWidget(body, 1)
        page.addWidget(self.teams_box)
        page.addLayout(buttons)

        self.report_text = QPlainTextEdit()
        self.report_text.setReadOnly(True)
        self.report_text.setAccessibleName(QCoreApplication.translate("ImportDialog", "What was imported"))
        self.close_button = QPushButton(QCoreApplication.translate("ImportDialog", "Close"))
        self.close_button.setAccessibleName(QCoreApplication.translate("ImportDialog", "Close"))
        self.close_button.clicked.connect(lambda _=False: self.accept())
        report_page = QWidget()
        rlay = QVBoxLayout(report_page)
        rlay.setContentsMargins(0, 0, 0, 0)
        self.report_title = _label()
        self.report_title.setStyleSheet("font-size: 13pt; font-weight: bold;")
        rlay.addWidget(self.report_title)
        rlay.addWidget(self.report_text, 1)
        close_row = QHBoxLayout()
        close_row.addStretch(1)
        close_row.addWidget(self.close_button)
        rlay.addLayout(close_row)

        self.pages = QStackedWidget()
        self.pages.addWidget(plan_page)
        self.pages.addWidget(report_page)
        outer = QVBoxLayout(self)
        outer.addWidget(self.file_label)
        outer.addWidget(self.pages, 1)
        self._fit_to_screen(parent)
        self._read_file()

    def _build_teams_box(self) -> QGroupBox:
        """The choice for people whose team is not in the convening (shown only when there are some)."""
        box = QGroupBox(QCoreApplication.translate("ImportDialog", "People whose team is not in this convening"))
        box.setStyleSheet(TEAMS_BOX_STYLE)
        self.create_teams = QRadioButton(QCoreApplication.translate("ImportDialog", "Create the missing teams"))
        self.create_teams.setAccessibleName(QCoreApplication.translate("ImportDialog", "Create the missing teams"))
        self.create_teams.setChecked(True)
        self.unassigned = QRadioButton(QCoreApplication.translate("ImportDialog", "Import these people without a team"))
        self.unassigned.setAccessibleName(QCoreApplication.translate("ImportDialog", "Import these people without a team"))
        self.create_teams.toggled.connect(lambda _=False: self.replan())
        self.teams_info = _label()
        self.teams_info.setAccessibleName(QCoreApplication.translate("ImportDialog", "What happens to the missing teams"))
        lay = QVBoxLayout(box)
        choices = QHBoxLayout()
        choices.addWidget(self.create_teams)
        choices.addWidget(self.unassigned)
        choices.addStretch(1)
        lay.addLayout(choices)
        lay.addWidget(self.teams_info)
        box.setVisible(False)
        return box

    def unknown_teams_choice(self) -> str:
        return CREATE if self.create_teams.isChecked() else UNASSIGNED

    def _fit_to_screen(self, parent: QWidget | None) -> None:
        screen = (parent.screen() if parent is not None else None) or QGuiApplication.primaryScreen()
        avail = screen.availableGeometry() if screen is not None else None
        width, height = 1120, 760
        if avail is not None:
            width, height = min(width, int(avail.width() * 0.94)), min(height, int(avail.height() * 0.9))
        self.resize(width, height)

    # -- reading and planning ---------------------------------------------------------
    def _read_file(self) -> None:
        try:
            self.data = read_roster_file(self.path)
            self.decoded = decode_csv(self.data)
        except RosterError as exc:
            self._show_error(self._named(str(exc)))
            self.format_label.setText(QCoreApplication.translate("ImportDialog", "Nothing can be imported from this file. Nothing has been changed."))
            self._show_plan(None)
            self._unreadable()
            return
        d = self.decoded
        self.format_label.setText(
            self.tr("Read as {encoding}, with columns separated by {separator} · %n row(s) after the heading row", "",
                    len(d.rows)).format(encoding=encoding_label(d.encoding), separator=separator_label(d.delimiter))
        )
        width = max([len(d.headers), *(len(cells) for _, cells in d.rows)])
        self.mapping_table.set_columns(column_labels(d.headers, width), guess_mapping(d.headers, self.kind), d.headers)
        self._plan_with(None)

    def _unreadable(self) -> None:
        """Nothing in the file can be used: show just the problem and a Close button."""
        for w in (self.body, self.import_button, self.summary, self.teams_box):
            w.setVisible(False)
        self.cancel_button.setText(QCoreApplication.translate("ImportDialog", "Close"))
        self.cancel_button.setAccessibleName(QCoreApplication.translate("ImportDialog", "Close"))
        self.resize(min(self.width(), 720), 10)
        self.resize(self.width(), self.sizeHint().height())

    def replan(self) -> None:
        """Plan again with the columns now chosen (called when a column choice changes)."""
        if self.data is not None:
            self._plan_with(self.mapping_table.mapping())

    def _plan_with(self, mapping: dict[str, int] | None) -> None:
        try:
            lenses = self.lens_box.choice() if self.lens_box is not None and self.lens_box.touched else None
            data = self.data
            assert data is not None  # read by _read_file before anything is planned
            plan = self.roster.plan(data, self.kind, mapping, self.unknown_teams_choice(), lenses)
        except RosterError as exc:
            self._show_error(self._named(str(exc)))
            self._show_plan(None)
            return
        except Exception as exc:  # noqa: BLE001 - e.g. the convening was closed underneath us
            self._show_error(QCoreApplication.translate("ImportDialog", "{name}: the file cannot be checked against this convening ({exc}).").format(name=self.path.name, exc=exc))
            self._show_plan(None)
            return
        self._show_error("")
        self._show_plan(plan)

    def _named(self, message: str) -> str:
        return message if self.path.name in message else f"{self.path.name}: {message}"

    def _show_error(self, message: str) -> None:
        self.error_box.setText(message)
        self.error_box.setVisible(bool(message))

    def _show_plan(self, plan: RosterPlan | None) -> None:
        self.plan = plan
        self._fill_preview(plan)
        self.skipped.clear()
        self.notes.clear()
        self.unknown_teams = []
        if plan is None:
            if self.lens_box is not None:
                self.lens_box.show_plan(None, [])
            self.summary.setText(QCoreApplication.translate("ImportDialog", "Nothing to import yet."))
            self.ignored_label.setText("")
            self.skipped_box.setTitle(QCoreApplication.translate("ImportDialog", "Skipped rows"))
            self.notes_box.setTitle(QCoreApplication.translate("ImportDialog", "Changed on the way in"))
            self.teams_box.setVisible(False)
            self._set_import_button(0)
            return
        self.skipped.addItems([p.message for p in plan.skipped] or [QCoreApplication.translate("ImportDialog", "None: every row can be imported.")])
        self.skipped_box.setTitle(QCoreApplication.translate("ImportDialog", "Skipped rows ({count})").format(count=len(plan.skipped)))
        notes = [p.message for p in plan.notes]
        self.notes.addItems(notes or [QCoreApplication.translate("ImportDialog", "Nothing was changed.")])
        self.notes_box.setTitle(QCoreApplication.translate("ImportDialog", "Changed on the way in ({count})").format(count=len(notes)))
        self.ignored_label.setText(
            QCoreApplication.translate("ImportDialog", "Not imported: ") + ", ".join(plan.ignored_columns) if plan.ignored_columns else QCoreApplication.translate("ImportDialog", "Every column is used.")
        )
        self.summary.setText(plan.summary().capitalize() + ".")
        if self.lens_box is not None:
            talk = self.ctx.services.talk
            known = [lens.name for lens in talk.lenses()] if talk is not None else []
            self.lens_box.show_plan(plan, known)
        self._show_missing_teams(plan)
        self._set_import_button(len(plan.to_add))

    def _fill_preview(self, plan: RosterPlan | None) -> None:
        fields = fields_for(self.kind)
        self.preview.clear()
        self.preview.setColumnCount(len(fields) + 1)
        self.preview.setHorizontalHeaderLabels([QCoreApplication.translate("ImportDialog", "Row"), *(FIELD_LABELS[f] for f in fields)])
        rows = plan.to_add[:PREVIEW_ROWS] if plan is not None else ()
        self.preview.setRowCount(len(rows))
        new_teams = {t.name for t in plan.new_teams} if plan is not None else set()
        for r, row in enumerate(rows):
            number = QTableWidgetItem(str(row.row))
            number.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.preview.setItem(r, 0, number)
            for c, field in enumerate(fields, start=1):
                value = row.values.get(field, "")
                shown = " ".join(value.split())
                new = field == "team" and value in new_teams
                if new:
                    shown += " (new)"
                item = QTableWidgetItem(shown)
                if len(value) > 30:
                    item.setToolTip(value)
                if new:
                    item.setBackground(QColor(NEW_TEAM_BACKGROUND))
                    item.setToolTip(QCoreApplication.translate("ImportDialog", "{value}: a new team, created by this import").format(value=value))
                self.preview.setItem(r, c, item)
        lens_cols = plan.lens_columns if plan is not None else ()
        if lens_cols:  # each lens's values, split as they will be stored
            base = self.preview.columnCount()
            self.preview.setColumnCount(base + len(lens_cols))
            for j, col in enumerate(lens_cols):
                self.preview.setHorizontalHeaderItem(base + j, QTableWidgetItem(col.lens + (" (new)" if col.new else "")))
                for r, row in enumerate(rows):
                    self.preview.setItem(r, base + j, QTableWidgetItem(" · ".join(row.lenses.get(col.lens, ()))))
        self.preview.weights = (6, *(PREVIEW_WEIGHTS.get(f, 14) for f in fields), *(12 for _ in lens_cols))
        self.preview.fit_columns()
        total = len(plan.to_add) if plan is not None else 0
        if plan is None:
            self.preview_box.setTitle(QCoreApplication.translate("ImportDialog", "Preview"))
        elif not total:
            self.preview_box.setTitle(QCoreApplication.translate("ImportDialog", "Preview: no {many} to add (see the skipped rows)").format(many=QCoreApplication.translate("nouns", self.many)))
        elif total > PREVIEW_ROWS:
            self.preview_box.setTitle(QCoreApplication.translate("ImportDialog", "Preview: the first {PREVIEW_ROWS} of {total} {many} to add").format(PREVIEW_ROWS=PREVIEW_ROWS, total=total, many=QCoreApplication.translate("nouns", self.many)))
        else:
            self.preview_box.setTitle(QCoreApplication.translate("ImportDialog", "Preview: the {total} {value} to add").format(total=total, value=QCoreApplication.translate("nouns", self.one if total == 1 else self.many)))

    def _show_missing_teams(self, plan: RosterPlan) -> None:
        """Offer the choice when some rows name a team the convening does not have, and say what it does."""
        self.unknown_teams = list(plan.missing_teams)
        if not self.unknown_teams:
            self.teams_box.setVisible(False)
            return
        n = len(self.unknown_teams)
        self.create_teams.setText(self.tr("Create the missing %n team(s)", "", n))
        self.teams_info.setText(" ".join(plan.team_lines(limit=6)))
        self.teams_box.setVisible(True)

    def _set_import_button(self, n: int) -> None:
        if n:
            text = (self.tr("Import %n person(s)", "", n) if self.one == "person" else self.tr("Import %n team(s)", "", n))
        else:
            text = QCoreApplication.translate("ImportDialog", "Nothing to import")
        self.import_button.setText(text)
        self.import_button.setAccessibleName(text)
        self.import_button.setEnabled(n > 0)

    # -- for the user and for tests -------------------------------------------------------
    def error_text(self) -> str:
        return self.error_box.text() if self.error_box.isVisibleTo(self) else ""

    def mapping(self) -> dict[str, int]:
        return self.mapping_table.mapping()

    def set_mapping(self, field: str, column: int | str | None) -> None:
        """Choose the column for `field` by index or heading text (None: not imported), then re-plan."""
        if isinstance(column, str):
            headers = self.decoded.headers if self.decoded else ()
            if column not in headers:
                raise ValueError(QCoreApplication.translate("ImportDialog", "the file has no column headed {column!r}").format(column=column))
            column = headers.index(column)
        self.mapping_table.choose(field, column)

    def preview_names(self) -> list[str]:
        names = []
        for r in range(self.preview.rowCount()):
            item = self.preview.item(r, 1)
            assert item is not None  # _show_plan fills every cell of the preview
            names.append(item.text())
        return names

    def skipped_messages(self) -> list[str]:
        return [p.message for p in self.plan.skipped] if self.plan else []

    def accept_import(self) -> ImportReport | None:
        """Store the planned rows (all or none) and show what was done. None if nothing was stored."""
        if self.plan is None or not self.plan.to_add or self.report is not None:
            return None
        try:
            report = self.roster.apply(self.plan)
        except Exception as exc:  # noqa: BLE001 - nothing was stored; say why and keep the dialog
            self._show_error(QCoreApplication.translate("ImportDialog", "Nothing was imported from {name}: {exc}").format(name=self.path.name, exc=exc))
            return None
        self.report = report
        lines = report.lines()
        self.report_title.setText(lines[0])
        self.report_text.setPlainText("\n".join(lines))
        self.pages.setCurrentIndex(1)
        self.close_button.setFocus()
        return report

    def cancel(self) -> None:
        """Close without storing anything."""
        self.reject()


# -- opening it -----------------------------------------------------------------------


def choose_csv(parent: QWidget | None, kind: str, settings: Any) -> str:
    """Ask for a CSV file (tests replace this). Returns "" when the user cancels."""
    what = "participants" if kind == PARTICIPANTS else "teams"
    start = str(settings.value("files/last_csv_dir", "") or Path.home())
    path, _ = QFileDialog.getOpenFileName(parent, QCoreApplication.translate("import_dialog", "Import {what} from a CSV file").format(what=what), start, QCoreApplication.translate("import_dialog", CSV_FILTER))
    if path:
        settings.setValue("files/last_csv_dir", str(Path(path).parent))
    return path


def start_import(ctx: UiContext, kind: str, parent: QWidget | None = None) -> ImportDialog | None:
    """Pick a file, then open the import dialog for it (window-modal, not blocking)."""
    if ctx.workspace.store is None:
        return None
    path = choose_csv(parent, kind, ctx.settings)
    if not path:
        return None
    dlg = ImportDialog(ctx, kind, Path(path), parent)
    dlg.finished.connect(lambda _=0: dlg.deleteLater())
    dlg.open()
    return dlg


def install_import_menu(console: Any) -> dict[str, QAction]:
    """Add "Teams from CSV…" and "Participants from CSV…" to the console's File > Import menu.

    Calling it again returns the actions already there.
    """
    menu = console.import_menu
    existing = {a.objectName(): a for a in menu.actions()}
    actions: dict[str, QAction] = {}
    for kind, text, tip in (
        (TEAMS, QCoreApplication.translate("import_dialog", "&Teams from CSV…"), QCoreApplication.translate("import_dialog", "One row per team (school): name, district, region, level, focus")),
        (PARTICIPANTS, QCoreApplication.translate("import_dialog", "&Participants from CSV…"), QCoreApplication.translate("import_dialog", "One row per person: name, pronouns, email, team, role")),
    ):
        name = f"import_{kind}"
        act = existing.get(name)
        if act is None:
            act = QAction(text, console)
            act.setObjectName(name)
            act.setStatusTip(tip)
            act.triggered.connect(lambda _=False, k=kind: start_import(console.ctx, k, console))
            menu.addAction(act)
        actions[kind] = act
    return actions
