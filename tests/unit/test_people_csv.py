"""Reading messy roster CSVs from Excel and Google Sheets into an import plan."""

from __future__ import annotations

import codecs
import csv
import io
import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.people.fields import normalise_role
from app.domain.people.table import (
    PARTICIPANT_FIELDS,
    ROLES,
    TEAM_FIELDS,
    RosterError,
    RowProblem,
    decode_csv,
    dedupe_key,
    guess_mapping,
    plan_import,
)
from app.domain.people.teams import UNASSIGNED, NewTeam, rows_text, team_key
from tests.conftest import TESTS

PEOPLE_HEADER = "Name,Pronouns,Email,Team,Role"


@pytest.fixture
def rosters():
    return TESTS / "fixtures" / "rosters"


def names(plan) -> list[str]:
    return [r.values["name"] for r in plan.to_add]


def messages(plan) -> list[str]:
    return [p.message for p in plan.skipped]


# --- the public shape -------------------------------------------------------


def test_field_tuples_are_ordered_with_required_name_first():
    assert PARTICIPANT_FIELDS == ("name", "pronouns", "email", "team", "role")
    assert TEAM_FIELDS == ("name", "district", "region", "level", "focus")


def test_plan_rows_hold_every_field_of_their_kind():
    plan = plan_import(b"Name,Email\nAna,ana@school.org\n", "participants")
    assert dict(plan.to_add[0].values) == {
        "name": "Ana", "pronouns": "", "email": "ana@school.org", "team": "", "role": "",
    }
    assert plan.summary() == "1 person to add"


# --- encodings ----------------------------------------------------------------


def test_utf8_bom_is_not_part_of_the_first_heading():
    data = codecs.BOM_UTF8 + "Name,Email\nJosé Núñez,jose@school.org\n".encode()
    decoded = decode_csv(data)
    assert decoded.headers == ("Name", "Email")
    assert decoded.encoding == "utf-8-sig"
    assert names(plan_import(data, "participants")) == ["José Núñez"]


def test_utf8_without_bom():
    decoded = decode_csv("Name\nZoë Ødegård\n".encode())
    assert decoded.encoding == "utf-8"
    assert decoded.rows == ((2, ("Zoë Ødegård",)),)


def test_windows_1252_accents_and_curly_quotes_from_older_excel():
    text = "Name,Role\r\nJosé Álvarez,Teacher\r\nZoë “Zo” Brontë,Counsellor\r\nFrançois O’Neil,Principal\r\n"
    plan = plan_import(text.encode("cp1252"), "participants")
    assert plan.encoding == "cp1252"
    assert names(plan) == ["José Álvarez", "Zoë “Zo” Brontë", "François O’Neil"]
    assert [r.values["role"] for r in plan.to_add] == ["teacher", "counselor", "principal"]


def test_utf16_with_bom_tab_separated_as_excel_unicode_text_saves_it():
    text = "Name\tEmail\tSchool\r\nNguyễn Thị Minh Khai\tkhai@school.org\tHoover High\r\n李小龙\t\tHoover High\r\n"
    data = text.encode("utf-16")  # BOM + little-endian, as Excel writes it
    assert data[:2] == codecs.BOM_UTF16_LE
    plan = plan_import(data, "participants")
    assert (plan.encoding, plan.delimiter) == ("utf-16", "\t")
    assert names(plan) == ["Nguyễn Thị Minh Khai", "李小龙"]
    assert plan.to_add[0].values["team"] == "Hoover High"


def test_utf16_big_endian_with_bom():
    data = codecs.BOM_UTF16_BE + "Name\nNgũgĩ wa Thiong'o\n".encode("utf-16-be")
    assert names(plan_import(data, "participants")) == ["Ngũgĩ wa Thiong'o"]


def test_non_latin_and_punctuated_names_keep_their_exact_characters():
    people = ["Nguyễn Thị Minh Khai", "李小龙", "Ngũgĩ", "O'Connor-Díaz", "محمد", "Ана-Мария Иванова"]
    data = ("Name\n" + "\n".join(people) + "\n").encode()
    assert names(plan_import(data, "participants")) == people


def test_markup_in_a_name_stays_literal_text():
    plan = plan_import(b"Name\n<b>Ana</b>\n&amp; Co <script>x</script>\n", "participants")
    assert names(plan) == ["<b>Ana</b>", "&amp; Co <script>x</script>"]


# The bidirectional controls (and other invisible format characters) the capture page strips too.
BIDI_CONTROLS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"


