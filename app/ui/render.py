"""`convene render FILE --scene NAME ... --out OUT.png`: one projector scene of a convening, painted offscreen.

The scene is the projector's own (the same `Scene.paint` into a QImage of the asked size, in the theme
the console last chose for the projector), over the composition root's services built on a copy of the
file, with a FakeClock stopped at the asked local time of the convening's time zone. The live day and the
running item follow from the file's timer events up to that time. The file itself is only copied: it,
and any -wal beside it, stay byte-identical, and nothing is left beside them.

`app/__main__.py` hands `convene render ...` here before the command line's parser sees it, because Qt
lives only under app/ui (app/cli.py lists the verb in its help).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import re
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

if TYPE_CHECKING:
    from PySide6.QtGui import QImage

    from app.services.core.workspace import Workspace
    from app.services.root import Services
    from app.ui.projector.scene import Scene

# The names on the command line (the contract) -> the registered scene ids (app/ui/projector/scenes).
SCENES = {
    "welcome": "welcome", "timer": "timer", "protocol": "protocol", "agenda": "agenda", "clock": "clock",
    "wall": "wall", "top-clusters": "wall_votes", "pairs": "pairs", "tables": "tables",
    "commitments": "commitments", "bright-spot": "bright_spot", "talk": "talk", "queue": "queue",
    "join": "join", "blank": "blank", "run-chart": "run_chart", "driver-diagram": "driver_diagram",
    "breakout": "breakout",
}
MIN_SIZE = (640, 480)
MAX_SIZE = (7680, 4320)
DEFAULT_SIZE = (1920, 1080)

_SIZE = re.compile(r"^\s*(\d{1,6})\s*[xX×]\s*(\d{1,6})\s*$")
_AT = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})[ T]+(\d{1,2}):(\d{2})\s*$")


class RenderError(Exception):
    """What the user gets told, in one sentence, before a non-zero exit."""


@dataclass(frozen=True)
class Request:
    file: Path
    scene: str          # a name of SCENES
    size: tuple[int, int]
    at: dt.datetime | None  # naive local time of the convening's time zone; None: now
    page: int | None    # from 1
    out: Path
    lang: str | None = None   # a projector mode ("en", "es", "en+es", "es+en"); None: the convening's own


@dataclass
class Rendered:
    """What was painted: the picture, the scene object (its `texts` and `drawn` for tests) and when."""

    image: QImage
    scene: Scene
    at: float         # UTC epoch seconds the scene was painted at
    pages: int


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="convene render",
        description="Paint one projector scene of a convening to a PNG, as the projector window shows it "
                    "(in the projector theme last chosen in the console), without opening a window. The file "
                    "is only read: it stays exactly as it was.",
    )
    p.add_argument("file", type=Path, help="the .convene file to show")
    p.add_argument("--scene", required=True, metavar="NAME", help="one of: " + ", ".join(SCENES))
    p.add_argument("--size", default=f"{DEFAULT_SIZE[0]}x{DEFAULT_SIZE[1]}", metavar="WxH",
                   help=f"the projector's size in pixels, from {MIN_SIZE[0]}x{MIN_SIZE[1]} to "
                        f"{MAX_SIZE[0]}x{MAX_SIZE[1]} (default {DEFAULT_SIZE[0]}x{DEFAULT_SIZE[1]})")
    p.add_argument("--at", metavar="\"YYYY-MM-DD HH:MM\"",
                   help="the local time of the convening's time zone to show it at, on one of its days "
                        "(the running item and the day follow from the timer's record up to then; default: now)")
    p.add_argument("--page", type=int, metavar="N",
                   help="the page of a scene that has pages, such as Pairs, Tables or Commitments (default: the first)")
    p.add_argument("--lang", metavar="CODE",
                   help="the projector's language: en, es, or two for a bilingual room, the first large and the "
                        "second smaller: en+es (also called bilingual) or es+en (default: the convening's own)")
    p.add_argument("--out", required=True, type=Path, metavar="OUT.png", help="the PNG file to write")
    return p


# -- checking what was asked, before anything is opened ----------------------------------------
def parse_size(text: str) -> tuple[int, int]:
    m = _SIZE.match(text)
    if not m:
        raise RenderError(f"“{text}” is not a size; write it as WIDTHxHEIGHT in pixels, such as 1920x1080.")
    w, h = int(m.group(1)), int(m.group(2))
    if w < MIN_SIZE[0] or h < MIN_SIZE[1]:
        raise RenderError(f"{w}x{h} is too small for a projector; the smallest is {MIN_SIZE[0]}x{MIN_SIZE[1]}.")
    if w > MAX_SIZE[0] or h > MAX_SIZE[1]:
        raise RenderError(f"{w}x{h} is too large; the largest is {MAX_SIZE[0]}x{MAX_SIZE[1]} (8K).")
    return w, h


def parse_at(text: str) -> dt.datetime:
    m = _AT.match(text)
    try:
        if not m:
            raise ValueError(text)
        year, month, day, hour, minute = (int(g) for g in m.groups())
        return dt.datetime(year, month, day, hour, minute)
    except ValueError:
        raise RenderError(f"“{text}” is not a date and time; write it as \"YYYY-MM-DD HH:MM\", "
                          "such as \"2027-01-22 10:00\".") from None


def make_request(args: argparse.Namespace) -> Request:
    name = args.scene.strip().lower()
    if name not in SCENES:
        raise RenderError(f"There is no scene called “{args.scene}”; choose one of: {', '.join(SCENES)}.")
    lang = None
    if args.lang is not None:
        from app.i18n.languages import LanguageError, projector_mode

        try:
            lang = projector_mode(args.lang)
        except LanguageError as exc:
            raise RenderError(str(exc)) from None
    if args.page is not None and args.page < 1:
        raise RenderError(f"--page {args.page} is not a page; pages count from 1.")
    size = parse_size(args.size)
    at = parse_at(args.at) if args.at is not None else None
    out = Path(args.out)
    if _same_file(out, args.file):
        raise RenderError(f"--out {out} is the convening file itself; choose another name for the picture.")
    if not out.parent.is_dir():
        raise RenderError(f"Cannot write {out}: the folder {out.parent} does not exist.")
    return Request(Path(args.file), name, size, at, args.page, out, lang)


def _same_file(out: Path, file: Path) -> bool:
    from app.services.network.reading import SIDE_FILES

    try:
        target = out.resolve()
        source = Path(file).resolve()
    except OSError:
        return False
    return target == source or any(target == Path(f"{source}{s}") for s in (*SIDE_FILES, "-shm", ".lock"))


# -- the read-only copy -------------------------------------------------------------------------
def copy_for_reading(file: Path, folder: Path) -> Path:
    """The network's read-only copy (the file and the -wal or -journal SQLite would read with it, keeping its
    name), with what goes wrong said as a RenderError."""
    from app.services.network.reading import NetworkError
    from app.services.network.reading import copy_for_reading as copy

    try:
        return copy(file, folder)
    except NetworkError as exc:
        raise RenderError(str(exc)) from exc


# -- rendering ------------------------------------------------------------------------------------------
def _qt_app():
    """The application Qt needs to paint text (made offscreen unless the caller chose a platform)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        app = QApplication(["convene"])
        _KEEP.append(app)
    from app.ui.fonts import register_bundled_fonts
    from app.ui.projector.glyphs import fonts_changed

    register_bundled_fonts()  # the projector's faces, whatever the machine has installed
    fonts_changed()
    return app


