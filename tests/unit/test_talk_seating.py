"""The seating map's rules (app/domain/talk/seating.py): blocks by table, team or A to Z; the layout
that keeps everyone on one page (and names whole when that still fits); paging; the current round."""

from __future__ import annotations

import pytest

from app.domain.talk.seating import (
    BY_NAME,
    BY_TABLE,
    BY_TEAM,
    EVERYONE,
    NO_TABLE,
    NO_TEAM,
    Block,
    arrange,
    fit,
    live_round,
)

PEOPLE = [(1, "zoë"), (2, "Ana"), (3, "Ben"), (4, "Álvaro"), (5, "carla")]


def test_by_table_in_table_order_names_a_to_z_and_nobody_dropped():
    blocks = arrange(PEOPLE, BY_TABLE, tables={1: 10, 2: 2, 3: 2, 5: 10})
    assert [(b.label, b.people) for b in blocks] == [("Table 2", (2, 3)), ("Table 10", (5, 1)), (NO_TABLE, (4,))]


def test_by_team_by_name_and_the_fallback_to_a_to_z():
    blocks = arrange(PEOPLE, BY_TEAM, teams={1: "North", 2: "east", 3: "North"})
    assert [(b.label, b.people) for b in blocks] == [("east", (2,)), ("North", (3, 1)), (NO_TEAM, (5, 4))]
    assert arrange(PEOPLE, BY_NAME) == (Block(EVERYONE, (2, 3, 5, 1, 4)),)
    assert arrange(PEOPLE, BY_TABLE, tables={}) == arrange(PEOPLE, BY_NAME), "no round today: A to Z"
    with pytest.raises(ValueError):
        arrange(PEOPLE, "lens")


def blocks_of(n: int, size: int) -> list[Block]:
    return [Block(f"Table {t + 1}", tuple(range(t * size, (t + 1) * size))) for t in range(n)]


def test_everyone_on_one_page_with_the_tallest_line_that_fits_and_tables_whole():
    lay = fit(blocks_of(4, 6), 600, 400, min_line=18, max_line=40, min_column=120)
    assert lay.pages == 1 and len(lay.cells) == 24
    assert lay.line == 40, "4 columns of 7 lines fit at the largest size"
    for t in range(4):
        assert len({lay.cells[p][1].x for p in range(t * 6, (t + 1) * 6)}) == 1, "a table stays in one column"
    rects = [r for _p, r in lay.cells.values()]
    assert all(r.x + r.w <= 600 and r.y + r.h <= 400 for r in rects)


def test_too_many_for_the_area_pages_and_page_of_finds_anyone():
    lay = fit(blocks_of(15, 10), 300, 200, min_line=20, max_line=36, min_column=100)
    assert lay.pages > 1 and lay.line == 20
    assert sorted(lay.cells) == list(range(150))
    last = 149
    page = lay.page_of(last)
    assert page == lay.pages - 1
    rect = lay.cells[last][1]
    assert lay.at(page, rect.x + 1, rect.y + 1) == last
    assert lay.page_of(None) is None and lay.page_of(999) is None


def test_names_whole_when_that_still_keeps_everyone_on_one_page():
    one = [Block(EVERYONE, tuple(range(48)))]

    def wide(line: int) -> int:   # names need ten times the line height
        return line * 10

    plain = fit(one, 450, 530, min_line=18, max_line=36, min_column=100)
    whole = fit(one, 450, 530, min_line=18, max_line=36, min_column=100, column_for=wide)
    assert plain.columns == 4 and plain.line > whole.line, "without widths: more, narrower columns, larger text"
    assert whole.pages == 1 and (450 - 6 * (whole.columns - 1)) // whole.columns >= wide(whole.line)
    many = [Block(EVERYONE, tuple(range(90)))]   # 3 columns at the smallest line; whole names would take 2
    crowded = fit(many, 450, 530, min_line=18, max_line=36, min_column=100, column_for=wide)
    assert crowded.pages == 1 and crowded.columns >= 3, "one page with names cut short beats paging"


def test_the_current_round_is_the_live_days_latest_else_an_earlier_days():
    rounds = [(1, 1), (2, None), (3, 1), (4, 3)]
    assert live_round(rounds, 1) == 3
    assert live_round(rounds, 2) == 2, "a round tied to no day counts for every day"
    assert live_round([(1, 1), (4, 3)], 2) == 1, "the day before's, never a later day's"
    assert live_round([(4, 3)], 2) is None
    assert live_round(rounds, None) == 4 and live_round([], 1) is None