def test_bidi_controls_are_taken_out_of_roster_names_as_the_capture_page_does():
    # "Ana \u202eziuR" shows as "Ana Ruiz" and sorts, searches and prints as something else.
    data = ("Name,Team,Race/ethnicity\n"
            "Ana \u202eziuR\u202c,\u2067Roosevelt High\u2069,\u200fLatina\n"
            "Ben\ufeff Cho\u00ad,Lincoln High,Asian\n").encode()
    plan = plan_import(data, "participants", known_lenses=["Race/ethnicity"])
    assert names(plan) == ["Ana ziuR", "Ben Cho"]
    assert [r.values["team"] for r in plan.to_add] == ["Roosevelt High", "Lincoln High"]
    assert plan.to_add[0].lenses["Race/ethnicity"] == ("Latina",)
    every = plan_import(("Name\nA" + BIDI_CONTROLS + "B\n").encode(), "participants")
    assert names(every) == ["AB"]


def test_one_rule_for_roster_names_and_the_capture_page():
    from app.domain.capture.rules import read_form

    joiners = "\u0915\u094d\u200d\u0937 \u0646\u200c\u0627"  # the joiners some scripts need stay
    for raw in ("Ana" + BIDI_CONTROLS + "Ruiz", "Tab\x07le\x1b[31m 4", joiners, "Zoë\ufeff\u2060\u00ad"):
        from_roster = names(plan_import(("Name\n" + raw + "\n").encode(), "participants"))
        assert from_roster == [read_form({"note": "x", "name": raw}, False).author], repr(raw)


def test_two_name_columns_say_which_one_is_imported():
    plan = plan_import(b"Name,Email,Name\nAna,ana@school.org,Ana Ruiz\n", "participants")
    assert names(plan) == ["Ana"]
    assert plan.column_notes == ("Two columns are headed “Name”: column A is imported, column C is not.",)
    assert plan.ignored_columns == ("Name (column C; column A is imported)",)
    chosen = plan_import(b"Name,Email,Name\nAna,ana@school.org,Ana Ruiz\n", "participants",
                         mapping={"name": 2, "email": 1})
    assert names(chosen) == ["Ana Ruiz"]
    assert chosen.column_notes == ("Two columns are headed “Name”: column C is imported, column A is not.",)
    three = plan_import(b"School,Name,name,NAME\nRoosevelt,a,b,c\n", "teams")
    assert three.column_notes == ("3 columns are headed “Name”: column B is imported, columns C and D are not.",)


# --- separators, line endings, quoting -----------------------------------------


@pytest.mark.parametrize("newline", ["\r\n", "\n", "\r"])
def test_crlf_lf_and_cr_line_endings_read_the_same(newline):
    text = newline.join(["Name,Email", "Ana Pérez,ana@school.org", "Bo Chen,bo@school.org", ""])
    plan = plan_import(text.encode(), "participants")
    assert [(r.row, r.values["name"], r.values["email"]) for r in plan.to_add] == [
        (2, "Ana Pérez", "ana@school.org"),
        (3, "Bo Chen", "bo@school.org"),
    ]


def test_semicolon_separated_european_excel_keeps_commas_in_cells():
    data = "Name;E-mail;School\r\nPérez, Ana;ana@school.org;Lycée Curie\r\n".encode("cp1252")
    plan = plan_import(data, "participants")
    assert plan.delimiter == ";"
    assert dict(plan.to_add[0].values) == {
        "name": "Pérez, Ana", "pronouns": "", "email": "ana@school.org", "team": "Lycée Curie", "role": "",
    }
    assert plan.ignored_columns == ()


def test_tab_separated():
    plan = plan_import(b"Name\tRole\nAna, the coach\tInstructional Coach\n", "participants")
    assert plan.delimiter == "\t"
    assert [(r.values["name"], r.values["role"]) for r in plan.to_add] == [("Ana, the coach", "coach")]


@pytest.mark.parametrize("sep", [";", "\t", ","])
def test_excel_sep_line_sets_the_delimiter_and_is_not_a_row(sep):
    data = f"sep={sep}\r\nName{sep}Email\r\nAna{sep}ana@school.org\r\n".encode()
    plan = plan_import(data, "participants")
    assert plan.delimiter == sep
    assert [(r.row, r.values["email"]) for r in plan.to_add] == [(2, "ana@school.org")]


def test_quoted_commas_quotes_and_line_breaks_keep_spreadsheet_row_numbers():
    text = (
        'Name,District,Focus\r\n'                                       # row 1, line 1
        '"Lincoln High, East","Unified ""North"" District","FAFSA\r\n'  # row 2, lines 2-4
        'completion\r\nfor seniors"\r\n'
        ',North,no name here\r\n'                                       # row 3, line 5
        'Roosevelt Middle,South,"Math, identity"\r\n'                   # row 4, line 6
    )
    decoded = decode_csv(text.encode())
    assert [row for row, _ in decoded.rows] == [2, 3, 4]
    assert decoded.lines == (2, 5, 6)
    plan = plan_import(text.encode(), "teams")
    assert [r.row for r in plan.to_add] == [2, 4]
    first = plan.to_add[0].values
    assert first["name"] == "Lincoln High, East"
    assert first["district"] == 'Unified "North" District'
    assert first["focus"] == "FAFSA\r\ncompletion\r\nfor seniors"
    assert messages(plan) == ["row 3: name is empty"]


