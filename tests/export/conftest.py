"""Export fixtures: the demo with part of day 1 run, exported once per test that asks."""

from __future__ import annotations

import pytest

from tests.export.helpers import export_pdf, run_first_day


@pytest.fixture
def ran_demo(demo_services, demo_workspace, clock):
    """The demo's workspace with part of day 1 run through `demo_services` (the same root a test gets)."""
    run_first_day(demo_services, clock)
    return demo_workspace


@pytest.fixture
def facilitator_pdf(ran_demo, demo_services, tmp_path):
    return export_pdf(demo_services, tmp_path / "facilitator.pdf", private=True)


@pytest.fixture
def shared_pdf(ran_demo, demo_services, tmp_path):
    return export_pdf(demo_services, tmp_path / "shared.pdf")
