"""The demo convening: a realistic two-day launch intensive for 12 schools.

Its content is `resources/demo/convening.toml`; this module turns it into a
fresh convening file.
"""

from __future__ import annotations

import datetime as dt
import time
import tomllib
from pathlib import Path

from sqlalchemy import select

from app.domain.clock import Clock, SystemClock
from app.locations import RESOURCES_DIR
from app.services import library
from app.services.protocol_rows import add_protocol
from app.services.records import ConveningDetails, DayDetails
from app.services.workspace import Workspace, write_details
from app.store import models as m
from app.store.database import Store, create_store

DEMO_FILE = RESOURCES_DIR / "demo" / "convening.toml"


def _minutes(hhmm: str) -> int:
    h, mm = hhmm.split(":")
    return int(h) * 60 + int(mm)


def load_demo_content(path: Path = DEMO_FILE) -> dict:
    with open(path, "rb") as fh:
        return tomllib.load(fh)


def build_demo(path: Path, clock: Clock | None = None) -> Store:
    """Write a fresh demo convening to `path` and return it open."""
    clock = clock or SystemClock()
    data = load_demo_content()
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
            _add_wall(s, data.get("wall"), conv, clock)
    except BaseException:
        store.close()
        raise
    return store


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


def demo_path(workspace: Workspace) -> Path:
    folder = workspace.data_dir / "demo"
    folder.mkdir(parents=True, exist_ok=True)
    return folder / f"Demo convening {time.strftime('%Y-%m-%d %H%M%S')}.convene"


def open_fresh_demo(workspace: Workspace) -> Path:
    """Build a fresh demo copy in the data folder and make it the open convening."""
    path = demo_path(workspace)
    n = 1
    while path.exists():
        n += 1
        path = path.with_name(f"{path.stem} ({n}).convene")
    workspace.adopt(build_demo(path, workspace.clock))
    return path