def test_an_unclosed_quote_is_reported_instead_of_swallowing_the_file():
    data = b'Name,Email\nAna,ana@school.org\n"Bo Chen,bo@school.org\nCy,cy@school.org\n'
    with pytest.raises(RosterError) as err:
        plan_import(data, "participants")
    assert "Row 3" in str(err.value)
    assert "never closed" in str(err.value)


def test_surrounding_whitespace_trailing_empty_columns_and_ignored_columns():
    data = b"  Name ,Email , Notes,,,\n  Ana Perez  , ana@school.org ,vegetarian,,,\n"
    plan = plan_import(data, "participants")
    assert plan.headers == ("Name", "Email", "Notes")
    assert plan.ignored_columns == ("Notes",)
    assert (plan.to_add[0].values["name"], plan.to_add[0].values["email"]) == ("Ana Perez", "ana@school.org")


def test_a_column_without_a_heading_is_reported_by_its_letter():
    plan = plan_import(b"Name,,Email\nAna,x,ana@school.org\n", "participants")
    assert plan.ignored_columns == ("column B (no heading)",)


def test_blank_rows_are_skipped_but_counted_and_keep_row_numbers_right():
    data = b"Name,Email\n\nAna,ana@school.org\n,,\n  ,  \nBo,\n\n"
    plan = plan_import(data, "participants")
    assert plan.blank_rows == 4
    assert [(r.row, r.values["name"]) for r in plan.to_add] == [(3, "Ana"), (6, "Bo")]
    assert plan.skipped == ()
    assert plan.summary() == "2 people to add, 4 blank rows left out"


# --- whole-file problems ----------------------------------------------------------


@pytest.mark.parametrize("data", [b"", b"\r\n\r\n", codecs.BOM_UTF8, codecs.BOM_UTF16_LE, b"   \n\t\n"])
def test_an_empty_file_says_so(data):
    with pytest.raises(RosterError, match="The file is empty"):
        decode_csv(data)


def test_a_file_of_only_blank_rows_says_so():
    with pytest.raises(RosterError, match="only blank rows"):
        decode_csv(b",,,\n,,\n")


def _xlsx_like() -> bytes:
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("xl/workbook.xml", "<workbook/>")
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("data", "looks_like"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00", "PNG image"),
        (_xlsx_like(), "Excel .xlsx workbook"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(200), "older Excel"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "PDF"),
        (random.Random(7).randbytes(4000), "binary"),
        (random.Random(8).randbytes(4000).replace(b"\x00", b"x"), "binary"),
    ],
)
def test_binary_files_are_not_csv_and_the_message_says_how_to_save_one(data, looks_like):
    with pytest.raises(RosterError) as err:
        plan_import(data, "participants")
    message = str(err.value)
    assert message.startswith("This is not a CSV text file")
    assert looks_like in message
    assert "CSV UTF-8" in message


def test_missing_required_column_names_it_and_lists_the_headings_found():
    with pytest.raises(RosterError) as err:
        plan_import(b"Nickname,Email,School\nAna,ana@school.org,Hoover\n", "participants")
    assert str(err.value) == (
        'The required column "name" is missing. The headings found in row 1 are: '
        '"Nickname", "Email", "School". Rename the column that holds the names to "Name", '
        "or choose it yourself in the column list."
    )


def test_a_file_without_a_heading_row_says_so():
    with pytest.raises(RosterError) as err:
        plan_import(b"Ana Perez,ana@school.org,Hoover High\nBo Chen,bo@school.org,Hoover High\n", "participants")
    message = str(err.value)
    assert message.startswith("The file has no header row")
    assert '"Ana Perez", "ana@school.org", "Hoover High"' in message


def test_an_unknown_kind_is_a_programming_error():
    with pytest.raises(ValueError, match="unknown roster kind"):
        plan_import(b"Name\nAna\n", "people")


