"""The facilitator's console: files, tabs for each capability, and the room panel."""

from __future__ import annotations

import functools
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QByteArray, QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QWidget,
)

from app.services.console.demo import open_fresh_demo
from app.services.core.changes import (
    AgendaChanged,
    CommitmentsChanged,
    ConveningChanged,
    ImprovementChanged,
    LiveChanged,
    PairingChanged,
    PeopleChanged,
    ProtocolsChanged,
    TalkChanged,
    TeamsChanged,
    WallChanged,
)
from app.services.core.workspace import ConveningFileError
from app.ui.buttons import mnemonic_safe
from app.ui.console.new_dialog import NewConveningDialog, suggested_file_name
from app.ui.console.room_panel import RoomPanel
from app.ui.console.scene_titles import scene_title
from app.ui.console.settings_dialog import SettingsDialog
from app.ui.console.tabs import LazyTabs
from app.ui.console.welcome_page import WelcomePage
from app.ui.context import UiContext
from app.ui.history import HistoryStack
from app.ui.i18n import QT_TRANSLATE_NOOP, current_language, system_language
from app.ui.keys import (
    CTRL_SCENES,
    SCENE_FKEYS,
    TYPING_HOLD_SECONDS,
    ClickerKeys,
    in_key_order,
    scene_keys,
    with_mnemonics,
)
from app.ui.listen import listen
from app.ui.projector.controller import ProjectorController
from app.ui.projector.language_menu import fill_language_menu
from app.ui.projector.scene import SceneContext

# What the projector shows draws on these: a change to any of them redraws the room's screen.
PROJECTED = (PeopleChanged, TeamsChanged, AgendaChanged, LiveChanged, ProtocolsChanged, CommitmentsChanged,
             PairingChanged, TalkChanged, WallChanged, ImprovementChanged)

# A box whose text is stored as it is typed (the Live tab's step notes): a language switch loses nothing of it.
SAVED_AS_TYPED = "convene_saved_as_typed"

FILE_FILTER = QT_TRANSLATE_NOOP("ConsoleWindow", "Convene files (*.convene);;All files (*)")
MAX_RECENT = 10


