"""The package's ICU data trim (packaging/icu_trim.py): smaller, and Qt still sorts, cases and names zones.

Runs on the real libicudata from the installed PySide6 wheel; Qt is checked in a child process that loads
the trimmed library in place of the wheel's (LD_LIBRARY_PATH is searched before the wheel's $ORIGIN runpath).
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the trim runs in the Linux build")


def _load():
    spec = importlib.util.spec_from_file_location("convene_icu_trim", ROOT / "packaging" / "icu_trim.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


icu_trim = _load()


@pytest.fixture(scope="module")
def wheel_lib() -> Path:
    import PySide6

    found = sorted((Path(PySide6.__file__).parent / "Qt" / "lib").glob("libicudata.so.*"))
    assert found, "the PySide6 wheel has no libicudata"
    return found[0]


@pytest.fixture(scope="module")
def package(wheel_lib):
    return icu_trim.read_package(icu_trim.extract(wheel_lib)[1])


def qt_text_checks(lib_dir: Path) -> subprocess.CompletedProcess:
    code = (
        "from app.ui.text_check import icu_problems\n"
        "problems = icu_problems()\n"
        "print([l.split()[-1] for l in open('/proc/self/maps') if 'libicudata' in l][0])\n"
        "for p in problems: print('PROBLEM', p)\n"
    )
    env = dict(os.environ, LD_LIBRARY_PATH=str(lib_dir), PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120)


def test_reading_and_writing_a_package_gives_back_the_same_bytes(wheel_lib):
    symbol, data = icu_trim.extract(wheel_lib)
    assert symbol.startswith("icudt") and symbol.endswith("_dat")
    assert icu_trim.write_package(icu_trim.read_package(data)) == data


def test_the_trim_keeps_what_qt_reads_and_drops_what_it_never_asks_for(package):
    kept = icu_trim.trimmed(package).items
    prefix = next(iter(package.items)).split("/")[0]
    for name in ("coll/ucadata.icu", "coll/root.res", "coll/es.res", "coll/zh.res", "root.res", "en.res",
                 "supplementalData.res", "zoneinfo64.res", "metaZones.res", "cnvalias.icu", "nfkc.nrm",
                 "zone/root.res", "zone/en.res", "zone/es.res", "zone/es_MX.res"):
        assert f"{prefix}/{name}" in kept, name
    for name in ("brkitr/root.res", "unit/en.res", "curr/en.res", "lang/en.res", "zone/de.res", "unames.icu",
                 "gb18030.cnv", "translit/root.res"):
        assert f"{prefix}/{name}" in package.items and f"{prefix}/{name}" not in kept, name
    assert all(kept[n] == package.items[n] for n in kept)   # what stays is byte for byte ICU's
    assert sum(map(len, kept.values())) < 0.35 * sum(map(len, package.items.values()))


def test_qt_sorts_cases_and_names_time_zones_the_same_on_the_trimmed_library(wheel_lib, tmp_path):
    out = tmp_path / wheel_lib.name
    before, after = icu_trim.trim_library(wheel_lib, out)
    assert after < 10_000_000 < 30_000_000 < before
    result = qt_text_checks(tmp_path)
    assert result.returncode == 0, result.stderr[-2000:]
    lines = result.stdout.splitlines()
    assert lines[0] == str(out)   # the child really ran on the trimmed data
    assert not [line for line in lines if line.startswith("PROBLEM")], result.stdout


def test_the_checks_catch_a_trim_that_went_too_far(wheel_lib, package, tmp_path):
    symbol, _ = icu_trim.extract(wheel_lib)
    too_far = icu_trim.Package(package.header, {n: b for n, b in icu_trim.trimmed(package).items.items()
                                                if "/coll/" not in n and "/zone/" not in n})
    icu_trim.build_library(symbol, icu_trim.write_package(too_far), wheel_lib.name, tmp_path / wheel_lib.name)
    result = qt_text_checks(tmp_path)
    problems = [line for line in result.stdout.splitlines() if line.startswith("PROBLEM")]
    assert any("Spanish sorting" in p for p in problems), result.stdout
    assert any("time-zone name for en_US" in p for p in problems), result.stdout
