"""Starting the GUI: `convene`, `convene FILE`, `convene --demo`, `convene --smoke`."""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from app import __version__


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="convene",
        description="Convene: agenda timers, protocols and a projector for your convening.",
        epilog="Command line: convene demo OUT.convene | convene import FILE.convene --teams T.csv --participants P.csv",
    )
    p.add_argument("file", nargs="?", type=Path, help="a .convene file to open")
    p.add_argument("--demo", action="store_true", help="open a fresh copy of the demo convening")
    p.add_argument("--smoke", action="store_true",
                   help="open the demo offscreen on two screens, render each window once, exit 0")
    p.add_argument("--smoke-out", type=Path, help="with --smoke: save the rendered frames as PNGs here")
    p.add_argument("--smoke-encoder", action="store_true",
                   help="with --smoke: also load the wall's sentence encoder and embed two notes (a few seconds)")
    p.add_argument("--version", action="version", version=f"Convene {__version__}")
    return p


SMOKE_SCREENS = {
    "screens": [
        {"name": "Laptop", "x": 0, "y": 0, "width": 1440, "height": 900, "logicalDpi": 96},
        {"name": "Projector", "x": 1440, "y": 0, "width": 1920, "height": 1080, "logicalDpi": 96},
    ]
}


def _prepare_smoke_environment():
    import json
    import tempfile

    tmp = tempfile.TemporaryDirectory(prefix="convene-smoke-")
    cfg = Path(tmp.name) / "screens.json"
    cfg.write_text(json.dumps(SMOKE_SCREENS), encoding="utf-8")
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={cfg}"
    os.environ["CONVENE_DATA_DIR"] = str(Path(tmp.name) / "data")
    return tmp


def make_settings(organisation: str = "Convene", application: str = "Convene"):
    """QSettings in the data folder when CONVENE_DATA_DIR is set (tests, smoke), else the OS default."""
    from PySide6.QtCore import QSettings

    override = os.environ.get("CONVENE_DATA_DIR")
    if override:
        return QSettings(str(Path(override) / "settings.ini"), QSettings.Format.IniFormat)
    return QSettings(organisation, application)


def build_console(clock=None, settings=None):
    """Create the workspace, services and console window (no file opened yet)."""
    from app.domain.clock import SystemClock
    from app.services.core.workspace import Workspace
    from app.ui.console.window import ConsoleWindow
    from app.ui.context import make_context
    from app.ui.fonts import register_bundled_fonts
    from app.ui.projector.glyphs import fonts_changed

    register_bundled_fonts()  # names in every script, whatever the laptop has installed
    fonts_changed()
    clock = clock or SystemClock()
    ws = Workspace(clock)
    ctx = make_context(ws, clock, settings or make_settings())
    return ConsoleWindow(ctx)


def run_gui(argv: list[str]) -> int:
    args = _parser().parse_args(argv)
    smoke_tmp = _prepare_smoke_environment() if args.smoke else None
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)  # made here, or (under tests) one made before: a widgets app
    app.setApplicationName("Convene")
    app.setOrganizationName("Convene")
    app.setApplicationVersion(__version__)
    from app.ui.i18n import console_language, install
    from app.ui.icon import app_icon

    app.setWindowIcon(app_icon())
    install(console_language(make_settings()))   # before any window: texts are translated as widgets are made
    if args.smoke:
        code = _smoke(app, build_console(), args.smoke_out, smoke_tmp)
        if code == 0 and args.smoke_encoder:
            code = _smoke_encoder()
        return _hard_exit(code)

    # First frame: both windows up at once, from a light look at what is opening.
    from app.services.console.peek import demo_details, file_details
    from app.ui.startup import show_first_frame

    settings = make_settings()
    target: Path | str | None = None
    if args.demo:
        from app.i18n import language

        target, details = "demo", demo_details(language())   # the console's language: the demo it opens
    elif args.file is not None:
        target, details = args.file, file_details(args.file)
    else:
        last = settings.value("files/last", "")
        if last and Path(last).exists():
            target, details = Path(last), file_details(Path(last))
        else:
            details = None
    want_projector = settings.value("projector/open_at_start", True, type=bool)
    shell, early = show_first_frame(details, settings, want_projector and target is not None)
    timing = os.environ.get("CONVENE_EXIT_WHEN_SHOWN")
    if timing:
        app.processEvents()
        both = shell.isVisible() and early is not None and early.isVisible()
        print(f"SHOWN {time.time():.6f} both={both}", flush=True)
    held: dict = {}

    def load_everything() -> None:
        console = build_console(settings=settings)
        held["console"] = console
        follow_replacements(console, lambda new: held.__setitem__("console", new))
        _keep_going_on_errors(held)
        if target == "demo":
            opened = console.open_demo()
        elif target is not None:
            opened = console.open_path(target)
        else:
            opened = False
        if target is not None and not opened:
            print(f"convene: {console.last_error}", file=sys.stderr, flush=True)  # the sentence the console shows
        from app.ui.window_fit import place_like

        place_like(console, shell)   # where the first frame was (moved meanwhile, or maximised), inside the screen
        console.show()
        if opened and early is not None:
            console.projector.open_window()  # the room keeps its Welcome scene, now live
        shell.close()
        if early is not None:
            early.close()
        if timing:
            app.processEvents()
            both = console.isVisible() and console.projector.is_open()
            print(f"READY {time.time():.6f} both={both}", flush=True)
            app.quit()

    QTimer.singleShot(0, load_everything)
    return _hard_exit(app.exec())


