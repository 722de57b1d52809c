"""The domain's own sentences speak the keyboard's language (issue 26): a Spanish console reads the refusals,
reasons, labels and report lines the domain makes in Spanish, and in English again after switching back. Each
family of messages is read through the domain function a facilitator's action reaches."""

from __future__ import annotations

import pytest

from app.domain.commitments.carry import CarryPlan, OldCommitment
from app.domain.improvement.measures_csv import read_rows
from app.domain.pairing.criteria import Criterion, TeamProfile
from app.domain.pairing.matching import solve_round
from app.domain.pairing.rules import Meeting, Rules
from app.domain.pairing.tables import Person, TableRules, TablesError, plan_tables
from app.domain.people.decode import RosterError, decode_csv
from app.domain.protocols.scaling import scale_steps
from app.domain.run_chart import analyse
from app.domain.talk.goals import EVERYONE_SPEAKS, Goal, check_goals
from app.domain.talk.metrics import figures
from app.domain.talk.seating import BY_TABLE, arrange
from app.domain.talk.turns import Turn, TurnError, check_edit
from app.domain.wall.text import NoteTextError, clean_note
from app.domain.wall.votes import VoteError, VoteRules, check_ballot
from app.i18n import Message, in_language, said_in, set_language
from app.i18n.languages import LanguageError, projector_mode


@pytest.fixture
def spanish():
    set_language("es")
    yield
    set_language("en")   # the other tests read English


def _raised(exc_type, fn, *args, **kwargs) -> BaseException:
    with pytest.raises(exc_type) as info:
        fn(*args, **kwargs)
    return info.value


def test_a_turn_edit_that_overlaps_is_refused_in_the_keyboards_language(spanish):
    turns = [Turn(1, 7, 100.0, 160.0), Turn(2, 8, 170.0, 200.0)]
    exc = _raised(TurnError, check_edit, turns, 2, 150.0, 190.0, now=300.0)
    assert str(exc) == "Eso se superpondría con otro turno; acorte primero ese."
    assert str(_raised(TurnError, check_edit, turns, 2, 400.0, None, now=300.0)) == \
        "Inicio: un turno no puede empezar en el futuro."
    set_language("en")
    assert str(_raised(TurnError, check_edit, turns, 2, 150.0, 190.0, now=300.0)) == \
        "That would overlap another turn; shorten that one first."


def test_a_talk_goal_and_its_detail_read_in_spanish(spanish):
    f = figures([Turn(1, 7, 0.0, 30.0)], [7, 8, 9], now=60.0)
    [status] = check_goals([Goal(EVERYONE_SPEAKS)], f, {}, name=lambda p: {8: "Ana", 9: "Luis"}[p])
    assert status.line() == "✗ todavía no: Todas las personas hablan al menos una vez. Faltan 2 por hablar: Ana, Luis."
    set_language("en")
    [status] = check_goals([Goal(EVERYONE_SPEAKS)], f, {}, name=lambda p: {8: "Ana", 9: "Luis"}[p])
    assert status.line() == "✗ not yet: Everyone speaks at least once. 2 still to speak: Ana, Luis."


def test_the_seating_maps_blocks_say_table_in_spanish(spanish):
    people = [(1, "Ana"), (2, "Beto"), (3, "Carla")]
    blocks = arrange(people, BY_TABLE, tables={1: 3, 2: 3})
    assert [b.label for b in blocks] == ["Mesa 3", "Sin mesa"]
    set_language("en")
    assert [b.label for b in arrange(people, BY_TABLE, tables={1: 3, 2: 3})] == ["Table 3", "No table"]


