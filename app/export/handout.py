"""What a handout says, as plain values: the services fill it, the PDF sections lay it out.

Nothing here knows about reportlab or the database. A shared handout is gathered
without private notes or the roster, so they cannot leak by a layout mistake.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.domain.commitments.model import BrightSpot, Commitment
from app.domain.improvement.model import Cycle
from app.domain.talk.lenses import GroupShare
from app.export.paper import A4, LETTER, PAPER_SIZES  # noqa: F401  (the handout's names for them)

# An item counts as over time when it ran this many seconds past its planned minutes.
OVERRUN_GRACE_S = 30.0


@dataclass(frozen=True)
class Cover:
    title: str
    organisation: str = ""
    location: str = ""
    dates: tuple[dt.date, ...] = ()
    resources_url: str = ""
    aim: str = ""
    scope: str = "The whole convening"   # "Day 1", "Day 2, items 3 to 5", ...


@dataclass(frozen=True)
class AgendaRow:
    number: int                  # position in its day, from 1
    title: str
    kind: str
    planned_start: int           # local minutes since midnight
    planned_end: int
    planned_minutes: int
    actual_start: dt.datetime | None = None   # local time; None: never run
    actual_end: dt.datetime | None = None     # None while it runs
    actual_seconds: float = 0.0
    notes: str = ""              # the facilitator's private notes (facilitator version only)
    item_id: int = 0
    protocol: str = ""           # the protocol the item runs, if any

    @property
    def ran(self) -> bool:
        return self.actual_start is not None

    @property
    def over_seconds(self) -> float:
        """Seconds past the planned minutes (0 when on time or not run)."""
        if not self.ran:
            return 0.0
        over = self.actual_seconds - self.planned_minutes * 60.0
        return over if over > OVERRUN_GRACE_S else 0.0


@dataclass(frozen=True)
class AgendaDay:
    number: int                  # from 1
    date: dt.date
    title: str
    rows: tuple[AgendaRow, ...]

    @property
    def ended_early(self) -> bool:
        """Some items ran, the last of them has ended (none is running), and some after it never ran."""
        ran = [i for i, r in enumerate(self.rows) if r.ran]
        return bool(ran) and self.rows[ran[-1]].actual_end is not None and ran[-1] < len(self.rows) - 1


@dataclass(frozen=True)
class StepRun:
    number: int                  # from 1
    title: str
    minutes: int
    prompt: str = ""
    note: str = ""
    texts: tuple[tuple[str, str, str], ...] = ()   # (language, title, prompt) in each of the handout's languages

    def in_language(self, lang: str) -> tuple[str, str]:
        """(title, prompt) in `lang` when the step has them, else its first language's."""
        return next(((t, p) for code, t, p in self.texts if code == lang), (self.title, self.prompt))


@dataclass(frozen=True)
class ProtocolRun:
    item_title: str
    protocol_name: str
    day_number: int
    item_number: int
    credit: str = ""
    steps: tuple[StepRun, ...] = ()
    names: tuple[tuple[str, str], ...] = ()   # (language, the protocol's name) in each of the handout's languages


@dataclass(frozen=True)
class RosterPerson:
    name: str
    role: str = ""
    pronouns: str = ""
    email: str = ""


@dataclass(frozen=True)
class RosterTeam:
    name: str                    # "" for people without a team
    district: str = ""
    people: tuple[RosterPerson, ...] = ()


@dataclass(frozen=True)
class Contact:
    """Who to write to at a school (facilitator version only: it holds an email)."""

    name: str
    email: str
    role: str = ""


@dataclass(frozen=True)
class PairSchool:
    name: str
    district: str = ""
    contact: Contact | None = None   # None in the shared version, or when nobody at the school has an email


@dataclass(frozen=True)
class PairGroup:
    schools: tuple[PairSchool, ...]  # two, or three for the round's trio
    reason: str = ""                 # why they are together, in words

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(s.name for s in self.schools)

    @property
    def trio(self) -> bool:
        return len(self.schools) == 3

    @property
    def all_have_contacts(self) -> bool:
        return all(s.contact is not None for s in self.schools)


@dataclass(frozen=True)
class PairRound:
    number: int                      # from 1
    title: str
    groups: tuple[PairGroup, ...]
    problems: tuple[str, ...] = ()   # what the round could not do (a repeat pair, a team left out)


@dataclass(frozen=True)
class SeatTable:
    number: int
    size: int
    summary: str                     # "4 schools · 5 roles"
    names: tuple[str, ...] = ()      # who sits there (facilitator version only)


@dataclass(frozen=True)
class SeatingRound:
    number: int
    title: str
    tables: tuple[SeatTable, ...]
    quality: tuple[str, ...] = ()


@dataclass(frozen=True)
class TeamCommitments:
    """One team's commitments (made here, and carried from an earlier convening) and bright spots."""

    team: str
    commitments: tuple[Commitment, ...] = ()
    bright_spots: tuple[BrightSpot, ...] = ()

    @property
    def made_here(self) -> tuple[Commitment, ...]:
        return tuple(c for c in self.commitments if not c.carried)

    @property
    def carried(self) -> tuple[Commitment, ...]:
        return tuple(c for c in self.commitments if c.carried)