class ConsoleWindow(QMainWindow):
    replaced = Signal(object)   # the console built in this one's place (the language changed): the new window

    def __init__(self, ctx: UiContext, projector: ProjectorController | None = None) -> None:
        super().__init__()
        self.ctx = ctx
        self.ws = ctx.workspace
        self.setWindowTitle(QCoreApplication.translate("ConsoleWindow", "Convene"))
        self.setAccessibleName(QCoreApplication.translate("ConsoleWindow", "Convene console"))
        self.last_error: str = ""
        self.messages: list[str] = []

        if projector is None:
            self.projector = ProjectorController(
                SceneContext(self.ws, ctx.clock, ctx.services, ctx.ui), console=self
            )
            theme = str(ctx.settings.value("projector/theme", "dark"))
            if theme in ("dark", "light"):
                self.projector.set_theme(theme)
        else:   # the console rebuilt in another language: the room's screen goes on as it was
            self.projector = projector
            projector.console = self
        ctx.projector = self.projector

        self.stack = QStackedWidget()
        self.welcome = WelcomePage()
        self.welcome.new_requested.connect(self.new_convening)
        self.welcome.open_requested.connect(self.open_dialog)
        self.welcome.demo_requested.connect(self.open_demo)
        self.welcome.recent_chosen.connect(self.open_path)
        self.stack.addWidget(self.welcome)

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tab_widgets = LazyTabs(self.tabs, ctx)   # each tab built when first shown or asked for
        self.tab_widgets.current()                     # the tab in front, now
        self.room = RoomPanel(self.projector, show=self.show_scene)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.tabs)
        self.splitter.addWidget(self.room)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.stack.addWidget(self.splitter)
        self.setCentralWidget(self.stack)

        self.file_label = QLabel("")
        self.statusBar().addPermanentWidget(self.file_label)
        self._build_menus()
        from app.ui.people.import_dialog import install_import_menu

        install_import_menu(self)
        from app.ui.export.dialog import install_export_menu  # File > Export handout…

        install_export_menu(self)
        from app.ui.network.next_dialog import install_next_menu  # File > New from this convening…

        install_next_menu(self, suggested_file_name)
        from app.ui.network.network_window import install_network_menu  # File > Open network…

        install_network_menu(self)
        from app.ui.about import install_about_menu  # Help > About Convene…

        install_about_menu(self)
        from app.ui.talk.help import install_talk_help  # Help > Talk tracking…

        install_talk_help(self)
        from app.ui.cofacilitate.panel import install_cofacilitator  # File > Co-facilitator… (issue 24)

        cofac_action = install_cofacilitator(self)
        self.file_menu.insertAction(self.close_action, cofac_action)
        self.file_actions.append(cofac_action)

        self.keys = ClickerKeys(self._live_actions(), report=self._key_failed, clock=ctx.clock,
                                live=self.room_is_live)
        self.keys.holding.connect(self.room.show_typing)
        self.keys.notice.connect(lambda text: self.statusBar().showMessage(text, 10000))
        self.keys.install()
        self.quit_box: QMessageBox | None = None
        self._quit_confirmed = False
        self.subs = listen(self, self.ws.bus)
        self.subs.on(ConveningChanged, self._on_convening)
        self.subs.on_any(PROJECTED, lambda _c: self.projector.data_changed())
        self._restore_geometry()
        self._on_convening()

    # -- menus ------------------------------------------------------------------
    def _action(self, menu, text: str, slot, shortcut=None, checkable: bool = False) -> QAction:
        act = QAction(text, self)
        if shortcut is not None:
            act.setShortcut(QKeySequence(shortcut))
        act.setCheckable(checkable)
        act.triggered.connect(slot)
        menu.addAction(act)
        return act

    def _build_menus(self) -> None:
        # Every item of a menu has its own Alt letter (tests/ui/test_keys_menus.py); none is B, the clicker's Blank.
        bar = self.menuBar()
        f = self.file_menu = bar.addMenu(QCoreApplication.translate("ConsoleWindow", "&File"))
        self._action(f, QCoreApplication.translate("ConsoleWindow", "&New convening…"), self.new_convening, QKeySequence.StandardKey.New)
        self._action(f, QCoreApplication.translate("ConsoleWindow", "&Open…"), self.open_dialog, QKeySequence.StandardKey.Open)
        self.recent_menu = f.addMenu(QCoreApplication.translate("ConsoleWindow", "Open &Recent"))
        self._action(f, QCoreApplication.translate("ConsoleWindow", "Open the de&mo convening"), self.open_demo)
        f.addSeparator()
        self.save_as_action = self._action(f, QCoreApplication.translate("ConsoleWindow", "Save &As…"), self.save_as_dialog, QKeySequence.StandardKey.SaveAs)
        self.details_action = self._action(f, QCoreApplication.translate("ConsoleWindow", "Convening &details…"), self.details_dialog)
        self.settings_action = self._action(f, QCoreApplication.translate("ConsoleWindow", "Settin&gs…"),
                                            self.settings_dialog, "Ctrl+,")
        self.import_menu = f.addMenu(QCoreApplication.translate("ConsoleWindow", "&Import"))
        self.file_actions = [self.save_as_action, self.details_action]
        f.addSeparator()
        self.close_action = self._action(f, QCoreApplication.translate("ConsoleWindow", "&Close convening"), self.close_convening, QKeySequence.StandardKey.Close)
        self.quit_action = self._action(f, QCoreApplication.translate("ConsoleWindow", "&Quit"), self.request_quit)
        quit_keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Quit)   # none on Windows: Ctrl+Q everywhere
        if QKeySequence("Ctrl+Q") not in quit_keys:
            quit_keys.append(QKeySequence("Ctrl+Q"))
        self.quit_action.setShortcuts(quit_keys)

        self._build_edit_menu(bar.addMenu(QCoreApplication.translate("ConsoleWindow", "&Edit")))

        v = bar.addMenu(QCoreApplication.translate("ConsoleWindow", "&Projector"))
        # These show the key; the clicker filter does the work, so no QAction shortcut competes with it.
        window_label = QCoreApplication.translate("ConsoleWindow", "Projector &window on/off\tF5")
        blank_label = QCoreApplication.translate("ConsoleWindow", "Blank / &restore\tB")
        themes = (("dark", QCoreApplication.translate("ConsoleWindow", "&Dark high-contrast theme")),
                  ("light", QCoreApplication.translate("ConsoleWindow", "Light &high-contrast theme")))
        self._action(v, window_label, self.projector.toggle_window)
        self._action(v, blank_label, self.projector.toggle_blank)
        v.addSeparator()
        # Ctrl+1 … Ctrl+9 and F6 … F9 too: the clicker filter takes them from every window, the projector's included.
        scenes = self._keyed_scenes()
        language_label = QCoreApplication.translate("ConsoleWindow", "Projector la&nguage")
        taken = "".join(QKeySequence.mnemonic(label.split("\t")[0]).toString()[-1:].lower()
                        for label in (window_label, blank_label, language_label, *(t for _n, t in themes)))
        # The Alt letter is chosen over the whole label ("Show Wall", "Mostrar Muro"), the scene's words first.
        show = QCoreApplication.translate("ConsoleWindow", "Show {title}")
        labels = with_mnemonics([show.format(title=title) for title, _keys, _sid in scenes]
                                + [show.format(title=scene_title("this team's commitments"))],
                                taken=taken, prefer_from=show.index("{title}"))
        for (_title, keys, sid), label in zip(scenes, labels, strict=False):
            self._action(v, f"{label}\t{keys}", lambda _=False, s=sid: self.show_scene(s))
        self._action(v, f"{labels[-1]}\tF10", self.show_commitments_team)
        v.addSeparator()
        group = QActionGroup(self)
        for name, label in themes:
            act = self._action(v, label, lambda _=False, n=name: self.set_theme(n), checkable=True)
            act.setChecked(self.projector.theme.name == name)
            group.addAction(act)
        self.projector_language_menu = v.addMenu(language_label)   # the convening's, kept in its file
        fill_language_menu(self.projector_language_menu, self.ws)

        h = self.help_menu = bar.addMenu(QCoreApplication.translate("ConsoleWindow", "&Help"))
        self._action(h, QCoreApplication.translate("ConsoleWindow", "&Keyboard and clicker keys"), self.show_keys_help, QKeySequence.StandardKey.HelpContents)

    def _build_edit_menu(self, e) -> None:
        """Undo and Redo: the QUndoStack's own actions over the services' one history."""
        history = self.ctx.services.history
        e.setEnabled(history is not None)
        if history is None:
            return
        self.history = history
        self.undo_stack = HistoryStack(history, lambda text: self.error(QCoreApplication.translate("ConsoleWindow", "Cannot undo or redo"), text), self)
        self.undo_action = self.undo_stack.createUndoAction(self, QCoreApplication.translate("ConsoleWindow", "&Undo"))
        self.undo_action.setShortcuts(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self, QCoreApplication.translate("ConsoleWindow", "&Redo"))
        redo_keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
        if QKeySequence("Ctrl+Y") not in redo_keys:
            redo_keys.append(QKeySequence("Ctrl+Y"))
        self.redo_action.setShortcuts(redo_keys)
        self.undo_action.triggered.connect(
            lambda: self.statusBar().showMessage(QCoreApplication.translate("ConsoleWindow", "Undid: {value}").format(value=history.redo_label()), 8000))
        self.redo_action.triggered.connect(
            lambda: self.statusBar().showMessage(QCoreApplication.translate("ConsoleWindow", "Redid: {value}").format(value=history.undo_label()), 8000))
        e.addAction(self.undo_action)
        e.addAction(self.redo_action)

    def set_theme(self, name: str) -> None:
        self.projector.set_theme(name)
        self.ctx.settings.setValue("projector/theme", name)

    def show_keys_help(self) -> None:
        head = QCoreApplication.translate(
            "ConsoleWindow",
            "F5  projector window on/off\nB or .  blank the projector / restore\n"
            "Space  start or pause the timer\nPageDown  next item or step (the Wall on the projector: its next page)\n"
            "PageUp  back (the Wall on the projector: its page before)\n"
            "= or +  add a minute\n-  take a minute\n"
            "Esc  leave a text field, restore a blanked projector (in a dialog or menu: close it)\n")
        scenes = "".join(
            (QCoreApplication.translate("ConsoleWindow", "{keys}  show {title} on the projector (every team's)")
             if sid == "commitments" else
             QCoreApplication.translate("ConsoleWindow", "{keys}  show {title} on the projector")).format(
                keys=keys, title=title) + "\n"
            for title, keys, sid in self._keyed_scenes())
        tail = QCoreApplication.translate(
            "ConsoleWindow",
            "F10  show this team's commitments (Commitments tab)\n"
            "Shift+PageDown / Shift+PageUp  next / previous page of Pairs, Tables, Commitments or the Wall\n"
            "In the Talk tab: F11  hand up or down, F12  call the next in the queue, Alt+1 … Alt+4  code the turn "
            "(Help > Talk tracking)\n"
            "\nThese keys work from every Convene window, this one included. In a text field, Space, +, = and - "
            "type. B and . type only while you are typing there (for {seconds:g} seconds after a key); "
            "the console then says “Typing in …” under the room's picture. Otherwise B and . blank the room. "
            "PageDown, PageUp, F5 and the scene keys always work. A sensitive lens asks before Talk balance "
            "shows it: press Ctrl+9 twice.").format(seconds=TYPING_HOLD_SECONDS)
        text = head + scenes + tail
        self.info(QCoreApplication.translate("ConsoleWindow", "Keys"), text)

    # -- messages (never blocking the live screen) ----------------------------------
    def error(self, title: str, text: str) -> None:
        self.last_error = text
        self.statusBar().showMessage(text, 15000)
        if self.ctx.settings.value("ui/quiet_dialogs", False, type=bool):
            return
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def info(self, title: str, text: str) -> None:
        self.messages.append(text)
        if self.ctx.settings.value("ui/quiet_dialogs", False, type=bool):
            return
        box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    # -- files ----------------------------------------------------------------
    def open_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, QCoreApplication.translate("ConsoleWindow", "Open a convening"), self._last_dir(), QCoreApplication.translate("ConsoleWindow", FILE_FILTER))
        if path:
            self.open_path(path)

    def open_path(self, path: str | Path) -> bool:
        try:
            self.ws.open(Path(path))
        except ConveningFileError as exc:
            self.error(QCoreApplication.translate("ConsoleWindow", "Cannot open this file"), str(exc))
            return False
        except Exception as exc:  # noqa: BLE001 - the app stays up whatever the file holds
            self.error(QCoreApplication.translate("ConsoleWindow", "Cannot open this file"), QCoreApplication.translate("ConsoleWindow", "Cannot open “{name}”: {exc}").format(name=Path(path).name, exc=exc))
            return False
        self._remember(self.ws.path)
        return True

    def open_demo(self) -> bool:
        try:
            open_fresh_demo(self.ws)
        except Exception as exc:  # noqa: BLE001
            self.error(QCoreApplication.translate("ConsoleWindow", "Cannot open the demo"), QCoreApplication.translate("ConsoleWindow", "The demo convening could not be made: {exc}").format(exc=exc))
            return False
        return True

    def new_convening(self) -> None:
        dlg = NewConveningDialog(self)
        if dlg.exec() != NewConveningDialog.DialogCode.Accepted:
            return
        details = dlg.details()
        suggested = str(Path(self._last_dir()) / suggested_file_name(details.title))
        path, _ = QFileDialog.getSaveFileName(self, QCoreApplication.translate("ConsoleWindow", "Save the new convening as"), suggested, QCoreApplication.translate("ConsoleWindow", FILE_FILTER))
        if path:
            self.create_at(path, details)

    def create_at(self, path: str | Path, details) -> bool:
        path = Path(path)
        if path.suffix != ".convene":
            path = path.with_name(path.name + ".convene")
        try:
            self.ws.new(path, details, lang=current_language())   # the room and the paper speak the console's language to begin with
        except (ConveningFileError, ValueError, OSError) as exc:
            self.error(QCoreApplication.translate("ConsoleWindow", "Cannot create the convening"), str(exc))
            return False
        self._remember(self.ws.path)
        return True

    def details_dialog(self) -> NewConveningDialog | None:
        """Edit the title, place, link, time zone and days of the open convening."""
        if self.ws.store is None:
            return None
        dlg = NewConveningDialog(self, details=self.ws.details())
        dlg.accepted.connect(lambda: self.update_details(dlg.details()))
        dlg.open()
        return dlg

    def settings_dialog(self) -> SettingsDialog:
        """The console's language (this laptop) and, with a file open, its projector's and handout's."""
        languages = self.ws.languages() if self.ws.store is not None else None
        dlg = SettingsDialog(self.ctx.settings, languages, self)
        dlg.accepted.connect(lambda: self.apply_settings(dlg))
        dlg.open()
        return dlg

    def apply_settings(self, dlg: SettingsDialog) -> bool:
        restart = dlg.save_console_language()
        _console, langs = dlg.chosen()
        if self.ws.store is not None:
            try:
                self.ws.set_languages(langs.projector, langs.handout)
            except ValueError as exc:
                self.error(QCoreApplication.translate("ConsoleWindow", "Cannot change the languages"), str(exc))
                return False
        if restart:
            why = self.why_not_switch_now(dlg)
            if not why:
                self.switch_language(dlg.chosen()[0] or system_language())
                return True
            self.statusBar().showMessage(QCoreApplication.translate(
                "ConsoleWindow", "The console will change language the next time Convene starts: {why}").format(why=why),
                20000)
        return True

    # -- the console's language, at once -----------------------------------------------
    def why_not_switch_now(self, settings_dialog: QWidget | None = None) -> str:
        """Why the console cannot be built again in another language now ("" when it can): the switch builds a
        new window over the same services, file, projector and timers, so nothing that only this window holds
        may be in use: a phone server (its bridge to this thread is this window's), a background job (its
        results go to this window's widgets), another window or dialog (it would be lost), or a text being typed."""
        services = self.ctx.services
        if services.capture.room.running or services.capture.running or services.cofacilitate.running:
            return QCoreApplication.translate("ConsoleWindow", "phones are connected to the room's network.")
        busy = getattr(self.ctx.ui.jobs, "busy", None)   # a SyncRunner (tests) finishes before it returns
        if callable(busy) and busy():
            return QCoreApplication.translate("ConsoleWindow", "work is still running in the background.")
        windows = (self, self.projector.window, settings_dialog)
        for w in QApplication.topLevelWidgets():
            if w.isVisible() and w not in windows and w.windowType() in (Qt.WindowType.Window, Qt.WindowType.Dialog):
                return QCoreApplication.translate("ConsoleWindow", "close “{title}” first.").format(
                    title=w.windowTitle() or type(w).__name__)
        typed: list[QLineEdit | QPlainTextEdit] = [
            b for b in self.findChildren(QLineEdit) if b.isModified() and b.text().strip()
            and not isinstance(b.parent(), (QAbstractSpinBox, QComboBox))]   # theirs commit as they change
        typed += [b for b in self.findChildren(QPlainTextEdit) if b.document().isModified() and b.toPlainText().strip()]
        for box in typed:
            if not box.isReadOnly() and not box.property(SAVED_AS_TYPED):
                name = box.accessibleName() or box.placeholderText()
                return QCoreApplication.translate(
                    "ConsoleWindow", "“{box}” holds text not yet added: finish it or clear it first.").format(box=name)
        return ""

    def switch_language(self, lang: str) -> ConsoleWindow:
        """Build the console again in `lang`, in this one's place: the same context, services, open file,
        projector window and running timer (the live run is the services': the new Live tab asks them the time);
        this window's subscriptions end with it. Returns the new window (also announced by `replaced`)."""
        from shiboken6 import isValid

        from app.ui.i18n import current_language, install

        before = current_language()
        install(lang)
        self.keys.remove()   # the application-wide clicker filter: the new window installs its own
        page, old_driver = self.tabs.currentIndex(), self.ctx.ui.live_driver
        new = ConsoleWindow.__new__(ConsoleWindow)   # made first, so a half-built one can be deleted
        try:
            new.__init__(self.ctx, projector=self.projector)  # type: ignore[misc]
        except Exception:   # this window carries on as it was, in its language; the error is said as any other
            if isValid(new):   # what it built ends with it: the window, and the parts not yet put in it (the tabs)
                for part in [v for v in vars(new).values() if isinstance(v, QObject) and v is not self.projector]:
                    if isValid(part) and part.parent() is None:
                        part.deleteLater()
                new.hide()
                new.deleteLater()
            install(before)
            self.keys.install()
            self.projector.console = self
            self.ctx.projector = self.projector
            raise
        if self.ctx.ui.live_driver is old_driver:
            self.ctx.ui.live_driver = None   # this window's Live tab's (the new one sets its own when built)
        new.restoreGeometry(self.saveGeometry())
        new.splitter.restoreState(self.splitter.saveState())
        if page >= 0:
            new.tabs.setCurrentIndex(page)
        new.setWindowState(self.windowState())
        self.replaced.emit(new)
        self.subs.close()
        self.hide()
        self.deleteLater()
        new.show()
        new.activateWindow()
        new.statusBar().showMessage(QCoreApplication.translate("ConsoleWindow", "The console is in English now."),
                                    10000)
        return new

    def update_details(self, details) -> bool:
        try:
            self.ws.update_details(details)
        except ValueError as exc:
            self.error(QCoreApplication.translate("ConsoleWindow", "Cannot change the details"), str(exc))
            return False
        return True

    def save_as_dialog(self) -> None:
        if self.ws.store is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, QCoreApplication.translate("ConsoleWindow", "Save a copy as"), str(self.ws.path), QCoreApplication.translate("ConsoleWindow", FILE_FILTER))
        if path:
            self.save_as(path)

    def save_as(self, path: str | Path) -> bool:
        path = Path(path)
        if path.suffix != ".convene":
            path = path.with_name(path.name + ".convene")
        try:
            self.ws.save_as(path)
        except (ConveningFileError, OSError) as exc:
            self.error(QCoreApplication.translate("ConsoleWindow", "Cannot save a copy"), str(exc))
            return False
        self._remember(self.ws.path)
        self.statusBar().showMessage(QCoreApplication.translate("ConsoleWindow", "Now working on the copy {name}").format(name=path.name), 8000)
        return True

    def close_convening(self) -> None:
        self.ws.close()

    # -- recent files / geometry ----------------------------------------------------
    def recent_files(self) -> list[str]:
        value = self.ctx.settings.value("files/recent", [])
        if isinstance(value, str):   # one recent file comes back as a plain string
            value = [value]
        return [v for v in value if isinstance(v, str)] if isinstance(value, list) else []

    def _remember(self, path: Path | None) -> None:
        if path is None:
            return
        recent = [p for p in self.recent_files() if p != str(path)]
        recent.insert(0, str(path))
        self.ctx.settings.setValue("files/recent", recent[:MAX_RECENT])
        self.ctx.settings.setValue("files/last", str(path))
        self._refresh_recent()

    def _last_dir(self) -> str:
        last = self.ctx.settings.value("files/last", "")
        return str(Path(last).parent) if isinstance(last, str) and last else str(Path.home())

    def _refresh_recent(self) -> None:
        recent = [p for p in self.recent_files() if Path(p).exists()]
        self.welcome.set_recent(recent)
        self.recent_menu.clear()
        for p in recent:
            act = self.recent_menu.addAction(mnemonic_safe(Path(p).name))
            act.setToolTip(p)
            act.triggered.connect(lambda _=False, path=p: self.open_path(path))
        self.recent_menu.setEnabled(bool(recent))

    def _restore_geometry(self) -> None:
        from app.ui.window_fit import DEFAULT_SIZE, fit_on_screen

        geo = self.ctx.settings.value("console/geometry")
        if isinstance(geo, QByteArray) and not geo.isEmpty():
            self.restoreGeometry(geo)
        else:
            self.resize(DEFAULT_SIZE)
        fit_on_screen(self)   # a small laptop, or a saved place on a screen that is gone: inside, status bar seen
        state = self.ctx.settings.value("console/splitter")
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.splitter.restoreState(state)

    def countdown_runs(self) -> bool:
        live = self.ctx.services.live
        return self.ws.store is not None and live is not None and live.snapshot().running

    def room_is_live(self) -> bool:
        """The room is watching: a countdown runs or the projector window is open (dialogs then open calm)."""
        return self.projector.is_open() or self.countdown_runs()

    def request_quit(self) -> QMessageBox | None:
        """File > Quit (Ctrl+Q): quits at once, unless a countdown runs; then asks once (the box it opened)."""
        if not self.countdown_runs() or self._quit_confirmed:
            self._quit_confirmed = True
            self.close()
            return None
        if self.quit_box is not None:
            return self.quit_box
        box = QMessageBox(QMessageBox.Icon.Question, QCoreApplication.translate("ConsoleWindow", "Quit Convene?"),
                          QCoreApplication.translate("ConsoleWindow", "The timer is running. Quit Convene?"), QMessageBox.StandardButton.NoButton, self)
        box.setInformativeText(QCoreApplication.translate("ConsoleWindow", "The timer keeps time while Convene is closed; open the file again to carry on."))
        quit_button = box.addButton(QCoreApplication.translate("ConsoleWindow", "Quit"), QMessageBox.ButtonRole.AcceptRole)
        keep = box.addButton(QCoreApplication.translate("ConsoleWindow", "Keep running"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def done(_result: int) -> None:
            self.quit_box = None
            if box.clickedButton() is quit_button:
                self._quit_confirmed = True
                self.close()

        box.finished.connect(done)
        self.quit_box = box
        box.open()
        return box

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if event.spontaneous() and not self._quit_confirmed and self.countdown_runs():
            event.ignore()   # the window's close button: the same one question as Ctrl+Q
            self.request_quit()
            return
        self.ctx.settings.setValue("console/geometry", self.saveGeometry())
        self.ctx.settings.setValue("console/splitter", self.splitter.saveState())
        self.ctx.settings.sync()
        self.keys.remove()
        self.projector.close_window()
        self.ws.close()
        self.ctx.close()   # the services and the UI's shared parts stop listening
        super().closeEvent(event)

    # -- state ----------------------------------------------------------------------
    def _on_convening(self, _change: ConveningChanged | None = None) -> None:
        has = self.ws.store is not None
        self.stack.setCurrentIndex(1 if has else 0)
        for act in self.file_actions + [self.close_action]:
            act.setEnabled(has)
        self.import_menu.setEnabled(has)
        if has:
            title = self.ws.details().title
            self.setWindowTitle(QCoreApplication.translate("ConsoleWindow", "{title} — Convene").format(title=title))
            # The name only (the whole path on hover): a long path would leave the status bar's messages
            # no room at 1024x768.
            path = self.ws.require().path
            self.file_label.setText(QCoreApplication.translate("ConsoleWindow", "{name}  ·  saved as you go").format(name=path.name))
            self.file_label.setToolTip(QCoreApplication.translate("ConsoleWindow", "Saved as you go in {path}").format(path=path))
        else:
            self.setWindowTitle(QCoreApplication.translate("ConsoleWindow", "Convene"))
            self.file_label.setText("")
            self.file_label.setToolTip("")
        self._refresh_recent()
        self.projector.data_changed()

    # -- live keys ----------------------------------------------------------------
    def _keyed_scenes(self) -> list[tuple[str, str, str]]:
        """(title, its keys, scene id) of every scene with a key: Ctrl+1 … Ctrl+9, then F6 … F9."""
        out = []
        for sid in in_key_order(self.projector.scenes):
            keys = scene_keys(sid)
            if keys:
                out.append((scene_title(self.projector.scenes[sid].title),
                            QCoreApplication.translate("ConsoleWindow", " or ").join(keys), sid))
        return out

    def show_scene(self, scene_id: str) -> None:
        """The facilitator asks for a scene (a key, the room panel, the menu). Commitments: every team's."""
        show_all = getattr(self.tab_widgets["Commitments"], "show_all", None) if scene_id == "commitments" else None
        if callable(show_all):
            show_all()
        else:
            self.projector.request(scene_id)

    def show_commitments_team(self) -> None:
        """F10: the team chosen in the Commitments tab, on the projector."""
        show_team = getattr(self.tab_widgets.get("Commitments"), "show_team", None)
        if callable(show_team):
            show_team()

    def _key_failed(self, action: str, exc: BaseException) -> None:
        """A live key whose action failed: say so in the status bar; the keys keep working."""
        import traceback

        traceback.print_exception(type(exc), exc, exc.__traceback__)
        self.last_error = QCoreApplication.translate(
            "ConsoleWindow", "That key did not work ({action}): {error}. Your work up to now is saved.").format(
            action=action, error=exc)
        self.statusBar().showMessage(self.last_error, 15000)

    def _live_actions(self) -> dict[str, Callable[[], object]]:
        def escape() -> None:
            claim = getattr(self.tab_widgets.current(), "escape", None)  # a tab may take Esc first (Talk: silence)
            if callable(claim) and claim():
                return
            self.projector.unblank()

        actions: dict[str, Callable[[], object]] = {
            "projector": self.projector.toggle_window,
            "blank": self.projector.toggle_blank,
            "escape": escape,
            "page_next": lambda: self.projector.turn_page(1),   # issue 11: Shift+PageDown
            "page_back": lambda: self.projector.turn_page(-1),  # issue 11: Shift+PageUp
        }
        for n, scene_id in enumerate(CTRL_SCENES, start=1):
            if scene_id in self.projector.scenes:
                actions[f"scene{n}"] = functools.partial(self.show_scene, scene_id)
        for scene_id in SCENE_FKEYS.values():
            if scene_id in self.projector.scenes:
                actions[f"scene:{scene_id}"] = functools.partial(self.show_scene, scene_id)
        actions["commitments_team"] = self.show_commitments_team
        live = self.ctx.services.live
        if live is not None:
            def guarded(fn):
                def run() -> None:
                    if self.ws.store is not None:
                        fn()
                return run

            def paged(delta: int, fn):
                """PageDown / PageUp: the Wall's pages while it is on the projector, else the live run's."""
                def run() -> None:
                    if self.projector.clicker_pages():
                        if not self.projector.turn_page(delta):
                            self.statusBar().showMessage(
                                QCoreApplication.translate("ConsoleWindow", "That is the wall's {value} page. Show another scene (Ctrl+1 to Ctrl+9) and PageDown moves the agenda on again.").format(value='last' if delta > 0 else 'first'), 8000)
                        return
                    fn()
                return run

            actions.update(
                start_pause=guarded(live.start_pause),
                next=paged(1, guarded(live.next)),
                back=paged(-1, guarded(live.back)),
                add1=guarded(lambda: live.adjust(60)),
                sub1=guarded(lambda: live.adjust(-60)),
            )
        return actions