# --- headings ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        (["Full name", "E-mail", "School", "Position", "Pronoun(s)"],
         {"name": 0, "email": 1, "team": 2, "role": 3, "pronouns": 4}),
        (["PARTICIPANT", "Email address", "Team name", "Title"], {"name": 0, "email": 1, "team": 2, "role": 3}),
        (["participant_name", "email_address", "team", "ROLE "], {"name": 0, "email": 1, "team": 2, "role": 3}),
        (["Name (first and last)", "Correo electrónico"], {"name": 0, "email": 1}),
        (["First name", "Last name", "Email"], {"first_name": 0, "last_name": 1, "email": 2}),
        (["Name", "Team", "School"], {"name": 0, "team": 1}),  # one column per field, best name wins
        (["Favourite colour"], {}),
    ],
)
def test_participant_heading_synonyms(headers, expected):
    assert guess_mapping(headers, "participants") == expected


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        (["School", "District", "Area", "Grade levels", "Focus / aim"],
         {"name": 0, "district": 1, "region": 2, "level": 3, "focus": 4}),
        (["School name", "Region", "Level", "Aim"], {"name": 0, "region": 1, "level": 2, "focus": 3}),
        (["Team", "Focus"], {"name": 0, "focus": 1}),
    ],
)
def test_team_heading_synonyms(headers, expected):
    assert guess_mapping(headers, "teams") == expected


def test_first_and_last_name_columns_are_joined_into_the_name():
    plan = plan_import(b"First name,Last name,Email\nAna,P\xc3\xa9rez,ana@school.org\n,Chen,\n", "participants")
    assert names(plan) == ["Ana Pérez", "Chen"]


def test_user_chosen_mapping_replaces_the_guess():
    data = b"Col A,Col B,Col C\nana@school.org,Ana Perez,Hoover High\n"
    plan = plan_import(data, "participants", mapping={"name": 1, "email": 0})
    assert dict(plan.mapping) == {"name": 1, "email": 0}
    assert plan.ignored_columns == ("Col C",)
    assert (plan.to_add[0].values["name"], plan.to_add[0].values["email"], plan.to_add[0].values["team"]) == (
        "Ana Perez", "ana@school.org", "",
    )


def test_user_chosen_mapping_overrides_a_wrong_guess():
    data = b"Name,School,Nickname\nAna Perez,Hoover High,Ani\n"
    plan = plan_import(data, "participants", mapping={"name": 2, "team": 1})
    assert names(plan) == ["Ani"]
    assert plan.ignored_columns == ("Name",)


@pytest.mark.parametrize(
    ("mapping", "complaint"),
    [
        ({"email": 0}, "Choose which column holds the name"),
        ({"name": 5}, "does not exist: the file has 2 columns"),
        ({"name": 0, "shoe size": 1}, '"shoe size" is not a field of participants'),
    ],
)
def test_a_bad_user_mapping_is_explained(mapping, complaint):
    with pytest.raises(RosterError, match=complaint):
        plan_import(b"Name,Email\nAna,ana@school.org\n", "participants", mapping=mapping)


# --- row rules -----------------------------------------------------------------------------


def test_rows_with_an_empty_name_are_skipped_with_their_row_number():
    plan = plan_import(b"Name,Email\nAna,\n,someone@school.org\nBo,\n", "participants")
    assert names(plan) == ["Ana", "Bo"]
    assert plan.skipped == (RowProblem(3, "row 3: name is empty"),)


def test_duplicates_within_the_file_are_skipped_naming_the_first_row():
    data = (
        "Name,Email\n"
        "Ana María Pérez,\n"          # row 2
        "Bo Chen,bo@school.org\n"     # row 3
        "ana maría  PÉREZ,\n"         # row 4: same person, other case and spacing
        "Ana Maria Perez,\n"          # row 5: no accents: a different name, kept
        "Bo Chen,BO@school.org\n"     # row 6: same name and email
        "Bo Chen,bo.chen@other.org\n"  # row 7: same name, another email: kept
    ).encode()
    plan = plan_import(data, "participants")
    assert names(plan) == ["Ana María Pérez", "Bo Chen", "Ana Maria Perez", "Bo Chen"]
    assert messages(plan) == [
        "row 4: duplicate of row 2 (ana maría  PÉREZ)",
        "row 6: duplicate of row 3 (Bo Chen)",
    ]


def test_records_already_in_the_convening_are_skipped():
    existing = {
        dedupe_key("participants", {"name": "Ana María Pérez", "email": ""}),
        dedupe_key("participants", {"name": "Bo Chen", "email": "bo@school.org"}),
    }
    data = "Name,Email\nAna María Pérez,\nBo Chen,Bo@School.org\nCy Diaz,\n".encode()
    plan = plan_import(data, "participants", existing_keys=existing)
    assert names(plan) == ["Cy Diaz"]
    assert messages(plan) == [
        "row 2: already in this convening: Ana María Pérez",
        "row 3: already in this convening: Bo Chen",
    ]


def test_teams_already_stored_are_skipped_by_name():
    existing = {dedupe_key("teams", {"name": "Hoover High"})}
    plan = plan_import(b"School,District\nHOOVER  high,Fresno\nKennedy High,Fresno\n", "teams", existing_keys=existing)
    assert names(plan) == ["Kennedy High"]
    assert messages(plan) == ["row 2: already in this convening: HOOVER  high"]


