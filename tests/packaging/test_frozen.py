"""The frozen one-folder app (issue 14): built by PyInstaller, then run as a facilitator would run it.

Not in the default run (marker `packaging`): `make package-test`, or
    QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest -m packaging tests/packaging
A build in dist/Convene newer than every source file is reused; otherwise the tests build one first
(about a minute on two cores; tests/packaging/conftest.py). CONVENE_FROZEN=/path/to/Convene tests another build
instead. The .deb made from it is tested in test_deb.py.
"""

from __future__ import annotations

import csv
import os
import shutil
import sqlite3
import subprocess
import sys

import pytest

from app import __version__
from app.store.migrate import HEAD_REVISION, MIN_VERSION_FOR_HEAD
from tests.fixtures.revisions.make_fixtures import HERE as FIXTURES
from tests.fixtures.revisions.make_fixtures import RELEASED
from tests.packaging.conftest import ROOT, run

pytestmark = [pytest.mark.packaging, pytest.mark.process, pytest.mark.timeout(1500)]


def test_the_frozen_app_names_its_version(frozen, data):
    out = run(frozen, "--version", data=data)
    assert out.returncode == 0 and out.stdout.strip() == f"Convene {__version__}"


def test_the_frozen_smoke_renders_every_scene_tab_and_dialog_and_loads_the_encoder(frozen, data):
    out = run(frozen, "--smoke", "--smoke-encoder", "--smoke-out", str(data / "frames"), data=data)
    assert out.returncode == 0, out.stderr[-2000:]
    assert "sentence encoder ready (512 numbers per note)" in out.stdout, out.stdout
    # on the trimmed ICU data (packaging/icu_trim.py): Qt's collation, case mapping and zone names still work
    assert "sorting, case mapping and time-zone names work" in out.stdout, out.stdout
    icu = sorted(frozen.parent.rglob("libicudata.so.*"))
    if sys.platform.startswith("linux"):
        assert icu and icu[0].stat().st_size < 10_000_000, f"ICU data not trimmed: {icu}"
    frames = {p.stem for p in (data / "frames").glob("*.png")}
    for must in ("console", "projector-welcome", "projector-timer", "projector-wall", "tab-Wall", "tab-People",
                 "dialog-about", "dialog-export", "dialog-file"):
        assert must in frames, f"{must} not rendered; got {sorted(frames)}"


def test_the_frozen_app_exports_the_demo_as_pdf_and_csv(frozen, data):
    demo = data / "demo.convene"
    out = run(frozen, "demo", str(demo), data=data)
    assert out.returncode == 0, out.stderr
    out = run(frozen, "export", str(demo), "--pdf", str(data / "handout.pdf"), "--csv", str(data / "csv"),
              "--private", data=data)
    assert out.returncode == 0, out.stderr
    from pypdf import PdfReader

    reader = PdfReader(str(data / "handout.pdf"))
    text = "\n".join(page.extract_text() or "" for page in reader.pages)
    assert "Roster: sign-in and contacts" in text
    fonts = subprocess.run(["pdffonts", str(data / "handout.pdf")], capture_output=True, text=True, check=True).stdout
    assert "DejaVuSans" in fonts, "the bundled fonts are embedded"
    with open(data / "csv" / "agenda.csv", newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) >= 9, "the demo's two-day agenda"
    for name in ("agenda.csv", "step_notes.csv", "roster.csv"):
        assert (data / "csv" / name).exists(), name


def test_the_frozen_app_serves_room_capture_and_stores_a_phones_note(frozen, data):
    """aiohttp and the capture page travel in the build: a note sent to the frozen `capture` lands in the file."""
    import signal
    import urllib.parse
    import urllib.request

    from tests.services.capture_clients import NONCE

    demo = data / "demo.convene"
    assert run(frozen, "demo", str(demo), data=data).returncode == 0
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    env.update(CONVENE_DATA_DIR=str(data), QT_QPA_PLATFORM="offscreen")
    proc = subprocess.Popen([str(frozen), "capture", str(demo), "--board", "Why do seniors miss the FAFSA?",
                             "--host", "127.0.0.1", "--port", "0"], cwd=data, env=env, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        url = proc.stdout.readline().strip()
        assert url.startswith("http://127.0.0.1:"), (url, proc.stderr.read() if proc.poll() is not None else "")
        with urllib.request.urlopen(url, timeout=30) as r:
            nonce = NONCE.search(r.read().decode()).group(1)
        form = urllib.parse.urlencode({"note": "Frozen build: the form reached the file", "name": "", "n": nonce})
        with urllib.request.urlopen(urllib.request.Request(url, data=form.encode()), timeout=30) as r:
            assert "Received" in r.read().decode()
        proc.send_signal(signal.SIGINT)
        _out, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0 and "Traceback" not in err, err
    with sqlite3.connect(demo) as db:
        assert db.execute("SELECT count(*) FROM note WHERE text = ?",
                          ("Frozen build: the form reached the file",)).fetchone() == (1,)


@pytest.mark.parametrize("revision", RELEASED)
def test_the_frozen_app_opens_and_upgrades_every_released_revision(frozen, data, revision):
    path = data / f"old-{revision}.convene"
    shutil.copyfile(FIXTURES / f"{revision}.convene", path)
    out = run(frozen, "export", str(path), "--csv", str(data / "csv"), data=data)
    assert out.returncode == 0, out.stderr
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == HEAD_REVISION
        meta = dict(conn.execute("SELECT key, value FROM convene_meta"))
    finally:
        conn.close()
    assert meta == {"written_by": __version__, "min_version": MIN_VERSION_FOR_HEAD}
    with open(data / "csv" / "agenda.csv", newline="", encoding="utf-8") as fh:
        titles = [r.get("title") or r.get("item") or "" for r in csv.DictReader(fh)]
    assert any("Chalk Talk" in t for t in titles), titles
    assert list((data / "backups").glob(f"old-{revision}*")), "a backup was made before the upgrade"


def test_the_linux_install_script_puts_the_app_the_menu_entry_and_the_file_type_in_place(frozen, tmp_path):
    prefix = tmp_path / "prefix"
    env = dict(os.environ, PREFIX=str(prefix))
    subprocess.run(["bash", str(ROOT / "packaging" / "install-linux.sh"), str(frozen.parent)], env=env, check=True,
                   capture_output=True, timeout=300)
    assert (prefix / "bin" / "Convene").resolve() == (prefix / "lib" / "convene" / "Convene").resolve()
    out = subprocess.run([str(prefix / "bin" / "Convene"), "--version"], capture_output=True, text=True, timeout=60)
    assert out.stdout.strip() == f"Convene {__version__}"
    desktop = prefix / "share" / "applications" / "org.convene.Convene.desktop"
    assert f"Exec={prefix}/bin/Convene %f" in desktop.read_text()
    assert (prefix / "share" / "icons" / "hicolor" / "256x256" / "apps" / "org.convene.Convene.png").exists()
    assert (prefix / "share" / "mime" / "packages" / "org.convene.Convene.xml").exists()
    if shutil.which("desktop-file-validate"):
        subprocess.run(["desktop-file-validate", str(desktop)], check=True, capture_output=True)
    if shutil.which("appstreamcli"):
        subprocess.run(["appstreamcli", "validate", "--no-net",
                        str(prefix / "share" / "metainfo" / "org.convene.Convene.metainfo.xml")], check=True,
                       capture_output=True)
    subprocess.run(["bash", str(ROOT / "packaging" / "install-linux.sh"), "--uninstall"], env=env, check=True,
                   capture_output=True, timeout=120)
    assert not (prefix / "lib" / "convene").exists() and not desktop.exists()
