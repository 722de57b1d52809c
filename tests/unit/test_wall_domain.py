"""The wall's rules without a file or a window: layouts, clusters, duplicates, votes, text."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.wall import clusters, layout, palette, votes
from app.domain.wall.duplicates import near_duplicates, similarity
from app.domain.wall.layout import NOTE_H, NOTE_W, Group, Rect
from app.domain.wall.text import MAX_CHARS, NoteTextError, clean_note, split_lines


def note_rects(lay):
    return {n: Rect(x, y, NOTE_W, NOTE_H) for n, (x, y) in lay.notes.items()}


def assert_no_overlap(lay):
    rects = note_rects(lay)
    for (a, ra), (b, rb) in itertools.combinations(rects.items(), 2):
        assert not ra.overlaps(rb), f"notes {a} and {b} overlap"
    for (a, ra), (b, rb) in itertools.combinations(lay.clusters.items(), 2):
        assert not ra.overlaps(rb), f"clusters {a} and {b} overlap"


sizes = st.lists(st.integers(min_value=0, max_value=14), min_size=0, max_size=12)


def groups_of(counts, loose=0):
    ids = itertools.count(1)
    gs = [Group(100 + i, [next(ids) for _ in range(c)]) for i, c in enumerate(counts)]
    if loose:
        gs.append(Group(None, [next(ids) for _ in range(loose)]))
    return gs


@settings(max_examples=60, deadline=None)
@given(sizes, st.integers(min_value=0, max_value=20))
def test_tidy_puts_each_cluster_in_a_grid_inside_its_frame_and_nothing_overlaps(counts, loose):
    gs = groups_of(counts, loose)
    lay = layout.tidy(gs)
    assert_no_overlap(lay)
    rects = note_rects(lay)
    for g in gs:
        for n in g.note_ids:
            assert n in lay.notes
            if g.cluster_id is not None:
                assert lay.clusters[g.cluster_id].contains(rects[n])
            assert lay.bounds.contains(rects[n])


@settings(max_examples=60, deadline=None)
@given(sizes, st.integers(min_value=0, max_value=12))
def test_fishbone_bones_alternate_and_nothing_overlaps(counts, loose):
    gs = groups_of(counts, loose)
    lay = layout.fishbone(gs)
    assert_no_overlap(lay)
    assert lay.head is not None
    for r in lay.clusters.values():
        assert not r.overlaps(lay.head) and r.right <= lay.head.x
    spine = lay.head.y + lay.head.h / 2
    bones = [lay.clusters[g.cluster_id] for g in gs if g.cluster_id is not None]
    for i, r in enumerate(bones):
        assert (r.bottom <= spine) if i % 2 == 0 else (r.y >= spine)


@pytest.mark.parametrize("count, side", [(4, 2), (9, 3), (16, 4)])
def test_tidy_is_wider_than_tall_like_the_projector(count, side):
    """Equal clusters tidy into a square grid of frames: the row width whose shape comes closest to 16:9."""
    lay = layout.tidy(groups_of([6] * count))
    columns = {round(r.x) for r in lay.clusters.values()}
    rows = {round(r.y) for r in lay.clusters.values()}
    assert (len(columns), len(rows)) == (side, side)
    assert lay.bounds.w > lay.bounds.h


def test_free_spot_skips_taken_cells():
    first = layout.free_spot([])
    second = layout.free_spot([first])
    assert first == (0.0, 0.0) and second != first


def test_cluster_operations_touch_only_the_notes_named():
    a = {1: None, 2: None, 3: 7, 4: 7, 5: 8}
    made = clusters.make(a, [1, 2], 9)
    assert made == {1: 9, 2: 9, 3: 7, 4: 7, 5: 8}
    assert clusters.merge(made, 7, 8) == {1: 9, 2: 9, 3: 7, 4: 7, 5: 7}
    assert clusters.split(a, [4], 10) == {1: None, 2: None, 3: 7, 4: 10, 5: 8}
    assert clusters.dissolve(a, 7) == {1: None, 2: None, 3: None, 4: None, 5: 8}
    assert clusters.empty_clusters(clusters.dissolve(a, 7), [7, 8]) == [7]
    assert clusters.default_name(["Cluster 1", "cluster 2"]) == "Cluster 3"


def test_near_duplicates_are_flagged_both_ways_and_different_notes_are_not():
    texts = {
        1: "Not enough counselors for 400 students",
        2: "not enough counselors for 400 students!",
        3: "Families work two jobs",
        4: "Familias trabajan dos turnos",
        5: "Más tiempo de tutoría",
        6: "mas tiempo de tutoria",
    }
    flagged = near_duplicates(texts)
    assert flagged == {1: [2], 2: [1], 5: [6], 6: [5]}
    assert similarity(texts[3], texts[4]) < 0.8


def test_near_duplicates_match_the_pairwise_definition():
    import random

    rng = random.Random(4)
    base = ["late buses", "no counselor time", "FAFSA night clashes with work", "parents not told",
            "tracking in 8th grade math", "no laptops at home", "fear of debt", "teachers doubt students"]
    texts = {i: rng.choice(base) + rng.choice(["", "", " again", "!", " s", " too"]) for i in range(80)}
    flagged = near_duplicates(texts)
    for a, b in itertools.combinations(texts, 2):
        assert (b in flagged.get(a, [])) == (similarity(texts[a], texts[b]) >= 0.8), (texts[a], texts[b])


def test_votes_per_person_and_per_cluster():
    rules = votes.check_rules(votes.VoteRules(per_person=3, per_cluster=2))
    votes.check_ballot(rules, {1: 2, 2: 1})
    with pytest.raises(votes.VoteError, match="3 dots; this puts down 4"):
        votes.check_ballot(rules, {1: 2, 2: 2}, voter="Ana")
    with pytest.raises(votes.VoteError, match="At most 2 dots on one cluster"):
        votes.check_ballot(rules, {1: 3})
    with pytest.raises(votes.VoteError, match="1 to 12"):
        votes.check_rules(votes.VoteRules(per_person=13))
    with pytest.raises(votes.VoteError, match="more than 10 people"):
        votes.check_tally(rules, 21, voters=10)
    ranked = votes.results({1: "Time", 2: "Money", 3: "Adults"}, {1: 4, 2: 9, 3: 4})
    assert [r.name for r in ranked] == ["Money", "Adults", "Time"]


def test_palette_has_a_pattern_for_every_colour():
    assert len({c.pattern for c in palette.PALETTE}) == len(palette.PALETTE)
    assert palette.colour("Sky blue").key == "blue" and palette.colour("nope").key == palette.DEFAULT


@pytest.mark.parametrize("text", ["😀 más tiempo 🙏", "مدرسة بلا مستشارين", "<b>bold</b> & <i>x</i>", "a" * MAX_CHARS])
def test_odd_text_is_kept_as_typed(text):
    assert clean_note(text) == text


def test_too_long_and_empty_notes_say_why():
    with pytest.raises(NoteTextError, match="2000 characters; this one has 10000"):
        clean_note("x" * 10_000)
    with pytest.raises(NoteTextError, match="needs some text"):
        clean_note("   \n ")


def test_pasted_lines_become_one_note_each_without_bullets():
    assert split_lines("- late buses\n\n• no laptops\n3) fear of debt\n  \n") == ["late buses", "no laptops",
                                                                                "fear of debt"]