def test_dedupe_key_folds_case_and_spaces_but_keeps_accents():
    assert dedupe_key("participants", {"name": "  Ana   MARÍA ", "email": ""}) == "ana maría"
    assert dedupe_key("participants", {"name": "José"}) != dedupe_key("participants", {"name": "Jose"})
    assert dedupe_key("participants", {"name": "Ana", "email": "A@X.org"}) == "ana <a@x.org>"
    assert dedupe_key("teams", {"name": "Hoover  High", "district": "x"}) == "hoover high"
    # the same accent typed as one code point or as letter + combining mark
    assert dedupe_key("teams", {"name": "Jos\u00e9"}) == dedupe_key("teams", {"name": "Jose\u0301"})


@pytest.mark.parametrize("bad", ["ana", "ana@", "@school.org", "ana@school", "ana school@x.org", "ana@@x.org"])
def test_implausible_emails_are_skipped(bad):
    plan = plan_import(f"Name,Email\nAna,{bad}\n".encode(), "participants")
    assert plan.to_add == ()
    assert messages(plan) == [f"row 2: email '{bad}' is not an email address"]


@pytest.mark.parametrize("good", ["ana@school.org", "ana.p+convening@district.k12.ca.us", "josé@escuela.mx"])
def test_plausible_emails_are_kept(good):
    plan = plan_import(f"Name,Email\nAna,{good}\n".encode(), "participants")
    assert plan.to_add[0].values["email"] == good


def test_a_mailto_prefix_is_dropped():
    plan = plan_import(b"Name,Email\nAna,mailto:ana@school.org\n", "participants")
    assert plan.to_add[0].values["email"] == "ana@school.org"


# --- teams not in the convening: nobody is dropped -----------------------------------------


def test_a_participant_whose_team_is_not_in_the_convening_gets_a_new_team_by_default():
    data = b"Name,School\nAna,Hoover High\nBo,hoover  HIGH\nCy,Hover High\nDee,\n"
    plan = plan_import(data, "participants", known_teams=["Hoover High", "Kennedy High"])
    assert [(r.values["name"], r.values["team"]) for r in plan.to_add] == [
        ("Ana", "Hoover High"), ("Bo", "Hoover High"), ("Cy", "Hover High"), ("Dee", ""),
    ]
    assert plan.skipped == ()
    assert plan.new_teams == (NewTeam("Hover High", (4,)),)
    assert plan.team_lines() == ["1 new team will be created: Hover High."]
    assert plan.summary() == "4 people to add, 1 new team"


def test_unassigned_imports_the_person_without_a_team_and_says_which_rows():
    data = b"Name,School\nAna,Hoover High\nCy,Hover High\nEd,Lincoln Middle\nFay,lincoln middle\n"
    plan = plan_import(data, "participants", known_teams=["Hoover High"], unknown_teams=UNASSIGNED)
    assert [(r.values["name"], r.values["team"]) for r in plan.to_add] == [
        ("Ana", "Hoover High"), ("Cy", ""), ("Ed", ""), ("Fay", ""),
    ]
    assert plan.new_teams == ()
    assert [(t.row, t.team) for t in plan.teamless] == [(3, "Hover High"), (4, "Lincoln Middle"), (5, "lincoln middle")]
    assert plan.missing_teams == ("Hover High", "Lincoln Middle")
    assert plan.team_lines() == [
        "3 people will be imported without a team: rows 3, 4 and 5 (not in this convening: Hover High, Lincoln Middle)."
    ]
    assert plan.summary() == "4 people to add, 3 people without a team"


def test_a_new_team_spelled_several_ways_is_created_once_with_its_first_tidy_spelling():
    data = ("Name,School\nAna,  St. Mary’s   Academy \nBo,ST MARYS ACADEMY\nCy,St Mary's Academy.\n"
            "Dee,Lycée Curie\nEd,Lycee Curie\n").encode()
    plan = plan_import(data, "participants", known_teams=[])
    assert plan.new_teams == (
        NewTeam("St. Mary’s Academy", (2, 3, 4)), NewTeam("Lycée Curie", (5,)), NewTeam("Lycee Curie", (6,)),
    )
    assert {r.values["team"] for r in plan.to_add[:3]} == {"St. Mary’s Academy"}


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Riverbend High", "  riverbend   HIGH ", True),
        ("St. Mary's Academy", "St Marys Academy", True),
        ("St. Mary’s Academy", "st. mary's academy", True),
        ("Lincoln Middle School.", "Lincoln Middle School", True),
        ("Riverbend High-School", "Riverbend High School", True),
        ("Jos\u00e9 Mart\u00ed Elementary", "Jose\u0301 Marti\u0301 Elementary", True),
        ("Lycée Curie", "Lycee Curie", False),
        ("Hoover High", "Hover High", False),
    ],
)
def test_team_names_match_ignoring_case_spaces_and_punctuation(a, b, same):
    assert (team_key(a) == team_key(b)) is same
    plan = plan_import(f"Name,School\nAna,{b}\n".encode(), "participants", known_teams=[a])
    assert (plan.to_add[0].values["team"] == a) is same


