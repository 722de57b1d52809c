"""Export fixtures: the demo with part of day 1 run, exported once per test that asks."""

from __future__ import annotations

import pytest

from tests.export.helpers import export_pdf, run_first_day


@pytest.fixture
def ran_demo(demo_workspace, clock):
    run_first_day(demo_workspace, clock)
    return demo_workspace


@pytest.fixture
def facilitator_pdf(ran_demo, tmp_path):
    return export_pdf(ran_demo, tmp_path / "facilitator.pdf", private=True)


@pytest.fixture
def shared_pdf(ran_demo, tmp_path):
    return export_pdf(ran_demo, tmp_path / "shared.pdf")