@dataclass(frozen=True)
class TalkLens:
    """One lens of a conversation: share of talk against share of people, per group the one
    suppression rule lets show (app/domain/talk/suppress.py); `note` says what it merged or hid."""

    name: str
    sensitive: bool
    groups: tuple[GroupShare, ...] = ()
    note: str = ""
    multi_note: str = ""


@dataclass(frozen=True)
class TalkPerson:
    """Facilitator version only: one person's talk, with their values of non-sensitive lenses."""

    name: str
    seconds: float
    share: float
    turns: int
    values: tuple[tuple[str, str], ...] = ()   # (lens name, values) for non-sensitive lenses


@dataclass(frozen=True)
class TalkGoal:
    """A goal set for a conversation and how it ended: met, not met, or None when it could not be checked."""

    text: str
    met: bool | None
    detail: str = ""


@dataclass(frozen=True)
class TalkHandRow:
    """Facilitator version only: one raised hand of the speaking queue and what became of it."""

    name: str
    raised: str         # the local time the hand went up, "10:41"
    outcome: str        # "called 10:42", "lowered 10:40", "still waiting"


@dataclass(frozen=True)
class TalkCodeRow:
    """Code counts for one person (facilitator version) or one group of a lens (after the suppression rule)."""

    label: str
    people: int                      # 1 for a person
    counts: tuple[int, ...]          # one per code, in the conversation's code order


@dataclass(frozen=True)
class TalkCodeLens:
    """Codes and who followed whom by the groups of one lens the suppression rule lets show."""

    name: str
    rows: tuple[TalkCodeRow, ...] = ()
    followed: tuple[tuple[int, ...], ...] = ()   # [row group][column group]: turns of the column group right after the row's
    note: str = ""


@dataclass(frozen=True)
class TalkConversation:
    title: str
    scope: str
    item_title: str
    people: int
    balance: float | None
    talk_seconds: float
    many_seconds: float
    lenses: tuple[TalkLens, ...] = ()
    persons: tuple[TalkPerson, ...] = ()       # empty in the shared version
    goals: tuple[TalkGoal, ...] = ()
    codes: tuple[str, ...] = ()                # the conversation's codes (none: codes were off)
    code_persons: tuple[TalkCodeRow, ...] = ()  # facilitator version only
    code_lenses: tuple[TalkCodeLens, ...] = ()  # by group, both versions (suppressed)
    queue: tuple[TalkHandRow, ...] = ()         # facilitator version only


@dataclass(frozen=True)
class TalkTurnRow:
    """Facilitator version only: one turn of a tracked conversation, for talk_turns.csv."""

    conversation: str
    item: str                        # the agenda item running when the turn began ("" for none)
    step: int | None                 # its protocol step, from 1 (None: no step)
    step_title: str
    speaker: str                     # a name, or "many voices"
    values: tuple[str, ...]          # the speaker's values of each non-sensitive lens (Handout.turn_lenses)
    start: dt.datetime               # local time of the convening
    end: dt.datetime | None          # None: the floor was still theirs at export
    seconds: float


@dataclass(frozen=True)
class WallNote:
    text: str
    author: str = ""                 # facilitator version only, and only when the board shows authors
    in_control: bool | None = None   # fishbone boards: True in our control, False outside it, None not said


@dataclass(frozen=True)
class WallCluster:
    name: str
    dots: int = 0
    notes: tuple[WallNote, ...] = ()


Box = tuple[float, float, float, float]   # x, y, width, height in wall units (y grows downward)


@dataclass(frozen=True)
class PictureNote:
    x: float                         # top-left, in wall units
    y: float
    fill: str                        # "#RRGGBB" of its colour (app/domain/wall/palette.py)
    edge: str
    text: str = ""


@dataclass(frozen=True)
class PictureCluster:
    number: int                      # as numbered in the handout's list (most dots first), from 1
    name: str
    dots: int
    frame: Box                       # around its notes, its name band included


@dataclass(frozen=True)
class WallPicture:
    """Where everything stood on the wall, as stored: the notes, the frames round each cluster, and on a
    fishbone the spine, the bones and the head (computed by the domain's fishbone layout)."""

    bounds: Box
    note_size: tuple[float, float]
    notes: tuple[PictureNote, ...] = ()
    clusters: tuple[PictureCluster, ...] = ()
    bones: tuple[tuple[float, float, float, float], ...] = ()   # x1, y1, x2, y2
    head: Box | None = None
    head_text: str = ""


@dataclass(frozen=True)
class WallBoard:
    """One sticky-note board: its prompt, its clusters (most dots first) and the notes in none."""

    title: str
    prompt: str = ""
    fishbone: bool = False
    clusters: tuple[WallCluster, ...] = ()
    loose: tuple[WallNote, ...] = ()
    picture: WallPicture | None = None   # None when the board has no notes
    photos: tuple[WallPhoto, ...] = ()   # photos of its chart paper, oldest first


