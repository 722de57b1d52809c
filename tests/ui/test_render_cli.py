"""`convene render`: every projector scene of a convening, painted to a PNG from the command line.

In-process through `app.__main__.main` / `app.ui.render.main` (real files, real Qt offscreen), plus one
real `python -m app render` run. The file is a fresh demo with a day-2 run on record: started at 09:00,
then "Where we left off" at 09:15, "Bright spots..." at 09:30, "Student panel..." at 10:05 and
"Morning break" at 10:50 (local time, Los Angeles).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
import subprocess
import sys
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtGui import QImage

from app.__main__ import main as convene
from app.domain.clock import FakeClock
from app.services.core.workspace import Workspace
from app.services.root import Services
from app.ui import render

ROOT = Path(__file__).resolve().parents[2]
LA = ZoneInfo("America/Los_Angeles")
DAY2_TITLE = "Day 2: From Insight to Next Week"
DAY2_RUN = [((9, 15), 1), ((9, 30), 2), ((10, 5), 3), ((10, 50), 4)]  # (local time, day-2 item index)
BRIGHT_SPOTS = "Bright spots: who is already getting results?"
STUDENT_PANEL = "Student panel: what actually got me to hit submit"
ALL = list(render.SCENES)


def local(day: int, hh: int, mm: int) -> float:
    return dt.datetime(2027, 1, 20 + day, hh, mm, tzinfo=LA).timestamp()


@pytest.fixture(scope="module")
def run_file(tmp_path_factory) -> Path:
    """The demo with day 2 run on the timer up to 10:50 (made once for the module; never written after)."""
    from app.services.console.demo import build_demo

    folder = tmp_path_factory.mktemp("render")
    path = folder / "launch.convene"
    clock = FakeClock(local(1, 8, 0))
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("CONVENE_DATA_DIR", str(folder / "data"))
        build_demo(path, clock).close()
        ws = Workspace(clock, folder / "data")
        ws.open(path)
        services = Services(ws)
        try:
            day2 = ws.days()[1].id
            items = [r for r in services.live.items() if r.day_id == day2]
            clock.set(local(2, 9, 0))
            services.live.start_pause()
            for (hh, mm), index in DAY2_RUN:
                clock.set(local(2, hh, mm))
                services.live.goto(items[index].id)
        finally:
            services.close()
            ws.close()
    assert not Path(f"{path}-wal").exists()
    return path


@pytest.fixture(autouse=True)
def _own_settings(data_dir):
    """Every test reads the projector theme from its own settings file (CONVENE_DATA_DIR), never the user's."""
    return data_dir


def fingerprint(path: Path) -> tuple[str, list[str]]:
    """The file's bytes (hashed) and what lies beside it."""
    return hashlib.sha256(path.read_bytes()).hexdigest(), sorted(p.name for p in path.parent.iterdir())


def colours(image: QImage) -> int:
    """1 when every pixel is the same colour, else 2 (enough to tell a blank picture)."""
    img = image.convertToFormat(QImage.Format.Format_RGB32)
    bits = bytes(img.constBits())
    return 1 if bits == bits[:4] * (len(bits) // 4) else 2


def paint(file: Path, scene: str, out: Path, *more: str) -> tuple[int, render.Rendered | None]:
    got: list[render.Rendered] = []
    code = render.main([str(file), "--scene", scene, "--out", str(out), *more], seen=got.append)
    return code, (got[0] if got else None)


def texts(scene, key: str) -> list[str]:
    return [" ".join(t.lines) for t in scene.texts if t.key == key]


# -- every scene, at every size ------------------------------------------------------------------------
@pytest.mark.parametrize("name", ALL)
def test_every_scene_renders_at_1024x768(qapp, run_file, tmp_path, capsys, name):
    before = fingerprint(run_file)
    out = tmp_path / f"{name}.png"
    code = convene(["render", str(run_file), "--scene", name, "--size", "1024x768", "--at", "2027-01-22 10:00",
                    "--out", str(out)])
    said = capsys.readouterr()
    assert code == 0, said.err
    assert said.err == ""
    assert f"Wrote the {name} scene" in said.out
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1024, 768)
    assert colours(image) == (1 if name == "blank" else 2), f"{name} came out {'blank' if colours(image) == 1 else 'drawn'}"
    assert fingerprint(run_file) == before  # byte-identical, and nothing left beside it (-wal, -shm, lock)


