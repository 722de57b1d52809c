"""The Debian package (issue 27): its sizes, lintian and the desktop validators, then installed with apt-get on
this machine, run, an old file opened from the installed copy, the file association checked, and removed.
Also the frozen app's start-up against the source tree's (ready within 1.3x; the first frame is measured and
printed, and not yet within 1.3x: see its test).

Not in the default run (marker `packaging`): `make package-test`. Installing needs root and apt-get (as in CI);
without them that test is skipped and says why.
"""

from __future__ import annotations

import compileall
import json
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app import __version__
from app.store.migrate import HEAD_REVISION
from tests.fixtures.revisions.make_fixtures import HERE as FIXTURES
from tests.fixtures.revisions.make_fixtures import RELEASED
from tests.packaging.conftest import ROOT

pytestmark = [pytest.mark.packaging, pytest.mark.process, pytest.mark.timeout(1500)]
APP_ID = "org.convene.Convene"
# Issue 27's decision: the app unpacked at most 220 MB, each download (the .deb, the tar.xz) at most 90 MB.
UNPACKED_TARGET_MB = 220
DOWNLOAD_TARGET_MB = 90


def _mb(path: Path) -> float:
    if path.is_file():
        return path.stat().st_size / 1e6
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink()) / 1e6


def _fields(deb: Path) -> dict[str, str]:
    out = subprocess.run(["dpkg-deb", "--field", str(deb)], capture_output=True, text=True, check=True).stdout
    fields, key = {}, ""
    for line in out.splitlines():
        if line[:1].isspace() and key:
            fields[key] += "\n" + line
        elif ":" in line:
            key, value = line.split(":", 1)
            fields[key] = value.strip()
    return fields


def test_the_app_and_both_downloads_are_within_their_size_targets(frozen, deb):
    tarball = deb.parent / f"convene-{__version__}-linux-x86_64.tar.xz"
    sizes = {"unpacked": _mb(frozen.parent), "deb": _mb(deb), "tar.xz": _mb(tarball)}
    print(f"RESULT unpacked_mb={sizes['unpacked']:.1f} deb_mb={sizes['deb']:.1f} tar_xz_mb={sizes['tar.xz']:.1f} "
          f"unpacked_target_mb={UNPACKED_TARGET_MB} download_target_mb={DOWNLOAD_TARGET_MB}")
    assert sizes["unpacked"] <= UNPACKED_TARGET_MB, sizes
    assert sizes["deb"] <= DOWNLOAD_TARGET_MB, sizes
    assert sizes["tar.xz"] <= DOWNLOAD_TARGET_MB, sizes
    listing = subprocess.run(["tar", "-tJf", str(tarball)], capture_output=True, text=True, check=True).stdout.split()
    assert "Convene/Convene" in listing, "the tar.xz holds the one folder, run as Convene/Convene"


def test_the_deb_holds_the_app_the_desktop_files_and_names_what_it_needs(deb, tmp_path):
    fields = _fields(deb)
    assert fields["Package"] == "convene" and fields["Version"] == __version__ and fields["Architecture"] == "amd64"
    depends = [d.strip() for d in fields["Depends"].split(",")]
    names = {d.split()[0] for d in depends}
    # the libraries Qt's platform plugins load from the system (the build carries the rest), and libc
    assert {"libegl1", "libgl1", "libxcb1", "libc6"} <= names, depends
    assert any(d.startswith("libc6 (>= 2.") for d in depends), depends
    assert "Maintainer" in fields and "Description" in fields
    members = _control_members(deb)
    assert {"control", "md5sums"} <= members, members
    assert not members & {"preinst", "postinst", "prerm", "postrm"}, \
        "no maintainer scripts: the desktop, MIME and icon caches are refreshed by triggers"
    tree = tmp_path / "tree"
    subprocess.run(["dpkg-deb", "-x", str(deb), str(tree)], check=True)
    assert os.readlink(tree / "usr" / "bin" / "convene") == "/opt/convene/Convene"
    assert os.access(tree / "opt" / "convene" / "Convene", os.X_OK)
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        assert (tree / f"usr/share/icons/hicolor/{size}x{size}/apps/{APP_ID}.png").is_file(), size
    assert (tree / f"usr/share/icons/hicolor/scalable/apps/{APP_ID}.svg").is_file()
    mime = (tree / f"usr/share/mime/packages/{APP_ID}.xml").read_text()
    assert 'type="application/x-convene"' in mime and '*.convene' in mime
    desktop = tree / f"usr/share/applications/{APP_ID}.desktop"
    assert "Exec=convene %f" in desktop.read_text() and "MimeType=application/x-convene;" in desktop.read_text()
    doc = tree / "usr/share/doc/convene"
    assert (doc / "copyright").is_file() and (doc / "changelog.gz").is_file()
    valid = subprocess.run(["desktop-file-validate", str(desktop)], capture_output=True, text=True)
    assert valid.returncode == 0 and not valid.stdout.strip(), valid.stdout
    meta = tree / f"usr/share/metainfo/{APP_ID}.metainfo.xml"
    valid = subprocess.run(["appstreamcli", "validate", "--no-net", "--explain", str(meta)], capture_output=True,
                           text=True)
    assert valid.returncode == 0, valid.stdout + valid.stderr
    assert "W:" not in valid.stdout and "E:" not in valid.stdout, valid.stdout


