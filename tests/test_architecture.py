"""The architecture in docs/ARCHITECTURE.md, checked: its capability table against the tree, the composition
root, typed topics, and the import-linter contracts in pyproject.toml."""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def test_import_contracts_hold():
    result = subprocess.run(
        [sys.executable, "-c", "import sys; from importlinter.cli import lint_imports_command; "
                               "sys.exit(lint_imports_command())"],
        cwd=ROOT, capture_output=True, text=True, timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    contracts = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["importlinter"]["contracts"]
    assert f"Contracts: {len(contracts)} kept, 0 broken." in result.stdout


def test_startup_path_keeps_heavy_imports_away():
    """Opening the GUI module graph must not pull in reportlab or alembic's command module."""
    code = (
        "import sys; import app.__main__, app.ui.launch, app.ui.console.window; "
        "heavy = [m for m in ('reportlab', 'alembic.command', 'scipy', 'networkx') if m in sys.modules]; "
        "print(heavy); sys.exit(1 if heavy else 0)"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr


ARCHITECTURE = ROOT / "docs" / "ARCHITECTURE.md"
LAYERS = ("domain", "services", "ui", "export", "tests")


def capability_table() -> dict[str, dict[str, str]]:
    """The capability table of docs/ARCHITECTURE.md: capability -> {layer: path or pattern, "-" for none}."""
    text = ARCHITECTURE.read_text(encoding="utf-8")
    table = text.split("<!-- capability-table", 1)[1]
    rows: dict[str, dict[str, str]] = {}
    for line in table.splitlines()[1:]:
        if not line.startswith("|"):
            if rows:
                break
            continue
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if cells[0] in ("capability", "---"):
            continue
        rows[cells[0]] = dict(zip(LAYERS, cells[1:], strict=True))
    return rows


def test_the_capability_table_names_paths_that_exist():
    table = capability_table()
    assert {"agenda", "live", "talk", "wall", "pairing", "people", "protocols", "capture", "commitments",
            "export"} <= set(table)
    for name, layers in table.items():
        for layer, path in layers.items():
            if path == "-":
                continue
            if layer == "tests":
                assert list(ROOT.glob(path)), f"{name}: no test file matches {path}"
            else:
                assert (ROOT / path).exists(), f"{name}: {layer} path {path} does not exist"


def test_every_service_module_sits_in_a_capability_or_the_core():
    table = capability_table()
    homes = {Path(layers["services"]).name for layers in table.values() if layers["services"] != "-"} | {"core"}
    services = ROOT / "app" / "services"
    stray = []
    for module in services.rglob("*.py"):
        rel = module.relative_to(services)
        if len(rel.parts) == 1:
            if rel.name not in ("__init__.py", "root.py"):
                stray.append(str(rel))   # only the composition root lives directly under app/services
        elif rel.parts[0] not in homes:
            stray.append(str(rel))
    assert not stray, f"modules under app/services outside a capability of docs/ARCHITECTURE.md: {stray}"


# docs/ARCHITECTURE.md, "The composition root": the console's own, and the network (it reads many files).
OUTSIDE_THE_ROOT = ("console", "network")


def test_the_composition_root_has_one_attribute_per_capability_with_services():
    from app.domain.clock import FakeClock
    from app.services.core.workspace import Workspace
    from app.services.root import Services

    table = capability_table()
    ws = Workspace(FakeClock(0.0))
    with Services(ws) as services:
        for name, layers in table.items():
            if layers["services"] not in ("-",) and name not in OUTSIDE_THE_ROOT:
                assert getattr(services, name, None) is not None, f"Services has no `{name}`"
    assert ws.bus.listener_count() == 0


STRING_LOOKUP = re.compile(r"""\bservices?\(\s*["']|services\[\s*["']|services\.get\(\s*["']"""
                           r"""|["']\w+["']\s+(?:not\s+)?in\s+[\w.]*services\b""")


@pytest.mark.parametrize("folder", ["app", "tests"])
def test_no_service_is_looked_up_by_a_string(folder):
    found = [f"{p.relative_to(ROOT)}:{n}" for p in (ROOT / folder).rglob("*.py") if p.name != Path(__file__).name
             for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), start=1)
             if STRING_LOOKUP.search(line)]
    assert not found, f"services looked up by a string: {found}"


def test_every_topic_is_a_change_with_defaults():
    """The undo history announces a topic with `topic()`: every topic must be a Change whose fields
    all have defaults, and every Change class is listed in TOPICS."""
    from app.services.core import changes

    declared = {c for c in vars(changes).values()
                if isinstance(c, type) and issubclass(c, changes.Change) and c is not changes.Change}
    assert declared == set(changes.TOPICS)
    for topic in changes.TOPICS:
        topic()


def test_a_subscription_ends_with_its_owner():
    from app.services.core.bus import Bus
    from app.services.core.changes import TalkChanged, WallChanged

    bus = Bus()
    heard: list = []
    tab = bus.owner("a tab")
    tab.on(TalkChanged, heard.append)
    tab.on_any((TalkChanged, WallChanged), heard.append)
    bus.emit(TalkChanged(person_ids=(3,)))
    assert heard == [TalkChanged(person_ids=(3,))] * 2
    assert bus.listener_count() == 3 and bus.owners() == ["a tab"] * 3
    tab.close()
    bus.emit(TalkChanged())
    assert len(heard) == 2 and bus.listener_count() == 0
    with pytest.raises(TypeError):
        bus.owner("x").on("talk", heard.append)  # type: ignore[arg-type]