@dataclass(frozen=True)
class WallPhoto:
    """A photo of a board's chart paper, as stored (a JPEG with no metadata), with its caption."""

    jpeg: bytes
    width: int
    height: int
    caption: str = ""


@dataclass(frozen=True)
class ChartPicture:
    """One run chart as the handout draws it (app/export/run_chart_picture.py): a team's or the network's."""

    measure: str
    unit: str
    higher_is_better: bool
    team: str                                   # "" for the network
    periods: tuple[dt.date, ...]
    values: tuple[float, ...]
    median: float | None
    signals: tuple[tuple[str, int, int], ...]   # (rule, first point, last point), 0-based
    words: tuple[str, ...]                      # the signals (or their absence) in plain words
    cycles: tuple[tuple[dt.date, int], ...] = ()   # the team's PDSA cycles: (date, number)


@dataclass(frozen=True)
class TeamImprovement:
    """One team's page: its commitments' PDSA cycles (with the change idea each commitment tests) and its
    run charts."""

    team: str
    commitments: tuple[tuple[str, str, tuple[Cycle, ...]], ...] = ()   # (commitment, its idea or "", cycles)
    charts: tuple[ChartPicture, ...] = ()


@dataclass(frozen=True)
class DiagramRow:
    depth: int          # 0 the aim, 1 primary, 2 secondary, 3 a change idea under a secondary
    kind: str           # aim, primary, secondary, idea
    text: str
    teams: int = 0      # change ideas: how many teams are testing it


@dataclass(frozen=True)
class Improvement:
    """PDSA cycles, the shared measures' run charts and the driver diagram (app/services/improvement/handout.py)."""

    teams: tuple[TeamImprovement, ...] = ()
    network: tuple[ChartPicture, ...] = ()
    diagram: tuple[DiagramRow, ...] = ()
    follow_up: tuple[str, ...] = ()     # facilitator version only: who to call before the next convening


@dataclass(frozen=True)
class DeviceActions:
    """What one co-facilitator's device did (facilitator version only): counts by what, and its cues."""

    name: str
    counts: tuple[tuple[str, int], ...]   # (what, how many), in a fixed order
    cues: tuple[str, ...]                 # "09:42 2 minutes"


@dataclass(frozen=True)
class Handout:
    cover: Cover
    private: bool = False        # True: the facilitator version
    paper: str = A4
    days: tuple[AgendaDay, ...] = ()
    protocols: tuple[ProtocolRun, ...] = ()
    roster: tuple[RosterTeam, ...] = ()
    talk: tuple[TalkConversation, ...] = ()
    wall: tuple[WallBoard, ...] = ()
    pairs: tuple[PairRound, ...] = ()
    commitments: tuple[TeamCommitments, ...] = ()
    tables: tuple[SeatingRound, ...] = ()
    turns: tuple[TalkTurnRow, ...] = ()     # facilitator version only
    turn_lenses: tuple[str, ...] = ()       # the non-sensitive lenses, one column each in talk_turns.csv
    improvement: Improvement | None = None  # PDSA cycles, measures, driver diagram (None: nothing to show)
    lang: str = "en"                        # the handout's words: "en", "es" or "bilingual" (app/export/words.py)
    cofacilitation: tuple[DeviceActions, ...] = ()   # what each co-facilitator's device did (facilitator version)

    @property
    def version(self) -> str:
        """In English, for the command line and the PDF's metadata (the pages say it in their language)."""
        return "Facilitator version" if self.private else "Shared version"


@dataclass(frozen=True)
class Scope:
    """What one handout covers, as each capability's part reads it (app/services/<capability>/handout.py):
    the agenda days in it (already limited to the items asked for), whether it is the facilitator
    version, and the day and items asked for."""

    days: tuple[AgendaDay, ...]
    private: bool = False
    day: int | None = None                    # 1-based day number; None: every day
    items: tuple[int, int] | None = None      # item numbers A to B
    day_ids: frozenset[int] = frozenset()     # the ids of the chosen days (all days for the whole convening)
    lang: str = "en"                          # the handout's language (its parts' words: app/export/words.py)

    @property
    def whole(self) -> bool:
        """The whole convening: no day and no items asked for."""
        return self.day is None and self.items is None

    @property
    def with_unlinked(self) -> bool:
        """What belongs to no agenda item (carried commitments, boards of no item) comes with the
        whole convening and with day 1."""
        return self.items is None and self.day in (None, 1)

    def item_titles(self) -> dict[int | None, str]:
        return {r.item_id: r.title for d in self.days for r in d.rows}

    def of_days(self, rounds: list) -> list:
        """A day's handout has the rounds tied to that day; the whole convening's has every round
        (rounds tied to no day, as in files from before rounds had a day, only there)."""
        if self.day is None:
            return rounds
        return [r for r in rounds if r.day_id in self.day_ids]

