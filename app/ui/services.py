"""The services the GUI uses, made once per workspace."""

from __future__ import annotations

from app.services.agenda import AgendaService
from app.services.capture import CaptureService
from app.services.commitments import CommitmentService
from app.services.export import ExportService
from app.services.history import History
from app.services.live import LiveService
from app.services.pairing import PairingService
from app.services.people import PeopleService
from app.services.protocols import ProtocolService
from app.services.roster_import import RosterImporter
from app.services.tables import TablesService
from app.services.talk import TalkService
from app.services.wall import WallService
from app.services.workspace import Workspace
from app.ui.jobs import QtRunner


def make_services(ws: Workspace) -> dict:
    history = History(ws)  # one undo history for every capability (Edit > Undo is a view of it)
    agenda = AgendaService(ws, history)
    live = LiveService(ws, agenda)
    people = PeopleService(ws, history)
    protocols = ProtocolService(ws, agenda)
    services: dict = {
        "history": history,
        "people": people,
        "roster": RosterImporter(ws),
        "agenda": agenda,
        "live": live,
        "commitments": CommitmentService(ws, history),
        "pairing": PairingService(ws),
        "tables": TablesService(ws),
        "protocols": protocols,
        "export": ExportService(ws, agenda, live, protocols, people),
        "jobs": QtRunner(),  # tests put a SyncRunner here (the sync_jobs fixture)
        "talk": TalkService(ws, history, live, protocols),
        "wall": WallService(ws, history),
        "timezone": lambda: live.tz().key if ws.store is not None else "UTC",
    }
    services["capture"] = CaptureService(ws, services["wall"])  # room capture (issue 15): no socket until started
    return services