def test_the_teams_import_dedupes_by_the_same_team_key():
    existing = {dedupe_key("teams", {"name": "St. Mary's Academy"})}
    plan = plan_import(b"School\nst marys academy\nLincoln Middle\nLincoln Middle.\n", "teams", existing_keys=existing)
    assert names(plan) == ["Lincoln Middle"]
    assert messages(plan) == ["row 2: already in this convening: st marys academy",
                              "row 4: duplicate of row 3 (Lincoln Middle.)"]


def test_a_skipped_row_creates_no_team_and_loses_nobody_else():
    data = b"Name,Email,School\nAna,ana@x.org,Atlantis High\nAna,ana@x.org,Atlantis High\nBo,nope,Mars Middle\n"
    plan = plan_import(data, "participants", known_teams=[])
    assert plan.new_teams == (NewTeam("Atlantis High", (2,)),)
    assert messages(plan) == ["row 3: duplicate of row 2 (Ana)", "row 4: email 'nope' is not an email address"]


@pytest.mark.parametrize("answer", ["N/A", "n/a", "-", "None", "TBD", "  .  "])
def test_a_form_answer_meaning_no_school_is_no_team_not_a_new_one(answer):
    plan = plan_import(f"Name,School\nAna,{answer}\n".encode(), "participants", known_teams=[])
    assert plan.to_add[0].values["team"] == ""
    assert plan.new_teams == () and plan.teamless == ()


def test_an_unknown_choice_for_missing_teams_is_a_programming_error():
    with pytest.raises(ValueError, match="unknown-teams choice"):
        plan_import(b"Name,School\nAna,X\n", "participants", known_teams=[], unknown_teams="skip")


def test_rows_text_reads_as_a_sentence():
    assert rows_text([4]) == "row 4"
    assert rows_text([3, 5, 9]) == "rows 3, 5 and 9"
    assert rows_text(list(range(2, 12)), limit=3) == "rows 2, 3, 4 and 7 more"


# --- exports we know: Eventbrite, Google Forms, Excel with semicolons ----------------------------


def test_eventbrite_attendee_report(rosters):
    plan = plan_import((rosters / "eventbrite_attendees.csv").read_bytes(), "participants",
                       known_teams=["Riverbend High School"])
    headers = plan.headers
    assert {f: headers[i] for f, i in plan.mapping.items()} == {
        "first_name": "First Name", "last_name": "Last Name", "email": "Email", "team": "Company", "role": "Job Title",
    }
    assert "Attendee #" in plan.ignored_columns and "Order #" in plan.ignored_columns
    assert names(plan) == [
        "Aaliyah Johnson", "José Ángel Hernández", "Thị Lan Nguyễn", "Oluwaseun Adeyemi", "Darnell Begay", "Mei 李",
        "Siosaia Taufa", "Camila Ruiz", "Ana María Ruiz", "Олена Коваленко", "Priya Raghunathan",
    ]
    teams = {r.values["name"]: r.values["team"] for r in plan.to_add}
    assert teams["José Ángel Hernández"] == "Riverbend High School"  # "  riverbend high  school "
    assert teams["Mei 李"] == teams["Darnell Begay"] == "St. Mary's Academy"  # "St Marys Academy"
    assert teams["Priya Raghunathan"] == ""  # no company given
    assert [t.name for t in plan.new_teams] == [
        "Westlake Academy", "St. Mary's Academy", "Kern County Office of Education", "Lincoln Middle School",
    ]
    assert plan.skipped == () and plan.blank_rows == 1


def test_eventbrite_ticket_type_is_the_role_when_there_is_no_job_title():
    data = b"First Name,Last Name,Email,Ticket Type,Company\nAna,Ruiz,ana@x.org,Student,Riverbend High\n"
    plan = plan_import(data, "participants")
    assert plan.to_add[0].values["role"] == "student"
    assert plan.to_add[0].values["team"] == "Riverbend High"


