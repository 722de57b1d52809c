"""The demo convening: a realistic two-day launch intensive for 12 schools.

Its content is `resources/demo/convening.toml`; this module turns it into a
fresh convening file, in English or in Spanish. The Spanish demo is the same
convening with its words said again from `resources/demo/convening.es.toml`
(`localise`), and its projector and handout set to Spanish.
"""

from __future__ import annotations

import datetime as dt
import time
import tomllib
from pathlib import Path

from sqlalchemy import select

from app.domain.clock import Clock, SystemClock
from app.i18n import EN, check_lang, language, translation
from app.locations import RESOURCES_DIR
from app.services.core.records import ConveningDetails, DayDetails
from app.services.core.workspace import Workspace, write_details
from app.services.protocols import library
from app.services.protocols.rows import add_protocol
from app.store import models as m
from app.store.database import Store, create_store

DEMO_FILE = RESOURCES_DIR / "demo" / "convening.toml"
DEMO_WORDS = {"es": RESOURCES_DIR / "demo" / "convening.es.toml"}   # the demo's words in another language (peek.py reads it too)
# Codes the builder reads, never words: a localised demo keeps them as they are ("Whole room", a talk
# session's scope, is said in the demo's language where it is stored).
CODES = frozenset({"protocol", "kind", "support_from", "layout", "colour", "mode", "scope"})


def _minutes(hhmm: str) -> int:
    h, mm = hhmm.split(":")
    return int(h) * 60 + int(mm)


def load_demo_content(path: Path = DEMO_FILE) -> dict:
    with open(path, "rb") as fh:
        return tomllib.load(fh)


def demo_words(lang: str) -> tuple[dict[str, str], frozenset[str]]:
    """(English text -> its `lang` text, the texts kept as written) for the demo in `lang`; English: none."""
    if lang == EN:
        return {}, frozenset()
    words = load_demo_content(DEMO_WORDS[lang])
    return dict(words.get("text", {})), frozenset(words.get("keep", []))


def localise(data, table: dict[str, str]):
    """`data` (the demo's TOML) with every string and table key found in `table` replaced by its
    translation, codes (CODES) left alone. A reference to an item's title follows the title."""
    if isinstance(data, dict):
        return {table.get(k, k): (v if k in CODES else localise(v, table)) for k, v in data.items()}
    if isinstance(data, list):
        return [localise(v, table) for v in data]
    if isinstance(data, str):
        return table.get(data, data)
    return data


def build_demo(path: Path, clock: Clock | None = None, lang: str = EN) -> Store:
    """Write a fresh demo convening to `path` and return it open; `lang` ("en", "es") is the language of
    its data and of its projector and handout."""
    clock = clock or SystemClock()
    check_lang(lang)
    table = demo_words(lang)[0]
    data = localise(load_demo_content(), table)
    c = data["convening"]
    details = ConveningDetails(
        title=c["title"],
        organisation=c.get("organisation", ""),
        location=c.get("location", ""),
        resources_url=c.get("resources_url", ""),
        timezone=c.get("timezone", "UTC"),
        aim=c.get("aim", ""),
        days=tuple(
            DayDetails(
                date=d["date"] if isinstance(d["date"], dt.date) else dt.date.fromisoformat(d["date"]),
                title=d.get("title", ""),
                start_minutes=_minutes(d["start"]),
                end_minutes=_minutes(d["end"]),
            )
            for d in data["days"]
        ),
    )
    store = create_store(path)
    try:
        with store.session() as s:
            conv = write_details(s, details, clock.now())
            conv.projector_lang = conv.handout_lang = lang
            teams = {}
            for t in data["teams"]:
                team = m.Team(name=t["name"], district=t.get("district", ""), region=t.get("region", ""),
                              level=t.get("level", ""), focus=t.get("focus", ""))
                s.add(team)
                teams[t["name"]] = team
            for p in data["participants"]:
                s.add(m.Participant(name=p["name"], pronouns=p.get("pronouns", ""), email=p.get("email", ""),
                                    role=p.get("role", ""), team=teams.get(p.get("team", ""))))
            protocols: dict[str, m.Protocol] = {}
            for day_row, day_data in zip(conv.days, data["days"]):
                for pos, it in enumerate(day_data.get("items", [])):
                    item = m.AgendaItem(
                        position=pos,
                        title=it["title"],
                        kind=it.get("kind", "session"),
                        minutes=int(it["minutes"]),
                        fixed_start=_minutes(it["fixed_start"]) if it.get("fixed_start") else None,
                        warning_minutes=float(it.get("warning_minutes", 2)),
                        facilitator=it.get("facilitator", ""),
                        room=it.get("room", ""),
                        notes=it.get("notes", ""),
                    )
                    name = it.get("protocol")
                    if name:
                        if name not in protocols:
                            protocols[name] = add_protocol(s, library.find(name), origin="library")
                        item.protocol = protocols[name]
                    day_row.items.append(item)
            add_demo_commitments(s, data, teams, table.get(COMMITMENTS_ITEM, COMMITMENTS_ITEM))
            s.flush()
            _add_talk(s, data, conv, details.timezone, translation(lang).gettext("Whole room"))
            _add_wall(s, data.get("wall"), conv, clock)
        _add_pairing(store, data.get("pairing"), clock, table.get(FOCUS_AREA, FOCUS_AREA))
    except BaseException:
        store.close()
        raise
    return store


