"""Copy the licence text of every component in app/services/console/about.py into resources/licenses/.

Run after changing a dependency:  PYTHONPATH=. .venv/bin/python packaging/collect_licenses.py
The LGPL, GPL and Apache texts come from Debian's /usr/share/common-licenses when there.
"""

from __future__ import annotations

import shutil
from importlib import metadata
from pathlib import Path

from app.services.console.about import COMPONENTS, LICENSES_DIR

COMMON = {"LGPL-3.0.txt": "LGPL-3", "GPL-3.0.txt": "GPL-3", "Apache-2.0.txt": "Apache-2.0"}


def licence_files(dist: metadata.Distribution) -> list:
    return [f for f in (dist.files or []) if "licen" in f.name.lower() or "copying" in f.name.lower()
            or "/licenses/" in str(f)]


def main() -> None:
    LICENSES_DIR.mkdir(parents=True, exist_ok=True)
    for name, common in COMMON.items():
        src = Path("/usr/share/common-licenses") / common
        if src.exists():
            shutil.copyfile(src, LICENSES_DIR / name)
    for c in COMPONENTS:
        for rel in c.texts:
            target = LICENSES_DIR.parent / rel
            if target.parent != LICENSES_DIR or target.name in COMMON or not c.dist:
                continue
            try:
                dist = metadata.distribution(c.dist)
            except metadata.PackageNotFoundError:
                print(f"{c.dist}: not installed, {target.name} left as it is")
                continue
            parts = []
            for f in licence_files(dist):
                text = Path(dist.locate_file(f)).read_text(encoding="utf-8", errors="replace")
                parts.append(f"==> {f.name} ({c.dist} {dist.version}) <==\n{text.strip()}\n")
            if parts:
                target.write_text("\n".join(parts), encoding="utf-8")
                print(f"wrote {target.name}")
            else:
                print(f"{c.dist}: no licence file in its metadata; write {target.name} by hand")


if __name__ == "__main__":
    main()
