"""A Spanish console: the steps the services record (Edit > Undo) and the sentences they hand the console are
in the keyboard's language."""

from __future__ import annotations

import pytest

from app.domain.commitments.model import CommitmentData
from app.i18n import set_language
from app.services.core.changes import ConveningChanged


@pytest.fixture
def spanish():
    set_language("es")
    yield
    set_language("en")   # the other tests read English


def _a_speaker(services) -> tuple[int, str]:
    talk = services.talk
    talk._on_convening(ConveningChanged(opened=True))   # the demo's tracked whole-room conversation
    pid = talk.view().conversation.members[0]
    return pid, talk.names()[pid]


def _a_board_with_notes(services) -> tuple[int, list[int]]:
    wall = services.wall
    for b in wall.boards():
        notes = wall.view(b.id).notes
        if len(notes) >= 2:
            return b.id, [n.id for n in notes]
    pytest.fail("the demo has a board with notes")


def test_the_newest_step_is_labelled_in_spanish_then_in_english(demo_services, spanish):
    history = demo_services.history
    team_id, team = demo_services.commitments.teams()[0]

    demo_services.commitments.add(team_id, CommitmentData("Llamar a cada familia antes del viernes"))
    assert history.undo_label() == f"añadir un compromiso de {team}"

    pid, name = _a_speaker(demo_services)
    demo_services.talk.tap(pid)
    assert history.undo_label() == f"dar la palabra a {name}"

    _board, notes = _a_board_with_notes(demo_services)
    demo_services.wall.move_notes({notes[0]: (120.0, 80.0), notes[1]: (300.0, 80.0)})
    assert history.undo_label() == "mover 2 notas"
    demo_services.wall.move_notes({notes[0]: (10.0, 10.0)})
    assert history.undo_label() == "mover una nota"

    history.undo()
    assert history.redo_label() == "mover una nota"
    assert history.undo_label() == "mover 2 notas"

    set_language("en")
    demo_services.wall.set_in_control([notes[0]], True)
    assert history.undo_label() == "mark a note in our control"
    demo_services.talk.tap(None)
    assert history.undo_label() == "floor to many voices"
    demo_services.talk.tap(None)   # many voices again: the floor falls silent
    assert history.undo_label() == "silence"
    set_language("es")
    demo_services.talk.tap(None)
    assert history.undo_label() == "dar la palabra a varias voces"


def test_a_count_and_a_status_read_as_whole_spanish_phrases(demo_services, spanish):
    history = demo_services.history
    team_id, team = demo_services.commitments.teams()[0]
    cid = demo_services.commitments.add(team_id, CommitmentData("Textos por la tarde sobre FAFSA"))
    demo_services.commitments.set_status(cid, "partly")
    assert history.undo_label() == f"marcar un compromiso de {team} como cumplido en parte"
    board, notes = _a_board_with_notes(demo_services)
    demo_services.wall.set_colour(notes[:3], "blue")
    assert history.undo_label() == "poner 3 notas en celeste"
    assert not any(word in " ".join(history.labels()[0]) for word in (" of ", "note", "add "))


def test_a_co_facilitators_tap_says_whose_phone_in_spanish(demo_services, spanish):
    from app.domain.cofacilitate.rules import Action
    from app.services.cofacilitate.devices import Device
    from app.services.cofacilitate.records import ACCEPTED

    pid, name = _a_speaker(demo_services)
    cofac = demo_services.cofacilitate
    phone = Device(token_hash="0" * 64, name="Teléfono de María")
    cofac._join(phone)            # as its first request does, without the room's server
    cofac.accept(phone.id)
    assert phone.state == ACCEPTED
    answer = cofac._apply(phone, Action(seq=1, kind="tap", person=pid))
    assert answer["ok"], answer
    assert demo_services.history.undo_label() == f"dar la palabra a {name} · desde Teléfono de María"


def test_the_seating_maps_note_is_spanish_and_the_round_is_kept_apart(services, spanish):
    from app.domain.pairing.tables import TableRules
    from app.domain.talk.seating import BY_TABLE, BY_TEAM
    from app.services.people.records import ParticipantData

    ids = [services.people.add_participant(ParticipantData(name=n, role="teacher"))
           for n in ("Ana", "Ben", "Chen", "Dee")]
    services.talk.start_conversation(ids)
    view = services.talk.seating.view(BY_TABLE)
    assert (view.note, view.round_title) == ("Todavía no hay mesas para este día: de la A a la Z", "")
    services.pairing.tables.compute(TableRules(size=2, min_size=2, max_size=3), titles=["Mesas de la mañana"])
    view = services.talk.seating.view(BY_TABLE)
    assert (view.note, view.round_title) == ("Asientos como en Mesas de la mañana", "Mesas de la mañana")
    assert services.talk.seating.view(BY_TEAM).note == "Por equipo"


def test_a_rounds_day_and_the_rooms_server_problems_read_in_spanish(spanish):
    import errno

    from app.services.capture.server import _start_problem
    from app.services.pairing.service import RoundRecord

    assert RoundRecord(1, 0, "Escuelas compañeras", (), day_number=2).day_label == "Día 2"
    assert RoundRecord(1, 0, "Escuelas compañeras", ()).day_label == "Sin día"
    taken = OSError(errno.EADDRINUSE, "Address already in use")
    assert _start_problem(taken, "127.0.0.1", 8080) == "El puerto 8080 de 127.0.0.1 ya está en uso; elija otro puerto."
    set_language("en")
    assert _start_problem(taken, "127.0.0.1", 8080) == "Port 8080 on 127.0.0.1 is already in use; choose another port."


def test_the_next_convenings_progress_and_report_read_in_spanish(tmp_path, data_dir, spanish):
    from app.domain.clock import FakeClock
    from app.services.core.jobs import CancelToken, drive
    from app.services.network.next import NextRequest, next_job, parse_start
    from tests.conftest import DEMO_MORNING
    from tests.services.network_files import make_demo

    clock = FakeClock(DEMO_MORNING)
    old = make_demo(tmp_path / "launch.convene", clock)
    labels: list[str] = []
    report = drive(next_job(NextRequest(old, tmp_path / "primavera.convene", "Primavera", parse_start("2027-04-15")),
                            clock), CancelToken(), lambda p: labels.append(p.label))
    assert labels[0] == "Leyendo launch.convene" and "Trasladando los compromisos" in labels and labels[-1] == "Listo"
    assert report.lines[0].startswith("Creado a partir de ")
    assert "Se copiaron 12 equipos y 48 participantes" in report.lines[1]
    print("\n".join(labels + report.lines))
    assert not any(line.startswith(("Built", "Copied", "Kept")) for line in report.lines), report.lines


def test_the_talk_tabs_help_reads_in_spanish(spanish):
    from app.services.talk.service import HELP, talk_help

    said = talk_help()
    assert said.startswith("Pulse un nombre en el mapa de asientos") and "Índice de equilibrio: " in said
    assert "Gini" in said and "Balance is" not in said, "the evenness sentence in Spanish too"
    set_language("en")
    assert talk_help() == HELP


def test_grouping_a_boards_notes_reports_its_progress_in_spanish(services, spanish):
    from app.services.core.jobs import CancelToken, drive
    from tests.services.test_wall_service import BUS_DEBT, CountingEncoder

    wall = services.wall
    ids = wall.add_notes(wall.add_board("Barreras"), BUS_DEBT)
    labels: list[str] = []
    drive(wall.suggestions.embed_job(ids, CountingEncoder()), CancelToken(), lambda p: labels.append(p.label))
    assert labels[-1] == f"Leyendo las notas: {len(ids)} de {len(ids)}", labels