_KEEP: list = []  # the QApplication this module made lives as long as the process


def projector_theme():
    """The theme the console last chose for the projector (View menu; kept in the settings), else dark."""
    from app.ui.launch import make_settings
    from app.ui.theme import THEMES

    name = str(make_settings().value("projector/theme", "dark"))
    return THEMES.get(name, THEMES["dark"])


def local_epoch(ws: Workspace, at: dt.datetime) -> float:
    """`at` (local time of the convening) as UTC epoch seconds; refused when not on one of its days."""
    details = ws.details()
    try:
        zone = ZoneInfo(details.timezone)
    except Exception:  # noqa: BLE001 - a bad zone name reads as UTC, as the live run does
        zone = ZoneInfo("UTC")
    dates = [d.date for d in ws.days()]
    if at.date() not in dates:
        if not dates:
            raise RenderError(f"{at:%Y-%m-%d %H:%M} is outside the convening: it has no days yet.")
        listed = ", ".join(f"{d:%Y-%m-%d}" for d in dates)
        raise RenderError(f"{at:%Y-%m-%d %H:%M} is outside the convening; its days are {listed}.")
    return at.replace(tzinfo=zone).timestamp()


def paint(scene: Scene, size: tuple[int, int], theme) -> QImage:
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QImage, QPainter

    w, h = size
    image = QImage(w, h, QImage.Format.Format_RGB32)
    p = QPainter(image)
    try:
        scene.paint(p, QRect(0, 0, w, h), theme)
    finally:
        p.end()
    return image