COMMITMENTS_ITEM = "Next week at our school"
FOCUS_AREA = "focus area"   # the team attribute the demo's pairing weighs


def add_demo_commitments(s, data: dict, teams: dict[str, m.Team], item_title: str = COMMITMENTS_ITEM) -> None:
    """Each team's commitment for the first action period (tied to the item `item_title`), and two bright
    spots."""
    s.flush()
    item = next((i for d in s.scalars(select(m.Day)) for i in d.items if i.title == item_title), None)
    for pos, c in enumerate(data.get("commitments", []), start=1):
        s.add(m.Commitment(team_id=teams[c["team"]].id, item_id=item.id if item else None, position=pos,
                           change=c["change"], who=c.get("who", ""), by_when=c.get("by_when", ""),
                           measure=c.get("measure", ""), support=c.get("support", ""),
                           support_from=c.get("support_from", "")))
    for b in data.get("bright_spots", []):
        s.add(m.BrightSpot(team_id=teams[b["team"]].id, what_worked=b["what_worked"], for_whom=b.get("for_whom", ""),
                           evidence=b.get("evidence", ""), origin="text"))


def _add_pairing(store: Store, pairing: dict | None, clock: Clock, focus_area: str = FOCUS_AREA) -> None:
    """The demo's criteria, focus tags and one buddy round per day, computed by the pairing service."""
    if not pairing:
        return
    from app.services.root import Services

    with store.session() as s:
        ids = dict(s.execute(select(m.Team.name, m.Team.id)).all())
        for n, c in enumerate(pairing.get("criteria", [])):
            s.add(m.PairingCriterion(position=n, attribute=c["attribute"], mode=c["mode"], weight=int(c["weight"])))
        for name, value in pairing.get("focus_area", {}).items():
            s.add(m.TeamAttribute(team_id=ids[name], name=focus_area, value=value))
    ws = Workspace(clock)
    ws.store = store
    rounds = pairing.get("rounds", [])
    with store.read() as s:
        days = list(s.scalars(select(m.Day.id).order_by(m.Day.position)))
    with Services(ws) as services:   # the composition root, as everywhere: no service made on the side
        for n, title in enumerate(rounds):  # round n is for day n (the last day takes any rounds beyond)
            services.pairing.compute_rounds(1, titles=[title], day_id=days[min(n, len(days) - 1)] if days else None)


def demo_path(workspace: Workspace, lang: str = EN) -> Path:
    folder = workspace.data_dir / "demo"
    folder.mkdir(parents=True, exist_ok=True)
    name = translation(lang).gettext("Demo convening {stamp}").format(stamp=time.strftime('%Y-%m-%d %H%M%S'))
    return folder / f"{name}.convene"


def open_fresh_demo(workspace: Workspace, lang: str | None = None) -> Path:
    """Build a fresh demo copy in the data folder and make it the open convening; in `lang`, else the
    language of the person at the keyboard (the console's)."""
    lang = lang or language()
    path = demo_path(workspace, lang)
    n = 1
    while path.exists():
        n += 1
        path = path.with_name(f"{path.stem} ({n}).convene")
    workspace.adopt(build_demo(path, workspace.clock, lang))
    return path