@pytest.mark.parametrize(("name", "size"), [
    ("timer", "1920x1080"), ("agenda", "1920x1080"), ("wall", "1920x1080"),
    ("pairs", "3840x2160"), ("welcome", "3840x2160"), ("commitments", "3840x2160"),
])
def test_scenes_render_at_full_hd_and_4k(qapp, run_file, tmp_path, name, size):
    before = fingerprint(run_file)
    out = tmp_path / f"{name}-{size}.png"
    code, done = paint(run_file, name, out, "--size", size, "--at", "2027-01-22 10:00")
    assert code == 0
    w, h = (int(n) for n in size.split("x"))
    image = QImage(str(out))
    assert (image.width(), image.height()) == (w, h)
    assert colours(image) == 2
    assert done is not None and done.scene.screen_height == h
    assert fingerprint(run_file) == before


# -- the time: the live day and the running item follow the record up to then ------------------------------
def test_day_two_at_ten_shows_day_twos_running_item(qapp, run_file, tmp_path):
    code, timer = paint(run_file, "timer", tmp_path / "timer.png", "--size", "1024x768", "--at", "2027-01-22 10:00")
    assert code == 0 and timer is not None
    assert texts(timer.scene, "title") == [BRIGHT_SPOTS]  # started 09:30; the 10:05 and 10:50 presses come later
    assert timer.at == local(2, 10, 0)

    code, agenda = paint(run_file, "agenda", tmp_path / "agenda.png", "--size", "1024x768", "--at", "2027-01-22 10:00")
    assert code == 0 and agenda is not None
    assert texts(agenda.scene, "title") == [DAY2_TITLE]
    now = [title for _id, _start, title, label in agenda.scene.visible if label == "now"]
    assert now == [BRIGHT_SPOTS]


def test_a_later_time_shows_the_item_started_by_then(qapp, run_file, tmp_path):
    code, timer = paint(run_file, "timer", tmp_path / "timer.png", "--size", "1024x768", "--at", "2027-01-22 10:30")
    assert code == 0 and timer is not None
    assert texts(timer.scene, "title") == [STUDENT_PANEL]


def test_day_one_shows_day_one_not_the_run_of_day_two(qapp, run_file, tmp_path):
    from app.services.console.demo import load_demo_content

    code, agenda = paint(run_file, "agenda", tmp_path / "agenda.png", "--size", "1024x768", "--at", "2027-01-21 10:00")
    assert code == 0 and agenda is not None
    assert texts(agenda.scene, "title")[0].startswith("Day 1")
    assert [label for *_rest, label in agenda.scene.visible if label == "now"] == []  # nothing ran on day 1 by then
    code, timer = paint(run_file, "timer", tmp_path / "timer.png", "--size", "1024x768", "--at", "2027-01-21 10:00")
    assert code == 0 and timer is not None
    first = load_demo_content()["days"][0]["items"][0]["title"]
    assert texts(timer.scene, "title") == [first]  # day 1's first item, waiting for Space
    assert timer.scene.last_view is not None and timer.scene.last_view.item_id is None  # day 2 has not begun


def test_a_file_open_in_convene_is_read_with_its_latest_presses_and_left_alone(qapp, run_file, tmp_path, data_dir):
    """A console has the file open (its lock held, the newest press still in the -wal): render shows that
    press, and the file, its -wal and what lies beside it stay exactly as they were."""
    (tmp_path / "room").mkdir()
    path = tmp_path / "room" / "open.convene"
    path.write_bytes(run_file.read_bytes())
    clock = FakeClock(local(2, 10, 20))
    ws = Workspace(clock, data_dir)
    ws.open(path)
    services = Services(ws)
    try:
        day2 = ws.days()[1].id
        panel = [r for r in services.live.items() if r.day_id == day2][5]  # "What can we stop doing?"
        services.live.goto(panel.id)
        wal = Path(f"{path}-wal")
        assert wal.exists() and wal.stat().st_size > 0
        before = fingerprint(path), hashlib.sha256(wal.read_bytes()).hexdigest()
        code, timer = paint(path, "timer", tmp_path / "timer.png", "--size", "1024x768", "--at", "2027-01-22 10:30")
        assert code == 0 and timer is not None
        assert texts(timer.scene, "title") == [panel.title]
        assert (fingerprint(path), hashlib.sha256(wal.read_bytes()).hexdigest()) == before
    finally:
        services.close()
        ws.close()


def test_a_file_of_an_older_version_is_shown_without_being_upgraded(qapp, tmp_path):
    """Opening a file of an older schema upgrades it; rendering one leaves it as it was, for the older Convene."""
    from tests.fixtures.revisions.make_fixtures import HERE as REVISIONS

    (tmp_path / "old").mkdir()
    path = tmp_path / "old" / "fall.convene"
    path.write_bytes((REVISIONS / "0001.convene").read_bytes())
    before = fingerprint(path)
    code, agenda = paint(path, "agenda", tmp_path / "agenda.png", "--size", "1024x768", "--at", "2026-10-01 10:00")
    assert code == 0 and agenda is not None
    assert texts(agenda.scene, "title")[0].startswith("Day 1")
    assert fingerprint(path) == before


