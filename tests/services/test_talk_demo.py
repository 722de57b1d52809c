"""The demo convening comes with lenses (self-identified values) and tracked sessions."""

from __future__ import annotations

from app.domain.talk.lenses import NOT_ASKED, PREFER_NOT
from app.domain.talk.suppress import OTHER
from app.services.console.demo import load_demo_content
from app.services.core.changes import ConveningChanged


def test_talk_sections_name_real_people_items_and_lenses():
    demo = load_demo_content()
    people = {p["name"] for p in demo["participants"]}
    items = {it["title"] for d in demo["days"] for it in d["items"]}
    teams = {t["name"] for t in demo["teams"]}
    lenses = {lens["name"] for lens in demo["talk_lenses"]}
    for lens in demo["talk_lenses"]:
        assert set(lens) <= {"name", "sensitive", "from_role", "values"}
        assert set(lens.get("values", {})) <= people, lens["name"]
    for sd in demo["talk_sessions"]:
        assert set(sd) == {"item", "scope", "lens", "minutes", "seed", "goals"}
        assert sd["item"] in items and sd["lens"] in lenses and (sd["scope"] in teams or sd["scope"] == "Whole room")


def test_the_demo_opens_on_a_tracked_whole_room_conversation(demo_services):
    talk = demo_services.talk
    talk._on_convening(ConveningChanged(opened=True))
    convs = talk.conversations()
    assert len(convs) == 3
    view = talk.view()
    assert view.conversation.scope == "Whole room" and len(view.conversation.members) == 48
    assert view.figures.person_seconds > 20 * 60 * 0.8 and view.figures.not_spoken
    assert 0 < view.figures.balance < 0.8
    race = talk.lens_by_name("Race/ethnicity")
    assert race.sensitive
    values = talk.values(race.id)
    assert any(len(v) > 1 for v in values.values()), "someone holds several values"
    assert any(v == (PREFER_NOT,) for v in values.values())
    shares = talk.room.room_view(lens_id=race.id).shares
    assert shares.multi and all(g.people >= 5 for g in shares.groups)
    assert OTHER in {g.label for g in shares.groups}
    assert NOT_ASKED not in {g.label for g in shares.groups}  # only two were not asked: merged away


def test_summaries_per_item_step_and_day_and_the_command_line(demo_services, demo_workspace, capsys):
    from app.cli import run

    talk = demo_services.talk
    by_item = talk.summaries.summary_rows("item")
    assert [r["what"] for r in by_item] == ["Story circles: the road that brought us here",
                                            "What seniors and families told us", "Fishbone: what is in our control?"]
    assert all(r["talk_minutes"] > 5 and 0 < r["balance"] <= 1 for r in by_item)
    by_day = talk.summaries.summary_rows("day")
    assert len(by_day) == 1 and by_day[0]["what"].startswith("Day 1")
    assert round(sum(r["talk_minutes"] for r in by_item), 1) == round(by_day[0]["talk_minutes"], 1)
    by_step = talk.summaries.summary_rows("step")
    assert by_step[0]["what"] == "Story circles: the road that brought us here: step 1 Open the circle"
    assert len(by_step) > len(by_item) and not any(r["what"].endswith("no step") for r in by_step), \
        "every demo turn is tied to the protocol step running when it started"
    assert round(sum(r["talk_minutes"] for r in by_step), 0) == round(sum(r["talk_minutes"] for r in by_item), 0)
    path = demo_workspace.path
    demo_workspace.close()
    assert run(["talk", str(path), "--by", "day"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "what,talk_minutes,many_voices_minutes,speakers,turns,balance"
    assert out[1].startswith("Day 1 (2027-01-21)")
    names = {p["name"] for p in load_demo_content()["participants"]}
    assert not any(n in " ".join(out) for n in names), "summaries carry no names"


def test_balance_over_time_of_the_demo_conversation(demo_services):
    talk = demo_services.talk
    talk._on_convening(ConveningChanged(opened=True))
    curve = talk.balance_curve(5)
    assert len(curve) == 5 and curve[0][1] < curve[-1][1], "the demo room grows more balanced"
    assert abs(curve[-1][1] - talk.view().figures.balance) < 1e-9, "the last point is the balance now"
    assert curve[0][0] < curve[-1][0]