def test_a_rounds_problems_read_in_spanish_and_its_reasons_stay_the_convenings_words(spanish):
    teams = [TeamProfile(1, "Lincoln", {"district": "Norte"}), TeamProfile(2, "Roosevelt", {"district": "Sur"}),
             TeamProfile(3, "Garfield", {"district": "Este"}), TeamProfile(4, "Hoover", {"district": "Oeste"})]
    criteria = [Criterion("district", "different", 3)]
    history = Rules.make(history=[Meeting((1, 2), 1, "Día 1"), Meeting((3, 4), 1, "Día 1"),
                                  Meeting((1, 3), 1, "Día 1"), Meeting((2, 4), 1, "Día 1"),
                                  Meeting((1, 4), 1, "Día 1"), Meeting((2, 3), 1, "Día 1")])
    again = solve_round(teams, criteria, history)
    assert again.problems[0].text.startswith("En esta ronda no es posible evitar toda pareja repetida: ")
    assert "Esta ronda repite 2 parejas" in again.problems[0].text
    assert "Lincoln y " in again.problems[0].text
    # a pair's reason is data the round stores, in the convening's language (services/pairing/reasons.py)
    assert all(g.reason.startswith("different districts; met before in") for g in again.groups)
    set_language("en")
    assert solve_round(teams, criteria, history).problems[0].text.startswith(
        "Never repeating a pair is not possible this round: ")


def test_tables_refusals_and_quality_read_in_spanish(spanish):
    assert str(_raised(TablesError, TableRules(size=6, min_size=5, max_size=7).check, 3)) == \
        "3 personas no llenan una mesa de al menos 5; baje el tamaño mínimo."
    people = [Person(i, f"P{i}", "Lincoln" if i < 3 else "", {"role": "teacher"}) for i in range(1, 9)]
    [plan] = plan_tables(people, TableRules(size=4, min_size=4, max_size=4))
    assert plan.quality_lines()[:2] == ["0 parejas de compañeros de mesa repetidas", "regla de equipos incumplida 0 veces"]
    set_language("en")
    [plan] = plan_tables(people, TableRules(size=4, min_size=4, max_size=4))
    assert plan.quality_lines()[:2] == ["0 repeat tablemate pairs", "team rule broken 0 times"]


def test_note_and_vote_refusals_read_in_spanish(spanish):
    assert str(_raised(NoteTextError, clean_note, "   ")) == "La nota necesita algún texto."
    assert str(_raised(VoteError, check_ballot, VoteRules(3, 0), {1: 2, 2: 2}, "Ana")) == \
        "Ana tiene 3 puntos; aquí se ponen 4."
    set_language("en")
    assert str(_raised(VoteError, check_ballot, VoteRules(3, 0), {1: 2, 2: 2})) == \
        "Each person has 3 dots; this puts down 4."


def test_the_carry_report_of_convene_next_reads_in_spanish(spanish):
    plan = CarryPlan("Otoño 2026", carried=[(1, OldCommitment("a", "Lincoln", {})), (1, OldCommitment("b", "Lincoln", {}))],
                     already=1, gone={"Hoover": 2}, new=["Garfield"])
    assert plan.lines() == [
        "Se trajeron 2 compromisos de 1 equipo desde “Otoño 2026”.",
        "1 compromiso ya se había traído antes y se dejó como estaba.",
        "No se trajeron, porque el equipo no está en este encuentro: Hoover (2). Añada el equipo (con el mismo "
        "nombre) y vuelva a traerlos.",
        "Nuevos desde “Otoño 2026”, así que no hay nada que traer: Garfield.",
    ]
    set_language("en")
    assert plan.lines()[:2] == ["Carried 2 commitments of 1 team from “Otoño 2026”.",
                                "1 commitment had been carried over before and was left as it is."]


def test_a_people_csv_that_is_not_text_is_refused_in_spanish(spanish):
    exc = _raised(RosterError, decode_csv, b"%PDF-1.7 ...")
    assert str(exc).startswith("Este no es un archivo de texto CSV (parece un documento PDF). En Excel, elija")
    assert str(_raised(RosterError, decode_csv, b"")) == "El archivo está vacío: no hay nada que importar."
    set_language("en")
    assert str(_raised(RosterError, decode_csv, b"")) == "The file is empty: there is nothing in it to import."


def test_a_measures_csv_row_is_refused_in_spanish(spanish):
    headers = ["team", "measure", "period", "value"]
    teams, measures = {"lincoln": 1}, {"fafsa": 5}
    exc = _raised(ValueError, read_rows, headers, [(2, ["Lincoln", "FAFSA", "2027-01", "muchos"])], teams, measures,
                  str.casefold)
    assert str(exc) == "Fila 2, columna “value”: “muchos” no es un número."
    set_language("en")
    exc = _raised(ValueError, read_rows, headers, [(2, ["Lincoln", "FAFSA", "2027-01", "many"])], teams, measures,
                  str.casefold)
    assert str(exc) == "Row 2, column “value”: “many” is not a number."


