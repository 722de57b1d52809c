"""The Makefile a new user types `make demo` and `make test` into: each target defined once, and `make
translations` bringing every catalogue up to date (three recipes of one target once left only the last to run)."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from tests.conftest import TESTS

ROOT = TESTS.parent

pytestmark = pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")


def _dry_run(target: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["make", "-n", target], cwd=ROOT, capture_output=True, text=True, timeout=60)


def test_no_target_is_defined_twice():
    run = _dry_run("translations")
    assert run.returncode == 0, run.stderr
    assert "overriding recipe" not in run.stderr, run.stderr


def test_make_translations_updates_the_console_the_projector_and_the_catalogue_outside_qt():
    out = _dry_run("translations").stdout
    for step in ("-ts translations/convene_es.ts", "-ts translations/convene_en.ts",
                 "-qm app/ui/i18n/convene_es.qm", "-qm app/ui/i18n/convene_en.qm",
                 "translations/projector_es.ts", "-qm app/ui/i18n/projector_es.qm", "-m app.i18n.catalogue"):
        assert step in out, f"make translations does not run {step!r}:\n{out}"