def test_google_forms_responses_with_long_questions(rosters):
    plan = plan_import((rosters / "google_forms_responses.csv").read_bytes(), "participants", known_teams=[])
    headers = plan.headers
    assert {f: headers[i] for f, i in plan.mapping.items()} == {
        "email": "Email Address",
        "name": "What name would you like on your name tag?",
        "pronouns": "What are your pronouns? (optional)",
        "team": "Which school or organization are you part of?",
        "role": "What is your role?",
    }
    assert plan.ignored_columns == ("Timestamp", "Anything we should know about access or dietary needs?")
    by_name = {r.values["name"]: r.values for r in plan.to_add}
    assert set(by_name) >= {"Ana María Pérez-López", "Zhāng Wěi 张伟", "فاطمة السيد", "Dezbah Tsosie"}
    assert by_name["Dezbah Tsosie"]["team"] == "Lincoln Middle School"  # typed "Lincoln Middle School."
    assert by_name["Ana María Pérez-López"]["team"] == "Lincoln Middle School"  # typed in lower case
    assert by_name["فاطمة السيد"]["role"] == "coach"
    assert [t.name for t in plan.new_teams] == [
        "Lincoln Middle School", "Eastside Elementary", "Riverbend High School", "Kern County Office of Education",
    ]
    assert messages(plan) == ["row 12: duplicate of row 2 (Kwame Mensah)"]  # submitted twice
    assert len(plan.to_add) == 9 and plan.blank_rows == 1


@pytest.mark.parametrize(
    ("question", "field"),
    [
        ("What is your role at your school?", "role"),
        ("What is the name of your school?", "team"),
        ("Which district or organization do you work for?", "team"),
        ("Your name (as you would like it on your badge)", "name"),
        ("What is your E-MAIL at work?", "email"),
        ("Is this your first convening?", None),
        ("Emergency contact name", None),
        ("Buyer First Name", None),
    ],
)
def test_form_questions_are_read_by_their_key_words(question, field):
    mapping = guess_mapping(["Timestamp", question], "participants")
    assert {f for f, i in mapping.items() if i == 1} == ({field} if field else set())


def test_first_and_last_name_questions_make_the_name():
    mapping = guess_mapping(["Timestamp", "What is your first name?", "Your surname", "Is this your first visit?"],
                            "participants")
    assert mapping == {"first_name": 1, "last_name": 2}


def test_excel_semicolon_file_in_windows_1252(rosters):
    data = (rosters / "excel_semicolon_cp1252.csv").read_bytes()
    plan = plan_import(data, "participants", known_teams=["Colegio Montessori"])
    assert (plan.encoding, plan.delimiter) == ("cp1252", ";")
    assert names(plan) == [
        "José Ángel Núñez Ortega", "Françoise Lefèvre", "Zoë Brontë", "Iñaki Etxeberría", "Chloé O’Connor",
        "Šárka Nováková", "Björn Ødegård",
    ]
    teams = [r.values["team"] for r in plan.to_add]
    assert teams == ["Escuela Primaria Benito Juárez", "Lycée Français", "Colegio Montessori",
                     "Escuela Primaria Benito Juárez", "Colegio Montessori", "Lycée Français", ""]
    assert [t.name for t in plan.new_teams] == ["Escuela Primaria Benito Juárez", "Lycée Français"]
    assert [r.values["role"] for r in plan.to_add][:3] == ["teacher", "principal", "counselor"]
    assert plan.to_add[0].values["pronouns"] == "él"
    assert plan.blank_rows == 1 and plan.skipped == ()


def test_nombre_next_to_apellidos_is_the_given_name_but_alone_is_the_full_name():
    assert guess_mapping(["Nombre", "Apellidos", "Correo"], "participants") == {
        "first_name": 0, "last_name": 1, "email": 2,
    }
    assert guess_mapping(["Nombre", "Correo"], "participants") == {"name": 0, "email": 1}


def test_a_number_column_is_not_a_name():
    assert guess_mapping(["Attendee #", "Attendee Name"], "participants") == {"name": 1}


def test_without_known_teams_any_team_text_is_kept():
    plan = plan_import(b"Name,School\nCy,Hover High\n", "participants")
    assert plan.to_add[0].values["team"] == "Hover High"


def test_values_over_the_length_limit_are_skipped_naming_the_field():
    long_name = "A" * 201
    long_focus = "f" * 501
    ok_focus = "f" * 500
    data = f"Name,Focus\n{long_name},\nHoover,{long_focus}\nKennedy,{ok_focus}\n{'B' * 200},\n".encode()
    plan = plan_import(data, "teams")
    assert names(plan) == ["Kennedy", "B" * 200]
    assert messages(plan) == [
        "row 2: name is longer than 200 characters (it has 201)",
        "row 3: focus is longer than 500 characters (it has 501)",
    ]


def test_several_problems_on_one_row_are_listed_together():
    plan = plan_import(b"Name,Email,Team\n,nope,Atlantis\n", "participants", known_teams=["Hoover"])
    assert messages(plan) == [
        "row 2: name is empty; email 'nope' is not an email address"
    ]


