"""The build leaves out Qt modules the app does not use; this keeps the two lists from drifting apart.

If this fails, the app now imports a Qt module packaging/convene.spec leaves out (UNUSED_QT): the frozen app
would stop with an ImportError there. Take it off UNUSED_QT (and its library off QT_DROP) and rebuild.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _spec_list(name: str) -> list[str]:
    tree = ast.parse((ROOT / "packaging" / "convene.spec").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == name for t in node.targets):
            return list(ast.literal_eval(node.value))
    raise AssertionError(f"{name} not found in packaging/convene.spec")


def qt_modules_the_app_imports() -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for path in sorted((ROOT / "app").rglob("*.py")):
        for module in re.findall(r"\bPySide6\.(Qt\w+)", path.read_text(encoding="utf-8")):
            found.setdefault(module, []).append(str(path.relative_to(ROOT)))
    return found


def test_every_qt_module_the_app_imports_is_kept_in_the_build():
    left_out = set(_spec_list("UNUSED_QT"))
    used = qt_modules_the_app_imports()
    assert {"QtCore", "QtGui", "QtWidgets"} <= set(used)
    clash = {m: files for m, files in used.items() if m in left_out}
    assert not clash, f"the build leaves out Qt modules the app imports: {clash}"
    dropped = _spec_list("QT_DROP")
    libs = {m: files for m, files in used.items() if any(d == f"libQt6{m[2:]}" for d in dropped)}
    assert not libs, f"the build drops the libraries of Qt modules the app imports: {libs}"