def _control_members(deb: Path) -> set[str]:
    out = subprocess.run(["dpkg-deb", "--ctrl-tarfile", str(deb)], capture_output=True, check=True).stdout
    listing = subprocess.run(["tar", "-t"], input=out, capture_output=True, check=True).stdout.decode()
    return {Path(name).name for name in listing.split()}


def test_lintian_finds_no_errors_in_the_deb(deb):
    assert shutil.which("lintian"), "lintian is missing: `make package-test` installs it (packaging/system-deps.sh test)"
    out = subprocess.run(["lintian", "--info", "--no-tag-display-limit", str(deb)], capture_output=True, text=True,
                         timeout=1200)
    lines = out.stdout.splitlines()
    warnings = sorted({ln.split(":", 1)[1].split()[1] for ln in lines if ln.startswith("W:")})
    print(f"lintian warnings: {', '.join(warnings) or 'none'}")
    errors = [ln for ln in lines if ln.startswith("E:")]
    assert not errors, "\n".join(errors[:40])
    assert out.returncode == 0, out.stdout[-3000:] + out.stderr[-2000:]


def _apt(*args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    return subprocess.run(["apt-get", "-y", "-q", "-o", "DPkg::Lock::Timeout=300", *args], capture_output=True,
                          text=True, env=env, timeout=900)


def _installed() -> bool:
    out = subprocess.run(["dpkg-query", "-W", "-f=${Status}", "convene"], capture_output=True, text=True)
    return out.returncode == 0 and "installed" in out.stdout.split()


def _installed_env(home: Path, data: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if k not in ("PYTHONPATH", "PYTHONHOME") and not k.startswith("XDG_")}
    env.update(HOME=str(home), CONVENE_DATA_DIR=str(data), QT_QPA_PLATFORM="offscreen",
               PATH="/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin")
    return env


def test_the_deb_installs_runs_opens_an_old_file_owns_convene_files_and_removes_cleanly(deb, tmp_path):
    assert shutil.which("apt-get") and os.geteuid() == 0, \
        "installing the .deb needs apt-get and root: run `make package-test` as root (CI does)"
    if _installed():
        assert _apt("remove", "convene").returncode == 0
    home, data = tmp_path / "home", tmp_path / "data"
    home.mkdir()
    data.mkdir()
    env = _installed_env(home, data)
    done = _apt("install", str(deb.resolve()))
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    try:
        assert shutil.which("convene", path=env["PATH"]) == "/usr/bin/convene"
        out = subprocess.run(["convene", "--version"], capture_output=True, text=True, env=env, cwd=data, timeout=120)
        assert out.stdout.strip() == f"Convene {__version__}", out.stdout + out.stderr
        out = subprocess.run(["convene", "--smoke"], capture_output=True, text=True, env=env, cwd=data, timeout=600)
        assert out.returncode == 0, out.stdout[-2000:] + out.stderr[-2000:]
        # the oldest released file, opened and upgraded by the installed copy
        old = data / f"old-{RELEASED[0]}.convene"
        shutil.copyfile(FIXTURES / f"{RELEASED[0]}.convene", old)
        out = subprocess.run(["convene", "export", str(old), "--csv", str(data / "csv")], capture_output=True,
                             text=True, env=env, cwd=data, timeout=300)
        assert out.returncode == 0, out.stderr[-2000:]
        with sqlite3.connect(old) as db:
            assert db.execute("SELECT version_num FROM alembic_version").fetchone()[0] == HEAD_REVISION
        assert "Chalk Talk" in (data / "csv" / "agenda.csv").read_text(encoding="utf-8")
        # .convene files open in Convene: the desktop database (desktop-file-utils' trigger) names our entry
        out = subprocess.run(["xdg-mime", "query", "default", "application/x-convene"], capture_output=True,
                             text=True, env=env, timeout=60)
        assert out.stdout.strip() == f"{APP_ID}.desktop", out.stdout + out.stderr
        if shutil.which("update-mime-database"):  # shared-mime-info's trigger compiled our type into its database
            assert Path("/usr/share/mime/application/x-convene.xml").is_file()
        # every library the installed copy links to is found: in /opt/convene or from a package in Depends
        missing = []
        for path in Path("/opt/convene").rglob("*.so*"):
            if path.is_file() and not path.is_symlink() and path.read_bytes()[:4] == b"\x7fELF":
                ldd = subprocess.run(["ldd", str(path)], capture_output=True, text=True).stdout
                missing += [f"{path.name}: {ln.strip()}" for ln in ldd.splitlines() if "not found" in ln]
        assert not missing, "\n".join(missing[:20])
    finally:
        removed = _apt("remove", "convene")
    assert removed.returncode == 0, removed.stdout[-2000:] + removed.stderr[-2000:]
    assert not _installed()
    left = [str(p) for p in Path("/opt/convene").rglob("*")] if Path("/opt/convene").exists() else []
    assert not left, f"files left under /opt/convene after apt-get remove: {left[:10]}"
    assert not Path("/usr/bin/convene").exists() and not os.path.lexists("/usr/bin/convene")
    assert not Path(f"/usr/share/applications/{APP_ID}.desktop").exists()
    if shutil.which("update-mime-database"):
        assert not Path("/usr/share/mime/application/x-convene.xml").exists()


def _screens(tmp: Path) -> Path:
    cfg = tmp / "screens.json"
    cfg.write_text(json.dumps({"screens": [
        {"name": "Laptop", "x": 0, "y": 0, "width": 1440, "height": 900, "logicalDpi": 96},
        {"name": "Projector", "x": 1440, "y": 0, "width": 1920, "height": 1080, "logicalDpi": 96},
    ]}))
    return cfg


def _startup(cmd: list[str], env: dict, cwd: Path) -> tuple[float, float]:
    """Seconds from process start to the first frame (SHOWN) and to ready (READY), as bench_startup.py reads them."""
    start = time.time()
    out = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=180, cwd=cwd)
    times = {}
    for line in out.stdout.splitlines():
        parts = line.split()
        if parts and parts[0] in ("SHOWN", "READY"):
            times[parts[0]] = float(parts[1]) - start
    assert "SHOWN" in times and "READY" in times, (cmd[:2], out.stdout[-500:], out.stderr[-1500:])
    return times["SHOWN"], times["READY"]


