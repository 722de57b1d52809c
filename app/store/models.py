"""SQLAlchemy 2 typed models for one convening file.

The schema belongs to Alembic (migrations/); `alembic check` in the tests keeps
these models and the migrations in step. Timestamps that record when something
happened are UTC microseconds since the epoch (`*_us`, integers) so they are
exact and never ambiguous across midnight or a daylight-saving change. Agenda
times are local minutes since midnight, as the agenda is printed.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Convening(Base):
    __tablename__ = "convening"
    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    organisation: Mapped[str] = mapped_column(String(200), default="")
    location: Mapped[str] = mapped_column(String(200), default="")
    resources_url: Mapped[str] = mapped_column(String(500), default="")
    timezone: Mapped[str] = mapped_column(String(64), default="UTC")
    aim: Mapped[str] = mapped_column(Text, default="")
    created_us: Mapped[int] = mapped_column(BigInteger, default=0)
    # What the room's screen shows (en, es, en+es, es+en: the first large) and the handout's language
    # (en, es, bilingual); migration 0016. Set with Workspace.set_languages.
    projector_lang: Mapped[str] = mapped_column(String(8), default="en", server_default="en")
    handout_lang: Mapped[str] = mapped_column(String(12), default="en", server_default="en")
    days: Mapped[list[Day]] = relationship(
        back_populates="convening", order_by="Day.position", cascade="all, delete-orphan"
    )


class Day(Base):
    __tablename__ = "day"
    id: Mapped[int] = mapped_column(primary_key=True)
    convening_id: Mapped[int] = mapped_column(ForeignKey("convening.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    date: Mapped[dt.date] = mapped_column(Date)
    title: Mapped[str] = mapped_column(String(200), default="")
    start_minutes: Mapped[int] = mapped_column(Integer, default=8 * 60 + 30)
    end_minutes: Mapped[int] = mapped_column(Integer, default=16 * 60)
    convening: Mapped[Convening] = relationship(back_populates="days")
    items: Mapped[list[AgendaItem]] = relationship(
        back_populates="day", order_by="AgendaItem.position", cascade="all, delete-orphan"
    )


class Protocol(Base):
    """A protocol kept in this convening file (copied from the library, or authored)."""

    __tablename__ = "protocol"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    purpose: Mapped[str] = mapped_column(Text, default="")
    when_to_use: Mapped[str] = mapped_column(Text, default="")
    credit: Mapped[str] = mapped_column(Text, default="")
    minutes: Mapped[int] = mapped_column(Integer)
    group_size: Mapped[str] = mapped_column(String(40), default="")
    roles_json: Mapped[str] = mapped_column(Text, default="[]")
    materials_json: Mapped[str] = mapped_column(Text, default="[]")
    norms_json: Mapped[str] = mapped_column(Text, default="[]")
    equity_moves_json: Mapped[str] = mapped_column(Text, default="[]")
    origin: Mapped[str] = mapped_column(String(20), default="library")
    # Added by revision 0016: {"es": {"name": ..., "purpose": ..., "when_to_use": ...}}
    texts_json: Mapped[str] = mapped_column(Text, default="{}", server_default="{}")
    steps: Mapped[list[ProtocolStep]] = relationship(
        back_populates="protocol", order_by="ProtocolStep.position", cascade="all, delete-orphan"
    )


class ProtocolStep(Base):
    __tablename__ = "protocol_step"
    id: Mapped[int] = mapped_column(primary_key=True)
    protocol_id: Mapped[int] = mapped_column(ForeignKey("protocol.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(200))
    minutes: Mapped[int] = mapped_column(Integer)
    speakers_json: Mapped[str] = mapped_column(Text, default="[]")
    script: Mapped[str] = mapped_column(Text, default="")
    prompt: Mapped[str] = mapped_column(Text, default="")
    # Added by revision 0016: {"es": {"title": ..., "script": ..., "prompt": ...}}
    texts_json: Mapped[str] = mapped_column(Text, default="{}", server_default="{}")
    protocol: Mapped[Protocol] = relationship(back_populates="steps")


class AgendaItem(Base):
    __tablename__ = "agenda_item"
    id: Mapped[int] = mapped_column(primary_key=True)
    day_id: Mapped[int] = mapped_column(ForeignKey("day.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(20), default="session")
    minutes: Mapped[int] = mapped_column(Integer, default=30)
    # Added by revision 0002 (agenda and live timers).
    fixed_start: Mapped[int | None] = mapped_column(Integer, nullable=True)
    warning_minutes: Mapped[float] = mapped_column(Float, default=2.0, server_default="2")
    facilitator: Mapped[str] = mapped_column(String(200), default="", server_default="")
    room: Mapped[str] = mapped_column(String(200), default="", server_default="")
    notes: Mapped[str] = mapped_column(Text, default="", server_default="")
    auto_advance: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    # Added by revision 0003 (protocol scripts).
    protocol_id: Mapped[int | None] = mapped_column(
        ForeignKey("protocol.id", ondelete="SET NULL"), nullable=True
    )
    day: Mapped[Day] = relationship(back_populates="items")
    protocol: Mapped[Protocol | None] = relationship()


class TimerEvent(Base):
    """One press of start, pause, resume, adjust, next, back or stop, as it happened."""

    __tablename__ = "timer_event"
    id: Mapped[int] = mapped_column(primary_key=True)
    at_us: Mapped[int] = mapped_column(BigInteger)
    kind: Mapped[str] = mapped_column(String(12))
    item_id: Mapped[int | None] = mapped_column(
        ForeignKey("agenda_item.id", ondelete="SET NULL"), nullable=True
    )
    step: Mapped[int | None] = mapped_column(Integer, nullable=True)
    delta: Mapped[float] = mapped_column(Float, default=0.0)


class StepNote(Base):
    """What the facilitator typed during one protocol step of one agenda item."""

    __tablename__ = "step_note"
    __table_args__ = (UniqueConstraint("item_id", "step"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("agenda_item.id", ondelete="CASCADE"))
    step: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text, default="")
    updated_us: Mapped[int] = mapped_column(BigInteger, default=0)


class Team(Base):
    __tablename__ = "team"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    district: Mapped[str] = mapped_column(String(200), default="")
    region: Mapped[str] = mapped_column(String(200), default="")
    level: Mapped[str] = mapped_column(String(200), default="")
    focus: Mapped[str] = mapped_column(Text, default="")
    participants: Mapped[list[Participant]] = relationship(back_populates="team")


class Participant(Base):
    __tablename__ = "participant"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    pronouns: Mapped[str] = mapped_column(String(60), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    role: Mapped[str] = mapped_column(String(60), default="")
    team_id: Mapped[int | None] = mapped_column(
        ForeignKey("team.id", ondelete="SET NULL"), nullable=True
    )
    team: Mapped[Team | None] = relationship(back_populates="participants")


class Lens(Base):
    """A self-identified, optional way to see talk-time in aggregate (role, school, ...)."""

    __tablename__ = "lens"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    # Added by revision 0005 (talk-time balance): never shown per person on the projector,
    # never exported with names attached.
    sensitive: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")


class LensValue(Base):
    __tablename__ = "lens_value"
    # Several values of one lens per person (revision 0005): one row per value.
    __table_args__ = (UniqueConstraint("lens_id", "participant_id", "value"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    lens_id: Mapped[int] = mapped_column(ForeignKey("lens.id", ondelete="CASCADE"))
    participant_id: Mapped[int] = mapped_column(ForeignKey("participant.id", ondelete="CASCADE"))
    value: Mapped[str] = mapped_column(String(200))


class TalkSegment(Base):
    """One turn: who had the floor (None: many voices, revision 0005), from when to when."""

    __tablename__ = "talk_segment"
    id: Mapped[int] = mapped_column(primary_key=True)
    participant_id: Mapped[int | None] = mapped_column(
        ForeignKey("participant.id", ondelete="CASCADE"), nullable=True
    )
    item_id: Mapped[int | None] = mapped_column(
        ForeignKey("agenda_item.id", ondelete="SET NULL"), nullable=True
    )
    step: Mapped[int | None] = mapped_column(Integer, nullable=True)
    started_us: Mapped[int] = mapped_column(BigInteger)
    ended_us: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    # Added by revision 0005: the conversation it belongs to, and the last moment Convene saw
    # the turn still open (where it is closed after a crash).
    conversation_id: Mapped[int | None] = mapped_column(
        ForeignKey("talk_conversation.id", ondelete="CASCADE"), nullable=True
    )
    seen_us: Mapped[int | None] = mapped_column(BigInteger, nullable=True)


class PairingRound(Base):
    __tablename__ = "pairing_round"
    id: Mapped[int] = mapped_column(primary_key=True)
    position: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(200), default="")
    criteria_json: Mapped[str] = mapped_column(Text, default="{}")
    created_us: Mapped[int] = mapped_column(BigInteger, default=0)
    # 0011: the day the round is for (None: not tied to a day)
    day_id: Mapped[int | None] = mapped_column(ForeignKey("day.id", ondelete="SET NULL"), nullable=True, default=None)


class Pair(Base):
    __tablename__ = "pair"
    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("pairing_round.id", ondelete="CASCADE"))
    team_a_id: Mapped[int] = mapped_column(ForeignKey("team.id", ondelete="CASCADE"))
    team_b_id: Mapped[int] = mapped_column(ForeignKey("team.id", ondelete="CASCADE"))
    team_c_id: Mapped[int | None] = mapped_column(
        ForeignKey("team.id", ondelete="CASCADE"), nullable=True
    )
    explanation: Mapped[str] = mapped_column(Text, default="")
    # Added by revision 0004 (pairing).
    score: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    locked: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")


class PairingCriterion(Base):
    """One team attribute the pairing weighs: same, different or ignore, with a weight (0-10)."""

    __tablename__ = "pairing_criterion"
    id: Mapped[int] = mapped_column(primary_key=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    attribute: Mapped[str] = mapped_column(String(100), unique=True)
    mode: Mapped[str] = mapped_column(String(12), default="same")
    weight: Mapped[int] = mapped_column(Integer, default=1)


class TeamAttribute(Base):
    """A custom attribute of a team (beyond district, region, level and focus)."""

    __tablename__ = "team_attribute"
    __table_args__ = (UniqueConstraint("team_id", "name"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    team_id: Mapped[int] = mapped_column(ForeignKey("team.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(100))
    value: Mapped[str] = mapped_column(String(200), default="")


class DoNotPair(Base):
    __tablename__ = "do_not_pair"
    __table_args__ = (UniqueConstraint("team_a_id", "team_b_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    team_a_id: Mapped[int] = mapped_column(ForeignKey("team.id", ondelete="CASCADE"))
    team_b_id: Mapped[int] = mapped_column(ForeignKey("team.id", ondelete="CASCADE"))


class PairingAbsence(Base):
    """A team away for the next pairing round."""

    __tablename__ = "pairing_absence"
    id: Mapped[int] = mapped_column(primary_key=True)
    team_id: Mapped[int] = mapped_column(ForeignKey("team.id", ondelete="CASCADE"), unique=True)


class PairingHistory(Base):
    """A pair (or trio) from an earlier convening, brought in so that it is not repeated."""

    __tablename__ = "pairing_history"
    id: Mapped[int] = mapped_column(primary_key=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    source: Mapped[str] = mapped_column(String(300), default="")
    label: Mapped[str] = mapped_column(String(200), default="")
    team_a_id: Mapped[int] = mapped_column(ForeignKey("team.id", ondelete="CASCADE"))
    team_b_id: Mapped[int] = mapped_column(ForeignKey("team.id", ondelete="CASCADE"))
    team_c_id: Mapped[int | None] = mapped_column(
        ForeignKey("team.id", ondelete="CASCADE"), nullable=True
    )


class SeatingRound(Base):
    """One round of participant tables (groupings); `rules_json` keeps the rules and the quality shown."""

    __tablename__ = "seating_round"
    id: Mapped[int] = mapped_column(primary_key=True)
    position: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(200), default="")
    rules_json: Mapped[str] = mapped_column(Text, default="{}")
    created_us: Mapped[int] = mapped_column(BigInteger, default=0)
    # 0011: the day the tables are for (None: not tied to a day)
    day_id: Mapped[int | None] = mapped_column(ForeignKey("day.id", ondelete="SET NULL"), nullable=True, default=None)


class Seat(Base):
    __tablename__ = "seat"
    __table_args__ = (UniqueConstraint("round_id", "participant_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("seating_round.id", ondelete="CASCADE"))
    participant_id: Mapped[int] = mapped_column(ForeignKey("participant.id", ondelete="CASCADE"))
    table_number: Mapped[int] = mapped_column(Integer)


class Board(Base):
    __tablename__ = "board"
    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    item_id: Mapped[int | None] = mapped_column(
        ForeignKey("agenda_item.id", ondelete="SET NULL"), nullable=True
    )
    created_us: Mapped[int] = mapped_column(BigInteger, default=0)
    # Wall (0006): the prompt the room answers, the protocol step it belongs to, how it is laid out.
    prompt: Mapped[str] = mapped_column(Text, default="", server_default="")
    step: Mapped[int | None] = mapped_column(Integer, nullable=True)
    layout: Mapped[str] = mapped_column(String(12), default="wall", server_default="wall")
    show_authors: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    only_in_control: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    votes_per_person: Mapped[int] = mapped_column(Integer, default=3, server_default="3")
    votes_per_cluster: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    # Wall phases (0013): notes come in blind until revealed; dot voting "" (counted by hand, tallies shown),
    # "open" (phones vote, tallies hidden) or "closed" (tallies shown, no more ballots).
    collecting: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    voting: Mapped[str] = mapped_column(String(8), default="", server_default="")


class Cluster(Base):
    __tablename__ = "cluster"
    id: Mapped[int] = mapped_column(primary_key=True)
    board_id: Mapped[int] = mapped_column(ForeignKey("board.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(200), default="")
    x: Mapped[float] = mapped_column(Float, default=0.0)
    y: Mapped[float] = mapped_column(Float, default=0.0)


class Note(Base):
    __tablename__ = "note"
    id: Mapped[int] = mapped_column(primary_key=True)
    board_id: Mapped[int] = mapped_column(ForeignKey("board.id", ondelete="CASCADE"))
    cluster_id: Mapped[int | None] = mapped_column(
        ForeignKey("cluster.id", ondelete="SET NULL"), nullable=True
    )
    text: Mapped[str] = mapped_column(Text)
    x: Mapped[float] = mapped_column(Float, default=0.0)
    y: Mapped[float] = mapped_column(Float, default=0.0)
    created_us: Mapped[int] = mapped_column(BigInteger, default=0)
    # Wall (0006): colour key (app/domain/wall/palette.py), optional author or team, "in our control".
    colour: Mapped[str] = mapped_column(String(12), default="yellow", server_default="yellow")
    author: Mapped[str] = mapped_column(String(200), default="", server_default="")
    in_control: Mapped[bool | None] = mapped_column(Boolean, nullable=True)


class Vote(Base):
    __tablename__ = "vote"
    id: Mapped[int] = mapped_column(primary_key=True)
    board_id: Mapped[int] = mapped_column(ForeignKey("board.id", ondelete="CASCADE"))
    note_id: Mapped[int | None] = mapped_column(
        ForeignKey("note.id", ondelete="CASCADE"), nullable=True
    )
    cluster_id: Mapped[int | None] = mapped_column(
        ForeignKey("cluster.id", ondelete="CASCADE"), nullable=True
    )
    dots: Mapped[int] = mapped_column(Integer, default=1)
    voter: Mapped[str] = mapped_column(String(200), default="", server_default="")  # Wall (0006); "" = a tally
    # A phone's ballot (0013): the SHA-256 of its device token (voter "phone"); "" for every other vote.
    device: Mapped[str] = mapped_column(String(64), default="", server_default="")
    __table_args__ = (Index("ix_vote_board_id_device", "board_id", "device"),)


# -- Commitments and bright spots (revision 0007) ------------------------------------------------------


class Commitment(Base):
    """What a team will do in the next action period; carried over ones say where from (`source`)."""

    __tablename__ = "commitment"
    id: Mapped[int] = mapped_column(primary_key=True)
    team_id: Mapped[int] = mapped_column(ForeignKey("team.id", ondelete="CASCADE"))
    item_id: Mapped[int | None] = mapped_column(
        ForeignKey("agenda_item.id", ondelete="SET NULL"), nullable=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    change: Mapped[str] = mapped_column(Text)
    who: Mapped[str] = mapped_column(String(200), default="")
    by_when: Mapped[str] = mapped_column(String(100), default="")
    measure: Mapped[str] = mapped_column(Text, default="")
    support: Mapped[str] = mapped_column(Text, default="")
    support_from: Mapped[str] = mapped_column(String(40), default="")
    status: Mapped[str] = mapped_column(String(20), default="")
    learned: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[str] = mapped_column(String(300), default="")
    source_ref: Mapped[str] = mapped_column(String(100), default="")
    created_us: Mapped[int] = mapped_column(BigInteger, default=0)
    updated_us: Mapped[int] = mapped_column(BigInteger, default=0)


class BrightSpot(Base):
    """A practice that is working for a team: what, for whom, the evidence; from a note, a commitment or text."""

    __tablename__ = "bright_spot"
    id: Mapped[int] = mapped_column(primary_key=True)
    team_id: Mapped[int] = mapped_column(ForeignKey("team.id", ondelete="CASCADE"))
    what_worked: Mapped[str] = mapped_column(Text)
    for_whom: Mapped[str] = mapped_column(Text, default="")
    evidence: Mapped[str] = mapped_column(Text, default="")
    origin: Mapped[str] = mapped_column(String(20), default="text")
    commitment_id: Mapped[int | None] = mapped_column(
        ForeignKey("commitment.id", ondelete="SET NULL"), nullable=True
    )
    note_id: Mapped[int | None] = mapped_column(ForeignKey("note.id", ondelete="SET NULL"), nullable=True)
    created_us: Mapped[int] = mapped_column(BigInteger, default=0)


class TalkConversation(Base):
    """Who is in one tracked conversation (revision 0005), their protocol roles, goals and pins."""

    __tablename__ = "talk_conversation"
    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(200), default="")
    scope: Mapped[str] = mapped_column(String(200), default="")  # "Whole room", a team's name, "Table 3"
    item_id: Mapped[int | None] = mapped_column(
        ForeignKey("agenda_item.id", ondelete="SET NULL"), nullable=True
    )
    lens_id: Mapped[int | None] = mapped_column(ForeignKey("lens.id", ondelete="SET NULL"), nullable=True)
    members_json: Mapped[str] = mapped_column(Text, default="[]")
    pinned_json: Mapped[str] = mapped_column(Text, default="[]")
    roles_json: Mapped[str] = mapped_column(Text, default="{}")
    goals_json: Mapped[str] = mapped_column(Text, default="[]")
    created_us: Mapped[int] = mapped_column(BigInteger, default=0)


# -- Talk: the speaking queue and codes on turns (revision 0012) ---------------------------------------


class TalkHand(Base):
    """A raised hand in a conversation's speaking queue: waiting while neither called nor withdrawn."""

    __tablename__ = "talk_hand"
    id: Mapped[int] = mapped_column(primary_key=True)
    conversation_id: Mapped[int] = mapped_column(ForeignKey("talk_conversation.id", ondelete="CASCADE"))
    participant_id: Mapped[int] = mapped_column(ForeignKey("participant.id", ondelete="CASCADE"))
    raised_us: Mapped[int] = mapped_column(BigInteger)
    called_us: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    withdrawn_us: Mapped[int | None] = mapped_column(BigInteger, nullable=True)


