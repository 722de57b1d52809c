"""The Talk tab: tap who has the floor on a seating map; keep a speaking queue; code turns; see time,
turns and share per person and per group.

Keys (in this tab): type a name and press Enter to give that person the floor; 1 … 9 give it to the
pinned people; Esc (or tapping the speaker again) is silence. F11 raises or lowers the hand of the
person typed (or under the map's cursor: the arrow keys move it); F12 calls the next in the queue,
who gets the floor. Alt+1 … Alt+4 give the conversation's codes to the turn running now (else the
last one). The clicker keys (PageDown, PageUp, F5, B, Space, F6 … F10, Ctrl+1 … 9) still drive the
live run (app/ui/keys.py). The help is in tooltips and Help > Talk tracking (`HELP`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
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
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.talk.goals import EVERYONE_SPEAKS, MAX_RATIO, Goal
from app.domain.talk.queue import BY_LEAST, BY_RAISED
from app.domain.talk.seating import ARRANGEMENTS, BY_NAME, BY_TABLE, BY_TEAM
from app.services.core.changes import (
    Change,
    ConveningChanged,
    LiveChanged,
    PairingChanged,
    PeopleChanged,
    TalkChanged,
    TeamsChanged,
)
from app.ui.i18n import QT_TRANSLATE_NOOP
from app.ui.listen import listen
from app.ui.talk.across import AcrossPane
from app.ui.talk.figures_model import FiguresModel
from app.ui.talk.seating_map import SeatingMap
from app.ui.talk.texts import mmss, pct

if TYPE_CHECKING:
    from app.ui.talk.members_dialog import MembersDialog

DIGIT_KEYS = {getattr(Qt.Key, f"Key_{n}"): n for n in range(1, 10)}
RATIO_LIMIT = 1.25
HAND_KEY = "F11"        # raise / lower the hand of the person typed or under the map's cursor
CALL_KEY = "F12"        # call the next in the queue: they get the floor
CODE_KEYS = tuple(f"Alt+{n}" for n in range(1, 5))   # the conversation's codes, on the current or last turn
ARRANGE_TIP = QT_TRANSLATE_NOOP("TalkTab", "How the map groups people: by the tables of the current round (Pairing tab > "
                                           "Tables, the live day's), by team, or A to Z.")
# The domain's ORDER_LABELS and ARRANGEMENT_LABELS, in the console's language.
ORDER_LABELS = {BY_RAISED: QT_TRANSLATE_NOOP("TalkTab", "When hands went up"),
                BY_LEAST: QT_TRANSLATE_NOOP("TalkTab", "Least talk first")}
ARRANGEMENT_LABELS = {BY_TABLE: QT_TRANSLATE_NOOP("TalkTab", "By table"), BY_TEAM: QT_TRANSLATE_NOOP("TalkTab", "By team"),
                      BY_NAME: QT_TRANSLATE_NOOP("TalkTab", "A to Z")}
# BALANCE_HELP's rule in the console's words (the domain's sentence is English only).
EVENNESS_TIP = QT_TRANSLATE_NOOP("TalkTab", "How evenly the talk is spread among the people present, from 0 to 1. Balance "
                                            "is 1 minus the Gini coefficient of talk time per person present: 1 means "
                                            "everyone spoke equally long, and it falls towards 0 as fewer people do more "
                                            "of the talking. Many-voices time is not anyone's and is left out.")


class FindField(QLineEdit):
    """Type to find a name; Enter gives the first match the floor; 1 … 9 are the pinned people."""

    digit = Signal(int)

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.key() in DIGIT_KEYS and not (event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier):
            self.digit.emit(DIGIT_KEYS[event.key()])
            return
        super().keyPressEvent(event)


class CodeButton(QPushButton):
    """A code's button: its whole text when it fits, else cut short with "…" (the tooltip has it whole)."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.full = text
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(60)

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        room = max(10, self.width() - 16)
        shown = self.fontMetrics().elidedText(self.full, Qt.TextElideMode.ElideRight, room)
        if shown != self.text():
            self.setText(shown)


def _combo(name: str, tip: str = "", chars: int = 10) -> QComboBox:
    combo = QComboBox()
    combo.setAccessibleName(name)
    # Wide enough for its usual texts ("Whole room" was cut to "Whole roor"); a long one shows whole in the list.
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(chars)
    if tip:
        combo.setToolTip(tip)
    return combo


