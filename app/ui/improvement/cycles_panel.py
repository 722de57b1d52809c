"""PDSA cycles of one team's commitments: pick the commitment, read its cycles, type the next one.

Keys: Alt+O the commitment, Tab through the fields, Enter saves the cycle (and clears the form for the
next), Ctrl+N a new cycle, double-click or Enter on a cycle edits it, Delete deletes the cycle chosen in
the list. Every save is committed at once; Edit > Undo takes it back.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.improvement.model import (
    DECISIONS,
    CycleData,
    ImprovementError,
    parse_period,
)
from app.services.core.changes import CaptureChanged
from app.ui.buttons import button
from app.ui.i18n.counts import counts
from app.ui.improvement.fields import line
from app.ui.listen import listen
from app.ui.problem_label import ProblemLabel


class CyclesPanel(QWidget):
    def __init__(self, services) -> None:
        super().__init__()
        self.services = services
        self.svc = services.improvement
        self.team_id: int | None = None
        self.editing: int | None = None
        self.commitment = QComboBox()
        self.commitment.setAccessibleName(QCoreApplication.translate("CyclesPanel", "Commitment"))
        self.commitment.currentIndexChanged.connect(lambda _i: self._commitment_changed())
        self.idea = QComboBox()
        self.idea.setAccessibleName(QCoreApplication.translate("CyclesPanel", "Change idea it tests"))
        self.idea.activated.connect(lambda _i: self._link_idea())
        self.list = QListWidget()
        self.list.setAccessibleName(QCoreApplication.translate("CyclesPanel", "PDSA cycles of this commitment"))
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setMaximumHeight(self.fontMetrics().lineSpacing() * 5 + 12)
        self.list.itemActivated.connect(lambda item: self.edit(item.data(Qt.ItemDataRole.UserRole)))
        self.empty = QLabel("")
        self.empty.setWordWrap(True)
        self.change_idea = line(QCoreApplication.translate("CyclesPanel", "Change idea"), QCoreApplication.translate("CyclesPanel", "Plan: what you will try, e.g. Texts in Spanish after 6 pm"))
        self.prediction = line(QCoreApplication.translate("CyclesPanel", "Prediction"), QCoreApplication.translate("CyclesPanel", "We predict that… e.g. half of the families will reply"))
        self.what_happened = line(QCoreApplication.translate("CyclesPanel", "What happened"), QCoreApplication.translate("CyclesPanel", "Do: what you saw, with a number if you have one"))
        self.learned = line(QCoreApplication.translate("CyclesPanel", "What we learned"), QCoreApplication.translate("CyclesPanel", "Study: how it compared with the prediction"))
        self.decision = QComboBox()
        self.decision.setAccessibleName(QCoreApplication.translate("CyclesPanel", "Decision"))
        for key in DECISIONS:
            self.decision.addItem({"": "—", "adopt": "Adopt: keep doing it", "adapt": "Adapt: change it, test again",
                                   "abandon": "Abandon: stop"}[key], key)
        self.when = line(QCoreApplication.translate("CyclesPanel", "When"), QCoreApplication.translate("CyclesPanel", "YYYY-MM-DD (empty: today)"))
        self.edits = [self.change_idea, self.prediction, self.what_happened, self.learned, self.when]
        for e in self.edits:
            e.returnPressed.connect(self.save)
        top = QFormLayout()
        top.addRow(QCoreApplication.translate("CyclesPanel", "C&ommitment"), self.commitment)
        top.addRow(QCoreApplication.translate("CyclesPanel", "Tests the &idea"), self.idea)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for label, widget in ((QCoreApplication.translate("CyclesPanel", "&Change idea"), self.change_idea), (QCoreApplication.translate("CyclesPanel", "We p&redict that"), self.prediction),
                              (QCoreApplication.translate("CyclesPanel", "What happe&ned"), self.what_happened), (QCoreApplication.translate("CyclesPanel", "What we &learned"), self.learned),
                              (QCoreApplication.translate("CyclesPanel", "&Decision"), self.decision),
                              (QCoreApplication.translate("CyclesPanel", "&When"), self.when)):
            form.addRow(label, widget)
        self.fields = {"Change idea": self.change_idea, "Prediction": self.prediction,
                       "What happened": self.what_happened, "What we learned": self.learned,
                       "Decision": self.decision, "When": self.when}
        self.error = ProblemLabel()
        self.message = QLabel("")
        self.message.setWordWrap(True)
        self.message.setAccessibleName(QCoreApplication.translate("CyclesPanel", "What happened to the cycle"))
        self.save_button = button(QCoreApplication.translate("CyclesPanel", "Save cycle"), QCoreApplication.translate("CyclesPanel", "Save the PDSA cycle"), self.save)
        self.save_button.setToolTip(QCoreApplication.translate("CyclesPanel", "Enter"))
        self.new_button = button(QCoreApplication.translate("CyclesPanel", "New cycle"), QCoreApplication.translate("CyclesPanel", "Start a new PDSA cycle"), self.new)
        self.new_button.setToolTip(QCoreApplication.translate("CyclesPanel", "Ctrl+N"))
        self.delete_button = button(QCoreApplication.translate("CyclesPanel", "Delete cycle"), QCoreApplication.translate("CyclesPanel", "Delete the PDSA cycle in the form"), self.delete_current)
        row = QHBoxLayout()
        for b in (self.save_button, self.new_button, self.delete_button):
            row.addWidget(b)
        row.addStretch(1)
        # From a phone: while room capture runs, each team has its own page for its cycles (improvement.phone).
        self.phone_line = QLabel("")
        self.phone_line.setWordWrap(True)
        self.phone_line.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.phone_line.setAccessibleName(QCoreApplication.translate("CyclesPanel", "This team's page for its phones"))
        self.copy_button = button(QCoreApplication.translate("CyclesPanel", "Copy every team's address"), QCoreApplication.translate("CyclesPanel", "Copy every team's phone address"), self.copy_addresses)
        self.copy_button.setToolTip(QCoreApplication.translate("CyclesPanel", "One line a team, to send each its own address"))
        phone_row = QHBoxLayout()
        phone_row.addWidget(self.phone_line, 1)
        phone_row.addWidget(self.copy_button)
        hint = QLabel(QCoreApplication.translate("CyclesPanel", "Tab: next field  ·  Enter: save the cycle  ·  Ctrl+N: a new one  ·  Enter on a cycle above: edit it"))
        hint.setWordWrap(True)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.list)
        lay.addWidget(self.empty)
        lay.addLayout(form)
        lay.addWidget(hint)
        lay.addWidget(self.error)
        lay.addLayout(row)
        lay.addWidget(self.message)
        lay.addStretch(1)
        lay.addLayout(phone_row)
        order: list[QWidget] = [self.change_idea, self.prediction, self.what_happened, self.learned, self.decision,
                                self.when]
        for first, second in zip(order, order[1:]):
            QWidget.setTabOrder(first, second)
        sc = QShortcut(QKeySequence("Ctrl+N"), self)
        sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        sc.activated.connect(self.new)
        self.subs = listen(self, services.workspace.bus, "PDSA cycles page")
        self.subs.on(CaptureChanged, lambda _c: self._show_phone())

    # -- loading -------------------------------------------------------------------------
    def reload(self, team_id: int | None) -> None:
        changed = team_id != self.team_id
        self.team_id = team_id
        keep = self.commitment_id()
        self.commitment.blockSignals(True)
        self.commitment.clear()
        mine = self.services.commitments.commitments(team_id) if team_id is not None else []
        per_commitment = self.svc.cycles.counts()
        for c in mine:
            n = per_commitment.get(c.id, 0)
            label = ((QCoreApplication.translate("CyclesPanel", "Last time: ") if c.carried else "") + c.change
                     + (f"  ({counts().cycles(n)})" if n else ""))
            self.commitment.addItem(label, c.id)
        index = self.commitment.findData(keep) if keep is not None and not changed else -1
        self.commitment.setCurrentIndex(index if index >= 0 else (0 if mine else -1))
        self.commitment.blockSignals(False)
        self._fill_ideas()
        self._show_cycles()
        self._show_phone()
        if changed:
            self.new()

    def commitment_id(self) -> int | None:
        data = self.commitment.currentData()
        return int(data) if data is not None else None

    def _fill_ideas(self) -> None:
        self.idea.clear()
        self.idea.addItem(QCoreApplication.translate("CyclesPanel", "— none —"), None)
        for idea_id, text in self.svc.drivers.ideas():
            self.idea.addItem(text, idea_id)
        cid = self.commitment_id()
        linked = self.svc.drivers.idea_of(cid) if cid is not None else None
        self.idea.setCurrentIndex(max(0, self.idea.findData(linked)) if linked is not None else 0)
        self.idea.setEnabled(cid is not None and self.idea.count() > 1)
        self.idea.setToolTip("" if self.idea.count() > 1 else QCoreApplication.translate("CyclesPanel", "Add change ideas on the Driver diagram page first"))

    def _commitment_changed(self) -> None:
        self._fill_ideas()
        self._show_cycles()
        self.new()

    def _show_cycles(self) -> None:
        self.list.clear()
        cid = self.commitment_id()
        has = cid is not None
        for w in (*self.edits, self.decision, self.save_button, self.new_button):
            w.setEnabled(has)
        if not has:
            self.empty.setText(QCoreApplication.translate("CyclesPanel", "This team has no commitments yet: add one on the Commitments page, then record its PDSA cycles here.") if self.team_id is not None else QCoreApplication.translate("CyclesPanel", "No teams yet."))
            self.list.setVisible(False)
            return
        cycles = self.svc.cycles.cycles(cid)
        self.list.setVisible(bool(cycles))
        self.empty.setText("" if cycles else QCoreApplication.translate("CyclesPanel", "No PDSA cycles on this commitment yet: type the first one below."))
        for c in cycles:
            text = f"{c.tested_on:%Y-%m-%d}  {c.summary()}"
            if c.carried:
                text += QCoreApplication.translate("CyclesPanel", "  (from {source})").format(source=c.source)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, c.id)
            tip = "\n".join(p for p in (f"Prediction: {c.prediction}" if c.prediction else "",
                                        f"What happened: {c.what_happened}" if c.what_happened else "",
                                        f"Learned: {c.learned}" if c.learned else "") if p)
            item.setToolTip(tip)
            self.list.addItem(item)
        self.delete_button.setEnabled(self.editing is not None)

    # -- editing -------------------------------------------------------------------------
    def data(self) -> CycleData:
        when = self.when.text().strip()
        day = parse_period(when, "When") if when else None
        return CycleData(self.change_idea.text(), self.prediction.text(), self.what_happened.text(),
                         self.learned.text(), self.decision.currentData() or "", day)

    def save(self) -> bool:
        cid = self.commitment_id()
        if cid is None:
            self.error.show_problem(QCoreApplication.translate("CyclesPanel", "Commitment: add a commitment for this team first (Commitments page)."), {})
            return False
        try:
            data = self.data()
            if self.editing is None:
                self.svc.cycles.add(cid, data)
                said = QCoreApplication.translate("CyclesPanel", "Saved the PDSA cycle.")
            else:
                self.svc.cycles.update(self.editing, data)
                said = QCoreApplication.translate("CyclesPanel", "Saved the change to the PDSA cycle.")
        except ImprovementError as exc:
            self.error.show_problem(str(exc), self.fields)
            return False
        self.error.clear_problem()
        self.message.setText(said + QCoreApplication.translate("CyclesPanel", " Edit > Undo takes it back."))
        self.new()
        return True

    def edit(self, cycle_id: int) -> None:
        c = self.svc.cycles.cycle(cycle_id)
        if c is None:
            return
        self.editing = cycle_id
        for edit, value in zip(self.edits, (c.change_idea, c.prediction, c.what_happened, c.learned,
                                            f"{c.tested_on:%Y-%m-%d}")):
            edit.setText(value)
        self.decision.setCurrentIndex(max(0, self.decision.findData(c.decision)))
        self.delete_button.setEnabled(True)
        self.save_button.setText(QCoreApplication.translate("CyclesPanel", "Save cycle {number}").format(number=c.number))
        self.change_idea.setFocus()

    def new(self) -> None:
        self.editing = None
        for e in self.edits:
            e.clear()
        self.decision.setCurrentIndex(0)
        self.delete_button.setEnabled(False)
        self.save_button.setText(QCoreApplication.translate("CyclesPanel", "Save cycle"))
        self.error.clear_problem()
        if self.isVisible():
            self.change_idea.setFocus()

    def delete_current(self) -> None:
        if self.editing is None:
            return
        self.svc.cycles.delete(self.editing)
        self.message.setText(QCoreApplication.translate("CyclesPanel", "Deleted the PDSA cycle. Edit > Undo brings it back."))
        self.new()

    # -- from phones -----------------------------------------------------------------------
    def _show_phone(self) -> None:
        url = self.services.capture.url
        address = self.svc.phone.address(url, self.team_id) if self.team_id is not None else ""
        self.copy_button.setEnabled(bool(url))
        code = address.rsplit("/", 1)[1] if address else ""
        self.phone_line.setText(QCoreApplication.translate("CyclesPanel", "This team's code: {code} (on a phone: “Your team's PDSA cycle or measure” under the notes page)\nIts own address: {address}").format(code=code, address=address) if address else
                                QCoreApplication.translate("CyclesPanel", "Teams can send their cycles from a phone while room capture runs (Wall tab, Start capture): each team gets a code of its own."))

    def addresses(self) -> str:
        """Every team's phone address while capture runs, one line a team ("" when it does not)."""
        url = self.services.capture.url
        if not url:
            return ""
        lines = []
        for team_id, name in self.services.commitments.teams():
            address = self.svc.phone.address(url, team_id)
            lines.append(QCoreApplication.translate("CyclesPanel", "{name}: code {value} · {address}").format(name=name, value=address.rsplit('/', 1)[1], address=address))
        return "\n".join(lines)

    def copy_addresses(self) -> None:
        text = self.addresses()
        if text:
            QGuiApplication.clipboard().setText(text)
            self.message.setText(QCoreApplication.translate("CyclesPanel", "Copied every team's address for its phones: send each team its own line."))

    def _link_idea(self) -> None:
        cid = self.commitment_id()
        if cid is None:
            return
        idea = self.idea.currentData()
        self.svc.drivers.link(cid, idea)
        self.message.setText(QCoreApplication.translate("CyclesPanel", "This commitment tests “{value}”.").format(value=self.idea.currentText()) if idea is not None
                             else QCoreApplication.translate("CyclesPanel", "This commitment tests no change idea of the diagram now."))

