"""The fonts Convene ships reach Qt too, so a name in any script shows on the console and projector."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.gui


def test_the_shipped_fonts_are_in_qt_and_names_in_every_script_are_drawable(console):
    from PySide6.QtGui import QFontDatabase

    from app.ui.fonts import register_bundled_fonts
    from app.ui.projector.glyphs import drawable
    from app.ui.projector.paint import FAMILY

    families = register_bundled_fonts()  # the console fixture registered them already: same answer
    assert {"DejaVu Sans", "WenQuanYi Zen Hei"} <= set(families)
    assert "WenQuanYi Zen Hei" in QFontDatabase.families()
    for name in ("李明", "김민준", "Nguyễn Thị Lan", "Αλέξανδρος", "Олена", "فاطمة", "נועה"):
        assert drawable(name, FAMILY) == name, name