class TalkCode(Base):
    """One of a conversation's (up to four) low-inference codes for turns, in key order."""

    __tablename__ = "talk_code"
    id: Mapped[int] = mapped_column(primary_key=True)
    conversation_id: Mapped[int] = mapped_column(ForeignKey("talk_conversation.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    label: Mapped[str] = mapped_column(String(60))


class TalkTurnCode(Base):
    """A code given to a turn."""

    __tablename__ = "talk_turn_code"
    __table_args__ = (UniqueConstraint("segment_id", "code_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    segment_id: Mapped[int] = mapped_column(ForeignKey("talk_segment.id", ondelete="CASCADE"))
    code_id: Mapped[int] = mapped_column(ForeignKey("talk_code.id", ondelete="CASCADE"))


# -- Wall note vectors (revision 0008) -----------------------------------------------------------------


class NoteVector(Base):
    """A note's sentence vector from `model`, for the text whose SHA-1 is `text_sha1` (float32 bytes).

    A cache: kept so a suggestion after reopening never embeds a note again; the history never
    snapshots it (app/services/core/history.py CACHES), and an edited note's old vector is ignored."""

    __tablename__ = "note_vector"
    note_id: Mapped[int] = mapped_column(ForeignKey("note.id", ondelete="CASCADE"), primary_key=True)
    model: Mapped[str] = mapped_column(String(200))
    text_sha1: Mapped[str] = mapped_column(String(40))
    vector: Mapped[bytes] = mapped_column(LargeBinary)


# Room capture (revision 0009): notes from phones waiting in the moderation queue.
class CapturePending(Base):
    """A note a participant sent while moderation was on: kept in the file until the facilitator accepts
    (it becomes a note on the board) or rejects it (it is deleted), so a crash never loses it."""

    __tablename__ = "capture_pending"
    id: Mapped[int] = mapped_column(primary_key=True)
    board_id: Mapped[int] = mapped_column(ForeignKey("board.id", ondelete="CASCADE"))
    text: Mapped[str] = mapped_column(Text)
    author: Mapped[str] = mapped_column(String(200), default="")
    in_control: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    created_us: Mapped[int] = mapped_column(BigInteger, default=0)


class ConveneMeta(Base):
    """Revision 0010: key/value facts about the file itself (written_by, min_version)."""

    __tablename__ = "convene_meta"
    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(60), unique=True)
    value: Mapped[str] = mapped_column(Text)


# -- improvement (revision 0014): PDSA cycles, measures and the driver diagram ------------------------------
class Driver(Base):
    """A node of the network's driver diagram: the aim (the root), a primary or secondary driver, a change idea."""

    __tablename__ = "driver"
    id: Mapped[int] = mapped_column(primary_key=True)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("driver.id", ondelete="CASCADE"), nullable=True)
    kind: Mapped[str] = mapped_column(String(20))
    text: Mapped[str] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer, default=0)
    created_us: Mapped[int] = mapped_column(BigInteger, default=0)


class CommitmentIdea(Base):
    """The change idea of the driver diagram that a commitment tests (at most one per commitment)."""

    __tablename__ = "commitment_idea"
    id: Mapped[int] = mapped_column(primary_key=True)
    commitment_id: Mapped[int] = mapped_column(ForeignKey("commitment.id", ondelete="CASCADE"), unique=True)
    idea_id: Mapped[int] = mapped_column(ForeignKey("driver.id", ondelete="CASCADE"))


class PdsaCycle(Base):
    """One Plan-Do-Study-Act cycle a team ran on a commitment; `source_ref` names the cycle it was carried from."""

    __tablename__ = "pdsa_cycle"
    id: Mapped[int] = mapped_column(primary_key=True)
    commitment_id: Mapped[int] = mapped_column(ForeignKey("commitment.id", ondelete="CASCADE"))
    number: Mapped[int] = mapped_column(Integer)
    tested_on: Mapped[dt.date] = mapped_column(Date)
    change_idea: Mapped[str] = mapped_column(Text, default="")
    prediction: Mapped[str] = mapped_column(Text, default="")
    what_happened: Mapped[str] = mapped_column(Text, default="")
    learned: Mapped[str] = mapped_column(Text, default="")
    decision: Mapped[str] = mapped_column(String(20), default="")
    source: Mapped[str] = mapped_column(String(300), default="")
    source_ref: Mapped[str] = mapped_column(String(100), default="")
    created_us: Mapped[int] = mapped_column(BigInteger, default=0)
    updated_us: Mapped[int] = mapped_column(BigInteger, default=0)


class Measure(Base):
    """A measure the network shares: its name, unit, and whether higher values are better."""

    __tablename__ = "measure"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    unit: Mapped[str] = mapped_column(String(60), default="")
    higher_is_better: Mapped[bool] = mapped_column(Boolean, default=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    created_us: Mapped[int] = mapped_column(BigInteger, default=0)


class MeasureValue(Base):
    """One team's value of a measure for one period (the date it was counted); `source` where it was carried from."""

    __tablename__ = "measure_value"
    __table_args__ = (UniqueConstraint("measure_id", "team_id", "period"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    measure_id: Mapped[int] = mapped_column(ForeignKey("measure.id", ondelete="CASCADE"))
    team_id: Mapped[int] = mapped_column(ForeignKey("team.id", ondelete="CASCADE"))
    period: Mapped[dt.date] = mapped_column(Date)
    value: Mapped[float] = mapped_column(Float)
    source: Mapped[str] = mapped_column(String(300), default="")
    created_us: Mapped[int] = mapped_column(BigInteger, default=0)


# -- wall photos (revision 0015): photos of chart paper on a board ----------------------------------------------
class WallPhoto(Base):
    """A photo of a board's chart paper: the stored copy is re-encoded JPEG (no EXIF), at most ~2400 px long."""

    __tablename__ = "wall_photo"
    id: Mapped[int] = mapped_column(primary_key=True)
    board_id: Mapped[int] = mapped_column(ForeignKey("board.id", ondelete="CASCADE"), index=True)
    caption: Mapped[str] = mapped_column(Text, default="", server_default="")
    image: Mapped[bytes] = mapped_column(LargeBinary)
    width: Mapped[int] = mapped_column(Integer)
    height: Mapped[int] = mapped_column(Integer)
    source: Mapped[str] = mapped_column(String(12), default="", server_default="")   # "file" or "phone"
    waiting: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")  # moderated: not shown yet
    created_us: Mapped[int] = mapped_column(BigInteger, default=0)


# -- co-facilitation (revision 0017): a second facilitator's devices and what each did ------------
class CofacDevice(Base):
    """A co-facilitator's device that asked to join (its name as typed); accepted and revoked by the lead."""

    __tablename__ = "cofac_device"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(60))
    joined_us: Mapped[int] = mapped_column(BigInteger)
    accepted_us: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    revoked_us: Mapped[int | None] = mapped_column(BigInteger, nullable=True)


class CofacAction(Base):
    """One action a device sent (a tap, a call from the queue, a timer press, a cue), under the device's own
    sequence number: the same number sent again is answered from here, never applied twice."""

    __tablename__ = "cofac_action"
    __table_args__ = (UniqueConstraint("device_id", "seq"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    device_id: Mapped[int] = mapped_column(ForeignKey("cofac_device.id", ondelete="CASCADE"))
    seq: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(20))
    detail: Mapped[str] = mapped_column(Text, default="", server_default="")
    answer: Mapped[str] = mapped_column(Text, default="", server_default="")
    at_us: Mapped[int] = mapped_column(BigInteger)
