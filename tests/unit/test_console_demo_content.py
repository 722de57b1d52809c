"""Checks on the demo convening a new facilitator sees first (`convene --demo`).

Reads resources/demo/convening.toml with tomllib only, so these tests hold the
content to its promised shape whatever the loader does with it.
"""

from __future__ import annotations

import datetime as dt
import tomllib
import unicodedata
from pathlib import Path

import pytest

DEMO_PATH = Path(__file__).resolve().parents[2] / "resources" / "demo" / "convening.toml"

ALLOWED_KINDS = {"session", "protocol", "activity", "break", "meal", "travel"}
ALLOWED_ROLES = {"teacher", "principal", "counselor", "district leader", "student", "family member"}
LEADER_ROLES = {"principal", "district leader"}
PROTOCOL_MINUTES = {
    "Consultancy on a Dilemma": 50,
    "Tuning Student Work": 60,
    "In-Our-Control Fishbone": 45,
    "Empathy Interview Debrief": 40,
    "Bright Spots": 35,
    "The Subtraction Game": 30,
    "1-2-4-All": 15,
    "Think-Pair-Share with Think Time": 10,
    "Story Circle": 40,
    "Gallery Walk": 30,
    "Aim and Driver Diagram Draft": 60,
    "Action-Period Planning": 45,
    "Role-Alike Dilemma Share": 40,
    "Liberatory Design Mindsets Check-In": 15,
    "Chalk Talk": 20,
}
CONVENING_KEYS = {"title", "organisation", "location", "resources_url", "timezone", "aim"}
DAY_KEYS = {"date", "title", "start", "end", "items"}
ITEM_REQUIRED = {"title", "kind", "minutes"}
ITEM_OPTIONAL = {"fixed_start", "warning_minutes", "facilitator", "room", "notes", "protocol"}
TEAM_KEYS = {"name", "district", "region", "level", "focus"}
PARTICIPANT_KEYS = {"name", "pronouns", "email", "team", "role"}
HUB_KEYS = PARTICIPANT_KEYS - {"team"}


@pytest.fixture(scope="module")
def demo() -> dict:
    with DEMO_PATH.open("rb") as fh:
        return tomllib.load(fh)


def _minutes(hhmm: str) -> int:
    """'08:30' -> 510 minutes after midnight; rejects anything not HH:MM."""
    hours, _, mins = hhmm.partition(":")
    assert len(hours) == 2 and len(mins) == 2, f"time {hhmm!r} is not HH:MM"
    h, m = int(hours), int(mins)
    assert 0 <= h < 24 and 0 <= m < 60, f"time {hhmm!r} is out of range"
    return h * 60 + m


def _simulate(day: dict) -> list[tuple[str, int, int]]:
    """Run the items back to back from the day's start; a fixed start waits for its time.

    Returns (title, start, end) in minutes after midnight. Fails if a fixed start
    falls before the previous items have ended.
    """
    clock = _minutes(day["start"])
    timeline = []
    for item in day["items"]:
        if "fixed_start" in item:
            fixed = _minutes(item["fixed_start"])
            assert fixed >= clock, (
                f"{day['title']}: {item['title']!r} must start at {item['fixed_start']}, "
                f"but the items before it run until {clock // 60:02d}:{clock % 60:02d}"
            )
            clock = fixed
        timeline.append((item["title"], clock, clock + item["minutes"]))
        clock += item["minutes"]
    return timeline


def _all_items(demo: dict) -> list[dict]:
    return [item for day in demo["days"] for item in day["items"]]


# ---- shape -----------------------------------------------------------------


def test_every_table_has_exactly_the_keys_the_loader_reads(demo):
    talk = {"talk_lenses", "talk_weights", "talk_sessions"}  # checked in tests/services/test_talk_demo.py
    assert set(demo) - talk == {"convening", "days", "teams", "participants", "hub", "commitments", "bright_spots",
                                "pairing", "wall"}
    assert set(demo["convening"]) == CONVENING_KEYS
    for day in demo["days"]:
        assert set(day) == DAY_KEYS, day.get("title")
        for item in day["items"]:
            keys = set(item)
            assert keys >= ITEM_REQUIRED, item
            assert keys <= ITEM_REQUIRED | ITEM_OPTIONAL, item
    for team in demo["teams"]:
        assert set(team) == TEAM_KEYS, team
    for person in demo["participants"]:
        assert set(person) == PARTICIPANT_KEYS, person
    for person in demo["hub"]:
        assert set(person) == HUB_KEYS, person


def test_convening_header_is_filled_in(demo):
    conv = demo["convening"]
    for key in CONVENING_KEYS:
        assert conv[key].strip(), f"convening.{key} is empty"
    assert conv["resources_url"].startswith("https://")
    assert ".example.org" in conv["resources_url"] or "//example.org" in conv["resources_url"]
    assert conv["timezone"] == "America/Los_Angeles"


