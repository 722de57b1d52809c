"""The protocol files we ship: each one a facilitator could run as written."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from app.domain.protocols import (
    PROMPT_MAX_CHARS,
    Protocol,
    check_library,
    parse_protocol,
    protocol_slug,
)

LIBRARY = Path(__file__).resolve().parents[2] / "resources" / "protocols"
FILES = sorted(LIBRARY.glob("*.toml"))

# The demo agenda refers to these by name and planned length.
REQUIRED = {
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


def load(path: Path) -> Protocol:
    return parse_protocol(path.read_text(encoding="utf-8"), path.name)


def all_texts(p: Protocol) -> list[str]:
    texts = [p.name, p.purpose, p.when_to_use, p.credit, p.group_size]
    texts += [*p.roles, *p.materials, *p.norms, *p.equity_moves]
    for s in p.steps:
        texts += [s.title, s.script, s.prompt, *s.speakers]
    return texts


def test_library_has_enough_protocols() -> None:
    assert len(FILES) >= 14


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_shipped_file_is_complete_and_consistent(path: Path) -> None:
    p = load(path)
    assert p.minutes == sum(s.minutes for s in p.steps)
    assert all(t.strip() for t in all_texts(p))
    assert p.materials and p.norms and p.equity_moves
    assert 4 <= len(p.steps) <= 8
    for step in p.steps:
        assert set(step.speakers) <= set(p.roles), step.title
        assert len(step.prompt) <= PROMPT_MAX_CHARS, step.title


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_file_is_named_for_its_protocol(path: Path) -> None:
    assert path.stem == protocol_slug(load(path).name)


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_scripts_give_the_facilitator_real_guidance(path: Path) -> None:
    """A script is several sentences; a one-liner leaves a facilitator guessing."""
    for step in load(path).steps:
        sentences = re.findall(r"[.?!]['’”)]*(?:\s|$)", step.script)
        assert len(sentences) >= 2, step.title
        assert len(step.script) > len(step.prompt), step.title


def test_names_are_unique_across_the_library() -> None:
    protocols = [(path.name, load(path)) for path in FILES]
    check_library(protocols)
    names = [p.name.casefold() for _, p in protocols]
    assert len(names) == len(set(names))


def test_agenda_protocols_are_present_with_their_planned_minutes() -> None:
    shipped = {p.name: p.minutes for p in map(load, FILES)}
    for name, minutes in REQUIRED.items():
        assert shipped.get(name) == minutes, name


def test_files_declare_the_format_version() -> None:
    for path in FILES:
        assert path.read_text(encoding="utf-8").startswith("format = 1\n"), path.name
