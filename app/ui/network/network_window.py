"""File > Open network…: every convening file of a folder as one year, in a window of its own.

The folder is read in the background (app/ui/jobs.py) with a progress bar; the console stays live. Each
file is only read (app/services/network/year.py says how): none is changed. Tabs show the convenings,
buddy schools across the year (and who has never been paired), tablemates, commitments and what became of
them, the PDSA cycles and learning (each cycle once), the measures' run charts in numbers with their signals
in words and the chosen row's chart painted under them (app/services/network/handout.py gives the window and
the PDF the same rows), bright spots, and
talk balance per lens per convening through the one suppression rule. Two
spellings of one team are joined in "One team, two spellings" (one pair a line, "Lincoln High = Lincoln HS",
kept per folder in the settings). Buttons write the CSV files and the year-in-review PDF (shared or
facilitator). Fits a 1024x768 screen.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any, Literal

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.services.core.jobs import Callbacks, Handle
from app.services.improvement.records import TeamChart
from app.services.network.charts import year_charts
from app.services.network.service import NetworkError, NetworkService, NetworkYear, parse_same
from app.ui.i18n import QT_TRANSLATE_NOOP

NOT_SHOWN = QT_TRANSLATE_NOOP("network_window", "Not shown: no group of at least 5 people")


def _table(header: tuple[str, ...], rows: Sequence[tuple[str, ...]], name: str, stretch: int | None = None,
           cap: int = 320) -> QTableWidget:
    """A read-only table; each column as wide as its text up to `cap` pixels (longer text wraps), `stretch`
    taking the rest of the width."""
    t = QTableWidget(len(rows), len(header))
    t.setAccessibleName(name)
    t.setHorizontalHeaderLabels(list(header))
    t.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    t.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    t.setWordWrap(True)
    t.verticalHeader().setVisible(False)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            item = QTableWidgetItem(text)
            item.setToolTip(text if len(text) > 40 else "")
            t.setItem(r, c, item)
    head = t.horizontalHeader()
    head.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    for c in range(len(header)):
        t.resizeColumnToContents(c)
        t.setColumnWidth(c, min(t.columnWidth(c), cap))
    head.setStretchLastSection(stretch is None)
    if stretch is not None:
        head.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    t.resizeRowsToContents()
    head.sectionResized.connect(lambda *_: t.resizeRowsToContents())   # wrapped text gets its height back
    return t


def _pct(value: float | None) -> str:
    return "" if value is None else f"{value * 100:.0f}%"


class RunChartView(QWidget):
    """The chosen run chart, painted simply: the values joined in time order, the median dashed, the points of
    a shift or a trend in orange, the team's PDSA cycles as dotted upright lines (C1, C2); the lowest and
    highest value, the median and the first and last period named (the PDF draws it larger)."""

    def __init__(self) -> None:
        super().__init__()
        self.setAccessibleName(QCoreApplication.translate("RunChartView", "Run chart"))
        self.setMinimumHeight(150)
        self.chart: TeamChart | None = None
        self.whose = ""

    def set_chart(self, chart: TeamChart | None, whose: str) -> None:
        self.chart, self.whose = chart, whose
        self.setAccessibleDescription(f"{whose}: " + " ".join(chart.chart.words()) if chart else "")
        self.update()

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt's name
        from PySide6.QtCore import QPointF, QRectF, Qt
        from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen

        from app.domain.improvement.model import value_text
        from app.services.network.charts import period_words

        ch = self.chart
        if ch is None or not ch.chart.values:
            return
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        fm = p.fontMetrics()
        line = fm.height()
        text = self.palette().windowText().color()
        muted = QColor("#6b7280")
        p.setPen(text)
        p.drawText(QRectF(0, 0, self.width(), line), Qt.AlignmentFlag.AlignLeft,
                   f"{self.whose} · {ch.measure.label()}")
        unit = ch.measure.unit
        values, centre = ch.chart.values, ch.chart.median
        labels = [value_text(v, unit) for v in (min(values), max(values))]
        left = max(fm.horizontalAdvance(t) for t in labels) + 8
        right = fm.horizontalAdvance(QCoreApplication.translate("RunChartView", "median {value}").format(value=value_text(centre or 0, unit))) + 10
        plot = QRectF(left, line * 2.2, max(10, self.width() - left - right), max(10, self.height() - line * 3.6))
        low, high = min((*values, centre or values[0])), max((*values, centre or values[0]))
        if high == low:
            low, high = low - 1, high + 1
        pad = (high - low) * 0.08
        low, high = low - pad, high + pad
        n = len(values)
        xs = [plot.x() + plot.width() * (i + 0.5) / n for i in range(n)]

        def y(v: float) -> float:
            return plot.bottom() - (v - low) / (high - low) * plot.height()

        p.setPen(QPen(QColor("#d5d9df"), 1))
        p.drawRect(plot)
        p.setPen(muted)
        for v, t in zip((min(values), max(values)), labels, strict=True):
            p.drawText(QRectF(0, y(v) - line / 2, left - 6, line), Qt.AlignmentFlag.AlignRight, t)
        p.drawText(QRectF(plot.x(), plot.bottom() + 2, plot.width() / 2, line), Qt.AlignmentFlag.AlignLeft,
                   period_words(ch.periods[0]))
        if n > 1:
            p.drawText(QRectF(plot.center().x(), plot.bottom() + 2, plot.width() / 2, line),
                       Qt.AlignmentFlag.AlignRight, period_words(ch.periods[-1]))
        if centre is not None:
            pen = QPen(muted, 1.5)
            pen.setStyle(Qt.PenStyle.DashLine)
            p.setPen(pen)
            p.drawLine(QPointF(plot.x(), y(centre)), QPointF(plot.right(), y(centre)))
            p.setPen(muted)
            p.drawText(QRectF(plot.right() + 6, y(centre) - line / 2, right, line), Qt.AlignmentFlag.AlignLeft,
                       QCoreApplication.translate("RunChartView", "median {value}").format(value=value_text(centre, unit)))
        green = QColor("#009E73")
        for day, number in ch.cycles:
            if not ch.periods or day < ch.periods[0] or day > ch.periods[-1]:
                continue
            i = max(k for k, d in enumerate(ch.periods) if d <= day)
            x = xs[i] if i == n - 1 else xs[i] + (xs[i + 1] - xs[i]) * (day - ch.periods[i]).days / max(
                1, (ch.periods[i + 1] - ch.periods[i]).days)
            pen = QPen(green, 1.5)
            pen.setStyle(Qt.PenStyle.DotLine)
            p.setPen(pen)
            p.drawLine(QPointF(x, plot.y()), QPointF(x, plot.bottom()))
            p.setPen(green)
            p.drawText(QRectF(x - 20, plot.y() - line, 40, line), Qt.AlignmentFlag.AlignCenter, QCoreApplication.translate("RunChartView", "C{number}").format(number=number))
        blue, orange = QColor("#0072B2"), QColor("#D55E00")
        p.setPen(QPen(blue, 2))
        path = QPainterPath(QPointF(xs[0], y(values[0])))
        for i in range(1, n):
            path.lineTo(QPointF(xs[i], y(values[i])))
        p.drawPath(path)
        flagged = {i for s in ch.chart.signals if s.rule in ("shift", "trend") for i in range(s.first, s.last + 1)}
        p.setPen(Qt.PenStyle.NoPen)
        for i, v in enumerate(values):
            r = 5.0 if i in flagged else 3.5
            p.setBrush(orange if i in flagged else blue)
            p.drawEllipse(QPointF(xs[i], y(v)), r, r)
        p.end()


class NetworkWindow(QWidget):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from PySide6.QtCore import Qt

        self.setWindowFlag(Qt.WindowType.Window, True)
        self.ctx = ctx
        self.service = NetworkService(ctx.clock)
        self.setWindowTitle(QCoreApplication.translate("NetworkWindow", "Network: the year across convenings"))
        self.setAccessibleName(QCoreApplication.translate("NetworkWindow", "Network"))
        self.folder: Path | None = None
        self.year: NetworkYear | None = None
        self.running: Handle | Literal[True] | None = None
        self.outcome = ""
        self.written: list[Path] = []
        self.opener = QDesktopServices.openUrl

        self.folder_label = QLabel(QCoreApplication.translate("NetworkWindow", "Choose the folder that holds the network's convening files."))
        self.folder_label.setWordWrap(True)
        self.choose_button = QPushButton(QCoreApplication.translate("NetworkWindow", "&Choose folder…"))
        self.choose_button.clicked.connect(self.choose_folder)
        self.reread_button = QPushButton(QCoreApplication.translate("NetworkWindow", "&Read again"))
        self.reread_button.setToolTip(QCoreApplication.translate("NetworkWindow", "Read the folder again, with the spellings below (Ctrl+R)"))
        self.reread_button.clicked.connect(lambda: self.read(self.folder) if self.folder else None)
        top = QHBoxLayout()
        top.addWidget(self.folder_label, 1)
        top.addWidget(self.choose_button)
        top.addWidget(self.reread_button)

        self.same = QPlainTextEdit()
        self.same.setAccessibleName(QCoreApplication.translate("NetworkWindow", "One team, two spellings"))
        self.same.setPlaceholderText(QCoreApplication.translate("NetworkWindow", "One team, two spellings: one pair a line, such as Lincoln High = Lincoln HS (case, spaces and full stops already match)"))
        self.same.setFixedHeight(52)

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(QCoreApplication.translate("NetworkWindow", "The year"))
        self.empty = QLabel(QCoreApplication.translate("NetworkWindow", "Nothing read yet."))
        self.tabs.addTab(self.empty, QCoreApplication.translate("NetworkWindow", "Convenings"))

        self.progress = QProgressBar()
        self.progress.setAccessibleName(QCoreApplication.translate("NetworkWindow", "Progress"))
        self.progress.setVisible(False)
        self.status = QLabel("")
        self.status.setWordWrap(True)
        self.status.setAccessibleName(QCoreApplication.translate("NetworkWindow", "What happened"))
        self.csv_button = QPushButton(QCoreApplication.translate("NetworkWindow", "Write &CSV files…"))
        self.csv_button.setToolTip(QCoreApplication.translate("NetworkWindow", "pairs.csv, commitments.csv, talk.csv, pdsa.csv and measures.csv, into a folder you choose"))
        self.csv_button.clicked.connect(self.choose_csv_folder)
        self.pdf_button = QPushButton(QCoreApplication.translate("NetworkWindow", "Year in review &PDF…"))
        self.pdf_button.setToolTip(QCoreApplication.translate("NetworkWindow", "The shared version: for everyone (no names of people)"))
        self.pdf_button.clicked.connect(lambda: self.choose_pdf(False))
        self.private_button = QPushButton(QCoreApplication.translate("NetworkWindow", "&Facilitator PDF…"))
        self.private_button.setToolTip(QCoreApplication.translate("NetworkWindow", "The facilitator version: what teams learned, who sat together more than once"))
        self.private_button.clicked.connect(lambda: self.choose_pdf(True))
        self.open_button = QPushButton(QCoreApplication.translate("NetworkWindow", "&Open it"))
        self.open_button.setToolTip(QCoreApplication.translate("NetworkWindow", "Open the PDF just written (or the folder of the CSV files)"))
        self.open_button.clicked.connect(self.open_written)
        self.open_button.setVisible(False)
        self.close_button = QPushButton(QCoreApplication.translate("NetworkWindow", "Close"))
        self.close_button.clicked.connect(self.close)
        bottom = QHBoxLayout()
        for b in (self.csv_button, self.pdf_button, self.private_button, self.open_button):
            bottom.addWidget(b)
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.same)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addLayout(bottom)
        self.shortcuts = [QShortcut(QKeySequence("Ctrl+R"), self), QShortcut(QKeySequence("Esc"), self)]
        self.shortcuts[0].activated.connect(self.reread_button.click)
        self.shortcuts[1].activated.connect(self.close)
        self._buttons()
        self.resize(1000, 700)

    # -- reading -------------------------------------------------------------------------------
    def choose_folder(self) -> None:
        start = str(self.folder or self.ctx.settings.value("network/last_folder", str(Path.home())))
        folder = QFileDialog.getExistingDirectory(self, QCoreApplication.translate("NetworkWindow", "The folder of the network's convening files"), start)
        if folder:
            self.read(Path(folder))

    def _settings_key(self, folder: Path) -> str:
        return "network/same/" + str(folder.resolve()).replace("/", "|")

    def read(self, folder: Path) -> None:
        folder = Path(folder)
        if self.folder != folder:
            saved = self.ctx.settings.value(self._settings_key(folder), "")
            self.same.setPlainText(str(saved or ""))
        self.folder = folder
        self.folder_label.setText(str(folder))
        self.ctx.settings.setValue("network/last_folder", str(folder))
        lines = [line for line in self.same.toPlainText().splitlines() if line.strip()]
        try:
            same = parse_same(lines)
            job = self.service.year_job(folder, same)
        except NetworkError as exc:
            self._say(str(exc))
            return
        self.ctx.settings.setValue(self._settings_key(folder), "\n".join(lines))
        self._start(job, self._read_done, QCoreApplication.translate("NetworkWindow", "Reading the folder"))

    def _read_done(self, year: object) -> None:
        assert isinstance(year, NetworkYear)  # what year_job returns
        self.year = year
        self._fill(year)
        said = self.tr("Read %n convening file(s).", "", len(year.convenings))
        if year.skipped:
            said += QCoreApplication.translate("NetworkWindow", " Not read: ") + " ".join(s.reason for s in year.skipped)
        self._ended("done", said)

    # -- showing ---------------------------------------------------------------------------------
    def _fill(self, year: NetworkYear) -> None:
        self.tabs.clear()
        older = {c.file: c.revision for c in year.convenings}
        self.tabs.addTab(_table((QCoreApplication.translate("NetworkWindow", "Date"), QCoreApplication.translate("NetworkWindow", "Convening"), QCoreApplication.translate("NetworkWindow", "File"), QCoreApplication.translate("NetworkWindow", "Teams"), QCoreApplication.translate("NetworkWindow", "People")), [
            (c.first_day.isoformat() if c.first_day else "", c.title,
             c.file + (QCoreApplication.translate("NetworkWindow", " (older file, schema {value})").format(value=older[c.file]) if older[c.file] != self._head() else ""),
             str(len(c.teams)), str(c.people)) for c in year.convenings], QCoreApplication.translate("NetworkWindow", "Convenings"), 1), QCoreApplication.translate("NetworkWindow", "Con&venings"))
        met = year.met()
        pairs = _table((QCoreApplication.translate("NetworkWindow", "Convening"), QCoreApplication.translate("NetworkWindow", "Round"), QCoreApplication.translate("NetworkWindow", "Teams")), [(p.convening, p.round, " · ".join(p.teams))
                                                         for p in year.pairs], QCoreApplication.translate("NetworkWindow", "Buddy schools"), 2)
        partners: dict[str, list[str]] = {}
        for a, b in year.never_met():
            partners.setdefault(a, []).append(b)
            partners.setdefault(b, []).append(a)
        never = _table((QCoreApplication.translate("NetworkWindow", "Team"), QCoreApplication.translate("NetworkWindow", "Not yet paired with")),
                       [(team, ", ".join(sorted(o, key=str.casefold)))
                        for team, o in sorted(partners.items(), key=lambda kv: kv[0].casefold())], QCoreApplication.translate("NetworkWindow", "Never paired"), 1)
        box = QWidget()
        lay = QVBoxLayout(box)
        twice = sum(1 for v in met.values() if len(v) > 1)
        lay.addWidget(QLabel(self.tr("%n pair(s) of teams have met;", "", len(met)) + " " + self.tr("%n more than once.", "", twice)))
        lay.addWidget(pairs, 3)
        lay.addWidget(QLabel(self.tr("Not yet paired this year: %n pair(s) among the latest convening's teams (partners to consider next time):", "", len(year.never_met()))))
        lay.addWidget(never, 2)
        self.tabs.addTab(box, QCoreApplication.translate("NetworkWindow", "&Buddy schools"))
        mates = year.tablemates()
        again = sorted(((" and ".join(sorted(k)), str(n)) for k, n in mates.items() if n > 1), key=lambda r: r[0])
        tbox = QWidget()
        tlay = QVBoxLayout(tbox)
        people = {p for t in year.tables for p in t.people}
        tlay.addWidget(QLabel(QCoreApplication.translate("NetworkWindow", "{count} people at tables; {count2} pairs of people have shared a table, {count3} more than once:").format(count=len(people), count2=len(mates), count3=len(again)) if year.tables else QCoreApplication.translate("NetworkWindow", "No tables were planned this year.")))
        if again:
            tlay.addWidget(_table((QCoreApplication.translate("NetworkWindow", "People"), QCoreApplication.translate("NetworkWindow", "Times")), again, QCoreApplication.translate("NetworkWindow", "Tablemates more than once"), 0), 1)
        elif year.tables:
            tlay.addWidget(QLabel(QCoreApplication.translate("NetworkWindow", "Nobody has sat with the same person twice this year.")))
        tlay.addWidget(QLabel(QCoreApplication.translate("NetworkWindow", "Each person: how many different people they have sat with, and how many of the year's people not yet:")))
        tlay.addWidget(_table((QCoreApplication.translate("NetworkWindow", "Person"), QCoreApplication.translate("NetworkWindow", "Sat with"), QCoreApplication.translate("NetworkWindow", "Not yet")),
                              [(p, str(a), str(b)) for p, (a, b) in year.tablemates_of().items()],
                              QCoreApplication.translate("NetworkWindow", "Tablemates of each person"), 0), 1)
        self.tabs.addTab(tbox, QCoreApplication.translate("NetworkWindow", "&Tablemates"))
        from app.domain.commitments.model import STATUS_WORDS

        self.tabs.addTab(_table((QCoreApplication.translate("NetworkWindow", "Convening"), QCoreApplication.translate("NetworkWindow", "Team"), QCoreApplication.translate("NetworkWindow", "Change"), QCoreApplication.translate("NetworkWindow", "Status"), QCoreApplication.translate("NetworkWindow", "Carried from"), QCoreApplication.translate("NetworkWindow", "Learned")), [
            (c.convening, c.team, c.change, STATUS_WORDS.get(c.status, c.status), c.carried_from, c.learned)
            for c in year.commitments], QCoreApplication.translate("NetworkWindow", "Commitments"), 2), QCoreApplication.translate("NetworkWindow", "Co&mmitments"))
        self.tabs.addTab(self._pdsa_tab(year), QCoreApplication.translate("NetworkWindow", "PDSA c&ycles"))
        self.tabs.addTab(self._measures_tab(year), QCoreApplication.translate("NetworkWindow", "Mea&sures"))
        self.tabs.addTab(_table((QCoreApplication.translate("NetworkWindow", "Convening"), QCoreApplication.translate("NetworkWindow", "Team"), QCoreApplication.translate("NetworkWindow", "What worked"), QCoreApplication.translate("NetworkWindow", "For whom"), QCoreApplication.translate("NetworkWindow", "Evidence")), [
            (b.convening, b.team, b.what_worked, b.for_whom, b.evidence) for b in year.bright_spots],
            QCoreApplication.translate("NetworkWindow", "Bright spots"), 2), QCoreApplication.translate("NetworkWindow", "Bri&ght spots"))
        self.tabs.addTab(_table((QCoreApplication.translate("NetworkWindow", "Convening"), QCoreApplication.translate("NetworkWindow", "Lens"), QCoreApplication.translate("NetworkWindow", "Group"), QCoreApplication.translate("NetworkWindow", "Share of people"), QCoreApplication.translate("NetworkWindow", "Share of talk")), [
            (t.convening, t.lens, QCoreApplication.translate("network_window", NOT_SHOWN) if t.suppressed else t.group, _pct(t.share_of_people),
             _pct(t.share_of_talk)) for t in year.talk], QCoreApplication.translate("NetworkWindow", "Talk balance"), 2), QCoreApplication.translate("NetworkWindow", "T&alk balance"))
        self._buttons()

    def _pdsa_tab(self, year: NetworkYear) -> QWidget:
        """The year's PDSA cycles and learning, each cycle once (in the convening that recorded it)."""
        from app.services.network.handout import pdsa_rows  # the year-in-review's model: loads when shown

        header, rows = pdsa_rows(year)
        box = QWidget()
        lay = QVBoxLayout(box)
        teams = len({r[0] for r in rows})
        said = QLabel(self.tr("%n PDSA cycle(s) of", "", len(rows)) + " " + self.tr(
            "%n team(s) this year, each at the convening where it was recorded.", "", teams)
                      if rows else QCoreApplication.translate("NetworkWindow", "No PDSA cycles were recorded this year."))
        said.setWordWrap(True)
        lay.addWidget(said)
        if rows:
            lay.addWidget(_table(header, rows, QCoreApplication.translate("NetworkWindow", "PDSA cycles"), 6, cap=150), 1)
        else:
            lay.addStretch(1)
        return box

    @staticmethod
    def _measures_tab(year: NetworkYear) -> QWidget:
        """Per measure, the network's run chart and each team's over every convening's values, in numbers,
        with the signals in plain words."""
        from app.services.network.handout import measure_rows

        header, rows = measure_rows(year)
        box = QWidget()
        lay = QVBoxLayout(box)
        said = QLabel(QCoreApplication.translate("NetworkWindow", "Each measure across the year: the network's run chart (each period, the median of the teams that reported it), then each team's, with what the run-chart rules say. Choose a row to see its chart.") if rows
                      else QCoreApplication.translate("NetworkWindow", "No measure values were reported this year."))
        said.setWordWrap(True)
        lay.addWidget(said)
        if not rows:
            lay.addStretch(1)
            return box
        charts = [ch for mc in year_charts(year) for ch in (mc.network, *mc.teams)]   # one per row, in order
        t = _table(header, rows, QCoreApplication.translate("NetworkWindow", "Measures"), 4, cap=230)
        view = RunChartView()
        t.currentCellChanged.connect(lambda row, *_: view.set_chart(charts[row] if 0 <= row < len(charts) else None,
                                                                    rows[row][1] if 0 <= row < len(rows) else ""))
        lay.addWidget(t, 3)
        lay.addWidget(view, 2)
        t.setCurrentCell(0, 0)
        return box

    @staticmethod
    def _head() -> str:
        from app.services.network.service import HEAD_REVISION

        return HEAD_REVISION

    # -- writing ----------------------------------------------------------------------------------
    def choose_csv_folder(self) -> None:
        if self.year is None:
            return
        folder = QFileDialog.getExistingDirectory(self, QCoreApplication.translate("NetworkWindow", "Write the CSV files into"), str(self.folder or Path.home()))
        if folder:
            self.write_csv(Path(folder))

    def write_csv(self, folder: Path) -> list[Path]:
        if self.year is None:
            return []
        try:
            self.written = self.service.write_csv(self.year, folder)
        except OSError as exc:
            self._say(QCoreApplication.translate("NetworkWindow", "Cannot write into {folder}: {strerror}.").format(folder=folder, strerror=exc.strerror))
            return []
        self._say(QCoreApplication.translate("NetworkWindow", "Wrote ") + ", ".join(p.name for p in self.written) + QCoreApplication.translate("NetworkWindow", " into {folder}.").format(folder=folder))
        self.open_button.setVisible(True)
        return self.written

    def choose_pdf(self, private: bool) -> None:
        if self.year is None:
            return
        name = QCoreApplication.translate("NetworkWindow", "Year in review") + (" facilitator" if private else "") + ".pdf"
        start = str((self.folder or Path.home()) / name)
        path, _ = QFileDialog.getSaveFileName(self, QCoreApplication.translate("NetworkWindow", "Year in review"), start, QCoreApplication.translate("NetworkWindow", "PDF files (*.pdf)"))
        if path:
            self.write_pdf(Path(path), private)

    def write_pdf(self, path: Path, private: bool) -> None:
        if self.year is None:
            return
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        self._start(self.service.pdf_job(self.year, path, private), self._pdf_done, QCoreApplication.translate("NetworkWindow", "Building {name}").format(name=path.name))

    def _pdf_done(self, path: object) -> None:
        self.written = [Path(str(path))]
        self._ended("done", QCoreApplication.translate("NetworkWindow", "Wrote {path}.").format(path=path))
        self.open_button.setVisible(True)

    def open_written(self) -> None:
        """The PDF just written, or the folder of the CSV files."""
        if not self.written:
            return
        target = self.written[0] if len(self.written) == 1 else self.written[0].parent
        self.opener(QUrl.fromLocalFile(str(target)))

    # -- the job ----------------------------------------------------------------------------------
    def _start(self, job, done, label: str) -> None:
        self.outcome = ""
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self._say(f"{label}…")
        self.running = True
        self._buttons()
        handle = self.ctx.ui.jobs.start(job, Callbacks(progress=self._progress, done=done, failed=self._failed,
                                                       cancelled=lambda: self._ended("cancelled", QCoreApplication.translate("NetworkWindow", "Stopped."))))
        if self.running:  # a synchronous runner has finished already
            self.running = handle

    def _progress(self, p) -> None:
        self.progress.setRange(0, p.total)
        self.progress.setValue(p.done)
        if p.label:
            self._say(f"{p.label}…")

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, NetworkError):
            text = str(exc)
        else:
            from app.services.core.error_log import sentence

            text = sentence(exc, "reading the network")
        self._ended("failed", text)

    def _ended(self, outcome: str, text: str) -> None:
        self.running = None
        self.outcome = outcome
        self.progress.setVisible(False)
        self._say(text)
        self._buttons()

    def _buttons(self) -> None:
        idle = self.running is None
        has = self.year is not None and idle
        for b in (self.csv_button, self.pdf_button, self.private_button):
            b.setEnabled(has)
        self.choose_button.setEnabled(idle)
        self.reread_button.setEnabled(idle and self.folder is not None)

    def _say(self, text: str) -> None:
        self.status.setText(text)

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if self.running is not None and self.running is not True:
            self.running.cancel()
        super().closeEvent(event)


def install_network_menu(console: Any) -> QAction:
    """Add File > Open network… after File > Open the demo convening (no file needs to be open)."""
    act = QAction(QCoreApplication.translate("network_window", "Open ne&twork…"), console)
    act.setObjectName("open_network")
    act.setStatusTip(QCoreApplication.translate("network_window", "Every convening file of a folder as one year: pairs, commitments, PDSA cycles, measures, bright spots, talk balance"))
    act.triggered.connect(lambda: open_network_window(console, choose=True))
    file_menu = console.import_menu.parentWidget()
    actions = file_menu.actions()
    after = next((i + 1 for i, a in enumerate(actions) if "de&mo" in a.text()), len(actions))
    file_menu.insertAction(actions[after] if after < len(actions) else None, act)
    return act


def open_network_window(console: Any, choose: bool = False) -> NetworkWindow:
    win = getattr(console, "network_window", None)
    if win is None:
        win = NetworkWindow(console.ctx, console)
        console.network_window = win
    if win.isVisible():
        win.raise_()   # already open: bring it to the front
    win.show()
    if choose and win.year is None and win.running is None:
        win.choose_folder()
    return win
