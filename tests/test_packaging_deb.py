"""The parts of the packages that can be checked without a frozen build (default run; the build itself and the
installed .deb are tested in tests/packaging/ under `-m packaging`).

- packaging/deb.py derives Depends from the ELF files it is given, so a library the build carries is never
  depended on and one it does not carry always is;
- the Windows .ico and macOS .icns are made from our own PNGs at every size;
- every platform associates the same file extension and type, under the same identifiers.
"""

from __future__ import annotations

import importlib.util
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"


def _load(name: str):
    spec = importlib.util.spec_from_file_location(f"convene_packaging_{name}", PACKAGING / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


needs_dpkg = pytest.mark.skipif(not (shutil.which("dpkg") and shutil.which("readelf")),
                                reason="deriving Depends needs dpkg and readelf (Debian/Ubuntu)")


def _sqlite_extension() -> Path:
    import _sqlite3

    return Path(_sqlite3.__file__)


@needs_dpkg
def test_depends_names_the_package_of_a_library_the_build_does_not_carry_and_not_one_it_does(tmp_path):
    deb = _load("deb")
    ext = _sqlite_extension()
    folder = tmp_path / "Convene"
    folder.mkdir()
    shutil.copy2(ext, folder / ext.name)  # Python's sqlite3 module: needs libsqlite3.so.0 and libc
    names = {d.split()[0] for d in deb.depends(folder)}
    assert "libsqlite3-0" in names and "libc6" in names
    # data files the bundled libraries read come through dpkg -S too
    assert {"fontconfig-config", "xkb-data"} <= names
    libc = next(d for d in deb.depends(folder) if d.startswith("libc6"))
    assert re.fullmatch(r"libc6 \(>= 2\.\d+\)", libc), libc

    system_lib = deb._ldconfig()["libsqlite3.so.0"]
    shutil.copy2(system_lib, folder / "libsqlite3.so.0")  # now the build carries it
    assert "libsqlite3-0" not in {d.split()[0] for d in deb.depends(folder)}


@needs_dpkg
def test_a_library_neither_in_the_build_nor_on_the_machine_stops_the_package_naming_who_needs_it(tmp_path,
                                                                                               monkeypatch):
    deb = _load("deb")
    ext = _sqlite_extension()
    folder = tmp_path / "Convene"
    folder.mkdir()
    shutil.copy2(ext, folder / ext.name)
    real = deb._ldconfig()
    monkeypatch.setattr(deb, "_ldconfig", lambda: {k: v for k, v in real.items() if k != "libsqlite3.so.0"})
    with pytest.raises(deb.PackagingError, match=rf"libsqlite3\.so\.0 is needed by {re.escape(ext.name)}"):
        deb.depends(folder)


def test_the_debian_changelog_has_one_entry_per_release_newest_first():
    deb = _load("deb")
    text = deb.changelog()
    heads = re.findall(r"^convene \((\S+)\) stable; urgency=medium$", text, flags=re.M)
    from app import __version__

    assert heads[0] == __version__ and len(heads) == len(deb.releases()) >= 2
    trailers = re.findall(r"^ -- .+ <.+>  \w{3}, \d{2} \w{3} \d{4} \d{2}:\d{2}:\d{2} \+0000$", text, flags=re.M)
    assert len(trailers) == len(heads)
    when = [deb.released_at(date) for _v, date, _t in deb.releases()]
    assert all(a > b for a, b in zip(when, when[1:])), "each entry newer than the one before (lintian)"
    assert all(len(line) <= 80 for line in text.splitlines() if not line.startswith(" -- ")), "wrapped for lintian"


def test_the_windows_ico_and_macos_icns_hold_our_own_rendering_at_each_size(tmp_path):
    from PIL import Image

    icons = _load("make_icons")
    ico = icons.platform_icon("ico", tmp_path)
    with Image.open(ico) as im:
        assert im.format == "ICO"
        assert sorted(im.info["sizes"]) == [(s, s) for s in (16, 24, 32, 48, 64, 128, 256)]
        im.size = (16, 16)
        im.load()
        small = im.convert("RGBA")
    with Image.open(ROOT / "resources" / "icons" / "convene-16.png") as ours:
        assert small.tobytes() == ours.convert("RGBA").tobytes(), "16 px is our 16 px PNG, not 256 scaled down"
    icns = icons.platform_icon("icns", tmp_path)
    with Image.open(icns) as im:
        assert im.format == "ICNS"
        # (size, scale) as Pillow reads them back: 16@2x and 32@2x for Retina up to 512@2x (1024 px)
        assert {(16, 16, 2), (32, 32, 2), (128, 128, 1), (128, 128, 2), (256, 256, 1), (256, 256, 2), (512, 512, 1),
                (512, 512, 2)} <= set(im.info["sizes"])
    with pytest.raises(ValueError):
        icons.platform_icon("bmp", tmp_path)


def test_every_platform_associates_the_same_extension_with_the_same_identifiers():
    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    mime = ET.parse(PACKAGING / "convene-mime.xml").getroot().find("m:mime-type", ns)
    mime_type = mime.get("type")
    assert mime.find("m:glob", ns).get("pattern") == "*.convene"
    desktop = (PACKAGING / "org.convene.Convene.desktop").read_text()
    assert f"MimeType={mime_type};" in desktop
    meta = ET.parse(PACKAGING / "org.convene.Convene.metainfo.xml").getroot()
    assert meta.findtext("id") == "org.convene.Convene"
    assert meta.find("provides").findtext("mediatype") == mime_type
    spec = (PACKAGING / "convene.spec").read_text()
    assert 'BUNDLE_ID = "org.convene.Convene"' in spec and "bundle_identifier=BUNDLE_ID" in spec
    assert '"public.filename-extension": ["convene"]' in spec
    iss = (PACKAGING / "windows" / "convene.iss").read_text()
    assert r'Subkey: "Software\Classes\.convene"' in iss and "ChangesAssociations=yes" in iss
    assert r'"""{app}\Convene.exe"" ""%1"""' in iss
    deb = _load("deb")
    assert meta.findtext("id") == deb.APP_ID
    assert "Exec=convene %f" in deb.desktop_entry() and "<binary>convene</binary>" in deb.metainfo()


def test_the_desktop_workflow_builds_smoke_tests_and_uploads_on_windows_and_macos():
    text = (ROOT / ".github" / "workflows" / "desktop.yml").read_text()
    assert "runs-on: windows-latest" in text and "runs-on: macos-latest" in text
    windows, macos = text.split("\n  macos:")
    for job, sep in ((windows, "\\"), (macos, "/")):
        assert f"packaging{sep}convene.spec" in job, "built with our spec"
        assert "--smoke" in job, "smoke-tested"
        assert f"tests{sep}fixtures{sep}revisions{sep}0001.convene" in job, "an old file opened"
        assert "actions/upload-artifact" in job, "uploaded"
