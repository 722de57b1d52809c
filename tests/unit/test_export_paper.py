"""A4 or US Letter from the locale; item spans as typed on the command line."""

from __future__ import annotations

import pytest

from app.services.export.service import ExportError, default_paper, parse_items


@pytest.mark.parametrize(("env", "system", "paper"), [
    ({"LANG": "en_US.UTF-8"}, "", "Letter"),
    ({"LANG": "en_GB.UTF-8"}, "", "A4"),
    ({"LC_PAPER": "es_MX.UTF-8", "LANG": "en_GB.UTF-8"}, "", "Letter"),
    ({"LC_ALL": "fr_FR.UTF-8", "LC_PAPER": "en_US.UTF-8"}, "", "A4"),
    ({}, "en_CA", "Letter"),          # Windows and macOS set no LANG: the system locale decides
    ({}, "de_DE", "A4"),
    ({}, "", "A4"),
    ({"LANG": "C.UTF-8"}, "", "A4"),
])
def test_paper_from_locale(env, system, paper):
    assert default_paper(env, system) == paper


def test_item_spans():
    assert parse_items("3-5") == (3, 5)
    assert parse_items(" 4 ") == (4, 4)
    for bad in ("5-3", "0-2", "a-b", "3-"):
        with pytest.raises(ExportError, match="Items"):
            parse_items(bad)