# -- languages ---------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("asked, first, footer", [
    ("es", "Día 2:", ["el día termina"]),
    ("en+es", "Day / Día 2:", ["day ends", "el día termina"]),
    ("bilingual", "Day / Día 2:", ["day ends", "el día termina"]),
    ("es+en", "Día / Day 2:", ["el día termina", "day ends"]),
])
def test_lang_paints_the_scenes_words_in_spanish_or_two_languages(qapp, run_file, tmp_path, asked, first, footer):
    """The day's heading says "Day" in each language and the day's title once; the footer a line per language."""
    before = fingerprint(run_file)
    code, agenda = paint(run_file, "agenda", tmp_path / "agenda.png", "--size", "1024x768", "--at", "2027-01-22 10:00",
                         "--lang", asked)
    assert code == 0 and agenda is not None
    assert texts(agenda.scene, "title")[0].startswith(first) and not texts(agenda.scene, "title_2")
    feet = texts(agenda.scene, "more") + texts(agenda.scene, "more_2")
    assert len(feet) == len(footer) and all(w in foot for w, foot in zip(footer, feet, strict=True)), feet
    assert fingerprint(run_file) == before


def test_without_lang_the_convenings_own_projector_language_is_used(qapp, run_file, tmp_path, data_dir):
    copy = tmp_path / "spanish.convene"
    copy.write_bytes(run_file.read_bytes())
    ws = Workspace(FakeClock(local(2, 10, 0)), data_dir)
    ws.open(copy)
    try:
        ws.set_projector_lang("es")
    finally:
        ws.close()
    code, agenda = paint(copy, "agenda", tmp_path / "agenda.png", "--size", "1024x768", "--at", "2027-01-22 10:00")
    assert code == 0 and agenda is not None
    assert texts(agenda.scene, "title")[0].startswith("Día 2")
    code, agenda = paint(copy, "agenda", tmp_path / "agenda-en.png", "--size", "1024x768", "--at", "2027-01-22 10:00",
                         "--lang", "en")
    assert texts(agenda.scene, "title")[0].startswith("Day 2")


# -- pages -------------------------------------------------------------------------------------------------------
def test_page_two_of_the_commitments_and_the_pairs(qapp, run_file, tmp_path):
    code, first = paint(run_file, "commitments", tmp_path / "c1.png", "--size", "1024x768")
    assert code == 0 and first is not None and first.pages == 3
    assert texts(first.scene, "page") == ["Page 1 of 3"]
    code, second = paint(run_file, "commitments", tmp_path / "c2.png", "--size", "1024x768", "--page", "2")
    assert code == 0 and second is not None
    assert texts(second.scene, "page") == ["Page 2 of 3"]
    assert QImage(str(tmp_path / "c1.png")) != QImage(str(tmp_path / "c2.png"))

    for page in (1, 2):
        code, pairs = paint(run_file, "pairs", tmp_path / f"p{page}.png", "--size", "1024x768", "--page", str(page),
                            "--at", "2027-01-22 10:00")
        assert code == 0 and pairs is not None and pairs.pages == 2
        assert pairs.scene.page_now() == page - 1  # the page stays, as when turned by hand
    assert QImage(str(tmp_path / "p1.png")) != QImage(str(tmp_path / "p2.png"))


def test_the_talk_scene_shows_the_files_latest_conversation(qapp, run_file, tmp_path):
    """The services take up the copy as the console takes up an opened file: the Talk scene shows the
    conversation the demo tracked (not "start tracking"), its title naming the lens."""
    code, talk = paint(run_file, "talk", tmp_path / "talk.png", "--size", "1024x768", "--at", "2027-01-21 10:00")
    assert code == 0 and talk is not None
    titles = texts(talk.scene, "title")
    assert titles and titles[0].startswith("Share of talk by "), titles


def test_the_agenda_follows_the_run_unless_a_page_is_asked(qapp, run_file, tmp_path):
    """Without --page the Agenda is drawn as the room sees it during the run (following the running item);
    --page 1 shows the first page with every title in full, as Shift+PageDown would."""
    code, live = paint(run_file, "agenda", tmp_path / "a.png", "--size", "1024x768", "--at", "2027-01-22 10:00")
    assert code == 0 and live is not None and live.scene.manual_page is None
    code, paged = paint(run_file, "agenda", tmp_path / "a1.png", "--size", "1024x768", "--at", "2027-01-22 10:00",
                        "--page", "1")
    assert code == 0 and paged is not None and paged.scene.manual_page == 0


# -- refusals: one sentence and a non-zero exit -------------------------------------------------------------------
def _corrupt(tmp_path, run_file) -> Path:
    bad = tmp_path / "broken.convene"
    data = bytearray(run_file.read_bytes())
    data[100:40000] = b"\x00" * (40000 - 100)
    bad.write_bytes(bytes(data))
    return bad


