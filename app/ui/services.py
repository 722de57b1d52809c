"""The services the GUI uses, made once per workspace."""

from __future__ import annotations

from app.services.agenda import AgendaService
from app.services.history import History
from app.services.live import LiveService
from app.services.people import PeopleService
from app.services.protocols import ProtocolService
from app.services.roster_import import RosterImporter
from app.services.wall import WallService
from app.services.workspace import Workspace


def make_services(ws: Workspace) -> dict:
    history = History(ws)  # one undo history for every capability (Edit > Undo is a view of it)
    agenda = AgendaService(ws, history)
    live = LiveService(ws, agenda)
    services: dict = {
        "history": history,
        "people": PeopleService(ws, history),
        "roster": RosterImporter(ws),
        "agenda": agenda,
        "live": live,
        "protocols": ProtocolService(ws, agenda),
        "wall": WallService(ws, history),
        "timezone": lambda: live.tz().key if ws.store is not None else "UTC",
    }
    return services
