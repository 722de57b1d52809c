"""Every fault in a shared protocol file gets its own clear message naming where it is."""

from __future__ import annotations

import pytest

from app.domain.protocols import (
    ProtocolFormatError,
    check_library,
    parse_protocol,
    protocol_from_dict,
)

SOURCE = "mini.toml"

VALID = """\
format = 1
name = "Mini Consultancy"
purpose = "Help a presenter think through a dilemma."
when_to_use = "When someone is stuck."
credit = "Written in our own words."
minutes = 15
group_size = "4-8"
roles = ["presenter", "facilitator", "participants"]
materials = ["Focusing question on chart paper"]
norms = ["Presenter listens during discussion."]
equity_moves = ["Invite quieter voices first."]

[[steps]]
title = "Presenter frames the dilemma"
minutes = 5
speakers = ["presenter"]
script = "Invite the presenter to describe the dilemma. Ask everyone else to listen."
prompt = "Listen to the dilemma."

[[steps]]
title = "Discussion"
minutes = 10
speakers = ["participants", "facilitator"]
script = "Invite the group to talk while the presenter listens. Watch who speaks."
prompt = "Talk with each other; the presenter listens."
"""


def line_no(text: str, starts_with: str, occurrence: int = 1) -> int:
    """1-based number of the n-th line starting with `starts_with`."""
    hits = [i for i, line in enumerate(text.splitlines(), 1) if line.startswith(starts_with)]
    return hits[occurrence - 1]


def fault(text: str) -> ProtocolFormatError:
    with pytest.raises(ProtocolFormatError) as info:
        parse_protocol(text, SOURCE)
    return info.value


def test_the_valid_example_parses() -> None:
    p = parse_protocol(VALID, SOURCE)
    assert p.name == "Mini Consultancy"
    assert [s.minutes for s in p.steps] == [5, 10]


def test_bad_toml_syntax_names_the_line() -> None:
    text = VALID.replace('purpose = "Help', 'purpose "Help')
    err = fault(text)
    assert err.line == 3
    assert str(err).startswith("mini.toml, line 3: not valid TOML (")


def test_unterminated_text_at_the_end_still_names_a_line() -> None:
    err = fault(VALID + 'extra = "never closed\n')
    assert err.line is not None
    assert "not valid TOML" in str(err) and "mini.toml, line" in str(err)


def test_top_level_that_is_not_a_table_is_refused() -> None:
    with pytest.raises(ProtocolFormatError) as info:
        protocol_from_dict(["not", "a", "table"], SOURCE)
    assert str(info.value) == "mini.toml: the top level must be a table of keys, not a list"


def test_empty_file_is_refused_clearly() -> None:
    err = fault("   \n# just a comment\n")
    assert str(err).startswith("mini.toml: the file is empty")


def test_step_that_is_not_a_table_is_refused() -> None:
    text = VALID.split("[[steps]]")[0].replace("minutes = 15", "minutes = 15\nsteps = [5, 10]")
    err = fault(text)
    assert err.field == "steps[1]"
    assert "each step must be a table" in str(err)


def test_missing_required_field_is_named() -> None:
    err = fault(VALID.replace('when_to_use = "When someone is stuck."\n', ""))
    assert err.field == "when_to_use"
    assert str(err) == "mini.toml, field when_to_use: is missing; every protocol needs a when_to_use"


def test_missing_step_field_names_the_step() -> None:
    err = fault(VALID.replace('prompt = "Talk with each other; the presenter listens."\n', ""))
    assert err.field == "steps[2].prompt"
    assert "is missing" in str(err)


def test_wrong_type_names_field_line_and_value() -> None:
    err = fault(VALID.replace("minutes = 15", 'minutes = "ten"'))
    assert err.field == "minutes"
    assert err.line == line_no(VALID, "minutes = 15")
    assert str(err) == (
        f'mini.toml, line {err.line}, field minutes: '
        'must be a whole number of minutes at least 1, not text ("ten")'
    )


def test_wrong_type_for_a_list_is_named() -> None:
    err = fault(VALID.replace('roles = ["presenter", "facilitator", "participants"]', 'roles = "presenter"'))
    assert err.field == "roles"
    assert "must be a list of text" in str(err)


def test_fractional_minutes_are_refused() -> None:
    err = fault(VALID.replace("minutes = 5\n", "minutes = 4.5\n"))
    assert err.field == "steps[1].minutes"
    assert "whole number" in str(err) and "4.5" in str(err)


def test_empty_text_is_refused() -> None:
    err = fault(VALID.replace('purpose = "Help a presenter think through a dilemma."', 'purpose = "   "'))
    assert err.field == "purpose"
    assert str(err).endswith("field purpose: must not be empty")


def test_empty_text_inside_a_list_names_the_item() -> None:
    err = fault(VALID.replace('norms = ["Presenter listens during discussion."]', 'norms = ["Be kind.", ""]'))
    assert err.field == "norms[2]"


def test_zero_minutes_names_the_step_and_its_line() -> None:
    text = VALID.replace("minutes = 10\n", "minutes = 0\n").replace("minutes = 15", "minutes = 5")
    err = fault(text)
    assert err.field == "steps[2].minutes"
    assert err.line == line_no(text, "minutes = 0")
    assert str(err) == (
        f"mini.toml, line {err.line}, field steps[2].minutes: "
        "must be a whole number of minutes at least 1, not 0"
    )


