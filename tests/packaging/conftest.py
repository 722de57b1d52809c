"""The frozen app and the .deb made from it, built when missing or older than the sources (`-m packaging` only).

CONVENE_FROZEN=/path/to/Convene and CONVENE_DEB=/path/to/convene_X_amd64.deb test other builds instead.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DIST = ROOT / "dist" / "Convene"
SOURCES = ("app", "resources", "migrations", "packaging/convene.spec")
DEB_SOURCES = ("packaging",)  # the .deb also takes the desktop entry, MIME type, metainfo and deb.py from here


def _newest(names: tuple[str, ...]) -> float:
    newest = 0.0
    for name in names:
        path = ROOT / name
        for p in [path] if path.is_file() else path.rglob("*"):
            if p.is_file() and "__pycache__" not in p.parts:
                newest = max(newest, p.stat().st_mtime)
    return newest


@pytest.fixture(scope="session")
def frozen() -> Path:
    given = os.environ.get("CONVENE_FROZEN")
    if given:
        return Path(given)
    exe = DIST / "Convene"
    if not exe.exists() or exe.stat().st_mtime < _newest(SOURCES):
        subprocess.run(
            [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN", "--distpath",
             str(ROOT / "dist"), "--workpath", str(ROOT / "build" / "pyinstaller"), str(ROOT / "packaging" / "convene.spec")],
            cwd=ROOT, check=True, timeout=1400,
        )
    assert exe.exists(), "PyInstaller made no dist/Convene/Convene"
    return exe


@pytest.fixture(scope="session")
def deb(frozen) -> Path:
    """dist/convene_<version>_amd64.deb (and the tar.xz beside it), from the frozen build by packaging/deb.py."""
    given = os.environ.get("CONVENE_DEB")
    if given:
        return Path(given)
    from app import __version__

    path = frozen.parent.parent / f"convene_{__version__}_amd64.deb"
    tarball = frozen.parent.parent / f"convene-{__version__}-linux-x86_64.tar.xz"
    newest = max(frozen.stat().st_mtime, _newest(DEB_SOURCES))
    if not path.exists() or not tarball.exists() or path.stat().st_mtime < newest:
        subprocess.run([sys.executable, str(ROOT / "packaging" / "deb.py"), str(frozen.parent)], cwd=ROOT, check=True,
                       timeout=1400)
    assert path.exists(), f"packaging/deb.py made no {path.name}"
    return path


def run(frozen: Path, *args: str, data: Path, timeout: int = 240) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    env.update(CONVENE_DATA_DIR=str(data), QT_QPA_PLATFORM="offscreen")
    return subprocess.run([str(frozen), *args], capture_output=True, text=True, timeout=timeout, env=env,
                          cwd=data)  # not the checkout: nothing may be found there by accident


@pytest.fixture
def data(tmp_path) -> Path:
    d = tmp_path / "data"
    d.mkdir()
    return d
