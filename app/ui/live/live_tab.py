"""The Live tab: the running item, its countdown and controls, the day's status,
and, for a protocol, the facilitator's script, who may speak and a notes box."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.domain.agenda import Zone, format_clock
from app.domain.agenda.schedule import format_hhmm
from app.domain.protocols import Protocol
from app.services.core.changes import AgendaChanged, ConveningChanged, LiveChanged, ProtocolsChanged
from app.ui.agenda.texts import day_label, live_line
from app.ui.i18n import QT_TRANSLATE_NOOP
from app.ui.listen import listen
from app.ui.live.driver import LiveDriver
from app.ui.live.follow import SETTING as FOLLOW_SETTING
from app.ui.live.follow import ProjectorFollower
from app.ui.projector.scenes.protocol import who_speaks
from app.ui.second_press import SecondPress

ZONE_STYLE = {
    Zone.NORMAL: "",
    Zone.WARNING: "color: #8A5A00;",
    Zone.ZERO: "color: #B8360A;",
    Zone.OVERTIME: "color: #B8360A;",
}
END_CONFIRM_SECONDS = 5.0   # "End the day" ends it only when pressed again within this time
END_IDLE_TEXT = QT_TRANSLATE_NOOP("LiveTab", "End the day…")


class AgendaLine(QStyledItemDelegate):
    """An item of the day, "08:30  Title": the time in a column of its own, the title beside it,
    wrapped onto more lines when long (never cut with "…")."""

    PAD = 3

    def __init__(self, view: QListWidget) -> None:
        super().__init__(view)
        self.view = view

    @staticmethod
    def parts(text: str) -> tuple[str, str]:
        time, _, title = text.partition("  ")
        return time, title

    def _layout(self, opt: QStyleOptionViewItem, width: int) -> tuple[int, QRect]:
        fm = QFontMetrics(opt.font)
        bold = QFont(opt.font)
        bold.setBold(True)   # one column for every row, the running (bold) one included
        time_w = QFontMetrics(bold).horizontalAdvance("00:00  ")
        title = self.parts(opt.text)[1]
        box = fm.boundingRect(QRect(0, 0, max(width - time_w - 2 * self.PAD, 40), 100_000),
                              int(Qt.TextFlag.TextWordWrap), title)
        return time_w, box

    def sizeHint(self, option, index) -> QSize:  # noqa: N802
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        width = self.view.viewport().width()
        _, box = self._layout(opt, width)
        return QSize(width, box.height() + 2 * self.PAD)

    def paint(self, painter, option, index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        time, title = self.parts(opt.text)
        time_w, _ = self._layout(opt, opt.rect.width())
        opt.text = ""
        style = opt.widget.style() if opt.widget is not None else self.view.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)  # background, selection
        painter.save()
        painter.setFont(opt.font)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        painter.setPen(opt.palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text))
        area = opt.rect.adjusted(self.PAD, self.PAD, -self.PAD, -self.PAD)
        top_left = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        painter.drawText(QRect(area.left(), area.top(), time_w, area.height()), top_left, time)
        painter.drawText(area.adjusted(time_w, 0, 0, 0), top_left | int(Qt.TextFlag.TextWordWrap), title)
        painter.restore()


def _plain(label: QLabel) -> QLabel:
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


class LiveTab(QWidget):
    def __init__(self, ctx, player=None) -> None:
        super().__init__()
        self.ctx = ctx
        self.live = ctx.services.live
        self.driver = LiveDriver(ctx, player, parent=self)
        ctx.ui.live_driver = self.driver
        self._notes_key: tuple[int, int] | None = None
        self._proto_cache: dict[int, Protocol | None] = {}
        self._loading_notes = False

        outer = QHBoxLayout(self)
        split = QSplitter(Qt.Orientation.Horizontal)
        outer.addWidget(split)

        # Left: the day being run (today's by the calendar) and its items; double-click to run one.
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        self.day_pick = QComboBox()
        self.day_pick.setAccessibleName(QCoreApplication.translate("LiveTab", "Day to run"))
        self.day_pick.setToolTip(QCoreApplication.translate("LiveTab", "The day that Space and PageDown act on. It follows the calendar; choose another day to run it (a rehearsal, a day that moved)."))
        self.day_pick.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # Tab reaches it; a click leaves the clicker keys alone
        self.day_pick.activated.connect(self._day_chosen)
        self.day_pick.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)  # never clip "(today)"
        day_label_row = QLabel(QCoreApplication.translate("LiveTab", "&Day to run"))
        day_label_row.setWordWrap(True)
        day_label_row.setBuddy(self.day_pick)
        ll.addWidget(day_label_row)
        ll.addWidget(self.day_pick)
        ll.addWidget(QLabel(QCoreApplication.translate("LiveTab", "Double-click an item to run it")))
        self.day_list = QListWidget()
        self.day_list.setAccessibleName(QCoreApplication.translate("LiveTab", "Agenda items of the day"))
        self.day_list.itemActivated.connect(self._goto_item)
        # Every title whole: a long one wraps to a second line rather than ending in "…".
        self.day_list.setWordWrap(True)
        self.day_list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.day_list.setResizeMode(QListView.ResizeMode.Adjust)
        self.day_list.setUniformItemSizes(False)
        self.day_list.setItemDelegate(AgendaLine(self.day_list))
        self.day_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.day_list.setMinimumWidth(200)
        ll.addWidget(self.day_list, 1)
        split.addWidget(left)

        # Right: the live controls.
        right = QWidget()
        rl = QVBoxLayout(right)
        self.item_title = _plain(QLabel(QCoreApplication.translate("LiveTab", "Nothing running")))
        f = self.item_title.font()
        f.setPointSize(f.pointSize() + 6)
        f.setBold(True)
        self.item_title.setFont(f)
        self.item_title.setAccessibleName(QCoreApplication.translate("LiveTab", "Current item"))
        self.item_meta = _plain(QLabel(""))
        rl.addWidget(self.item_title)
        rl.addWidget(self.item_meta)

        clock_row = QHBoxLayout()
        self.countdown = QLabel("--:--")
        cf = QFont("DejaVu Sans Mono")
        cf.setPointSize(40)
        cf.setBold(True)
        self.countdown.setFont(cf)
        self.countdown.setAccessibleName(QCoreApplication.translate("LiveTab", "Item countdown"))
        self._countdown_shape: tuple[int, str] = (-1, "")   # (characters, style) last shown
        self.zone = QLabel("")
        zf = self.zone.font()
        zf.setPointSize(zf.pointSize() + 4)
        zf.setBold(True)
        self.zone.setFont(zf)
        self.zone.setAccessibleName(QCoreApplication.translate("LiveTab", "Countdown state"))
        clock_row.addWidget(self.countdown)
        clock_row.addWidget(self.zone, 1)
        rl.addLayout(clock_row)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        self.progress.setAccessibleName(QCoreApplication.translate("LiveTab", "Item progress"))
        rl.addWidget(self.progress)

        self.step_line = _plain(QLabel(""))
        self.step_line.setAccessibleName(QCoreApplication.translate("LiveTab", "Current step"))
        sf = self.step_line.font()
        sf.setPointSize(sf.pointSize() + 3)
        self.step_line.setFont(sf)
        rl.addWidget(self.step_line)

        buttons = QGridLayout()
        self.buttons: dict[str, QPushButton] = {}
        specs = [
            ("back", QCoreApplication.translate("LiveTab", "◀ Back  (PgUp)"), self.live.back, 0, 0, 1),
            ("start_pause", QCoreApplication.translate("LiveTab", "Start  (Space)"), self.live.start_pause, 0, 1, 2),
            ("next", QCoreApplication.translate("LiveTab", "Next ▶  (PgDn)"), self.live.next, 0, 3, 1),
            ("sub5", QCoreApplication.translate("LiveTab", "−5 min"), lambda: self.live.adjust(-300), 1, 0, 1),
            ("sub1", QCoreApplication.translate("LiveTab", "−1 min  (−)"), lambda: self.live.adjust(-60), 1, 1, 1),
            ("add1", QCoreApplication.translate("LiveTab", "+1 min  (+)"), lambda: self.live.adjust(60), 1, 2, 1),
            ("add5", QCoreApplication.translate("LiveTab", "+5 min"), lambda: self.live.adjust(300), 1, 3, 1),
        ]
        for key, text, slot, r, c, span in specs:
            b = QPushButton(text)
            b.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            b.setAccessibleName(text.split("  ")[0])
            b.clicked.connect(lambda _=False, s=slot: s())
            b.setMinimumHeight(36)
            buttons.addWidget(b, r, c, 1, span)
            self.buttons[key] = b
        for c in range(4):
            buttons.setColumnStretch(c, 1)
        rl.addLayout(buttons)

        self.status = _plain(QLabel(""))
        self.status.setAccessibleName(QCoreApplication.translate("LiveTab", "Day status"))
        rl.addWidget(self.status)
        self.up_next = _plain(QLabel(""))
        self.up_next.setAccessibleName(QCoreApplication.translate("LiveTab", "Up next"))
        rl.addWidget(self.up_next)

        # Protocol: script, speakers, next step, notes.
        self.protocol_box = QWidget()
        pl = QVBoxLayout(self.protocol_box)
        pl.setContentsMargins(0, 6, 0, 0)
        self.speakers = _plain(QLabel(""))
        self.speakers.setAccessibleName(QCoreApplication.translate("LiveTab", "Who may speak"))
        self.speakers.setStyleSheet("font-weight: bold;")
        pl.addWidget(self.speakers)
        self.script = QTextBrowser()
        self.script.setAccessibleName(QCoreApplication.translate("LiveTab", "Facilitator script"))
        self.script.setMinimumHeight(90)
        big = self.script.font()
        big.setPointSize(big.pointSize() + 3)  # read at a glance, standing, from a step away
        self.script.setFont(big)
        pl.addWidget(self.script, 2)
        self.next_step = _plain(QLabel(""))
        self.next_step.setAccessibleName(QCoreApplication.translate("LiveTab", "Next step"))
        pl.addWidget(self.next_step)
        from app.ui.capture.step import StepCaptureButton  # room capture (issue 15): this step's board

        self.step_capture = StepCaptureButton(ctx)
        pl.addWidget(self.step_capture)
        pl.addWidget(QLabel(QCoreApplication.translate("LiveTab", "Notes for this step (kept for the handouts)")))
        self.notes = QPlainTextEdit()
        self.notes.setAccessibleName(QCoreApplication.translate("LiveTab", "Step notes"))
        self.notes.setPlaceholderText(QCoreApplication.translate("LiveTab", "What the group said, decided, or wants to come back to…"))
        self.notes.textChanged.connect(self._save_notes)
        self.notes.setProperty("convene_saved_as_typed", True)   # stored as typed (ConsoleWindow.why_not_switch_now)
        pl.addWidget(self.notes, 1)
        rl.addWidget(self.protocol_box, 1)
        self.filler = QWidget()  # keeps the controls at the top when there is no protocol
        rl.addWidget(self.filler, 1)

        self.chime = QCheckBox(QCoreApplication.translate("LiveTab", "Chime at the warning and at zero"))
        self.chime.setChecked(ctx.settings.value("live/chime", False, type=bool))
        self.chime.toggled.connect(lambda on: ctx.settings.setValue("live/chime", on))
        self.follower = ProjectorFollower(ctx, self)
        self.follow = QCheckBox(QCoreApplication.translate("LiveTab", "Projector follows: timer or protocol"))
        self.follow.setAccessibleName(QCoreApplication.translate("LiveTab", "Projector follows the live run"))
        self.follow.setToolTip(QCoreApplication.translate("LiveTab", "When an item starts or the run moves on, the projector shows its timer or protocol step. A blanked projector stays blank until you press B."))
        self.follow.setChecked(ctx.settings.value(FOLLOW_SETTING, True, type=bool))
        self.follow.toggled.connect(self.follower.set_enabled)
        ll.addWidget(self.chime)
        ll.addWidget(self.follow)

        # Ending the day sits apart from the run buttons, under the day's items, and takes two presses
        # (no dialog in front of the live run): the first says what the second will do.
        end_row = QHBoxLayout()
        end_row.setContentsMargins(0, 8, 0, 0)
        self.end_day = QPushButton(QCoreApplication.translate("LiveTab", END_IDLE_TEXT))
        self.end_day.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.end_day.setAccessibleName(QCoreApplication.translate("LiveTab", "End the day"))
        self.end_day.setToolTip(QCoreApplication.translate("LiveTab", "Ends the running item and the day. Press it twice: nothing ends on the first press. PageUp brings the item back."))
        self.end_day.clicked.connect(self._end_day_pressed)
        end_row.addWidget(self.end_day)
        end_row.addStretch(1)
        ll.addLayout(end_row)
        self.end_note = _plain(QLabel(""))
        self.end_note.setAccessibleName(QCoreApplication.translate("LiveTab", "Ending the day"))
        self.end_note.setVisible(False)
        ll.addWidget(self.end_note)
        self.buttons["stop"] = self.end_day
        self._end_confirm = SecondPress(ctx.clock, END_CONFIRM_SECONDS, self)
        self._end_confirm.lapsed.connect(self._end_lapsed)
        split.addWidget(right)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)

        self.driver.changed.connect(self.refresh)
        self.subs = listen(self, ctx.workspace.bus)
        self.subs.on_any((AgendaChanged, ConveningChanged, ProtocolsChanged), lambda _c: self.reload())
        self.subs.on(LiveChanged, self._on_live)
        self.reload()

    def _show_countdown(self, text: str, style: str) -> None:
        """The big number, changing only what changed. Each second only the digits repaint: the label has
        a fixed size (Qt then lays nothing out again; a new second used to repaint the whole console), set
        anew only when the number of characters changes (hours, overtime's sign), and its colour only
        when the zone does (a style sheet set every second costs a re-polish)."""
        chars, shown_style = self._countdown_shape
        if len(text) != chars:
            fm = self.countdown.fontMetrics()
            self.countdown.setFixedSize(fm.horizontalAdvance(text) + fm.averageCharWidth() // 2, fm.height())
        if style != shown_style:
            self.countdown.setStyleSheet(style)
        self._countdown_shape = (len(text), style)
        self.countdown.setText(text)

    # -- data --------------------------------------------------------------------
    def _protocols(self):
        return self.ctx.services.protocols

    def reload(self) -> None:
        self._proto_cache.clear()
        self.day_list.clear()
        if self.ctx.workspace.store is None:
            self.day_pick.clear()
            self.refresh()
            return
        agenda = self.ctx.services.agenda
        day_id = self.live.chosen_day_id()
        self._fill_day_pick(day_id)
        if day_id is not None:
            for e in agenda.schedule(day_id).entries:
                it = QListWidgetItem(f"{format_hhmm(e.start)}  {e.entry.title}")
                it.setToolTip(e.entry.title)
                it.setData(Qt.ItemDataRole.UserRole, e.entry.item_id)
                self.day_list.addItem(it)
        self.refresh()

    def _fill_day_pick(self, day_id: int | None) -> None:
        days = self.live.days()
        today = self.live.today()
        self.day_pick.blockSignals(True)
        self.day_pick.clear()
        for d in days:
            text = day_label(d.position, d.date) + (QCoreApplication.translate("LiveTab", "  (today)")
                                                    if d.date == today else "")
            self.day_pick.addItem(text, d.id)
        ids = [d.id for d in days]
        if day_id in ids:
            self.day_pick.setCurrentIndex(ids.index(day_id))
        self.day_pick.blockSignals(False)

    def _day_chosen(self, index: int) -> None:
        day_id = self.day_pick.itemData(index)
        if day_id is not None:
            self.live.choose_day(int(day_id))  # emits "live": the list and the ready line follow

    def _day_name(self, day_id: int) -> str:
        day = next((d for d in self.live.days() if d.id == day_id), None)
        return day_label(day.position, day.date).split(" · ")[0] if day else QCoreApplication.translate("LiveTab", "this day")

    def _goto_item(self, item: QListWidgetItem) -> None:
        self.live.goto(int(item.data(Qt.ItemDataRole.UserRole)))

    def _on_live(self, change: LiveChanged) -> None:
        events = change.events
        shown = self.day_pick.currentData()
        if (self.day_list.count() == 0 or not events or shown != self.live.chosen_day_id()
                or any(getattr(e, "kind", None) and e.kind.value in ("goto", "start", "stop") for e in events)):
            self.reload()

    # -- painting ------------------------------------------------------------------
    def refresh(self) -> None:
        has_file = self.ctx.workspace.store is not None
        for b in self.buttons.values():
            b.setEnabled(has_file)
        if not has_file:
            self.item_title.setText(QCoreApplication.translate("LiveTab", "No convening open"))
            return
        if self.day_pick.currentData() != self.live.chosen_day_id():
            self.reload()  # the date turned (a night's sleep): show the calendar's day
            return
        view = self.live.view()
        rec = self.live.item_record(view.item_id)
        elsewhere = rec if rec is not None and not self.live.runs_chosen_day() else None
        if elsewhere is not None:
            rec = None  # an item of another day is current: Space starts the chosen day instead
        self.buttons["start_pause"].setText(
            QCoreApplication.translate("LiveTab", "Pause  (Space)") if view.running and rec else (QCoreApplication.translate("LiveTab", "Resume  (Space)") if rec else QCoreApplication.translate("LiveTab", "Start  (Space)")))
        for i in range(self.day_list.count()):
            it = self.day_list.item(i)
            f = it.font()
            f.setBold(it.data(Qt.ItemDataRole.UserRole) == view.item_id)
            it.setFont(f)
        if rec is None:
            day_id = self.live.chosen_day_id()
            up = self.live.ready_item(day_id)  # the very item Space starts
            has_items = any(r.day_id == day_id for r in self.live.items())
            if up is not None:
                self.item_title.setText(QCoreApplication.translate("LiveTab", "Ready: {title}").format(title=up.title))
                if elsewhere is not None:
                    self.item_meta.setText(
                        QCoreApplication.translate("LiveTab", "“{title}” of {value} is still current. Space ends it and starts this.").format(title=elsewhere.title, value=self._day_name(elsewhere.day_id)))
                else:
                    self.item_meta.setText(QCoreApplication.translate("LiveTab", "Press Space (or the clicker's play key) to start."))
            elif has_items:
                self.item_title.setText(QCoreApplication.translate("LiveTab", "{value} is done").format(value=self._day_name(day_id)))
                self.item_meta.setText(QCoreApplication.translate("LiveTab", "Every item of this day has run. Choose another day to run it."))
            else:
                self.item_title.setText(QCoreApplication.translate("LiveTab", "No agenda items on this day") if day_id is not None else QCoreApplication.translate("LiveTab", "No agenda items yet"))
                self.item_meta.setText(QCoreApplication.translate("LiveTab", "Add items in the Agenda tab."))
            self._show_countdown(format_clock(up.minutes * 60) if up else "--:--", "color: gray;")
            self.zone.setText("")
            self.progress.setValue(0)
            self.step_line.setText("")
            self.protocol_box.setVisible(False)
            self.filler.setVisible(True)
            self.status.setText("")
            self.up_next.setText("")
            self.end_day.setEnabled(False)   # nothing of this day is current: nothing to end
            self._end_disarm()
            return
        self.end_day.setEnabled(True)
        if not self._end_confirm.asking():
            self._end_disarm()
            self.end_note.setVisible(False)   # running again: "… ended" has been read
        # In a protocol the step's countdown is the big number; the whole item's goes on the step line.
        cd = view.step_countdown or view.item
        self.item_title.setText(rec.title)
        meta = [rec.kind]
        if rec.facilitator:
            meta.append(rec.facilitator)
        if rec.room:
            meta.append(rec.room)
        self.item_meta.setText("  ·  ".join(meta))
        self._show_countdown(cd.text, ZONE_STYLE[cd.zone] if view.running else "color: gray;")
        words = cd.label or ""
        if not view.running:
            words = QCoreApplication.translate("LiveTab", "Paused · {words}").format(words=words) if words else QCoreApplication.translate("LiveTab", "Paused")
        self.zone.setText(words)
        self.zone.setStyleSheet(ZONE_STYLE[cd.zone])
        self.progress.setValue(int(cd.progress * 1000))
        self._refresh_status(rec)
        self._refresh_protocol(view, rec)

    def _refresh_status(self, rec) -> None:
        st = self.live.status(rec.day_id)
        self.status.setText(live_line(st, self.live.other_date(rec.day_id)) if st is not None else "")
        items = [r for r in self.live.items() if r.day_id == rec.day_id]
        ids = [r.id for r in items]
        i = ids.index(rec.id) if rec.id in ids else -1
        nxt = items[i + 1] if 0 <= i < len(items) - 1 else None
        self.up_next.setText(QCoreApplication.translate("LiveTab", "Up next: {title} ({minutes} min)").format(title=nxt.title, minutes=nxt.minutes) if nxt else
                             QCoreApplication.translate("LiveTab", "Up next: the end of the day (PageDown ends it)"))

    def _refresh_protocol(self, view, rec) -> None:
        svc = self._protocols()
        proto = None
        if svc is not None and view.step is not None:
            if rec.id not in self._proto_cache:
                self._proto_cache[rec.id] = svc.item_protocol(rec.id)
            proto = self._proto_cache[rec.id]
        if proto is None or view.step is None or view.step >= len(proto.steps):
            self.protocol_box.setVisible(False)
            self.filler.setVisible(True)
            self.step_line.setText("")
            self._notes_key = None
            return
        self.protocol_box.setVisible(True)
        self.filler.setVisible(False)
        self.step_capture.show_for(rec.id, view.step)
        step = proto.steps[view.step]
        whole = view.item
        left = "over" if whole is not None and whole.display_seconds < 0 else "left"
        self.step_line.setText(
            QCoreApplication.translate("LiveTab", "Step {value} of {count}: {title}").format(value=view.step + 1, count=len(proto.steps), title=step.title)
            + (QCoreApplication.translate("LiveTab", "   ·   whole protocol {value} {left}").format(value=whole.text.lstrip('+'), left=left) if whole is not None else ""))
        self.speakers.setText(who_speaks(step.speakers))
        key = (rec.id, view.step)
        if key != self._notes_key:
            self._notes_key = key
            self.script.setPlainText(step.script)
            nxt = proto.steps[view.step + 1] if view.step + 1 < len(proto.steps) else None
            self.next_step.setText(QCoreApplication.translate("LiveTab", "Next step: {title} ({minutes} min)").format(title=nxt.title, minutes=nxt.minutes) if nxt else
                                   QCoreApplication.translate("LiveTab", "Last step: PageDown ends this item and starts the next one."))
            self._loading_notes = True
            self.notes.setPlainText(svc.step_note(rec.id, view.step))
            self._loading_notes = False

    # -- ending the day: two presses ------------------------------------------------------
    def _end_day_pressed(self) -> None:
        rec = self.live.item_record(self.live.view().item_id)
        if rec is None:
            return
        if self._end_confirm.press():
            self._end_now()
            return
        day = self._day_name(rec.day_id)
        self.end_day.setText(QCoreApplication.translate("LiveTab", "Yes, end {day}").format(day=day))
        self.end_note.setText(QCoreApplication.translate("LiveTab", "Nothing has ended yet. Press again within {END_CONFIRM_SECONDS:.0f} seconds to end {day}.").format(END_CONFIRM_SECONDS=END_CONFIRM_SECONDS, day=day))
        self.end_note.setVisible(True)

    def _end_now(self) -> None:
        rec = self.live.item_record(self.live.view().item_id)
        self._end_disarm()
        if rec is None or not self.live.stop():
            return
        self.end_note.setText(QCoreApplication.translate("LiveTab", "{value} ended. PageUp brings back “{title}”.").format(value=self._day_name(rec.day_id), title=rec.title))
        self.end_note.setVisible(True)

    def _end_lapsed(self) -> None:
        """The confirmation's time is up by the clock: back to one press away from asking again."""
        self._end_disarm()
        self.end_note.setVisible(False)

    def _end_disarm(self) -> None:
        self._end_confirm.reset()
        self.end_day.setText(QCoreApplication.translate("LiveTab", END_IDLE_TEXT))

    def _save_notes(self) -> None:
        if self._loading_notes or self._notes_key is None:
            return
        svc = self._protocols()
        if svc is not None:
            svc.set_step_note(self._notes_key[0], self._notes_key[1], self.notes.toPlainText())