# --- roles -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Teacher", "teacher"), ("9th grade math teacher", "teacher"), ("TOSA", "teacher"),
        ("Student teacher", "teacher"), ("Principal", "principal"), ("Assistant Principal", "principal"),
        ("Vice-Principal", "principal"), ("AP", "principal"), ("Head of School", "principal"),
        ("Counselor", "counselor"), ("Counsellor", "counselor"), ("College & Career Counselor", "counselor"),
        ("Guidance", "counselor"), ("District leader", "district leader"), ("Superintendent", "district leader"),
        ("County Office staff", "district leader"), ("Student", "student"), ("Youth leader", "student"),
        ("Parent", "family member"), ("Parent/Guardian", "family member"), ("Family member", "family member"),
        ("Instructional Coach", "coach"), ("District math coach", "coach"), ("Other", "other"), ("", ""),
    ],
)
def test_roles_are_normalised(text, role):
    assert normalise_role(text) == (role, True)
    assert role == "" or role in ROLES


def test_an_unknown_role_becomes_other_with_a_note_not_an_error():
    plan = plan_import(b"Name,Role\nAna,Librarian\nBo,Teacher\n", "participants")
    assert [(r.values["name"], r.values["role"]) for r in plan.to_add] == [("Ana", "other"), ("Bo", "teacher")]
    assert plan.skipped == ()
    assert len(plan.notes) == 1
    assert plan.notes[0].row == 2
    assert plan.notes[0].message.startswith("row 2: role 'Librarian' is not one we know, so it was set to 'other'")


# --- size and round trips ----------------------------------------------------------------------


def test_five_thousand_rows_are_all_added():
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(["Full name", "Email", "School", "Role"])
    for i in range(5000):
        writer.writerow([f"Participant {i:04d} Pérez", f"p{i}@school.org", f"School {i % 40}", "Teacher"])
    plan = plan_import(buffer.getvalue().encode("utf-8-sig"), "participants")
    assert len(plan.to_add) == 5000
    assert plan.skipped == ()
    assert plan.to_add[-1].row == 5001
    assert plan.to_add[-1].values["name"] == "Participant 4999 Pérez"


_cell_text = st.text(  # format characters (Cf: bidi controls, U+FEFF...) are taken out on import: not generated
    alphabet=st.characters(blacklist_categories=("Cs", "Cc", "Cf"))
    | st.sampled_from(["\n", "\r", "\t", '"', ",", ";"]),
    min_size=1,
    max_size=30,
).map(str.strip).filter(bool)


@settings(max_examples=60, deadline=None)
@given(
    people=st.lists(_cell_text, min_size=1, max_size=15, unique_by=lambda n: dedupe_key("teams", {"name": n})),
    delimiter=st.sampled_from([",", ";", "\t"]),
    newline=st.sampled_from(["\r\n", "\n", "\r"]),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16"]),
)
def test_any_names_written_by_a_spreadsheet_are_read_back_exactly(people, delimiter, newline, encoding):
    def row(*cells: str) -> str:
        # Quote as Excel and Google Sheets do: when a cell holds a separator, quote or line break.
        return delimiter.join(
            '"' + c.replace('"', '""') + '"' if any(ch in c for ch in (delimiter, '"', "\r", "\n")) else c
            for c in cells
        ) + newline

    text = row("Name", "District") + "".join(row(person, "North") for person in people)
    plan = plan_import(text.encode(encoding), "teams")
    assert names(plan) == people
    assert [r.row for r in plan.to_add] == list(range(2, len(people) + 2))
    assert plan.delimiter == delimiter


# --- less common files -----------------------------------------------------------------------


def test_utf16_saved_without_a_bom_is_still_read():
    data = "Name\tEmail\r\nZoë Brontë\tzoe@school.org\r\n".encode("utf-16-le")
    plan = plan_import(data, "participants")
    assert plan.encoding == "utf-16-le"
    assert names(plan) == ["Zoë Brontë"]


def test_bytes_that_are_neither_utf8_nor_windows_1252_fall_back_to_latin_1():
    data = b"Name\nAna\x81 Perez\n"  # 0x81 has no Windows-1252 character
    plan = plan_import(data, "participants")
    assert plan.encoding == "latin-1"
    assert names(plan) == ["Ana Perez"], "U+0081 is an invisible control character: taken out, as on the capture page"


def test_blank_rows_above_the_headings_shift_row_numbers_as_a_spreadsheet_would():
    decoded = decode_csv(b"\n\nName\nAna\n,\nBo\n")
    assert decoded.header_row == 3
    assert decoded.blank_rows == 3
    assert decoded.rows == ((4, ("Ana",)), (6, ("Bo",)))


def test_summary_counts_what_was_skipped():
    plan = plan_import(b"School\nHoover\nhoover\n\n", "teams")
    assert plan.summary() == "1 team to add, 1 row skipped, 1 blank row left out"