def _add_talk(s, data: dict, conv: m.Convening, timezone: str, whole_room: str = "Whole room") -> None:
    """Lenses with self-identified values and a few tracked sessions (the TOML's talk sections); a session
    over the whole room stores `whole_room` as its scope (the words a conversation started live stores)."""
    import json
    import random
    from zoneinfo import ZoneInfo

    from sqlalchemy import select

    from app.domain.people.lenses import split_values

    people = {p.name: p for p in s.scalars(select(m.Participant))}
    lenses = {}
    for pos, ld in enumerate(data.get("talk_lenses", [])):
        lens = m.Lens(name=ld["name"], position=pos, sensitive=bool(ld.get("sensitive", False)))
        s.add(lens)
        s.flush()
        lenses[lens.name] = lens
        values = {n: p.role for n, p in people.items() if p.role} if ld.get("from_role") else ld.get("values", {})
        for name, cell in values.items():
            if name not in people:
                raise ValueError(f"Demo talk lens {lens.name}: no participant called {name}.")
            for v in split_values(cell):
                s.add(m.LensValue(lens_id=lens.id, participant_id=people[name].id, value=v))
    tz = ZoneInfo(timezone)
    starts = {}
    for day in conv.days:
        minute = day.start_minutes
        for item in day.items:
            if item.fixed_start is not None:
                minute = max(minute, item.fixed_start)
            at = dt.datetime.combine(day.date, dt.time(minute // 60, minute % 60), tz)
            starts[item.title] = (item, at.timestamp())
            minute += item.minutes
    weights = data.get("talk_weights", {})
    for sd in data.get("talk_sessions", []):
        item, t0 = starts[sd["item"]]
        if sd["scope"] == "Whole room":
            members = sorted(people.values(), key=lambda p: p.name.lower())
        else:
            members = sorted((p for p in people.values() if p.team is not None and p.team.name == sd["scope"]),
                             key=lambda p: p.name.lower())
        goals = []
        for g in sd.get("goals", []):
            kind, _, rest = g.partition(":")
            lens_name, _, limit = rest.partition(":")
            goals.append({"kind": kind, "lens": lens_name, "limit": float(limit or 1.25)})
        talk_lens = lenses.get(sd.get("lens", ""))
        talk = m.TalkConversation(
            title=item.title, scope=whole_room if sd["scope"] == "Whole room" else sd["scope"], item_id=item.id, lens_id=talk_lens.id if talk_lens else None,
            members_json=json.dumps([p.id for p in members]), pinned_json=json.dumps([p.id for p in members[:9]]),
            roles_json="{}", goals_json=json.dumps(goals), created_us=int(t0 * 1_000_000))
        s.add(talk)
        s.flush()
        rng = random.Random(sd.get("seed", 1))
        # Each turn is tied to the protocol step running when it started, as tracking live does.
        step_ends: list[int] = []
        total = 0
        if item.protocol_id is not None:
            for st in s.scalars(select(m.ProtocolStep).where(m.ProtocolStep.protocol_id == item.protocol_id)
                                .order_by(m.ProtocolStep.position)):
                total += st.minutes * 60
                step_ends.append(total)

        w = [float(weights.get(p.role, 1.0)) for p in members]
        now, end = t0 + 60, t0 + 60 + sd["minutes"] * 60
        last = None
        while now < end:
            who = rng.choices(members, weights=w)[0] if rng.random() > 0.04 else None
            if who is not None and last is not None and who.id == last:
                continue
            length = rng.uniform(8, 40) if who is None else rng.uniform(12, 70) * (0.6 + 0.2 * w[members.index(who)])
            stop = min(end, now + length)
            s.add(m.TalkSegment(participant_id=who.id if who else None, item_id=item.id,
                                step=_step_at(step_ends, now - t0), started_us=int(now * 1_000_000),
                                ended_us=int(stop * 1_000_000), conversation_id=talk.id))
            last = who.id if who else None
            now = stop + rng.choice((0, 0, 1, 2, 4))


def _step_at(step_ends: list[int], elapsed: float) -> int | None:
    """The protocol step running `elapsed` seconds into the item (the last one past its end); None
    when the item has no protocol."""
    if not step_ends:
        return None
    return next((i for i, e in enumerate(step_ends) if elapsed < e), len(step_ends) - 1)


def _add_wall(s, wall: dict | None, conv, clock) -> None:
    """The day-1 fishbone as a board: one cluster per bone, laid out as a fishbone, with dots."""
    from app.domain.wall import layout as lay

    if not wall:
        return
    s.flush()
    item = next((i for d in conv.days for i in d.items if i.title == wall.get("item")), None)
    now_us = int(clock.now() * 1_000_000)
    board = m.Board(title=wall["board"], prompt=wall.get("prompt", ""), item_id=item.id if item else None,
                    layout=wall.get("layout", "wall"), created_us=now_us,
                    votes_per_person=int(wall.get("votes_per_person", 3)),
                    votes_per_cluster=int(wall.get("votes_per_cluster", 0)))
    s.add(board)
    s.flush()
    groups, notes = [], {}
    for c in wall.get("clusters", []):
        cluster = m.Cluster(board_id=board.id, name=c["name"])
        s.add(cluster)
        s.flush()
        ids = []
        for text in c["notes"]:
            n = m.Note(board_id=board.id, cluster_id=cluster.id, text=text, colour=c.get("colour", "yellow"),
                       in_control=c.get("in_control"), created_us=now_us)
            s.add(n)
            s.flush()
            notes[n.id] = n
            ids.append(n.id)
        groups.append(lay.Group(cluster.id, ids))
        if c.get("dots"):
            s.add(m.Vote(board_id=board.id, cluster_id=cluster.id, dots=int(c["dots"])))
    loose = []
    for row in wall.get("loose", []):
        n = m.Note(board_id=board.id, text=row["text"], colour=row.get("colour", "yellow"), created_us=now_us)
        s.add(n)
        s.flush()
        notes[n.id] = n
        loose.append(n.id)
    if loose:
        groups.append(lay.Group(None, loose))
    shape = lay.fishbone(groups) if board.layout == "fishbone" else lay.tidy(groups)
    for nid, (x, y) in shape.notes.items():
        notes[nid].x, notes[nid].y = x, y
    for cluster in s.scalars(select(m.Cluster).where(m.Cluster.board_id == board.id)):
        frame = shape.clusters.get(cluster.id)
        if frame is not None:
            cluster.x, cluster.y = frame.x, frame.y
