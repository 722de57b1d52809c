"""The live status on a daylight-saving night, over a real file and a FakeClock (America/Los_Angeles)."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from app.services.agenda.service import ItemData
from app.services.core.records import ConveningDetails, DayDetails
from app.services.core.workspace import Workspace
from app.services.root import Services
from app.ui.agenda.texts import live_line

pytestmark = pytest.mark.usefixtures("console_words")   # live_line is a console text: its plurals

LA = ZoneInfo("America/Los_Angeles")


def at(date, hour, minute=0, fold=0) -> float:
    return dt.datetime(date.year, date.month, date.day, hour, minute, tzinfo=LA, fold=fold).timestamp()


def night_workspace(tmp_path, data_dir, clock, date: dt.date, start_minutes: int):
    ws = Workspace(clock, data_dir)
    ws.new(tmp_path / "night.convene", ConveningDetails(
        title="Overnight lock-in", timezone="America/Los_Angeles",
        days=(DayDetails(date, start_minutes=start_minutes, end_minutes=7 * 60),)))
    services = Services(ws)
    agenda = services.agenda
    day = ws.days()[0]
    agenda.add_item(day.id, ItemData("Night shift", minutes=120))
    agenda.add_item(day.id, ItemData("Dawn check-in", minutes=30))
    agenda.add_item(day.id, ItemData("Sunrise circle", minutes=30, fixed_start=5 * 60))
    return ws, services, agenda, services.live, day


def test_spring_forward_an_on_time_night_is_on_time(tmp_path, data_dir, clock):
    date = dt.date(2027, 3, 14)
    clock.set(at(date, 1))
    ws, services, agenda, live, day = night_workspace(tmp_path, data_dir, clock, date, 60)
    try:
        live.start_pause()
        clock.advance(3600)  # one real hour: the wall now reads 03:00 PDT
        assert live.view().item.text == "1:00:00", "the countdown was always right"
        status = live.status(day.id)
        assert round(status.behind_minutes) == 0
        assert live_line(status) == "On time · projected end 05:30"
        # The re-plan starts from the same real moment the status projects.
        assert live.first_open_index(day.id) == (1, 4 * 60)
    finally:
        services.close()
        ws.close()


def test_fall_back_an_on_time_night_is_on_time(tmp_path, data_dir, clock):
    date = dt.date(2027, 11, 7)
    clock.set(at(date, 0, 30))
    ws, services, agenda, live, day = night_workspace(tmp_path, data_dir, clock, date, 30)
    try:
        live.start_pause()
        clock.advance(90 * 60)  # the wall reads 01:00 a second time (PST)
        status = live.status(day.id)
        assert round(status.behind_minutes) == 0
        assert live_line(status) == "On time · projected end 05:30"
        clock.advance(45 * 60)  # 15 minutes into overtime: 01:45 PST
        status = live.status(day.id)
        assert round(status.behind_minutes) == 15
        assert live_line(status).startswith("Running 15 minutes behind")
    finally:
        services.close()
        ws.close()
