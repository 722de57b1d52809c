"""The driver diagram as a tree: the aim on top, primary drivers, secondary drivers, change ideas; how many
teams test each idea.

Keys (with the tree focused): Insert adds under the chosen node what the text field holds (a primary
driver under the aim, a secondary under a primary, a change idea under a secondary), F2 puts the chosen
node's text in the field to rename it, Delete deletes it and everything under it, Alt+Up / Alt+Down move
it among its siblings. In the text field, Enter adds (or, after F2, renames). Every edit is one Edit >
Undo step.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.improvement.model import AIM, IDEA, KIND_WORDS, PRIMARY, SECONDARY, ImprovementError, child_kind
from app.ui.buttons import button
from app.ui.i18n import QT_TRANSLATE_NOOP
from app.ui.i18n.counts import counts
from app.ui.improvement.fields import line
from app.ui.problem_label import ProblemLabel

KIND_CHOICES = (PRIMARY, SECONDARY, IDEA)
# The domain's KIND_WORDS as the console says them.
KIND_TEXT = {AIM: QT_TRANSLATE_NOOP("DriversPanel", "Aim"), PRIMARY: QT_TRANSLATE_NOOP("DriversPanel", "Primary driver"),
             SECONDARY: QT_TRANSLATE_NOOP("DriversPanel", "Secondary driver"),
             IDEA: QT_TRANSLATE_NOOP("DriversPanel", "Change idea")}


def kind_text(kind: str) -> str:
    return QCoreApplication.translate("DriversPanel", KIND_TEXT[kind]) if kind in KIND_TEXT else KIND_WORDS[kind]


class DriversPanel(QWidget):
    show_requested = Signal()

    def __init__(self, services) -> None:
        super().__init__()
        self.svc = services.improvement
        self.renaming: int | None = None
        self.aim = line(QCoreApplication.translate("DriversPanel", "Aim"), QCoreApplication.translate("DriversPanel", "What the network will improve, for whom, by how much, by when"))
        self.aim.returnPressed.connect(self.save_aim)
        self.tree = QTreeWidget()
        self.tree.setAccessibleName(QCoreApplication.translate("DriversPanel", "Driver diagram"))
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([QCoreApplication.translate("DriversPanel", "Drivers and change ideas"), QCoreApplication.translate("DriversPanel", "Teams testing")])
        self.tree.setColumnWidth(0, 420)
        self.tree.currentItemChanged.connect(lambda *_: self._picked())
        self.text = line(QCoreApplication.translate("DriversPanel", "Text"), QCoreApplication.translate("DriversPanel", "A driver or a change idea, in a few words"))
        self.text.returnPressed.connect(self.enter)
        self.kind = QComboBox()
        self.kind.setAccessibleName(QCoreApplication.translate("DriversPanel", "Kind"))
        for k in KIND_CHOICES:
            self.kind.addItem(kind_text(k), k)
        self.error = ProblemLabel()
        self.message = QLabel("")
        self.message.setWordWrap(True)
        self.message.setAccessibleName(QCoreApplication.translate("DriversPanel", "What happened to the driver diagram"))
        self.add_button = button(QCoreApplication.translate("DriversPanel", "Add under"), QCoreApplication.translate("DriversPanel", "Add the text under the chosen part of the diagram"), self.enter)
        self.add_button.setToolTip(QCoreApplication.translate("DriversPanel", "Insert, or Enter in the text field"))
        self.rename_button = button(QCoreApplication.translate("DriversPanel", "Rename"), QCoreApplication.translate("DriversPanel", "Rename the chosen part of the diagram"), self.start_rename)
        self.rename_button.setToolTip(QCoreApplication.translate("DriversPanel", "F2"))
        self.delete_button = button(QCoreApplication.translate("DriversPanel", "Delete"), QCoreApplication.translate("DriversPanel", "Delete the chosen part of the diagram and all under it"),
                                    self.delete_current)
        self.delete_button.setToolTip(QCoreApplication.translate("DriversPanel", "Delete"))
        self.up_button = button(QCoreApplication.translate("DriversPanel", "Up"), QCoreApplication.translate("DriversPanel", "Move the chosen part up"), lambda: self.move_node(-1))
        self.up_button.setToolTip(QCoreApplication.translate("DriversPanel", "Alt+Up"))
        self.down_button = button(QCoreApplication.translate("DriversPanel", "Down"), QCoreApplication.translate("DriversPanel", "Move the chosen part down"), lambda: self.move_node(1))
        self.down_button.setToolTip(QCoreApplication.translate("DriversPanel", "Alt+Down"))
        self.show_button = button(QCoreApplication.translate("DriversPanel", "Show on projector"), QCoreApplication.translate("DriversPanel", "Show the driver diagram on the projector"),
                                  self.show_requested.emit)
        aim_row = QHBoxLayout()
        aim_label = QLabel(QCoreApplication.translate("DriversPanel", "&Aim"))
        aim_label.setBuddy(self.aim)
        aim_row.addWidget(aim_label)
        aim_row.addWidget(self.aim, 1)
        aim_row.addWidget(button(QCoreApplication.translate("DriversPanel", "Save aim"), QCoreApplication.translate("DriversPanel", "Save the aim"), self.save_aim))
        edit_row = QHBoxLayout()
        text_label = QLabel(QCoreApplication.translate("DriversPanel", "&Text"))
        text_label.setBuddy(self.text)
        edit_row.addWidget(text_label)
        edit_row.addWidget(self.text, 1)
        edit_row.addWidget(self.kind)
        edit_row.addWidget(self.add_button)
        buttons = QHBoxLayout()
        for b in (self.rename_button, self.delete_button, self.up_button, self.down_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(QLabel(QCoreApplication.translate("DriversPanel", "Projector:")))
        buttons.addWidget(self.show_button)
        hint = QLabel(QCoreApplication.translate("DriversPanel", "In the tree: Insert adds the text under the chosen part  ·  F2 renames  ·  Delete deletes  ·  Alt+Up / Alt+Down move. Link a commitment to a change idea on the PDSA cycles page."))
        hint.setWordWrap(True)
        lay = QVBoxLayout(self)
        lay.addLayout(aim_row)
        lay.addWidget(self.tree, 1)
        lay.addLayout(edit_row)
        lay.addLayout(buttons)
        lay.addWidget(hint)
        lay.addWidget(self.error)
        lay.addWidget(self.message)
        self.fields = {"Text": self.text, "Aim": self.aim, "Kind": self.kind}
        for key, slot in (("Insert", self.add), ("F2", self.start_rename), ("Delete", self.delete_current),
                          ("Alt+Up", lambda: self.move_node(-1)), ("Alt+Down", lambda: self.move_node(1))):
            sc = QShortcut(QKeySequence(key), self.tree)
            sc.setContext(Qt.ShortcutContext.WidgetShortcut)
            sc.activated.connect(slot)

    # -- loading -------------------------------------------------------------------------
    def reload(self) -> None:
        keep = self.node_id()
        self.tree.blockSignals(True)
        self.tree.clear()
        aim_text = ""
        chosen = None
        for root in self.svc.drivers.tree():
            if root.kind == AIM:
                aim_text = root.text
                parent = self.tree.invisibleRootItem()
                item = self._item(parent, root)
                chosen = chosen or (item if root.id == keep else None)
                chosen = self._fill(item, root.children, keep) or chosen
            else:
                chosen = self._fill(self.tree.invisibleRootItem(), [root], keep) or chosen
        self.tree.expandAll()
        if chosen is not None:
            self.tree.setCurrentItem(chosen)
        self.tree.blockSignals(False)
        if not self.aim.hasFocus():
            self.aim.setText(aim_text)
        self._picked()

    def _item(self, parent, node) -> QTreeWidgetItem:
        label = f"{kind_text(node.kind)}: {node.text}"
        item = QTreeWidgetItem(parent, [label, self._teams_text(node) if node.kind == IDEA else ""])
        item.setData(0, Qt.ItemDataRole.UserRole, node.id)
        item.setData(0, Qt.ItemDataRole.UserRole + 1, node.kind)
        if node.teams:
            item.setToolTip(1, ", ".join(node.teams))
        return item

    @staticmethod
    def _teams_text(node) -> str:
        n = len(node.teams)
        return QCoreApplication.translate("DriversPanel", "none yet") if not n else counts().teams(n)

    def _fill(self, parent, nodes, keep) -> QTreeWidgetItem | None:
        chosen = None
        for node in nodes:
            item = self._item(parent, node)
            if node.id == keep:
                chosen = item
            chosen = self._fill(item, node.children, keep) or chosen
        return chosen

    def node_id(self) -> int | None:
        item = self.tree.currentItem()
        return item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None

    def node_kind(self) -> str | None:
        item = self.tree.currentItem()
        return item.data(0, Qt.ItemDataRole.UserRole + 1) if item is not None else None

    def _picked(self) -> None:
        kind = self.node_kind()
        has = kind is not None
        for b in (self.rename_button, self.delete_button, self.up_button, self.down_button):
            b.setEnabled(has)
        nxt = child_kind(kind) if kind is not None else PRIMARY
        if nxt == AIM:
            nxt = PRIMARY
        self.kind.setCurrentIndex(max(0, self.kind.findData(nxt)))

    # -- editing -------------------------------------------------------------------------
    def _try(self, action, said: str, fields=None) -> bool:
        try:
            action()
        except ImprovementError as exc:
            self.error.show_problem(str(exc), fields if fields is not None else self.fields)
            return False
        self.error.clear_problem()
        self.message.setText(said + QCoreApplication.translate("DriversPanel", " Edit > Undo takes it back."))
        return True

    def save_aim(self) -> bool:
        return self._try(lambda: self.svc.drivers.set_aim(self.aim.text()), QCoreApplication.translate("DriversPanel", "Saved the aim."),
                         {"Text": self.aim, "Aim": self.aim})

    def enter(self) -> None:
        if self.renaming is not None:
            self.finish_rename()
        else:
            self.add()

    def add(self) -> bool:
        kind = self.kind.currentData()
        parent = self.node_id()
        parent_kind = self.node_kind()
        if parent is None or (kind == PRIMARY and parent_kind != AIM):
            parent = next((n.id for n in self.svc.drivers.tree() if n.kind == AIM), None)
            if parent is None and kind == PRIMARY:
                self.error.show_problem(QCoreApplication.translate("DriversPanel", "Aim: write the network's aim first; the drivers go under it."),
                                        {"Aim": self.aim})
                return False
        if kind == SECONDARY and parent_kind == SECONDARY:
            parent = self._parent_of(parent)

        def act() -> None:
            self._added = self.svc.drivers.add(parent, self.text.text(), kind)

        if self._try(act, QCoreApplication.translate("DriversPanel", "Added the {value}.").format(value=kind_text(kind).lower())):
            self.text.clear()
            return True
        return False

    def _parent_of(self, node_id: int | None) -> int | None:
        node = self.svc.drivers.node(node_id) if node_id is not None else None
        return node.parent_id if node is not None else None

    def start_rename(self) -> None:
        node = self.svc.drivers.node(self.node_id()) if self.node_id() is not None else None
        if node is None:
            return
        self.renaming = node.id
        self.text.setText(node.text)
        self.add_button.setText(QCoreApplication.translate("DriversPanel", "Rename"))
        self.text.setFocus()
        self.text.selectAll()

    def finish_rename(self) -> bool:
        node_id = self.renaming
        if node_id is None:
            return False
        ok = self._try(lambda: self.svc.drivers.rename(node_id, self.text.text()), QCoreApplication.translate("DriversPanel", "Renamed it."))
        if ok:
            self.renaming = None
            self.text.clear()
            self.add_button.setText(QCoreApplication.translate("DriversPanel", "Add under"))
        return ok

    def delete_current(self) -> None:
        node = self.node_id()
        if node is None:
            return
        self._try(lambda: self.svc.drivers.delete(node), QCoreApplication.translate("DriversPanel", "Deleted it and everything under it."))

    def move_node(self, by: int) -> None:
        node = self.node_id()
        if node is not None and self.svc.drivers.move(node, by):
            self.message.setText(QCoreApplication.translate("DriversPanel", "Moved it. Edit > Undo takes it back."))
