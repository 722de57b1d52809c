"""Where Convene's shipped files and the user's data folder are.

Set CONVENE_DATA_DIR to keep backups, demo copies and settings somewhere else
(tests and development do).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

_ROOT = Path(getattr(sys, "_MEIPASS", Path(__file__).resolve().parent.parent))
RESOURCES_DIR = _ROOT / "resources"
MIGRATIONS_DIR = _ROOT / "migrations"


def data_dir() -> Path:
    override = os.environ.get("CONVENE_DATA_DIR")
    if override:
        path = Path(override)
    else:
        import platformdirs

        path = Path(platformdirs.user_data_dir("Convene", "Convene"))
    path.mkdir(parents=True, exist_ok=True)
    return path
