"""After a re-plan that makes the day fit, the status line agrees with the plan; finish by a chosen time."""

from __future__ import annotations

from dataclasses import replace

import pytest

from app.services.agenda.service import ItemData
from app.services.root import Services
from app.ui.agenda.texts import live_line

pytestmark = pytest.mark.usefixtures("console_words")   # live_line is a console text: its plurals


def late_by_15(services: Services, clock, unfix_closing=False):
    ws = services.workspace
    agenda = services.agenda
    live = services.live
    if unfix_closing:  # the closing circle just follows on, rather than waiting for 15:40
        closing = agenda.all_items()[14]
        assert closing.title == "Closing circle and exit tickets"
        data = ItemData(**{f: getattr(closing, f) for f in ItemData.__dataclass_fields__})
        agenda.update_item(closing.id, replace(data, fixed_start=None))
    live.start_pause()
    clock.advance(40 * 60)  # the 25-minute welcome has run 40 minutes: 09:10
    return agenda, live, ws.days()[0]


def test_after_compress_keeps_lunch_the_status_says_on_time(demo_services, clock):
    agenda, live, day = late_by_15(demo_services, clock)
    assert live_line(live.status(day.id)).startswith("Running 15 minutes behind · projected end 16:15")
    result = live.preview_compress(day.id)
    assert result.ok, result.message
    agenda.apply_replan(day.id, result)
    assert live_line(live.status(day.id)) == "On time · projected end 16:00"
    clock.advance(5 * 60)  # the welcome keeps going: five more minutes late
    assert live_line(live.status(day.id)).startswith("Running 5 minutes behind")


def test_finish_by_1530_then_the_status_agrees(demo_services, clock):
    agenda, live, day = late_by_15(demo_services, clock, unfix_closing=True)
    result = live.preview_finish_by(day.id, 15 * 60 + 30)
    assert result.ok, result.message
    assert result.message.endswith("the day now ends at 15:30, by 15:30. Lunch with your buddy school keeps its time.")
    agenda.apply_replan(day.id, result, "compress to finish on time")
    schedule = agenda.schedule(day.id)
    assert schedule.planned_end == 15 * 60 + 30
    lunch = next(e for e in schedule.entries if e.entry.title.startswith("Lunch"))
    assert (lunch.start, lunch.entry.minutes) == (12 * 60, 45)
    assert all(e.entry.minutes >= 5 for e in schedule.entries)
    assert live_line(live.status(day.id)) == "On time · projected end 15:30"
    agenda.undo()
    assert agenda.schedule(day.id).planned_end == 16 * 60, "undone: the plan as it was"


def test_finish_by_a_time_the_fixed_closing_passes_is_refused_in_words(demo_services, clock):
    agenda, live, day = late_by_15(demo_services, clock)
    result = live.preview_finish_by(day.id, 15 * 60)
    assert not result.ok
    assert result.message == ("Cannot finish by 15:00: Closing circle and exit tickets is fixed at 15:40 and "
                              "runs until 16:00. Choose a later time, or change that item in the Agenda tab.")