class TalkTab(QWidget):
    # The find field hides QWidget.find() (a static lookup by window id, never used here); tests use the name.
    find: FindField  # type: ignore[assignment]

    def __init__(self, ctx) -> None:
        super().__init__()
        self.ctx = ctx
        self.ws = ctx.workspace
        self.talk = ctx.services.talk
        self.person_ids: list[int] = []
        self._groups_cells: list[tuple[str, ...]] = []
        self._code_ids: list[int] = []

        # Conversation row.
        self.conversation_combo = _combo(QCoreApplication.translate("TalkTab", "Conversation being tracked"), chars=16)
        self.scope_combo = _combo(QCoreApplication.translate("TalkTab", "Who is in the new conversation"),
                                  QCoreApplication.translate("TalkTab", "Who a new conversation tracks: the whole room, a team, or one table of a round."), 12)
        self.start_button = QPushButton(QCoreApplication.translate("TalkTab", "Start tracking"))
        self.start_button.setAccessibleName(QCoreApplication.translate("TalkTab", "Start tracking a new conversation"))
        self.start_button.setToolTip(QCoreApplication.translate("TalkTab", "Starts a new conversation with the lens and goals shown here."))
        self.members_button = QPushButton(QCoreApplication.translate("TalkTab", "Who is in it…"))
        self.members_button.setAccessibleName(QCoreApplication.translate("TalkTab", "Choose who is in the conversation being tracked"))
        self.members_button.setToolTip(QCoreApplication.translate("TalkTab", "Tick someone in who arrived late, or out who left. Their turns so far stay in the record."))
        self.codes_button = QPushButton(QCoreApplication.translate("TalkTab", "Codes…"))
        self.codes_button.setAccessibleName(QCoreApplication.translate("TalkTab", "Choose the codes for turns"))
        self.codes_button.setToolTip(QCoreApplication.translate("TalkTab", "Up to four codes for turns (for example “asks a question”), given with Alt+1 … Alt+4 to the turn running now, or else the last one."))
        top = QHBoxLayout()
        w: QWidget
        for w in (QLabel(QCoreApplication.translate("TalkTab", "Conversation:")), self.conversation_combo, QLabel(QCoreApplication.translate("TalkTab", "New:")), self.scope_combo,
                  self.start_button, self.members_button):
            top.addWidget(w)
        top.addStretch(1)
        self.arrange_combo = _combo(QCoreApplication.translate("TalkTab", "Arrange the seating map"), QCoreApplication.translate("TalkTab", ARRANGE_TIP), 24)
        for key in ARRANGEMENTS:
            self.arrange_combo.addItem(QCoreApplication.translate("TalkTab", ARRANGEMENT_LABELS[key]), key)
        self.lens_combo = _combo(QCoreApplication.translate("TalkTab", "Lens shown by group"), QCoreApplication.translate("TalkTab", "The lens the group shares and the projector use."), 12)
        self.room_people = QCheckBox(QCoreApplication.translate("TalkTab", "Projector: each person"))
        self.room_people.setAccessibleName(QCoreApplication.translate("TalkTab", "Show each person on the projector (not for a sensitive lens)"))
        self.room_people.setToolTip(QCoreApplication.translate("TalkTab", "The Talk balance scene shows groups only, unless you tick this: then it lists each person with their value of the lens. Not for a lens marked sensitive; choosing another lens or conversation goes back to groups."))
        self.goal_everyone = QCheckBox(QCoreApplication.translate("TalkTab", "Everyone speaks"))
        self.goal_everyone.setAccessibleName(QCoreApplication.translate("TalkTab", "Goal: everyone speaks"))
        self.goal_everyone.setToolTip(QCoreApplication.translate("TalkTab", "A goal for this conversation: everyone present speaks at least once."))
        self.goal_ratio = QCheckBox(QCoreApplication.translate("TalkTab", "No group above {RATIO_LIMIT:g}×").format(RATIO_LIMIT=RATIO_LIMIT))
        self.goal_ratio.setAccessibleName(QCoreApplication.translate("TalkTab", "Goal: no group above {RATIO_LIMIT:g}× its share of people").format(RATIO_LIMIT=RATIO_LIMIT))
        self.goal_ratio.setToolTip(QCoreApplication.translate("TalkTab", "No group of the lens talks more than {RATIO_LIMIT:g} times its share of people.").format(RATIO_LIMIT=RATIO_LIMIT))
        goals_row = QHBoxLayout()
        for w in (QLabel(QCoreApplication.translate("TalkTab", "Map:")), self.arrange_combo, QLabel(QCoreApplication.translate("TalkTab", "Lens:")), self.lens_combo, self.room_people,
                  self.codes_button):
            goals_row.addWidget(w)
        goals_row.addStretch(1)

        # Left: who has the floor, find, the map, its pages, many voices, silence.
        from app.services.talk.service import talk_help

        self.floor_label = QLabel("")
        self.floor_label.setAccessibleName(QCoreApplication.translate("TalkTab", "Who has the floor"))
        self.floor_label.setToolTip(talk_help())
        big = QFont(self.floor_label.font())
        big.setPointSizeF(big.pointSizeF() * 1.3)
        big.setBold(True)
        self.floor_label.setFont(big)
        self.floor_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.find = FindField()
        self.find.setPlaceholderText(QCoreApplication.translate("TalkTab", "Type a name: Enter = floor, F11 = hand"))
        self.find.setAccessibleName(QCoreApplication.translate("TalkTab", "Find a person"))
        self.hand_button = QPushButton(QCoreApplication.translate("TalkTab", "Hand up/down ({HAND_KEY})").format(HAND_KEY=HAND_KEY))
        self.hand_button.setAccessibleName(QCoreApplication.translate("TalkTab", "Raise or lower the hand of the person typed or selected"))
        self.hand_button.setToolTip(QCoreApplication.translate("TalkTab", "Puts the person typed (or under the map's cursor) in the speaking queue, or takes them out. On the map: Shift+click or right click."))
        self.call_button = QPushButton(QCoreApplication.translate("TalkTab", "Call next ({CALL_KEY})").format(CALL_KEY=CALL_KEY))
        self.call_button.setAccessibleName(QCoreApplication.translate("TalkTab", "Call the next person in the queue: they get the floor"))
        find_row = QHBoxLayout()
        find_row.addWidget(self.find, 1)
        find_row.addWidget(self.hand_button)
        find_row.addWidget(self.call_button)
        self.map = SeatingMap()
        self.map.setToolTip(QCoreApplication.translate("TalkTab", "Click a name: the floor. Shift+click or right click: hand up or down. Arrow keys and Enter work too. Filled with ●: has the floor; a number: place in the queue; dashed: has not spoken yet."))
        self.page_back = QPushButton("◀")
        self.page_back.setMaximumWidth(44)
        self.page_back.setAccessibleName(QCoreApplication.translate("TalkTab", "Previous page of the map"))
        self.page_next = QPushButton("▶")
        self.page_next.setMaximumWidth(44)
        self.page_next.setAccessibleName(QCoreApplication.translate("TalkTab", "Next page of the map"))
        self.page_label = QLabel("")
        self.many_button = QPushButton(QCoreApplication.translate("TalkTab", "Many voices"))
        self.many_button.setAccessibleName(QCoreApplication.translate("TalkTab", "Many voices (crosstalk)"))
        self.silence_button = QPushButton(QCoreApplication.translate("TalkTab", "Silence (Esc)"))
        self.silence_button.setAccessibleName(QCoreApplication.translate("TalkTab", "Silence: nobody has the floor"))
        buttons = QHBoxLayout()
        for w in (self.page_back, self.page_label, self.page_next):
            buttons.addWidget(w)
        buttons.addStretch(1)
        buttons.addWidget(self.many_button)
        buttons.addWidget(self.silence_button)
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(self.floor_label)
        lv.addLayout(find_row)
        lv.addWidget(self.map, 1)
        lv.addLayout(buttons)

        # Right: figures in words, the queue, codes, then the tables on pages of their own.
        self.balance_label = QLabel("")
        self.balance_label.setAccessibleName(QCoreApplication.translate("TalkTab", "Evenness of talk"))
        self.balance_label.setWordWrap(True)
        self.balance_label.setToolTip(QCoreApplication.translate("TalkTab", EVENNESS_TIP))
        self.flag_label = QLabel("")
        self.flag_label.setAccessibleName(QCoreApplication.translate("TalkTab", "Speaking rule"))
        self.flag_label.setWordWrap(True)
        self.goals_label = QLabel("")
        self.goals_label.setAccessibleName(QCoreApplication.translate("TalkTab", "Goals"))
        self.goals_label.setWordWrap(True)
        self.queue_title = QLabel(QCoreApplication.translate("TalkTab", "<b>Speaking queue</b>"))
        self.queue_title.setTextFormat(Qt.TextFormat.RichText)   # bold words: measured as shown, not with its tags
        self.queue_order = _combo(QCoreApplication.translate("TalkTab", "Order of the speaking queue"), QCoreApplication.translate("TalkTab", "By when hands went up, or least talk first (so far in this conversation). Never by anyone's identity."), 16)
        for key in (BY_RAISED, BY_LEAST):
            self.queue_order.addItem(QCoreApplication.translate("TalkTab", ORDER_LABELS[key]), key)
        queue_head = QHBoxLayout()
        queue_head.addWidget(self.queue_title)
        queue_head.addStretch(1)
        queue_head.addWidget(self.queue_order)
        self.queue_list = QListWidget()
        self.queue_list.setAccessibleName(QCoreApplication.translate("TalkTab", "Speaking queue: double-click someone to give them the floor"))
        self.queue_list.setToolTip(QCoreApplication.translate("TalkTab", "Each waiting hand with their talk so far (this step · this conversation). {CALL_KEY} calls the first; double-click calls anyone.").format(CALL_KEY=CALL_KEY))
        self.queue_list.setMinimumHeight(96)
        self.queue_list.setWordWrap(True)
        self.queue_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.codes_row = QGridLayout()   # two across: the codes' words stay readable in a narrow pane
        self.code_buttons: list[CodeButton] = []
        self.codes_label = QLabel("")
        self.codes_label.setWordWrap(True)
        self.codes_label.setAccessibleName(QCoreApplication.translate("TalkTab", "Codes of the last turn"))

        self.model = FiguresModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(QCoreApplication.translate("TalkTab", "Talk time per person"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().hide()
        self.groups = QTableWidget(0, 5)
        self.groups.setHorizontalHeaderLabels([QCoreApplication.translate("TalkTab", "Group"), QCoreApplication.translate("TalkTab", "People"), QCoreApplication.translate("TalkTab", "Share of people"), QCoreApplication.translate("TalkTab", "Share of talk"), QCoreApplication.translate("TalkTab", "Over/under")])
        self.groups.setAccessibleName(QCoreApplication.translate("TalkTab", "Share of talk against share of people, by group"))
        self.groups.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.groups.verticalHeader().hide()
        self.groups.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.multi_label = QLabel("")
        self.multi_label.setWordWrap(True)
        groups_page = QWidget()
        gv = QVBoxLayout(groups_page)
        gv.setContentsMargins(0, 0, 0, 0)
        gv.addWidget(self.groups, 1)
        gv.addWidget(self.multi_label)
        self.turns_table = QTableWidget(0, 5)
        self.turns_table.setHorizontalHeaderLabels([QCoreApplication.translate("TalkTab", "Speaker"), QCoreApplication.translate("TalkTab", "Start"), QCoreApplication.translate("TalkTab", "End"), QCoreApplication.translate("TalkTab", "Length"), QCoreApplication.translate("TalkTab", "Codes")])
        self.turns_table.setAccessibleName(QCoreApplication.translate("TalkTab", "Turns, newest first"))
        self.turns_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.turns_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.turns_table.verticalHeader().hide()
        self.edit_button = QPushButton(QCoreApplication.translate("TalkTab", "Edit turn…"))
        self.delete_button = QPushButton(QCoreApplication.translate("TalkTab", "Delete turn"))
        turn_buttons = QHBoxLayout()
        turn_buttons.addWidget(self.edit_button)
        turn_buttons.addWidget(self.delete_button)
        turn_buttons.addStretch(1)
        self.problem = QLabel("")
        self.problem.setWordWrap(True)
        self.problem.setAccessibleName(QCoreApplication.translate("TalkTab", "Problem"))
        turns_page = QWidget()
        tv = QVBoxLayout(turns_page)
        tv.setContentsMargins(0, 0, 0, 0)
        tv.addWidget(self.turns_table, 1)
        tv.addLayout(turn_buttons)
        self.across = AcrossPane(self.talk)
        self.pages = QTabWidget()
        self.pages.addTab(self.table, QCoreApplication.translate("TalkTab", "People"))
        self.pages.addTab(groups_page, QCoreApplication.translate("TalkTab", "Groups"))
        self.pages.addTab(turns_page, QCoreApplication.translate("TalkTab", "Turns"))
        self.pages.addTab(self.across, QCoreApplication.translate("TalkTab", "Across the convening"))
        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        goals = QGridLayout()
        goals.addWidget(QLabel(QCoreApplication.translate("TalkTab", "Goals:")), 0, 0)
        goals.addWidget(self.goal_everyone, 0, 1)
        goals.addWidget(self.goal_ratio, 1, 1)
        goals.setColumnStretch(2, 1)
        rv.addLayout(goals)
        for w in (self.balance_label, self.flag_label, self.goals_label):
            rv.addWidget(w)
        rv.addLayout(queue_head)
        rv.addWidget(self.queue_list, 1)
        rv.addLayout(self.codes_row)
        rv.addWidget(self.codes_label)
        rv.addWidget(self.pages, 3)
        rv.addWidget(self.problem)

        self.split = split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)
        right.setMinimumWidth(300)
        outer = QVBoxLayout(self)
        outer.addLayout(top)
        outer.addLayout(goals_row)
        outer.addWidget(split, 1)

        # Wiring.
        self.start_button.clicked.connect(self.start_conversation)
        self.members_button.clicked.connect(self.choose_members)
        self.codes_button.clicked.connect(self.choose_codes)
        self.conversation_combo.activated.connect(self._choose_conversation)
        self.lens_combo.activated.connect(self._choose_lens)
        self.arrange_combo.activated.connect(lambda _i: self._show_map())
        self.queue_order.activated.connect(lambda _i: self._do(self.talk.queue.set_order,
                                                               self.queue_order.currentData()))
        self.room_people.clicked.connect(self._set_room_people)
        self.pages.currentChanged.connect(lambda _i: self._refresh_across())
        self.goal_everyone.clicked.connect(self._set_goals)
        self.goal_ratio.clicked.connect(self._set_goals)
        self.find.textChanged.connect(self._filter)
        self.find.returnPressed.connect(self._tap_first_match)
        self.find.digit.connect(self.tap_pinned)
        self.map.tapped.connect(self.tap)
        self.map.hand.connect(self.toggle_hand)
        self.map.paged.connect(self._show_page)
        self.page_back.clicked.connect(lambda: self.map.turn(-1))
        self.page_next.clicked.connect(lambda: self.map.turn(1))
        self.hand_button.clicked.connect(self.hand_for_selected)
        self.call_button.clicked.connect(self.call_next)
        self.queue_list.itemActivated.connect(
            lambda item: self._do(self.talk.queue.call, item.data(Qt.ItemDataRole.UserRole)))
        self.many_button.clicked.connect(lambda: self._do(self.talk.many_voices))
        self.silence_button.clicked.connect(lambda: self._do(self.talk.silence))
        self.edit_button.clicked.connect(self.edit_selected_turn)
        self.delete_button.clicked.connect(self.delete_selected_turn)
        ctx_scope = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for key, n in DIGIT_KEYS.items():
            sc = QShortcut(QKeySequence(key), self)
            sc.setContext(ctx_scope)
            sc.activated.connect(lambda n=n: self.tap_pinned(n))
        self.shortcuts: dict[str, QShortcut] = {}
        for keys, slot in ((HAND_KEY, self.hand_for_selected), (CALL_KEY, self.call_next),
                           *((k, lambda i=i: self.code_turn(i)) for i, k in enumerate(CODE_KEYS))):
            sc = QShortcut(QKeySequence(keys), self)
            sc.setContext(ctx_scope)
            sc.activated.connect(slot)
            self.shortcuts[keys] = sc
        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self.tick)
        self.timer.start()
        self.subs = listen(self, self.ws.bus)
        self.subs.on_any((ConveningChanged, PeopleChanged, TeamsChanged, PairingChanged), self._on_structure)
        self.subs.on(TalkChanged, self._on_talk)
        self.subs.on(LiveChanged, lambda _c: self._on_live())
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
        self._fill_codes()
        self._fill_turns()
        self.refresh()
        self._refresh_across()

    def _on_live(self) -> None:
        if self.arrange_combo.currentData() == BY_TABLE:
            self._show_map()   # the live day may have changed, and with it the round of tables
        self.refresh()

    def _refresh_across(self) -> None:
        """The summaries read every turn of the file: only while their page is open."""
        if self.ws.store is not None and self.talk is not None and self.pages.currentWidget() is self.across:
            self.across.refresh()

    def _fill_scopes(self) -> None:
        self.scope_combo.clear()
        if self.ws.store is None:
            return
        self.scope_combo.addItem(QCoreApplication.translate("TalkTab", "Whole room"), "room")
        for team in self.ctx.services.people.teams():
            if team.members:
                self.scope_combo.addItem(QCoreApplication.translate("TalkTab", "Team: {name} ({members})").format(name=team.name, members=team.members), team.id)
        for label, scope in self.talk.table_scopes() if self.talk is not None else ():
            self.scope_combo.addItem(label, scope)

    def _fill_conversations(self) -> None:
        self.conversation_combo.blockSignals(True)
        self.conversation_combo.clear()
        for c in self.talk.conversations():
            self.conversation_combo.addItem(QCoreApplication.translate("TalkTab", "{title} ({count} people)").format(title=c.title, count=len(c.members)), c.id)
            if c.id == self.talk.current_id:
                self.conversation_combo.setCurrentIndex(self.conversation_combo.count() - 1)
        self.conversation_combo.blockSignals(False)
        conv = self.talk.conversation()
        if conv is not None:
            kinds = {g.kind for g in conv.goals}
            self.goal_everyone.setChecked(EVERYONE_SPEAKS in kinds)
            self.goal_ratio.setChecked(MAX_RATIO in kinds)
        for w in (self.many_button, self.silence_button, self.find, self.members_button, self.codes_button,
                  self.hand_button, self.call_button):
            w.setEnabled(conv is not None)
        # Lens and goals can be set before a conversation: Start tracking takes them into the new one.

    def _fill_lenses(self) -> None:
        conv = self.talk.conversation()
        pending = self.lens_combo.currentData() if conv is None else None
        self.lens_combo.clear()
        self.lens_combo.addItem(QCoreApplication.translate("TalkTab", "No lens"), None)
        for lens in self.talk.lenses():
            self.lens_combo.addItem(lens.name + (" (sensitive)" if lens.sensitive else ""), lens.id)
            if (conv.lens_id if conv is not None else pending) == lens.id:
                self.lens_combo.setCurrentIndex(self.lens_combo.count() - 1)
        lens = self.talk.lens(conv.lens_id) if conv is not None and conv.lens_id is not None else None
        self.room_people.setEnabled(lens is not None and not lens.sensitive)
        self.room_people.setChecked(self.talk.room.room_people_on())

    def _show_map(self) -> None:
        """The seating map as the service gives it (arranged as chosen), with the floor and the queue."""
        if self.ws.store is None or self.talk is None:
            return
        view = self.talk.seating.view(self.arrange_combo.currentData() or BY_TABLE)
        self.map.set_view(view)
        self.person_ids = self.map.people()
        table_label = QCoreApplication.translate("TalkTab", ARRANGEMENT_LABELS[BY_TABLE])
        if view.by == BY_TABLE:   # which round, or that there is none today (the map is then A to Z)
            table_label = (QCoreApplication.translate("TalkTab", "By table: {round}").format(
                round=view.round_title) if view.round_title
                else QCoreApplication.translate("TalkTab", "By table: none today, A to Z"))
        i = self.arrange_combo.findData(BY_TABLE)
        if self.arrange_combo.itemText(i) != table_label:
            self.arrange_combo.setItemText(i, table_label)
        self.arrange_combo.setToolTip((f"{view.note}. " if view.note else "") + QCoreApplication.translate("TalkTab", ARRANGE_TIP))
        if self.find.text().strip():
            self.map.set_filter(self.find.text())
        self._show_page()

    def _show_page(self) -> None:
        n = self.map.pages()
        for w in (self.page_back, self.page_next, self.page_label):
            w.setVisible(n > 1)
        self.page_label.setText(QCoreApplication.translate("TalkTab", "Page {value} of {n}").format(value=self.map.page + 1, n=n))

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
                self.problem.setText(QCoreApplication.translate("TalkTab", "Goal: choose a lens first; the goal is about its groups."))
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

    def selected_person(self) -> int | None:
        """Whom F11 is about: the first name matching what is typed, else the name under the map's cursor."""
        if self.find.text().strip():
            matches = self.visible_matches()
            return matches[0] if matches else None
        return self.map.pick if self.map.pick in self.person_ids else None

    def hand_for_selected(self) -> None:
        person = self.selected_person()
        if person is None:
            self.problem.setText(QCoreApplication.translate("TalkTab", "Hand: type a name, or pick one on the map with the arrow keys, then press {HAND_KEY}.").format(HAND_KEY=HAND_KEY))
            return
        if self._do(self.talk.queue.toggle, person):
            self.find.clear()

    def toggle_hand(self, person: int) -> None:
        self._do(self.talk.queue.toggle, person)

    def call_next(self) -> None:
        if self.talk is None or self.ws.store is None:
            return
        if self.talk.conversation() is not None and not self.talk.queue.waiting():
            self.problem.setText(QCoreApplication.translate("TalkTab", "Nobody is waiting in the queue."))
            return
        self._do(self.talk.queue.call_next)

    def code_turn(self, position: int) -> None:
        if self.talk is None or self.ws.store is None:
            return
        try:
            turn, code, on = self.talk.codes.toggle(position)
        except ValueError as exc:
            self.problem.setText(str(exc))
            return
        who = self.talk.names().get(turn.speaker or -1, QCoreApplication.translate("TalkTab", "someone"))
        said = (QCoreApplication.translate("TalkTab", "Coded “{label}” on {who}’s turn at {at}.") if on else
                QCoreApplication.translate("TalkTab", "Took “{label}” off {who}’s turn at {at}."))
        self.problem.setText(said.format(label=code.label, who=who, at=self.talk.clock_text(turn.start)))

    def choose_codes(self):
        """Open the codes dialog for the conversation being tracked (one undo step on OK)."""
        from app.ui.talk.codes_dialog import CodesDialog

        if self.talk.conversation() is None:
            self.problem.setText(QCoreApplication.translate("TalkTab", "Start tracking a conversation first."))
            return None
        dialog = CodesDialog(self, [c.label for c in self.talk.codes.codes()])
        dialog.accepted.connect(lambda: self._do(self.talk.codes.set_codes, dialog.labels()))
        dialog.open()
        return dialog

    def _fill_codes(self) -> None:
        codes = self.talk.codes.codes() if self.talk.conversation() is not None else []
        ids = [c.id for c in codes]
        if ids != self._code_ids or len(self.code_buttons) != len(codes):
            for b in self.code_buttons:
                self.codes_row.removeWidget(b)
                b.setParent(None)
                b.deleteLater()
            self.code_buttons = []
            for c in codes:
                b = CodeButton(QCoreApplication.translate("TalkTab", "{label} (Alt+{value})").format(label=c.label, value=c.position + 1))
                b.setAccessibleName(QCoreApplication.translate("TalkTab", "Code the current or last turn: {label}").format(label=c.label))
                b.setToolTip(QCoreApplication.translate("TalkTab", "Gives “{label}” to the turn running now, or else the last one; again takes it off (Alt+{value}).").format(label=c.label, value=c.position + 1))
                b.clicked.connect(lambda _=False, i=c.position: self.code_turn(i))
                n = len(self.code_buttons)
                self.codes_row.addWidget(b, n // 2, n % 2)
                self.code_buttons.append(b)
            self._code_ids = ids
        turn = self.talk.codes.target_turn() if codes else None
        if turn is None:
            self.codes_label.setText("")
            return
        given = set(self.talk.codes.coded().get(turn.id, ()))
        labels = [c.label for c in codes if c.id in given]
        who = self.talk.names().get(turn.speaker or -1, "someone")
        self.codes_label.setText(QCoreApplication.translate("TalkTab", "{who}’s turn: ").format(who=who) + (", ".join(labels) if labels else QCoreApplication.translate("TalkTab", "no code yet")))

    def _fill_queue(self) -> None:
        entries = self.talk.queue.waiting() if self.talk.conversation() is not None else []
        self.queue_order.setCurrentIndex(self.queue_order.findData(self.talk.queue.order_by))
        self.queue_title.setText(QCoreApplication.translate("TalkTab", "<b>Speaking queue</b> ({count})").format(count=len(entries)) if entries else QCoreApplication.translate("TalkTab", "<b>Speaking queue</b>"))
        texts = []
        for i, e in enumerate(entries, start=1):
            talk = (QCoreApplication.translate("TalkTab", "has not spoken yet") if e.not_spoken
                    else QCoreApplication.translate("TalkTab", "{value} this step · {value2} in all").format(value=mmss(e.step_seconds), value2=mmss(e.seconds)))
            texts.append((f"{i}. {e.name} — {talk}", e.person, e.not_spoken))
        if not texts:
            texts = [(QCoreApplication.translate("TalkTab", "Nobody waiting. Shift+click a name, or type it and press ") + HAND_KEY + ".", None, False)]
        if [self.queue_list.item(i).text() for i in range(self.queue_list.count())] == [t for t, _p, _n in texts]:
            return
        self.queue_list.clear()
        for text, person, first_time in texts:
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, person)
            if first_time:
                f = item.font()
                f.setBold(True)
                item.setFont(f)
            if person is None:
                item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.queue_list.addItem(item)

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
        self.map.set_filter(text)

    def visible_matches(self) -> list[int]:
        """The people the find field matches, in map order (everyone when it is empty)."""
        return self.map.set_filter(self.find.text())

    def _tap_first_match(self) -> None:
        matches = self.visible_matches() if self.find.text().strip() else []
        if not matches:
            return
        self.tap(matches[0])
        self.find.clear()
        self.map.pick = matches[0]
        self.map.setFocus()  # so Esc is silence next, not "leave the field"

    # -- turns ----------------------------------------------------------------------------
    def _fill_turns(self) -> None:
        names = self.talk.names()
        turns = list(reversed(self.talk.turns()))[:200]
        now = self.ws.clock.now()
        codes = {c.id: c.label for c in self.talk.codes.codes()}
        coded = self.talk.codes.coded() if codes else {}
        self.turns_table.setRowCount(len(turns))
        for row, t in enumerate(turns):
            who = names.get(t.speaker, "?") if t.speaker is not None else QCoreApplication.translate("TalkTab", "Many voices")
            values = (who, self.talk.clock_text(t.start),
                      "speaking" if t.end is None else self.talk.clock_text(t.end), mmss(t.seconds(now)),
                      ", ".join(codes[c] for c in coded.get(t.id, ()) if c in codes))
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
            self.problem.setText(QCoreApplication.translate("TalkTab", "Choose a turn in the list first."))
            return
        dialog = TurnEditor(self, self.talk, turn)
        dialog.open()

    def choose_members(self) -> MembersDialog | None:
        """Open the people picker for the conversation being tracked; OK changes who is in it (one undo step)."""
        from app.services.talk.service import MAX_PEOPLE
        from app.ui.talk.members_dialog import MembersDialog

        conv = self.talk.conversation()
        if conv is None:
            self.problem.setText(QCoreApplication.translate("TalkTab", "Start tracking a conversation first."))
            return None
        dialog = MembersDialog(self, self.ctx.services.people.participants(), conv.members, MAX_PEOPLE)
        dialog.accepted.connect(lambda: self._do(self.talk.set_members, dialog.chosen()))
        dialog.open()
        return dialog

    def delete_selected_turn(self) -> None:
        turn_id = self.selected_turn_id()
        if turn_id is None:
            self.problem.setText(QCoreApplication.translate("TalkTab", "Choose a turn in the list first."))
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
        self._show_map()
        self.model.update(self.person_ids, names, f)
        self._fill_queue()
        if view.conversation is None:
            self.floor_label.setText(QCoreApplication.translate("TalkTab", "Start tracking a conversation: choose who is in it, then Start tracking."))
        elif f.speaker is not None:
            self.floor_label.setText(QCoreApplication.translate("TalkTab", "Floor: {value}").format(value=names.get(f.speaker, '?')))
        elif f.many_now:
            self.floor_label.setText(QCoreApplication.translate("TalkTab", "Floor: many voices"))
        else:
            self.floor_label.setText(QCoreApplication.translate("TalkTab", "Silence: nobody has the floor"))
        bal = QCoreApplication.translate("TalkTab", "not yet") if f.balance is None else f"{f.balance:.2f}"
        waiting = len(f.not_spoken)
        curve = [b for _t, b in self._curve() if b is not None]
        trend = (QCoreApplication.translate("TalkTab", " Evenness over time: ") + " → ".join(f"{b:.2f}" for b in curve) + ".") if len(curve) > 1 else ""
        self.balance_label.setText(QCoreApplication.translate("TalkTab", "Evenness of talk {bal} (1: everyone equally). Talk {value}, many voices {value2}; {waiting} not yet spoken.{trend}").format(bal=bal, value=mmss(f.person_seconds), value2=mmss(f.many_seconds), waiting=waiting, trend=trend))
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