def test_aim_is_measurable_and_names_the_students(demo):
    aim = demo["convening"]["aim"]
    assert "%" in aim, "the aim needs a target number"
    assert "2027" in aim, "the aim needs a date"
    for group in ("Black", "Latinx", "Indigenous", "low-income"):
        assert group in aim
    assert "all students" not in aim.lower()


# ---- teams and people --------------------------------------------------------


def test_twelve_teams_with_unique_names_across_districts_and_regions(demo):
    teams = demo["teams"]
    names = [t["name"] for t in teams]
    assert len(teams) == 12
    assert len(set(names)) == 12
    assert 4 <= len({t["district"] for t in teams}) <= 5
    assert 2 <= len({t["region"] for t in teams}) <= 3
    levels = {t["level"] for t in teams}
    assert "9-12" in levels and "6-12" in levels
    assert any(level.startswith("continuation") for level in levels)
    for team in teams:
        assert team["focus"].strip().endswith("."), f"{team['name']}: focus should be one full sentence"


def test_48_participants_four_per_known_team(demo):
    people = demo["participants"]
    team_names = {t["name"] for t in demo["teams"]}
    assert len(people) == 48
    unknown = [p["name"] for p in people if p["team"] not in team_names]
    assert not unknown, f"participants on a team that does not exist: {unknown}"
    for team in team_names:
        assert sum(p["team"] == team for p in people) == 4, team


def test_roles_are_allowed_and_every_team_has_a_practitioner_and_a_leader(demo):
    people = demo["participants"]
    bad = [(p["name"], p["role"]) for p in people if p["role"] not in ALLOWED_ROLES]
    assert not bad, bad
    for team in demo["teams"]:
        roles = {p["role"] for p in people if p["team"] == team["name"]}
        assert roles & {"counselor", "teacher"}, f"{team['name']} has no counselor or teacher"
        assert roles & LEADER_ROLES, f"{team['name']} has no principal or district leader"
    with_voice = {p["team"] for p in people if p["role"] in {"student", "family member"}}
    assert len(with_voice) >= 4, "several teams should bring a student or a family member"
    district_leaders = [p for p in people if p["role"] == "district leader"]
    assert 2 <= len(district_leaders) <= 8


def test_names_come_from_many_scripts_and_spellings(demo):
    names = [p["name"] for p in demo["participants"]] + [h["name"] for h in demo["hub"]]
    non_ascii = [n for n in names if not n.isascii()]
    assert len(non_ascii) >= 4

    def scripts(name: str) -> set[str]:
        return {unicodedata.name(ch).split()[0] for ch in name if ch.isalpha() and not ch.isascii()}

    found = set().union(*(scripts(n) for n in names))
    for script in ("CJK", "HANGUL", "ARABIC", "LATIN"):
        assert script in found, f"no name written with {script} letters"
    assert "Nguyễn Thị Lan" in names
    assert any("'" in n for n in names), "a name with an apostrophe (D'Andre, O'Connell)"
    assert any("-" in n.split()[-1] for n in names), "a hyphenated surname"
    assert len(set(names)) == len(names), "names are unique"


def test_pronouns_vary_and_some_are_left_blank(demo):
    pronouns = [p["pronouns"] for p in demo["participants"]]
    assert {"she/her", "he/him", "they/them"} <= set(pronouns)
    assert "" in pronouns
    assert any(p not in {"", "she/her", "he/him", "they/them"} for p in pronouns)


def test_emails_are_unique_ascii_and_on_example_domains(demo):
    emails = [p["email"] for p in demo["participants"] + demo["hub"]]
    assert len(set(e.lower() for e in emails)) == len(emails)
    for email in emails:
        assert email.isascii(), email
        local, _, domain = email.partition("@")
        assert local and domain in {"example.org", "example.edu"}, email


def test_hub_has_two_or_three_facilitators(demo):
    hub = demo["hub"]
    assert 2 <= len(hub) <= 3
    assert sum(h["role"] == "facilitator" for h in hub) >= 2


# ---- agenda --------------------------------------------------------------------


def test_two_consecutive_days(demo):
    days = demo["days"]
    assert len(days) == 2
    first, second = days[0]["date"], days[1]["date"]
    assert isinstance(first, dt.date) and not isinstance(first, dt.datetime)
    assert second - first == dt.timedelta(days=1)
    assert days[0]["title"].startswith("Day 1") and days[1]["title"].startswith("Day 2")