REFUSALS = {
    "unknown scene": (["--scene", "slides"], "There is no scene called “slides”; choose one of: welcome, timer"),
    "too small": (["--size", "639x480"], "639x480 is too small"),
    "too large": (["--size", "7681x4320"], "7681x4320 is too large"),
    "not a size": (["--size", "big"], "“big” is not a size"),
    "not a time": (["--at", "2027-01-22 25:00"], "is not a date and time"),
    "no such date": (["--at", "2027-02-30 10:00"], "is not a date and time"),
    "outside the days": (["--at", "2027-01-25 10:00"], "is outside the convening; its days are 2027-01-21, 2027-01-22"),
    "page out of range": (["--scene", "timer", "--page", "2"], "Page 2 is out of range: the timer scene has one page"),
    "page zero": (["--page", "0"], "pages count from 1"),
    "another language": (["--lang", "fr"], "“fr” is not a projector language; choose one of: en, es, en+es, es+en"),
}


def _one_sentence(err: str) -> str:
    line = err.strip()
    assert "\n" not in line, err
    assert "Traceback" not in line
    assert line.startswith("convene: ") and line.endswith("."), line
    assert not re.search(r"\.\s+[A-Z]", line), f"more than one sentence: {line}"
    return line


@pytest.mark.parametrize("case", list(REFUSALS))
def test_each_refusal_is_one_sentence_and_a_failure(qapp, run_file, tmp_path, capsys, case):
    more, words = REFUSALS[case]
    before = fingerprint(run_file)
    out = tmp_path / "out.png"
    args = [str(run_file), "--scene", "agenda", "--size", "1024x768", "--at", "2027-01-22 10:00", "--out", str(out)]
    code = render.main(args + more)
    line = _one_sentence(capsys.readouterr().err)
    assert code != 0
    assert words in line
    assert not out.exists()
    assert fingerprint(run_file) == before


@pytest.mark.parametrize("case", ["missing", "corrupt", "folder", "out is the file"])
def test_a_file_that_cannot_be_shown_is_one_sentence(qapp, run_file, tmp_path, capsys, case):
    out = tmp_path / "out.png"
    if case == "missing":
        file, words = tmp_path / "nowhere.convene", "Cannot open “nowhere.convene”: the file does not exist."
    elif case == "corrupt":
        file, words = _corrupt(tmp_path, run_file), "Cannot open “broken.convene”: it is damaged"
    elif case == "folder":
        file, words = tmp_path, "it is a folder"
    else:
        file = tmp_path / "mine.convene"
        file.write_bytes(run_file.read_bytes())
        out, words = file, "is the convening file itself"
    before = fingerprint(file) if file.is_file() else None
    code = render.main([str(file), "--scene", "timer", "--out", str(out)])
    line = _one_sentence(capsys.readouterr().err)
    assert code != 0
    assert words in line
    if before is not None:
        assert fingerprint(file) == before
    if case != "out is the file":
        assert not out.exists()


# -- the theme, the help, the start-up ------------------------------------------------------------------------
def test_the_projector_theme_comes_from_the_consoles_settings(qapp, run_file, tmp_path, data_dir):
    from PySide6.QtCore import QSettings

    from app.ui.theme import THEMES

    settings = QSettings(str(data_dir / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("projector/theme", "light")
    settings.sync()
    code, _done = paint(run_file, "clock", tmp_path / "clock.png", "--size", "1024x768")
    assert code == 0
    assert QImage(str(tmp_path / "clock.png")).pixelColor(2, 2) == THEMES["light"].background


def test_convene_help_lists_render_and_the_other_verbs_load_no_qt():
    from app.cli import build_parser

    assert "render" in build_parser().format_help()
    assert "en+es (also called bilingual) or es+en" in " ".join(render.build_parser().format_help().split())
    code = ("import sys\nfrom app.__main__ import main\ntry:\n    main(['--version'])\nexcept SystemExit:\n    pass\n"
            "print('qt' if 'PySide6' in sys.modules else 'light')")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.stdout.split()[-1] == "light", result.stdout + result.stderr


def test_python_m_app_render_writes_the_png_and_leaves_the_file(run_file, tmp_path, data_dir):
    before = fingerprint(run_file)
    out = tmp_path / "agenda.png"
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}  # render picks offscreen itself
    result = subprocess.run(
        [sys.executable, "-m", "app", "render", str(run_file), "--scene", "agenda", "--size", "1024x768",
         "--at", "2027-01-22 10:00", "--out", str(out)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1024, 768)
    assert fingerprint(run_file) == before
    assert not any(Path(f"{run_file}{s}").exists() for s in ("-wal", "-shm", "-journal"))