def test_negative_total_minutes_is_refused() -> None:
    err = fault(VALID.replace("minutes = 15", "minutes = -15"))
    assert err.field == "minutes"
    assert "at least 1" in str(err)


def test_no_steps_is_refused() -> None:
    err = fault(VALID.split("[[steps]]")[0])
    assert str(err) == "mini.toml: there are no steps; add at least one [[steps]] table"


def test_empty_steps_list_is_refused() -> None:
    err = fault(VALID.split("[[steps]]")[0].replace("minutes = 15", "minutes = 15\nsteps = []"))
    assert err.field == "steps"
    assert "no steps" in str(err)


def test_steps_not_adding_up_to_minutes() -> None:
    text = VALID.replace("minutes = 15", "minutes = 20")
    err = fault(text)
    assert err.field == "minutes" and err.line == line_no(text, "minutes = 20")
    assert str(err) == f"mini.toml, line {err.line}, field minutes: minutes is 20 but the steps add up to 15 (5 + 10)"


def test_speaker_not_among_roles_is_named() -> None:
    text = VALID.replace('speakers = ["presenter"]', 'speakers = ["presentor"]')
    err = fault(text)
    assert err.field == "steps[1].speakers"
    assert err.line == line_no(text, 'speakers = ["presentor"]')
    assert '"presentor" is not one of the roles (presenter, facilitator, participants)' in str(err)


def test_unknown_top_level_key_is_refused_with_a_suggestion() -> None:
    text = VALID.replace("purpose =", "purpse =")
    err = fault(text)
    assert err.field == "purpse"
    assert err.line == 3
    assert 'unknown key "purpse" (did you mean "purpose"?)' in str(err)


def test_unknown_step_key_is_refused() -> None:
    text = VALID.replace('prompt = "Talk with', 'promt = "Talk with')
    err = fault(text)
    assert err.field == "steps[2].promt"
    assert err.line == line_no(text, "promt")
    assert 'did you mean "prompt"' in str(err)


def test_newer_format_is_refused_before_anything_else() -> None:
    text = VALID.replace("format = 1", "format = 2").replace("purpose =", "future_key =")
    err = fault(text)
    assert err.field == "format"
    assert err.line == 1
    assert "uses format 2" in str(err) and "reads format 1" in str(err)


def test_format_must_be_a_whole_number() -> None:
    err = fault(VALID.replace("format = 1", 'format = "1"'))
    assert err.field == "format"


def test_format_may_be_left_out() -> None:
    assert parse_protocol(VALID.replace("format = 1\n", ""), SOURCE).name == "Mini Consultancy"


def test_name_longer_than_120_characters_is_refused() -> None:
    err = fault(VALID.replace('name = "Mini Consultancy"', f'name = "{"x" * 121}"'))
    assert err.field == "name"
    assert "121 characters" in str(err)


def test_prompt_too_long_for_the_projector_is_refused() -> None:
    err = fault(VALID.replace('prompt = "Listen to the dilemma."', f'prompt = "{"word " * 70}"'))
    assert err.field == "steps[1].prompt"
    assert "at most 300" in str(err)


def test_role_listed_twice_is_refused() -> None:
    err = fault(VALID.replace('"participants"]', '"participants", "presenter"]', 1))
    assert err.field == "roles[4]"
    assert '"presenter" is listed twice' in str(err)


def test_duplicate_names_in_a_library_name_both_files() -> None:
    p = parse_protocol(VALID, SOURCE)
    with pytest.raises(ProtocolFormatError) as info:
        check_library([("a.toml", p), ("other.toml", parse_protocol(VALID, "other.toml")), ("b.toml", p)])
    assert "a.toml" in str(info.value) and "other.toml" in str(info.value)
    assert str(info.value).startswith("other.toml, field name:")


def test_names_that_would_share_a_file_name_clash() -> None:
    p = parse_protocol(VALID, SOURCE)
    q = parse_protocol(VALID.replace("Mini Consultancy", "Mini-Consultancy!"), "q.toml")
    with pytest.raises(ProtocolFormatError, match="mini-consultancy.toml"):
        check_library([("a.toml", p), ("q.toml", q)])


def test_different_names_make_a_valid_library() -> None:
    p = parse_protocol(VALID, SOURCE)
    q = parse_protocol(VALID.replace("Mini Consultancy", "Another One"), "q.toml")
    check_library([("a.toml", p), ("q.toml", q)])  # no error


def test_text_is_stripped_and_windows_line_endings_normalised() -> None:
    text = VALID.replace('name = "Mini Consultancy"', 'name = "  Mini Consultancy \\n"')
    text = text.replace(
        'script = "Invite the group to talk while the presenter listens. Watch who speaks."',
        'script = """\nFirst paragraph.\n\nSecond paragraph.\n"""',
    )
    p = parse_protocol(text.replace("\n", "\r\n"), SOURCE)  # as saved by a Windows editor
    assert p.name == "Mini Consultancy"
    assert p.steps[1].script == "First paragraph.\n\nSecond paragraph."
    assert p.steps[1].prompt == "Talk with each other; the presenter listens."


def test_error_keeps_its_parts_for_the_ui() -> None:
    err = fault(VALID.replace("minutes = 15", 'minutes = "ten"'))
    assert (err.source, err.field) == (SOURCE, "minutes")
    assert err.problem.startswith("must be a whole number")
    assert isinstance(err, ValueError)
