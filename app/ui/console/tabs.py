"""The console's tabs. Each capability adds its tab here, in the order shown."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from app.ui.context import UiContext

TabFactory = Callable[[UiContext], QWidget]


def tab_factories() -> list[tuple[str, TabFactory]]:
    from app.ui.agenda.agenda_tab import AgendaTab
    from app.ui.commitments.commitments_tab import CommitmentsTab
    from app.ui.live.live_tab import LiveTab
    from app.ui.pairing.pairing_tab import PairingTab
    from app.ui.people.participants_tab import ParticipantsTab
    from app.ui.people.teams_tab import TeamsTab
    from app.ui.protocols.library_tab import ProtocolsTab
    from app.ui.talk.talk_tab import TalkTab
    from app.ui.wall.wall_tab import WallTab

    return [
        ("Live", LiveTab),
        ("Agenda", AgendaTab),
        ("Talk", TalkTab),
        ("People", ParticipantsTab),
        ("Teams", TeamsTab),
        ("Protocols", ProtocolsTab),
        ("Commitments", CommitmentsTab),
        ("Pairing", PairingTab),
        ("Wall", WallTab),
    ]