@pytest.fixture(scope="module")
def startup_times(frozen, tmp_path_factory) -> dict[str, float]:
    """Both open a fresh demo to the first frame and to ready, interleaved (medians of 5 each after a warm-up)."""
    tmp = tmp_path_factory.mktemp("startup")
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME", "PYTHONDONTWRITEBYTECODE")}
    env.update(QT_QPA_PLATFORM=f"offscreen:configfile={_screens(tmp)}", CONVENE_DATA_DIR=str(tmp / "data"),
               CONVENE_EXIT_WHEN_SHOWN="1")
    compileall.compile_dir(str(ROOT / "app"), quiet=1)  # the source tree as installed: bytecode already made
    source_cmd, frozen_cmd = [sys.executable, "-m", "app", "--demo"], [str(frozen), "--demo"]
    _startup(source_cmd, env, ROOT), _startup(frozen_cmd, env, tmp)  # warm the file cache for each
    source, froze = [], []
    for _ in range(5):
        source.append(_startup(source_cmd, env, ROOT))
        froze.append(_startup(frozen_cmd, env, tmp))
    times = {f"{name}_{what}": statistics.median(t[i] for t in runs)
             for name, runs in (("source", source), ("frozen", froze)) for i, what in enumerate(("shown", "ready"))}
    print(f"RESULT frozen_shown_s={times['frozen_shown']:.3f} source_shown_s={times['source_shown']:.3f} "
          f"shown_ratio={times['frozen_shown'] / times['source_shown']:.2f} frozen_ready_s={times['frozen_ready']:.3f} "
          f"source_ready_s={times['source_ready']:.3f} ready_ratio={times['frozen_ready'] / times['source_ready']:.2f}")
    return times


def test_the_frozen_app_is_ready_within_1_3x_of_the_source_tree(startup_times):
    """Ready: the console up with the tab in front built and the demo open, backed up and locked."""
    assert startup_times["frozen_ready"] <= 1.3 * startup_times["source_ready"], startup_times


@pytest.mark.xfail(strict=False, reason=(
    "Not met yet (issue 27): measured 1.03 and 1.54. Before any of our code runs, the frozen app pays about 0.1 s "
    "the source tree does not (PyInstaller's bootloader starts itself twice, Python starts from base_library.zip, "
    "its runtime hooks import inspect, pkgutil and multiprocessing): `Convene --version` takes 0.12 s against 0.03 s."))
def test_the_frozen_apps_first_frame_is_within_1_3x_of_the_source_trees(startup_times):
    assert startup_times["frozen_shown"] <= 1.3 * startup_times["source_shown"], startup_times
