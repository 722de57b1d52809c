"""Talk balance in the handout: each tracked conversation's balance index and its groups, read back from the PDF;
the shared version shows only what the projector's suppression rule shows (no names, no small group);
a handout with no tracked conversation has no talk section."""

from __future__ import annotations

import re

import pytest

from tests.export.helpers import export_pdf, flat_text

HEADING = "Talk balance Who talked how much"


def _section(text: str) -> str:
    start = text.index(HEADING)
    ends = [i for i in (text.find(h, start) for h in ("Buddy schools", "Tables", "Commitments and bright spots",
                                                        "Roster: sign-in")) if i > 0]
    return text[start:min(ends) if ends else len(text)]


def _row(label: str, people: int, pshare: float, tshare: float) -> str:
    return f"{label} {people} {pshare:.0%} {tshare:.0%}"


def _room_views(services):
    talk = services.talk
    now = services.workspace.clock.now()
    return talk, [(c, [(lens, talk.room.room_view(lens_id=lens.id, now=now, conv_id=c.id)) for lens in talk.lenses()])
                  for c in talk.conversations()]


def _blocks(section: str, talk, views) -> list[str]:
    """Each conversation's part of the section (from its balance index to the next one's), cut per lens."""
    from app.domain.talk.metrics import figures

    starts, at = [], 0
    for conv, _l in views:
        f = figures(talk.turns(conv.id), [p for p in conv.members if p in talk.names()], talk.ws.clock.now())
        at = section.index(f"Balance index {f.balance:.2f}.", at)
        starts.append(at)
    convs = [section[a:b] for a, b in zip(starts, starts[1:] + [len(section)])]
    out = []
    for block, (_c, lenses) in zip(convs, views):
        at, cuts = 0, []
        for lens, _room in lenses:
            at = block.index(lens.name, at)
            cuts.append(at)
        out.append([block[a:b] for a, b in zip(cuts, cuts[1:] + [len(block)])])
    return out


@pytest.mark.parametrize("private", [True, False])
def test_each_conversation_shows_its_balance_and_groups(ran_demo, tmp_path, private, demo_services):
    from app.domain.talk.metrics import figures

    section = _section(flat_text(export_pdf(demo_services, tmp_path / "h.pdf", private=private)))
    talk, views = _room_views(demo_services)
    assert len(views) >= 3  # the demo's tracked sessions
    shown_groups = 0
    for conv, lenses in views:
        present = [p for p in conv.members if p in talk.names()]
        f = figures(talk.turns(conv.id), present, ran_demo.clock.now())
        assert conv.title in section
        assert f"Balance index {f.balance:.2f}." in section, conv.title
        for lens, room in lenses:
            assert lens.name in section
            for g in room.shares.groups:
                assert _row(g.label, g.people, g.people_share, g.talk_share) in section, (conv.title, lens.name, g)
                shown_groups += 1
    assert shown_groups >= 8  # the whole-room session shows groups for every lens


def test_shared_handout_has_no_names_and_no_group_the_suppression_hides(ran_demo, tmp_path, demo_services):
    shared = _section(flat_text(export_pdf(demo_services, tmp_path / "shared.pdf")))
    private = _section(flat_text(export_pdf(demo_services, tmp_path / "private.pdf", private=True)))
    names = [p.name for p in demo_services.people.participants()]
    talk, views = _room_views(demo_services)
    speakers = {talk.names()[t.speaker] for c, _l in views for t in talk.turns(c.id) if t.speaker in talk.names()}
    assert speakers and all(n in private for n in speakers)  # the facilitator version does list them
    assert [n for n in names if n in shared] == []
    assert "Per person" not in shared
    hidden = 0
    blocks_shared, blocks_private = _blocks(shared, talk, views), _blocks(private, talk, views)
    for n, (conv, lenses) in enumerate(views):
        for m, (lens, room) in enumerate(lenses):
            shown = {g.label for g in room.shares.groups}
            for label in room.suppressed.hidden:
                if label in shown:
                    continue
                hidden += 1
                row = re.compile(r"(?<![\w;/-])" + re.escape(label) + r" \d+ \d+% \d+%")
                assert not row.search(blocks_shared[n][m]), (conv.title, lens.name, label)
                assert not row.search(blocks_private[n][m]), (conv.title, lens.name, label)  # one rule in both versions
    assert hidden >= 3  # the demo has small groups to hide
    # A sensitive lens is never broken down per person, not even in the facilitator version.
    sensitive = [lens for lens in talk.lenses() if lens.sensitive]
    assert sensitive
    per_person = [part.split("Balance index")[0] for part in private.split("Per person")[1:]]
    assert len(per_person) == len(views)
    for block in per_person:
        for lens in sensitive:
            assert lens.name not in block
            for value in lens.values:
                assert not re.search(r"\b" + re.escape(value) + r"\b", block), value


