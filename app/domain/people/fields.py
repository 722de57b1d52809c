"""Roster fields, the column headings we recognise for them, and roles.

Heading matching ignores case, spaces, underscores, punctuation and accents,
so "E-mail", "email_address" and "Email Address" all mean email. A heading
with a note in brackets ("Name (first and last)") is tried without it too.
"#" reads as "number", so Eventbrite's "Attendee #" is not a name.

Exports we know: Eventbrite attendee reports ("First Name", "Last Name",
"Email", "Company", "Job Title", "Ticket Type", "Order #"...), Google Forms
response sheets ("Timestamp", "Email Address" and questions such as "Which
school or organization are you part of?" or "What name would you like on
your name tag?", read by their key words), and Spanish-language Excel sheets
whose "Nombre" is the given name when an "Apellidos" column follows.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence

__all__ = [
    "PARTICIPANTS",
    "TEAMS",
    "KINDS",
    "PARTICIPANT_FIELDS",
    "TEAM_FIELDS",
    "NAME_PARTS",
    "ROLES",
    "FIELD_LIMITS",
    "DEFAULT_LIMIT",
    "fields_for",
    "normalise_header",
    "guess_mapping",
    "normalise_role",
]

PARTICIPANTS = "participants"
TEAMS = "teams"
KINDS = (PARTICIPANTS, TEAMS)

PARTICIPANT_FIELDS = ("name", "pronouns", "email", "team", "role")
TEAM_FIELDS = ("name", "district", "region", "level", "focus")

NAME_PARTS = ("first_name", "last_name")
"""Participant-only columns joined into ``name`` when there is no full-name column."""

ROLES = (
    "teacher",
    "principal",
    "counselor",
    "district leader",
    "student",
    "family member",
    "coach",
    "other",
)

DEFAULT_LIMIT = 200
FIELD_LIMITS: Mapping[str, int] = {"focus": 500}
"""Longest value (in characters) a field may hold; others use DEFAULT_LIMIT."""

# Normalised heading forms (see normalise_header), best first.
_PARTICIPANT_SYNONYMS: dict[str, tuple[str, ...]] = {
    "name": (
        "name", "fullname", "participant", "participantname", "participantsname",
        "attendee", "attendeename", "yourname", "firstandlastname", "nombre",
        "nombrecompleto",
    ),
    "pronouns": ("pronouns", "pronoun", "mypronouns", "preferredpronouns", "pronombres"),
    "email": (
        "email", "emailaddress", "mail", "workemail", "schoolemail", "correo",
        "correoelectronico",
    ),
    "team": (
        "team", "teamname", "school", "schoolname", "schoolteam", "site", "sitename", "campus", "escuela",
        "schoolororganization", "schoolorganization", "organization", "organisation", "organizationname",
        "company", "companyname", "affiliation", "institution", "agency", "employer", "organizacion",
    ),
    "role": (
        "role", "position", "title", "jobtitle", "roletitle", "yourrole", "jobrole", "rol", "cargo", "puesto",
        "tickettype",
    ),
    "first_name": ("firstname", "givenname", "first", "forename"),
    "last_name": ("lastname", "surname", "familyname", "last", "apellido", "apellidos"),
}
_TEAM_SYNONYMS: dict[str, tuple[str, ...]] = {
    "name": ("name", "school", "schoolname", "team", "teamname", "site", "sitename", "campus", "escuela"),
    "district": ("district", "districtname", "schooldistrict", "distrito"),
    "region": ("region", "area", "regionarea", "zone"),
    "level": (
        "level", "levels", "gradelevel", "gradelevels", "grades", "gradespan",
        "gradeband", "schoollevel", "nivel",
    ),
    "focus": ("focus", "aim", "focusaim", "aimfocus", "focusarea", "teamaim", "schoolaim", "enfoque", "meta"),
}


def fields_for(kind: str) -> tuple[str, ...]:
    """The ordered fields of a roster kind (required field first)."""
    if kind == PARTICIPANTS:
        return PARTICIPANT_FIELDS
    if kind == TEAMS:
        return TEAM_FIELDS
    raise ValueError(f"unknown roster kind {kind!r}; expected one of {KINDS}")


def normalise_header(text: str) -> str:
    """Casefold and keep letters and digits only: "E-mail Address" -> "emailaddress"."""
    decomposed = unicodedata.normalize("NFKD", text.replace("#", " number "))
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return "".join(ch for ch in plain.casefold() if ch.isalnum())


def _without_brackets(text: str) -> str:
    return re.sub(r"\([^)]*\)|\[[^\]]*\]", " ", text)


def guess_mapping(headers: Sequence[str], kind: str) -> dict[str, int]:
    """Map each recognised field to the index of its column.

    Each column is used once; when two columns could hold the same field the
    better-named one wins, then the leftmost. For participants with no
    full-name column, "First name" / "Last name" columns map to NAME_PARTS.
    """
    synonyms = _PARTICIPANT_SYNONYMS if kind == PARTICIPANTS else _TEAM_SYNONYMS
    fields_for(kind)  # validates kind
    exact = [normalise_header(h) for h in headers]
    loose = [normalise_header(_without_brackets(h)) for h in headers]
    mapping: dict[str, int] = {}
    taken: set[int] = set()
    for forms in (exact, loose):
        for field, names in synonyms.items():
            if field in mapping:
                continue
            for name in names:
                index = next((i for i, f in enumerate(forms) if f == name and i not in taken), None)
                if index is not None:
                    mapping[field] = index
                    taken.add(index)
                    break
    if kind == PARTICIPANTS:
        _guess_from_questions(headers, mapping, taken)
        if "name" in mapping and exact[mapping["name"]] in _GIVEN_NAME_ONLY and "last_name" in mapping \
                and "first_name" not in mapping:
            mapping["first_name"] = mapping.pop("name")  # "Nombre" + "Apellidos": José + Núñez
        if "name" in mapping or not all(part in mapping for part in NAME_PARTS):
            for part in NAME_PARTS:
                mapping.pop(part, None)
    return mapping


_GIVEN_NAME_ONLY = frozenset({"nombre", "nombres", "prenom"})
"""Headings that hold only the given name when a family-name column is there too."""

# Key words of a long heading (a form question), tried on headings no synonym
# matched, for fields still without a column. Checked in this order, so
# "What is your role at your school?" is a role and "What is the name of your
# school?" a team.
_QUESTION_WORDS: tuple[tuple[str, frozenset[str]], ...] = (
    ("email", frozenset({"email", "correo"})),
    ("pronouns", frozenset({"pronoun", "pronouns", "pronombre", "pronombres"})),
    ("role", frozenset({"role", "position", "job", "occupation", "rol", "cargo", "puesto"})),
    ("team", frozenset({
        "school", "schools", "organization", "organisation", "organizacion", "company", "district", "site",
        "campus", "agency", "employer", "team", "affiliation", "institution", "escuela",
    })),
    ("first_name", frozenset({"first", "given"})),
    ("last_name", frozenset({"last", "surname", "family"})),
    ("name", frozenset({"name", "nombre"})),
)
# Questions about someone else: a buyer, an emergency contact, a supervisor.
_OTHER_PERSON = frozenset({"buyer", "purchaser", "emergency", "contact", "supervisor", "guardians"})


def _question_field(header: str) -> str | None:
    words = set(_role_words(header.casefold().replace("e-mail", "email")))
    if not words or words & _OTHER_PERSON:
        return None
    for field, keys in _QUESTION_WORDS:
        if not words & keys:
            continue
        if field in NAME_PARTS and "name" not in words and "surname" not in words:
            continue  # "first" alone is not a name: "Is this your first convening?"
        return field
    return None


def _guess_from_questions(headers: Sequence[str], mapping: dict[str, int], taken: set[int]) -> None:
    """Fill fields still missing from long headings, by their key words (leftmost wins)."""
    has_name = "name" in mapping or all(p in mapping for p in NAME_PARTS)
    for i, header in enumerate(headers):
        if i in taken:
            continue
        field = _question_field(header)
        if field is None or field in mapping or (field == "name" and has_name):
            continue
        mapping[field] = i
        taken.add(i)


# --- roles -----------------------------------------------------------------

_ROLE_PHRASES: dict[str, str] = {
    "ap": "principal",
    "vp": "principal",
    "admin": "principal",
    "administrator": "principal",
    "site administrator": "principal",
    "school administrator": "principal",
    "site leader": "principal",
    "school leader": "principal",
    "head of school": "principal",
    "head teacher": "principal",
    "headteacher": "principal",
    "district": "district leader",
    "district leader": "district leader",
    "central office": "district leader",
    "family": "family member",
    "family member": "family member",
    "other": "other",
}

# Checked in this order, so "head teacher" is a principal, "student teacher"
# a teacher and "district instructional coach" a coach.
_ROLE_WORDS: tuple[tuple[str, frozenset[str]], ...] = (
    ("principal", frozenset({"principal", "headteacher", "directora"})),
    ("counselor", frozenset({"counselor", "counsellor", "counseling", "counselling", "guidance", "consejero", "consejera"})),
    ("coach", frozenset({"coach", "coaches", "coaching"})),
    ("teacher", frozenset({"teacher", "teachers", "educator", "instructor", "faculty", "tosa", "maestro", "maestra", "docente", "profesor", "profesora"})),
    ("district leader", frozenset({"district", "superintendent", "county", "coe"})),
    ("family member", frozenset({"parent", "parents", "guardian", "caregiver", "family", "grandparent", "mother", "father", "mom", "dad", "padre", "madre", "familia"})),
    ("student", frozenset({"student", "students", "youth", "learner", "estudiante", "alumno", "alumna"})),
)


def normalise_role(text: str) -> tuple[str, bool]:
    """Map free role text to one of ROLES.

    Returns (role, recognised). Empty text gives ("", True); text we cannot
    place gives ("other", False) so the caller can add a note.
    """
    plain = _role_words(text)
    if not plain:
        return "", True
    phrase = " ".join(plain)
    if phrase in ROLES:
        return phrase, True
    if phrase in _ROLE_PHRASES:
        return _ROLE_PHRASES[phrase], True
    words = set(plain)
    if "head" in words and ("school" in words or "teacher" in words):
        return "principal", True
    for role, keys in _ROLE_WORDS:
        if words & keys:
            return role, True
    return "other", False


def _role_words(text: str) -> list[str]:
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()
    return re.findall(r"[^\W_]+", plain)