def save_png(image: QImage, out: Path) -> bool:
    """Write `image` as a PNG, whatever the name ends with."""
    from PySide6.QtGui import QImageWriter

    return QImageWriter(str(out), b"png").write(image)


def _make_scene(ctx, scene_id: str) -> Scene:
    from app.ui.projector.scene import registered_scenes
    from app.ui.projector.scenes import load_builtin

    load_builtin()
    for factory in registered_scenes():
        scene = factory(ctx)
        if scene.scene_id == scene_id:
            return scene
    raise RenderError(f"The {scene_id} scene is not in this version of Convene.")  # pragma: no cover


def _set_page(scene: Scene, page: int) -> None:
    """Show page `page` (from 0) as turning it by hand would."""
    if hasattr(scene, "manual_page"):   # Pairs, Tables (rounds.RoundScene)
        scene.manual_page = page
    elif hasattr(scene, "page"):        # Commitments (every team, paged), the driver diagram
        scene.page = page


def render(req: Request) -> Rendered:
    """Paint `req.scene` of `req.file` as the projector would at `req.at`; raises RenderError to say why not."""
    from app.domain.clock import FakeClock
    from app.services.core.changes import ConveningChanged
    from app.services.core.jobs import SyncRunner
    from app.services.core.workspace import ConveningFileError, Workspace
    from app.services.root import Services
    from app.ui.context import UiParts
    from app.ui.projector.scene import SceneContext

    _qt_app()
    theme = projector_theme()
    with tempfile.TemporaryDirectory(prefix="convene-render-") as tmp:
        copy = copy_for_reading(req.file, Path(tmp))
        clock = FakeClock(time.time())
        ws = Workspace(clock, data_dir=Path(tmp) / "data")  # the copy's backup goes with the copy
        try:
            ws.open(copy)
        except ConveningFileError as exc:  # one sentence: what is wrong with the user's file
            raise RenderError(f"Cannot open “{req.file.name}”: {exc.problem}") from exc
        services: Services | None = None
        ui = UiParts(SyncRunner())
        try:
            if req.at is not None:
                clock.set(local_epoch(ws, req.at))
            services = Services(ws)  # built over the opened copy: they read it as it was left
            services.live.as_of = clock.now()   # the run as it stood then: later presses had not happened
            # As the console does when a file opens: the services take up the copy (the Talk scene its latest
            # conversation). Whatever they write goes to the copy, never to the user's file.
            ws.bus.emit(ConveningChanged(opened=True))
            scene = _make_scene(SceneContext(ws, clock, services, ui, lang=req.lang), SCENES[req.scene])
            if req.page is not None or scene.scene_id != "agenda":   # the agenda follows the run unless asked
                _set_page(scene, 0)   # pages turned by the clock (Pairs, Tables) start at the first
            image = paint(scene, req.size, theme)
            pages = max(1, int(getattr(scene, "pages", 1) or 1))
            if req.page is not None and req.page > pages:
                many = "one page" if pages == 1 else f"{pages} pages"
                raise RenderError(f"Page {req.page} is out of range: the {req.scene} scene has {many} at "
                                  f"{req.size[0]}x{req.size[1]}.")
            if req.page is not None and req.page > 1:
                _set_page(scene, req.page - 1)
                image = paint(scene, req.size, theme)
            return Rendered(image, scene, clock.now(), pages)
        finally:
            ui.close()
            if services is not None:
                services.close()
            ws.close()


def main(argv: list[str] | None = None, seen: Callable[[Rendered], None] | None = None) -> int:
    """Run `convene render` (argv without the verb). `seen` gets what was painted (for tests)."""
    args = build_parser().parse_args(sys.argv[2:] if argv is None else argv)
    try:
        req = make_request(args)
        done = render(req)
        if not save_png(done.image, req.out):
            raise RenderError(f"Cannot write {req.out}; check that the folder can be written to.")
    except RenderError as exc:
        print(f"convene: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("convene: stopped.", file=sys.stderr)
        return 130
    except Exception as exc:  # noqa: BLE001 - the details go to the log, not the terminal
        from app.services.core.error_log import sentence

        print(f"convene: {sentence(exc, f'rendering {args.scene} of {args.file}')}", file=sys.stderr)
        return 1
    if seen is not None:
        seen(done)
    when = f" at {req.at:%Y-%m-%d %H:%M}" if req.at is not None else ""
    page = f", page {req.page}" if req.page else ""
    print(f"Wrote the {req.scene} scene{page}{when} ({req.size[0]}x{req.size[1]}) to {req.out}")
    return 0
