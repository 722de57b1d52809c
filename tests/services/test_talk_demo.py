"""The demo convening comes with lenses (self-identified values) and tracked sessions."""

from __future__ import annotations

from app.domain.talk.lenses import NOT_ASKED, PREFER_NOT
from app.domain.talk.suppress import OTHER
from app.services.demo import load_demo_content
from app.services.history import History
from app.services.talk import TalkService


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


def test_the_demo_opens_on_a_tracked_whole_room_conversation(demo_workspace):
    talk = TalkService(demo_workspace, History(demo_workspace))
    talk._on_convening(opened=True)
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
    shares = talk.room_view(lens_id=race.id).shares
    assert shares.multi and all(g.people >= 5 for g in shares.groups)
    assert OTHER in {g.label for g in shares.groups}
    assert NOT_ASKED not in {g.label for g in shares.groups}  # only two were not asked: merged away