def test_no_conversations_no_section(ran_demo, tmp_path, demo_services):
    # Every demo conversation is tied to a day-1 item: a day-2 handout holds none.
    assert HEADING in flat_text(export_pdf(demo_services, tmp_path / "d1.pdf", day=1))
    for private in (False, True):
        text = flat_text(export_pdf(demo_services, tmp_path / f"d2{private}.pdf", day=2, private=private))
        assert "Talk balance" not in text and "Balance index" not in text


@pytest.mark.parametrize("private", [True, False])
def test_goals_say_whether_they_were_met_without_naming_anyone_in_the_shared_version(ran_demo, tmp_path, private,
                                                                                       demo_services):
    from app.domain.talk.goals import EVERYONE_SPEAKS
    from app.domain.talk.metrics import figures

    section = _section(flat_text(export_pdf(demo_services, tmp_path / "h.pdf", private=private)))
    talk, views = _room_views(demo_services)
    names = talk.names()
    checked, at = 0, 0
    for conv, lenses in views:
        f = figures(talk.turns(conv.id), [p for p in conv.members if p in names], ran_demo.clock.now())
        at = section.index(f"Balance index {f.balance:.2f}.", at)  # this conversation's part
        shown = {lens.name: {g.label for g in room.shares.groups} for lens, room in lenses}
        for g in conv.goals:
            checked += 1
            if g.kind == EVERYONE_SPEAKS:
                waiting = [p for p in f.not_spoken if p in names]
                if not waiting:
                    assert section.index(f"Goal: {g.text()}. Met. Everyone spoke.", at) >= at
                    continue
                line = f"Goal: {g.text()}. Not met. {len(waiting)} people did not speak"
                assert section.index(line, at) >= at
                listed = [names[p] for p in waiting[:8]]
                assert all(n in section for n in listed) == private
            else:
                start = section.index(f"Goal: {g.text()}.", at)
                line = section[start:section.index("Checked on the groups shown.", start)]
                above = [s for s in talk.room.room_view(lens_id=next(lens.id for lens, _r in lenses
                                                                     if lens.name == g.lens),
                                                        now=ran_demo.clock.now(), conv_id=conv.id).shares.groups
                         if s.ratio is not None and s.ratio > g.limit]
                assert ("Not met" in line) == bool(above)
                for s in above:
                    assert s.label in shown[g.lens] and f"{s.label} {s.ratio:.1f}×" in line
    assert checked >= 4  # the demo sets goals on three conversations


def test_the_per_person_heading_is_never_alone_at_a_page_foot(ran_demo, tmp_path, demo_services):
    from tests.export.helpers import page_texts

    pages = [" ".join(p.split()) for p in page_texts(export_pdf(demo_services, tmp_path / "f.pdf", private=True))]
    seen = 0
    for page in pages:
        at = page.find("Per person (facilitator version only)")
        while at >= 0:
            seen += 1
            assert "Person Talk Share Turns" in page[at:at + 120], page[at:at + 120]  # its table starts under it
            at = page.find("Per person (facilitator version only)", at + 1)
    assert seen >= 3
