"""Export then import gives back exactly the same protocol."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.protocols import (
    NAME_MAX_CHARS,
    PROMPT_MAX_CHARS,
    Protocol,
    ProtocolFormatError,
    ProtocolStep,
    parse_protocol,
    protocol_to_toml,
)

LIBRARY = Path(__file__).resolve().parents[2] / "resources" / "protocols"

# Pieces that tend to break hand-rolled TOML writers.
AWKWARD = [
    '"', '"""', "'''", "\\", "\\n", "\n", "\n\n", "\t", "\r\n", "\r", "# not a comment",
    "[[steps]]", "key = value", "🙂", "👩🏽‍🏫", "é", "ß", "中文", "\x00", "\x7f", "\u2028",
]  # fmt: skip


def _tidy(s: str) -> str:
    """What a valid protocol's text looks like: newline line endings, no outer spaces."""
    return s.replace("\r\n", "\n").replace("\r", "\n").strip()


def texts(max_size: int = 400) -> st.SearchStrategy[str]:
    piece = st.one_of(st.text(min_size=1, max_size=20), st.sampled_from(AWKWARD))
    return (
        st.lists(piece, min_size=1, max_size=8)
        .map("".join)
        .map(_tidy)
        .filter(lambda s: 0 < len(s) <= max_size)
    )


@st.composite
def protocols(draw: st.DrawFn) -> Protocol:
    roles = tuple(draw(st.lists(texts(40), min_size=1, max_size=4, unique=True)))
    steps = tuple(
        ProtocolStep(
            title=draw(texts(80)),
            minutes=draw(st.integers(1, 120)),
            speakers=tuple(draw(st.lists(st.sampled_from(roles), unique=True))),
            script=draw(texts()),
            prompt=draw(texts(PROMPT_MAX_CHARS)),
        )
        for _ in range(draw(st.integers(1, 6)))
    )
    return Protocol(
        name=draw(texts(NAME_MAX_CHARS)),
        purpose=draw(texts()),
        when_to_use=draw(texts()),
        credit=draw(texts()),
        minutes=sum(s.minutes for s in steps),
        group_size=draw(texts(20)),
        roles=roles,
        materials=tuple(draw(st.lists(texts(60), max_size=3))),
        norms=tuple(draw(st.lists(texts(60), max_size=3))),
        equity_moves=tuple(draw(st.lists(texts(60), max_size=3))),
        steps=steps,
    )


@settings(max_examples=300)
@given(protocols())
def test_any_valid_protocol_survives_export_and_import(p: Protocol) -> None:
    assert parse_protocol(protocol_to_toml(p), "shared.toml") == p


@pytest.mark.parametrize("path", sorted(LIBRARY.glob("*.toml")), ids=lambda p: p.name)
def test_shipped_protocol_survives_export_and_import(path: Path) -> None:
    p = parse_protocol(path.read_text(encoding="utf-8"), path.name)
    exported = protocol_to_toml(p)
    assert parse_protocol(exported, "copy.toml") == p
    assert exported.startswith("format = 1\n")


def test_export_keeps_paragraphs_readable_in_the_file() -> None:
    p = parse_protocol((LIBRARY / "chalk-talk.toml").read_text(encoding="utf-8"), "chalk-talk.toml")
    exported = protocol_to_toml(p)
    assert "[[steps]]" in exported
    assert "\\n" not in exported  # paragraph breaks stay real line breaks


def test_export_refuses_a_protocol_nobody_could_read() -> None:
    step = ProtocolStep("Talk", 10, (), "Invite talk. Keep time.", "Talk together.")
    broken = Protocol("Broken", "p", "w", "c", 15, "any", ("facilitator",), (), (), (), (step,))
    with pytest.raises(ProtocolFormatError, match="minutes is 15 but the steps add up to 10"):
        protocol_to_toml(broken)