@pytest.mark.parametrize("index", [0, 1])
def test_each_day_fits_between_start_and_end_with_fixed_starts_holding(demo, index):
    day = demo["days"][index]
    assert _minutes(day["start"]) == _minutes("08:30")
    timeline = _simulate(day)
    title, _, last_end = timeline[-1]
    assert last_end <= _minutes(day["end"]), f"{day['title']} overruns: {title!r} ends after {day['end']}"
    assert last_end >= _minutes(day["end"]) - 30, f"{day['title']} ends far too early"


@pytest.mark.parametrize("index", [0, 1])
def test_each_day_has_breaks_a_fixed_lunch_and_a_fixed_close(demo, index):
    items = demo["days"][index]["items"]
    assert sum(i["kind"] == "break" for i in items) >= 2
    meals = [i for i in items if i["kind"] == "meal"]
    assert len(meals) == 1 and meals[0].get("fixed_start") in {"12:00", "12:15"}
    assert "fixed_start" in items[-1], "the day's close should start at a fixed time"
    fixed = [i for i in items if "fixed_start" in i]
    assert {i["title"] for i in fixed} == {meals[0]["title"], items[-1]["title"]}


def test_kinds_minutes_and_warnings_are_valid(demo):
    for item in _all_items(demo):
        assert item["kind"] in ALLOWED_KINDS, item["title"]
        assert isinstance(item["minutes"], int) and 0 < item["minutes"] <= 90, item["title"]
        warning = item.get("warning_minutes", 2)
        assert isinstance(warning, int) and 0 < warning < item["minutes"], item["title"]


def test_protocol_items_name_library_protocols_with_their_minutes(demo):
    items = _all_items(demo)
    protocols = [i for i in items if i["kind"] == "protocol"]
    assert 6 <= len(protocols) <= 10
    for item in protocols:
        name = item.get("protocol")
        assert name in PROTOCOL_MINUTES, f"{item['title']!r}: unknown protocol {name!r}"
        assert item["minutes"] <= PROTOCOL_MINUTES[name], item["title"]
    stray = [i["title"] for i in items if "protocol" in i and i["kind"] != "protocol"]
    assert not stray, f"only protocol items may name a protocol: {stray}"


def test_day_one_builds_analysis_and_day_two_builds_commitment(demo):
    day1, day2 = ({i.get("protocol") for i in d["items"]} for d in demo["days"])
    assert {"Story Circle", "Empathy Interview Debrief", "In-Our-Control Fishbone"} <= day1
    assert {"Bright Spots", "The Subtraction Game", "Aim and Driver Diagram Draft",
            "Role-Alike Dilemma Share", "Action-Period Planning"} <= day2
    assert demo["days"][1]["items"][-1]["kind"] == "session"


def test_facilitators_are_hub_members_or_teams(demo):
    allowed = {h["name"] for h in demo["hub"]} | {t["name"] for t in demo["teams"]}
    for item in _all_items(demo):
        if "facilitator" in item:
            assert item["facilitator"] in allowed, item["title"]
    hub_leads = {i.get("facilitator") for i in _all_items(demo)} & {h["name"] for h in demo["hub"]}
    assert len(hub_leads) >= 2, "both hub facilitators should take turns leading"


def test_notes_are_short_and_practical(demo):
    for item in _all_items(demo):
        notes = item.get("notes", "")
        assert len(notes) <= 280, f"{item['title']!r}: notes should be one or two sentences"
        assert notes.count(". ") <= 2, f"{item['title']!r}: notes should be one or two sentences"


# ---- commitments and bright spots ----------------------------------------------------------------------
COMMITMENT_KEYS = {"team", "change", "who", "by_when", "measure", "support", "support_from"}
BRIGHT_SPOT_KEYS = {"team", "what_worked", "for_whom", "evidence"}


def test_every_team_commits_to_something_for_next_week_and_two_bright_spots(demo):
    teams = [t["name"] for t in demo["teams"]]
    assert sorted(c["team"] for c in demo["commitments"]) == sorted(teams)
    for c in demo["commitments"]:
        assert set(c) == COMMITMENT_KEYS, c["team"]
        assert c["support_from"] in {"hub", "buddy school", "hub and buddy school"}
        assert all(c[k].strip() for k in COMMITMENT_KEYS), c["team"]
    assert len(demo["bright_spots"]) == 2
    for b in demo["bright_spots"]:
        assert set(b) == BRIGHT_SPOT_KEYS and b["team"] in teams


def test_pairing_names_real_teams_and_one_round_per_day(demo):
    pairing = demo["pairing"]
    assert set(pairing) == {"rounds", "criteria", "focus_area"}
    assert len(pairing["rounds"]) == len(demo["days"])
    assert set(pairing["focus_area"]) == {t["name"] for t in demo["teams"]}
    for c in pairing["criteria"]:
        assert set(c) == {"attribute", "mode", "weight"}
        assert c["mode"] in {"same", "different", "ignore"} and 0 <= c["weight"] <= 10