def test_protocol_scaling_and_projector_language_refusals_read_in_spanish(spanish):
    assert str(_raised(ValueError, scale_steps, [5, 5, 5], 2)) == \
        "2 minutos es poco para 3 pasos: cada paso necesita al menos 1 minuto, así que dé al menos 3."
    assert str(_raised(LanguageError, projector_mode, "fr")).startswith("“fr” no es un idioma del proyector")
    set_language("en")
    assert str(_raised(ValueError, scale_steps, [5, 5, 5], 2)).startswith("2 minutes is too short for 3 steps")


def test_run_chart_signals_read_in_spanish_and_can_be_said_again_in_english(spanish):
    chart = analyse([1, 2, 3, 4, 5, 6, 7], higher_is_better=True)
    [trend] = chart.signals
    assert trend.words == "Una tendencia: 7 puntos seguidos en subida (puntos 1 a 7), en la buena dirección."
    assert trend.short == "Tendencia: 7 puntos seguidos en subida, en la buena dirección."
    # made in Spanish for the console, said again in English for an English handout
    assert in_language(trend.words, "en") == "A trend: 7 points in a row going up (points 1 to 7), the better way."
    assert analyse([3.0]).words() == ["Por ahora solo hay 1 punto: muy poco para ver una señal."]


def test_a_message_remembers_how_it_was_made_and_an_error_can_be_said_in_another_language(spanish):
    exc = _raised(NoteTextError, clean_note, "x" * 2001)
    assert str(exc) == "Una nota admite 2000 caracteres; esta tiene 2001. Divídala en varias notas."
    assert said_in(exc, "en") == "A note can hold 2000 characters; this one has 2001. Split it into several notes."
    assert isinstance(exc.args[0], Message)
    assert said_in(ValueError("typed by someone"), "es") == "typed by someone"   # not a Message: as it is


def test_a_re_plan_of_the_day_is_described_in_spanish(spanish):
    from app.domain.agenda.replan import shift_rest, shorten_or_drop
    from app.domain.agenda.schedule import AgendaEntry, compute_schedule

    entries = [AgendaEntry(1, "Bienvenida", 30), AgendaEntry(2, "Datos", 60), AgendaEntry(3, "Cierre", 30)]
    schedule = compute_schedule(540, 660, entries)
    assert shift_rest(schedule, 1, 10).message == \
        "Se retrasaron 2 puntos 10 minutos; el día termina ahora a las 11:10. " \
        "Eso es 10 minutos después del cierre previsto a las 11:00."
    assert shorten_or_drop(schedule, 1, {2: 40}, {3}).message == \
        "Se acortó 1 punto y se quitó 1 punto; el día termina ahora a las 10:10."
    set_language("en")
    assert shift_rest(schedule, 1, 10).message == \
        "Moved 2 items 10 minutes later; the day now ends at 11:10. That is 10 minutes past the planned close at 11:00."


def test_a_protocol_files_fault_is_said_in_spanish(spanish):
    from app.domain.protocols.format import ProtocolFormatError, parse_protocol

    text = 'name = "Consulta"\nminutes = 10\nroles = ["facilitator"]\n'
    exc = _raised(ProtocolFormatError, parse_protocol, text, "consulta.toml")
    assert str(exc) == "consulta.toml, campo purpose: falta; todo protocolo necesita purpose"
    set_language("en")
    assert str(_raised(ProtocolFormatError, parse_protocol, text, "consulta.toml")) == \
        "consulta.toml, field purpose: is missing; every protocol needs a purpose"


def test_the_pairing_criteria_name_their_attributes_in_the_keyboards_language(spanish):
    """The criteria editor's rows (District, Level...) as the Teams tab names them; a lens of the network's own
    as typed."""
    from app.domain.pairing.criteria import attribute_label

    assert [attribute_label(a) for a in ("district", "region", "level", "focus", "size")] == \
        ["Distrito", "Región", "Nivel", "Enfoque", "Tamaño"]
    assert attribute_label("pathway") == "Pathway"
    set_language("en")
    assert attribute_label("district") == "District"