def follow_replacements(console, on_new) -> None:
    """Call `on_new(window)` each time the console is built again in its place (the console's language changed
    in Settings: `ConsoleWindow.replaced`), however many times."""
    def replaced(new) -> None:
        on_new(new)
        follow_replacements(new, on_new)

    console.replaced.connect(replaced)


def _keep_going_on_errors(held: dict) -> None:
    """An unexpected error in a click or a key must not take the live screen down: its details
    go to the error log in the data folder, the status bar of the console in front (`held["console"]`) says so
    in one sentence (no raw error text), and the app carries on."""
    from app.services.core.error_log import sentence

    def hook(kind, value, tb) -> None:
        text = sentence(value.with_traceback(tb), "handling that click or key")
        print(f"convene: {text}", file=sys.stderr, flush=True)
        with contextlib.suppress(RuntimeError):
            held["console"].statusBar().showMessage(text, 20000)

    sys.excepthook = hook


def _hard_exit(code: int) -> int:
    """Leave without Python's final garbage collection of Qt objects.

    Everything is committed and the file is closed by then; PySide6 can crash
    while tearing down wrappers at interpreter exit, which would turn a clean
    quit into an error exit.
    """
    if os.environ.get("CONVENE_NO_HARD_EXIT"):
        return code
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


def _smoke_encoder() -> int:
    from app.services.wall.encoder import SentenceEncoder

    if not SentenceEncoder.available():
        print("smoke: the sentence encoder is not installed (the wall falls back to TF-IDF)", file=sys.stderr)
        return 1
    vectors = SentenceEncoder().embed(["Kids come to school hungry", "Students skip breakfast at home"])
    print(f"smoke: sentence encoder ready ({vectors.shape[1]} numbers per note)")
    return 0


def _smoke_text() -> int:
    from app.ui.text_check import icu_problems

    problems = icu_problems()
    for problem in problems:
        print(f"smoke: {problem}", file=sys.stderr)
    if not problems:
        print("smoke: sorting, case mapping and time-zone names work")
    return 1 if problems else 0


def _smoke_tabs_and_dialogs(app, console) -> dict:
    """One frame of every console tab and of the main dialogs (a frozen build must still have all they use)."""
    from PySide6.QtWidgets import QFileDialog

    from app.ui.about import AboutDialog
    from app.ui.agenda.item_editor import ItemEditor
    from app.ui.agenda.replan_dialog import ReplanDialog
    from app.ui.console.new_dialog import NewConveningDialog
    from app.ui.export.dialog import ExportDialog

    frames = {}
    for index, name in enumerate(console.tab_widgets):
        console.tabs.setCurrentIndex(index)
        app.processEvents()
        frames[f"tab-{name}"] = console.grab()
    day_id = console.ws.days()[0].id
    files = QFileDialog(console, QCoreApplication.translate("launch", "Open a convening"))
    files.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialogs = {
        "about": AboutDialog(console), "export": ExportDialog(console.ctx, console),
        "new": NewConveningDialog(console), "replan": ReplanDialog(console.ctx, day_id, console),
        "item": ItemEditor(console.ctx, day_id, None, None, console), "file": files,
    }
    for name, dialog in dialogs.items():
        dialog.show()
        app.processEvents()
        frames[f"dialog-{name}"] = dialog.grab()
        dialog.close()
        dialog.deleteLater()
    app.processEvents()
    return frames


def _smoke(app, console, out: Path | None, tmp) -> int:
    """Open the demo on two offscreen screens, render one frame of each window, scene, tab and main dialog."""
    from PySide6.QtGui import QGuiApplication

    console.ctx.settings.setValue("ui/quiet_dialogs", True)
    try:
        if not console.open_demo():
            print(f"smoke: demo failed: {console.last_error}", file=sys.stderr)
            return 1
        screens = QGuiApplication.screens()
        console.setGeometry(screens[0].availableGeometry().adjusted(0, 30, 0, 0))
        console.show()
        console.projector.open_window()
        app.processEvents()
        frames = {"console": console.grab()}
        for scene_id in list(console.projector.scenes):
            console.projector.set_scene(scene_id)
            app.processEvents()
            frames[f"projector-{scene_id}"] = console.projector.window.grab()
        frames.update(_smoke_tabs_and_dialogs(app, console))
        if out is not None:
            out.mkdir(parents=True, exist_ok=True)
            for name, pixmap in frames.items():
                pixmap.save(str(out / f"{name}.png"))
        bad = [name for name, pm in frames.items() if pm.isNull() or pm.width() < 100]
        where = console.projector.window.screen().name() if console.projector.window else "none"
        print(f"smoke: {len(frames)} frames rendered; screens={len(screens)}; projector on {where}")
        if bad:
            print(f"smoke: empty frames: {bad}", file=sys.stderr)
            return 1
        return _smoke_text()
    finally:
        console.close()
        app.processEvents()
        if tmp is not None:
            tmp.cleanup()
