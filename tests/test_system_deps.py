"""packaging/system-deps.sh, which `make demo` and `make test` run first, installs nothing when all is there.

Once a machine has what Convene needs, `make demo` must work offline (no apt-get update at a venue with no
internet). `make test` has already run the script with `test`, so by now everything it checks is installed.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.skipif(shutil.which("apt-get") is None, reason="the script installs only with apt-get")


@pytest.mark.parametrize("mode", [[], ["test"]])
def test_nothing_is_installed_when_everything_is_there(tmp_path, mode):
    log = tmp_path / "apt.log"
    for tool in ("apt-get", "sudo"):
        fake = tmp_path / tool
        fake.write_text(f'#!/bin/sh\necho "{tool} $*" >> "{log}"\n')
        fake.chmod(0o755)
    env = dict(os.environ, PATH=f"{tmp_path}:{os.environ['PATH']}")
    out = subprocess.run(["bash", str(ROOT / "packaging" / "system-deps.sh"), *mode], env=env,
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert not log.exists(), f"it asked apt-get for packages already there: {out.stdout} {log.read_text()}"
