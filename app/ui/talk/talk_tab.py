"""The Talk tab: tap who has the floor; see time, turns and share per person and per group.

Keys: type a name and press Enter to give that person the floor; 1 … 9 give it to
the pinned people; Esc (or tapping the speaker again) is silence. The clicker
keys (PageDown, PageUp, F5, B, Space) still drive the live run (app/ui/keys.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.talk.goals import EVERYONE_SPEAKS, MAX_RATIO, Goal
from app.services.core.changes import (
    Change,
    ConveningChanged,
    LiveChanged,
    PairingChanged,
    PeopleChanged,
    TalkChanged,
    TeamsChanged,
)
from app.ui.listen import listen
from app.ui.talk.across import AcrossPane
from app.ui.talk.figures_model import FiguresModel
from app.ui.talk.texts import fold, mmss, pct

if TYPE_CHECKING:
    from app.ui.talk.members_dialog import MembersDialog

DIGIT_KEYS = {getattr(Qt.Key, f"Key_{n}"): n for n in range(1, 10)}
RATIO_LIMIT = 1.25


class FindField(QLineEdit):
    """Type to find a name; Enter gives the first match the floor; 1 … 9 are the pinned people."""

    digit = Signal(int)

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.key() in DIGIT_KEYS and not (event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier):
            self.digit.emit(DIGIT_KEYS[event.key()])
            return
        super().keyPressEvent(event)


class Tile(QPushButton):
    """One large name tile. Who has the floor is shown by a mark and bold text, not colour alone."""

    def __init__(self, person: int, name: str) -> None:
        super().__init__()
        self.person = person
        self.name = name
        self.folded = fold(name)
        self.pin: int | None = None
        self.setCheckable(True)
        self.setMinimumSize(200, 64)
        f = self.font()
        f.setPointSizeF(f.pointSizeF() * 1.25)
        self.setFont(f)
        self.setAccessibleName(f"Give {name} the floor")
        self._text = ""
        self.show_figures("0:00", False)

    def show_figures(self, seconds: str, speaking: bool) -> None:
        pin = f"{self.pin}  " if self.pin else ""
        mark = "● " if speaking else ""
        text = f"{mark}{pin}{self.name}\n{seconds}" + ("  speaking" if speaking else "")
        if self.isChecked() != speaking:
            self.setChecked(speaking)  # a click toggles it; the floor decides
        if text != self._text:
            self._text = text
            self.setText(text)
            f = self.font()
            f.setBold(speaking)
            self.setFont(f)


class TalkTab(QWidget):
    # The find field hides QWidget.find() (a static lookup by window id, never used here); tests use the name.
    find: FindField  # type: ignore[assignment]

    def __init__(self, ctx) -> None:
        super().__init__()
        self.ctx = ctx
        self.ws = ctx.workspace
        self.talk = ctx.services.talk
        self.tiles: dict[int, Tile] = {}
        self._tile_ids: list[int] = []
        self._groups_cells: list[tuple[str, ...]] = []

        # Conversation row.
        self.conversation_combo = QComboBox()
        self.conversation_combo.setAccessibleName("Conversation being tracked")
        self.scope_combo = QComboBox()
        self.scope_combo.setAccessibleName("Who is in the new conversation")
        self.start_button = QPushButton("Start tracking")
        self.start_button.setAccessibleName("Start tracking a new conversation")
        self.start_button.setToolTip("Starts a new conversation with the lens and goals shown here.")
        self.lens_combo = QComboBox()
        self.lens_combo.setAccessibleName("Lens shown by group")
        self.room_people = QCheckBox("Projector: each person")
        self.room_people.setAccessibleName("Show each person on the projector (not for a sensitive lens)")
        self.room_people.setToolTip("The Talk balance scene shows groups only, unless you tick this: then it "
                                    "lists each person with their value of the lens. Not for a lens marked "
                                    "sensitive; choosing another lens or conversation goes back to groups.")
        self.goal_everyone = QCheckBox("Goal: everyone speaks")
        self.goal_ratio = QCheckBox(f"Goal: no group above {RATIO_LIMIT:g}× its share of people")
        top = QHBoxLayout()
        for w in (QLabel("Conversation:"), self.conversation_combo, QLabel("New:"), self.scope_combo,
                  self.start_button, QLabel("Lens:"), self.lens_combo, self.room_people):
            top.addWidget(w)
        top.addStretch(1)
        self.members_button = QPushButton("Who is in it…")
        self.members_button.setAccessibleName("Choose who is in the conversation being tracked")
        self.members_button.setToolTip("Tick someone in who arrived late, or out who left. Their turns so far "
                                       "stay in the record.")
        goals_row = QHBoxLayout()
        goals_row.addWidget(self.members_button)
        goals_row.addWidget(self.goal_everyone)
        goals_row.addWidget(self.goal_ratio)
        goals_row.addStretch(1)

        # Left: find, tiles, many voices, silence.
        self.find = FindField()
        self.find.setPlaceholderText("Type a name, then Enter gives them the floor")
        self.find.setAccessibleName("Find a person")
        self.grid_host = QWidget()
        self.grid = QGridLayout(self.grid_host)
        self.grid.setSpacing(6)
        self.grid.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.tiles_scroll = scroll = QScrollArea()   # not self.scroll: that is QWidget.scroll()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.grid_host)
        self.many_button = QPushButton("Many voices")
        self.many_button.setAccessibleName("Many voices (crosstalk)")
        self.silence_button = QPushButton("Silence (Esc)")
        self.silence_button.setAccessibleName("Silence: nobody has the floor")
        buttons = QHBoxLayout()
        buttons.addWidget(self.many_button)
        buttons.addWidget(self.silence_button)
        self.floor_label = QLabel("")
        self.floor_label.setAccessibleName("Who has the floor")
        big = QFont(self.floor_label.font())
        big.setPointSizeF(big.pointSizeF() * 1.4)
        big.setBold(True)
        self.floor_label.setFont(big)
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(self.floor_label)
        lv.addWidget(self.find)
        lv.addWidget(scroll, 1)
        lv.addLayout(buttons)

        # Right: figures, groups, balance, flag, goals, turns.
        self.model = FiguresModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName("Talk time per person")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().hide()
        self.balance_label = QLabel("")
        self.balance_label.setAccessibleName("Balance index")
        self.balance_label.setWordWrap(True)
        self.flag_label = QLabel("")
        self.flag_label.setAccessibleName("Speaking rule")
        self.flag_label.setWordWrap(True)
        self.goals_label = QLabel("")
        self.goals_label.setAccessibleName("Goals")
        self.goals_label.setWordWrap(True)
        self.groups = QTableWidget(0, 5)
        self.groups.setHorizontalHeaderLabels(["Group", "People", "Share of people", "Share of talk", "Over/under"])
        self.groups.setAccessibleName("Share of talk against share of people, by group")
        self.groups.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.groups.verticalHeader().hide()
        self.groups.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.multi_label = QLabel("")
        self.multi_label.setWordWrap(True)
        self.turns_table = QTableWidget(0, 4)
        self.turns_table.setHorizontalHeaderLabels(["Speaker", "Start", "End", "Length"])
        self.turns_table.setAccessibleName("Turns, newest first")
        self.turns_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.turns_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.turns_table.verticalHeader().hide()
        self.edit_button = QPushButton("Edit turn…")
        self.delete_button = QPushButton("Delete turn")
        turn_buttons = QHBoxLayout()
        turn_buttons.addWidget(self.edit_button)
        turn_buttons.addWidget(self.delete_button)
        turn_buttons.addStretch(1)
        self.problem = QLabel("")
        self.problem.setWordWrap(True)
        self.problem.setAccessibleName("Problem")
        from app.services.talk.service import HELP

        self.help_label = QLabel(HELP)
        self.help_label.setWordWrap(True)
        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        for pane, stretch in ((self.balance_label, 0), (self.flag_label, 0), (self.goals_label, 0), (self.table, 3),
                              (self.groups, 2), (self.multi_label, 0)):
            rv.addWidget(pane, stretch)
        turns_page = QWidget()
        tv = QVBoxLayout(turns_page)
        tv.setContentsMargins(0, 0, 0, 0)
        tv.addWidget(self.turns_table, 1)
        tv.addLayout(turn_buttons)
        self.across = AcrossPane(self.talk)
        self.pages = QTabWidget()
        self.pages.addTab(turns_page, "Turns")
        self.pages.addTab(self.across, "Across the convening")
        rv.addWidget(self.pages, 2)
        rv.addWidget(self.problem)
        rv.addWidget(self.help_label)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        outer = QVBoxLayout(self)
        outer.addLayout(top)
        outer.addLayout(goals_row)
        outer.addWidget(split, 1)

        # Wiring.
        self.start_button.clicked.connect(self.start_conversation)
        self.members_button.clicked.connect(self.choose_members)
        self.conversation_combo.activated.connect(self._choose_conversation)
        self.lens_combo.activated.connect(self._choose_lens)
        self.room_people.clicked.connect(self._set_room_people)
        self.pages.currentChanged.connect(lambda _i: self._refresh_across())
        self.goal_everyone.clicked.connect(self._set_goals)
        self.goal_ratio.clicked.connect(self._set_goals)
        self.find.textChanged.connect(self._filter)
        self.find.returnPressed.connect(self._tap_first_match)
        self.find.digit.connect(self.tap_pinned)
        self.many_button.clicked.connect(lambda: self._do(self.talk.many_voices))
        self.silence_button.clicked.connect(lambda: self._do(self.talk.silence))
        self.edit_button.clicked.connect(self.edit_selected_turn)
        self.delete_button.clicked.connect(self.delete_selected_turn)
        for key, n in DIGIT_KEYS.items():
            sc = QShortcut(QKeySequence(key), self)
            sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            sc.activated.connect(lambda n=n: self.tap_pinned(n))
        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self.tick)
        self.timer.start()
        self.subs = listen(self, self.ws.bus)
        self.subs.on_any((ConveningChanged, PeopleChanged, TeamsChanged, PairingChanged), self._on_structure)
        self.subs.on(TalkChanged, self._on_talk)
        self.subs.on(LiveChanged, lambda _c: self.refresh())
        self._on_structure()

    # -- structure ---------------------------------------------------------------------
    def _on_structure(self, _change: Change | None = None) -> None:
        self._fill_scopes()
        self._on_talk()

    def _on_talk(self, _change: TalkChanged | None = None) -> None:
        if self.ws.store is None or self.talk is None:
            return
        self._fill_conversations()
        self._fill_lenses()
        self._build_tiles()
        self._fill_turns()
        self.refresh()
        self._refresh_across()

    def _refresh_across(self) -> None:
        """The summaries read every turn of the file: only while their page is open."""
        if self.ws.store is not None and self.talk is not None and self.pages.currentWidget() is self.across:
            self.across.refresh()

    def _fill_scopes(self) -> None:
        self.scope_combo.clear()
        if self.ws.store is None:
            return
        self.scope_combo.addItem("Whole room", "room")
        for team in self.ctx.services.people.teams():
            if team.members:
                self.scope_combo.addItem(f"Team: {team.name} ({team.members})", team.id)
        for label, scope in self.talk.table_scopes() if self.talk is not None else ():
            self.scope_combo.addItem(label, scope)

    def _fill_conversations(self) -> None:
        self.conversation_combo.blockSignals(True)
        self.conversation_combo.clear()
        for c in self.talk.conversations():
            self.conversation_combo.addItem(f"{c.title} ({len(c.members)} people)", c.id)
            if c.id == self.talk.current_id:
                self.conversation_combo.setCurrentIndex(self.conversation_combo.count() - 1)
        self.conversation_combo.blockSignals(False)
        conv = self.talk.conversation()
        if conv is not None:
            kinds = {g.kind for g in conv.goals}
            self.goal_everyone.setChecked(EVERYONE_SPEAKS in kinds)
            self.goal_ratio.setChecked(MAX_RATIO in kinds)
        for w in (self.many_button, self.silence_button, self.find, self.members_button):
            w.setEnabled(conv is not None)
        # Lens and goals can be set before a conversation: Start tracking takes them into the new one.

    def _fill_lenses(self) -> None:
        conv = self.talk.conversation()
        pending = self.lens_combo.currentData() if conv is None else None
        self.lens_combo.clear()
        self.lens_combo.addItem("No lens", None)
        for lens in self.talk.lenses():
            self.lens_combo.addItem(lens.name + (" (sensitive)" if lens.sensitive else ""), lens.id)
            if (conv.lens_id if conv is not None else pending) == lens.id:
                self.lens_combo.setCurrentIndex(self.lens_combo.count() - 1)
        lens = self.talk.lens(conv.lens_id) if conv is not None and conv.lens_id is not None else None
        self.room_people.setEnabled(lens is not None and not lens.sensitive)
        self.room_people.setChecked(self.talk.room.room_people_on())

    def _build_tiles(self) -> None:
        conv = self.talk.conversation()
        names = self.talk.names()
        ids = [p for p in (conv.members if conv else ()) if p in names]
        pins = {p: n for n, p in enumerate(conv.pinned if conv else (), start=1) if p in names}
        if ids != self._tile_ids:
            for tile in self.tiles.values():
                self.grid.removeWidget(tile)
                tile.setParent(None)  # gone from the screen now, not at the next event loop turn
                tile.deleteLater()
            self.tiles = {}
            for p in ids:
                tile = Tile(p, names[p])
                tile.clicked.connect(lambda _checked=False, p=p: self.tap(p))
                self.tiles[p] = tile
            self._tile_ids = ids
            self._cols = 0
            self._relayout()
        for p, tile in self.tiles.items():
            tile.pin = pins.get(p)
            tile._text = ""  # redraw with the pin
        self._filter(self.find.text())

    def _relayout(self) -> None:
        """As many tile columns as the pane has room for (a name tile is about 220 px wide)."""
        cols = max(1, min(6, (self.tiles_scroll.viewport().width() - 12) // 220))
        if cols == getattr(self, "_cols", 0):
            return
        self._cols = cols
        for i, p in enumerate(self._tile_ids):
            self.grid.addWidget(self.tiles[p], i // cols, i % cols)

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._relayout()

    # -- actions -------------------------------------------------------------------------
    def _do(self, fn, *args) -> bool:
        from app.services.talk.service import TalkError

        try:
            fn(*args)
        except TalkError as exc:
            self.problem.setText(str(exc))
            return False
        self.problem.setText("")
        return True

    def start_conversation(self) -> None:
        scope = self.scope_combo.currentData()
        label, members = self.talk.scope_members(scope)
        lens_id = self.lens_combo.currentData()
        goals = self._goals()
        if goals is None:
            return
        self._do(lambda: self.talk.start_conversation(members, scope=label, lens_id=lens_id, goals=goals))

    def _choose_conversation(self, index: int) -> None:
        self.talk.choose(self.conversation_combo.itemData(index))

    def _choose_lens(self, index: int) -> None:
        if self.talk.conversation() is None:
            return  # kept for the next Start tracking
        self._do(self.talk.set_lens, self.lens_combo.itemData(index))

    def _goals(self) -> list[Goal] | None:
        """The goals ticked (None, with the reason shown, if the ratio goal has no lens to be about)."""
        goals = []
        if self.goal_everyone.isChecked():
            goals.append(Goal(EVERYONE_SPEAKS))
        if self.goal_ratio.isChecked():
            lens = self.talk.lens(self.lens_combo.currentData())
            if lens is None:
                self.goal_ratio.setChecked(False)
                self.problem.setText("Goal: choose a lens first; the goal is about its groups.")
                return None
            goals.append(Goal(MAX_RATIO, lens.name, RATIO_LIMIT))
        return goals

    def _set_room_people(self, on: bool) -> None:
        if not self._do(self.talk.room.set_room_people, on):
            self.room_people.setChecked(self.talk.room.room_people_on())

    def _set_goals(self) -> None:
        self.problem.setText("")
        goals = self._goals()
        if self.talk.conversation() is None:
            return  # kept for the next Start tracking
        if goals is None:  # the ratio goal had no lens: keep the other, and say why
            why = self.problem.text()
            self._do(self.talk.summaries.set_goals, [Goal(EVERYONE_SPEAKS)] if self.goal_everyone.isChecked() else [])
            self.problem.setText(why)
            return
        self._do(self.talk.summaries.set_goals, goals)

    def tap(self, person: int) -> None:
        self._do(self.talk.tap, person)

    def tap_pinned(self, n: int) -> None:
        conv = self.talk.conversation() if self.talk is not None and self.ws.store is not None else None
        if conv is None or n > len(conv.pinned):
            return
        self.tap(conv.pinned[n - 1])

    def escape(self) -> bool:
        """Esc in this tab: silence, if someone has the floor (the console asks before unblanking)."""
        if self.talk is None or self.ws.store is None or self.talk.open_turn() is None:
            return False
        self._do(self.talk.silence)
        return True

    def _filter(self, text: str) -> None:
        key = fold(text.strip())
        for tile in self.tiles.values():
            tile.setVisible(not key or key in tile.folded)

    def visible_matches(self) -> list[int]:
        return [p for p in self._tile_ids if not self.tiles[p].isHidden()]

    def _tap_first_match(self) -> None:
        matches = self.visible_matches() if self.find.text().strip() else []
        if not matches:
            return
        self.tap(matches[0])
        self.find.clear()
        self.tiles[matches[0]].setFocus()  # so Esc is silence next, not "leave the field"

    # -- turns ----------------------------------------------------------------------------
    def _fill_turns(self) -> None:
        names = self.talk.names()
        turns = list(reversed(self.talk.turns()))[:200]
        now = self.ws.clock.now()
        self.turns_table.setRowCount(len(turns))
        for row, t in enumerate(turns):
            who = names.get(t.speaker, "?") if t.speaker is not None else "Many voices"
            values = (who, self.talk.clock_text(t.start),
                      "speaking" if t.end is None else self.talk.clock_text(t.end), mmss(t.seconds(now)))
            for col, v in enumerate(values):
                item = QTableWidgetItem(v)
                item.setData(Qt.ItemDataRole.UserRole, t.id)
                self.turns_table.setItem(row, col, item)

    def selected_turn_id(self) -> int | None:
        row = self.turns_table.currentRow()
        item = self.turns_table.item(row, 0) if row >= 0 else None
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def edit_selected_turn(self) -> None:
        from app.ui.talk.turn_editor import TurnEditor

        turn_id = self.selected_turn_id()
        turn = next((t for t in self.talk.turns() if t.id == turn_id), None)
        if turn is None:
            self.problem.setText("Choose a turn in the list first.")
            return
        dialog = TurnEditor(self, self.talk, turn)
        dialog.open()

    def choose_members(self) -> MembersDialog | None:
        """Open the people picker for the conversation being tracked; OK changes who is in it (one undo step)."""
        from app.services.talk.service import MAX_PEOPLE
        from app.ui.talk.members_dialog import MembersDialog

        conv = self.talk.conversation()
        if conv is None:
            self.problem.setText("Start tracking a conversation first.")
            return None
        dialog = MembersDialog(self, self.ctx.services.people.participants(), conv.members, MAX_PEOPLE)
        dialog.accepted.connect(lambda: self._do(self.talk.set_members, dialog.chosen()))
        dialog.open()
        return dialog

    def delete_selected_turn(self) -> None:
        turn_id = self.selected_turn_id()
        if turn_id is None:
            self.problem.setText("Choose a turn in the list first.")
            return
        self._do(self.talk.delete_turn, turn_id)

    # -- live figures --------------------------------------------------------------------
    def tick(self) -> None:
        if self.ws.store is None or self.talk is None or not self.isVisible():
            return
        self.talk.checkpoint()
        self.refresh()

    def refresh(self) -> None:
        if self.ws.store is None or self.talk is None:
            return
        view = self.talk.view()
        f = view.figures
        names = view.names
        self.model.update(self._tile_ids, names, f)
        for p, tile in self.tiles.items():
            pf = f.people.get(p)
            tile.show_figures(mmss(pf.seconds if pf else 0.0), f.speaker == p)
        if view.conversation is None:
            self.floor_label.setText("Start tracking a conversation: choose who is in it, then Start tracking.")
        elif f.speaker is not None:
            self.floor_label.setText(f"Floor: {names.get(f.speaker, '?')}")
        elif f.many_now:
            self.floor_label.setText("Floor: many voices")
        else:
            self.floor_label.setText("Silence: nobody has the floor")
        bal = "—" if f.balance is None else f"{f.balance:.2f}"
        waiting = len(f.not_spoken)
        curve = [b for _t, b in self._curve() if b is not None]
        trend = (" Over time: " + " → ".join(f"{b:.2f}" for b in curve) + ".") if len(curve) > 1 else ""
        self.balance_label.setText(f"Balance {bal} (1 − Gini of talk per person). Talk {mmss(f.person_seconds)}, "
                                   f"many voices {mmss(f.many_seconds)}; {waiting} not yet spoken.{trend}")
        self.flag_label.setText(f"⚠ {view.flag}" if view.flag else "")
        self.goals_label.setText("\n".join(g.line() for g in view.goals))
        self.multi_label.setText(view.multi_note)
        self._show_groups(view)

    def _curve(self):
        """The balance over time, worked out again only when the turns change (not every second)."""
        key = (self.talk.current_id, len(self.talk.turns()), self.talk.open_turn() is None)
        if getattr(self, "_curve_key", None) != key:
            self._curve_key = key
            self._curve_points = self.talk.balance_curve(5)
        return self._curve_points

    def _show_groups(self, view) -> None:
        rows = []
        if view.shares is not None:
            for g in view.shares.groups:
                rows.append((g.label, str(g.people), pct(g.people_share), pct(g.talk_share), g.marker()))
        if len(rows) != self.groups.rowCount():
            self.groups.setRowCount(len(rows))
            self._groups_cells = [("",) * 5] * len(rows)
        for r, cells in enumerate(rows):
            for c, v in enumerate(cells):
                if self._groups_cells[r][c] != v:
                    item = self.groups.item(r, c)
                    if item is None:
                        self.groups.setItem(r, c, QTableWidgetItem(v))
                    else:
                        item.setText(v)
            self._groups_cells[r] = cells
