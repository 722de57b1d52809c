"""The demo convening in Spanish (`convene demo FILE --lang es`): the same convening, its data in Spanish, its
projector and handout set to Spanish; the English demo as it always was."""

from __future__ import annotations

import sqlite3
import subprocess
from pathlib import Path

import pytest

from app.__main__ import main
from app.services.console.demo import CODES, build_demo, demo_words, load_demo_content, localise
from app.services.core.workspace import Workspace
from tests.export.helpers import tool

# What the demo names rather than says (people, schools, districts, counties, places, protocols) and the codes
# the builder reads: never translated.
NAMES = {"name", "email", "team", "district", "region", "organisation", "location", "resources_url", "timezone",
         "start", "end", "fixed_start", "facilitator", "attribute", "item", "goals"} | CODES


def _texts(data, key: str = "", path: tuple = ()) -> set[str]:
    """Every text of the demo's TOML a reader sees as words (names and codes left out)."""
    out: set[str] = set()
    if isinstance(data, dict):
        for k, v in data.items():
            if path[-1:] == ("talk_weights",):
                out.add(k)   # roles, as a table's keys
            if k in NAMES and not (k == "name" and path[:1] in (("wall",), ("talk_lenses",))):
                continue
            out |= _texts(v, k, (*path, k))
    elif isinstance(data, list):
        for v in data:
            out |= _texts(v, key, path)
    elif isinstance(data, str) and data:
        out.add(data)
    return out


def _rows(path: Path, sql: str) -> list[tuple]:
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
        return conn.execute(sql).fetchall()


def _counts(path: Path) -> dict[str, int]:
    tables = ("agenda_item", "team", "participant", "commitment", "bright_spot", "board", "cluster", "note", "vote",
              "lens", "lens_value", "talk_conversation", "talk_segment", "pairing_round", "pair", "protocol")
    return {t: _rows(path, f"SELECT count(*) FROM {t}")[0][0] for t in tables}


@pytest.fixture
def both(tmp_path, clock) -> tuple[Path, Path]:
    en, es = tmp_path / "en.convene", tmp_path / "es.convene"
    build_demo(en, clock).close()
    build_demo(es, clock, "es").close()
    return en, es


def test_every_text_of_the_demo_has_its_spanish_or_is_kept_on_purpose():
    table, kept = demo_words("es")
    texts = _texts(load_demo_content())
    missing = sorted(t for t in texts if t not in table and t not in kept)
    assert not missing, "no Spanish in resources/demo/convening.es.toml for:\n" + "\n".join(missing)
    unused = sorted(set(table) - texts - {"focus area", "max_ratio:Role:1.25"})   # the two the builder reads
    assert not unused, "translations of texts the demo no longer has:\n" + "\n".join(unused)
    assert not (set(table) & kept), "a text is both translated and kept"
    assert all(v.strip() and v != k for k, v in table.items()), "every translation says something else"


def test_a_localised_demo_keeps_its_codes_and_references():
    data = localise(load_demo_content(), demo_words("es")[0])
    titles = {it["title"] for d in data["days"] for it in d["items"]}
    assert {sd["item"] for sd in data["talk_sessions"]} <= titles and data["wall"]["item"] in titles
    assert {it.get("kind") for d in data["days"] for it in d["items"]} == {
        it.get("kind") for d in load_demo_content()["days"] for it in d["items"]}
    assert {c["support_from"] for c in data["commitments"]} <= {"hub", "buddy school", "hub and buddy school"}
    assert [sd["scope"] for sd in data["talk_sessions"]][-1] == "Whole room"   # said where it is stored
    assert set(data["talk_weights"]) == {p["role"] for p in data["participants"]}


def test_the_spanish_demo_is_the_same_convening_in_spanish(both):
    en, es = both
    assert _counts(es) == _counts(en), "the same convening: every item, note, vote, turn and pair"
    assert _rows(es, "SELECT title, projector_lang, handout_lang FROM convening") == [
        ("Puertas abiertas a la ayuda — Intensivo de lanzamiento", "es", "es")]
    es_titles = [r[0] for r in _rows(es, "SELECT title FROM agenda_item ORDER BY day_id, position")]
    en_titles = [r[0] for r in _rows(en, "SELECT title FROM agenda_item ORDER BY day_id, position")]
    assert es_titles[:3] == ["Bienvenida, acuerdos y los dos días que vienen",
                             "Círculos de historias: el camino que nos trajo aquí", "Pausa de la mañana"]
    assert not set(es_titles) & set(en_titles)
    assert [r[0] for r in _rows(es, "SELECT title FROM day ORDER BY position")] == [
        "Día 1: Quiénes somos y qué vemos", "Día 2: De lo aprendido a la semana próxima"]
    # the commitments are tied to the planning item, under its Spanish title
    assert _rows(es, "SELECT DISTINCT a.title FROM commitment c JOIN agenda_item a ON a.id = c.item_id") == [
        ("La semana próxima en nuestra escuela",)]
    assert _rows(es, "SELECT title, prompt FROM board")[0][0] == "¿Por qué no llegan a la FAFSA?"
    assert ("Nuestras creencias",) in _rows(es, "SELECT name FROM cluster")
    assert _rows(es, "SELECT scope FROM talk_conversation ORDER BY id")[-1] == ("Toda la sala",)
    assert [r[0] for r in _rows(es, "SELECT title FROM pairing_round ORDER BY position")] == [
        "Día 1 · Escuelas compañeras", "Día 2 · Escuelas compañeras"]
    assert {r[0] for r in _rows(es, "SELECT name FROM lens")} == {"Rol", "Raza/etnia", "Años en la red"}
    assert {r[0] for r in _rows(es, "SELECT role FROM participant")} == {
        "consejería", "dirección", "docencia", "familia", "liderazgo del distrito", "estudiante"}
    # the pairing still weighs the focus area (its attribute and values in Spanish): the same pairs as in English
    assert _rows(es, "SELECT round_id, team_a_id, team_b_id FROM pair ORDER BY id") == _rows(
        en, "SELECT round_id, team_a_id, team_b_id FROM pair ORDER BY id")
    # names stay as they are: people, schools, protocols
    assert _rows(es, "SELECT name FROM participant ORDER BY id") == _rows(en, "SELECT name FROM participant ORDER BY id")
    assert _rows(es, "SELECT name FROM team ORDER BY id") == _rows(en, "SELECT name FROM team ORDER BY id")
    assert _rows(es, "SELECT name FROM protocol ORDER BY id") == _rows(en, "SELECT name FROM protocol ORDER BY id")


def test_the_english_demo_is_the_demo_file_as_written(both):
    en, _es = both
    data = load_demo_content()
    assert _rows(en, "SELECT title, projector_lang, handout_lang FROM convening") == [(data["convening"]["title"],
                                                                                        "en", "en")]
    assert [r[0] for r in _rows(en, "SELECT title FROM agenda_item ORDER BY day_id, position")] == [
        it["title"] for d in data["days"] for it in d["items"]]
    assert [r[0] for r in _rows(en, "SELECT notes FROM agenda_item ORDER BY day_id, position")] == [
        it.get("notes", "") for d in data["days"] for it in d["items"]]
    assert [r[0] for r in _rows(en, "SELECT name FROM cluster ORDER BY id")] == [
        c["name"] for c in data["wall"]["clusters"]]
    assert [r[0] for r in _rows(en, "SELECT scope FROM talk_conversation ORDER BY id")] == [
        sd["scope"] for sd in data["talk_sessions"]]
    assert [r[0] for r in _rows(en, "SELECT title FROM pairing_round ORDER BY position")] == data["pairing"]["rounds"]
    assert {r[0] for r in _rows(en, "SELECT name FROM team_attribute")} == {"focus area"}


def test_convene_demo_lang(tmp_path, monkeypatch, capsys):
    assert main(["demo", str(tmp_path / "es.convene"), "--lang", "es"]) == 0
    assert _rows(tmp_path / "es.convene", "SELECT handout_lang FROM convening") == [("es",)]
    assert main(["demo", str(tmp_path / "en.convene"), "--lang", "en"]) == 0
    assert _rows(tmp_path / "en.convene", "SELECT handout_lang FROM convening") == [("en",)]
    with pytest.raises(SystemExit) as bad:
        main(["demo", str(tmp_path / "fr.convene"), "--lang", "fr"])
    assert bad.value.code == 2 and "invalid choice: 'fr'" in capsys.readouterr().err
    assert not (tmp_path / "fr.convene").exists()


def test_convene_demo_follows_the_systems_language(tmp_path):
    """No --lang: the system's language, as the console's (CONVENE_LANG, else LANG...), in a fresh process."""
    import os
    import sys

    for env, expected in (({"CONVENE_LANG": "es"}, "es"), ({"CONVENE_LANG": "", "LANG": "es_ES.UTF-8"}, "es"),
                          ({"CONVENE_LANG": "", "LANG": "C.UTF-8", "LANGUAGE": "", "LC_ALL": "", "LC_MESSAGES": ""},
                           "en")):
        out = tmp_path / f"{expected}-{len(env)}.convene"
        run = subprocess.run([sys.executable, "-m", "app", "demo", str(out)], capture_output=True, text=True,
                             env={**os.environ, "LANGUAGE": "", "LC_ALL": "", "LC_MESSAGES": "", **env},
                             cwd=Path(__file__).resolve().parents[2], timeout=120)
        assert run.returncode == 0, run.stderr
        assert _rows(out, "SELECT handout_lang FROM convening") == [(expected,)], env


def test_the_spanish_demos_handout_in_spanish(tmp_path, clock):
    """`convene export --lang es` of the Spanish demo: the items' titles in Spanish, none left in English."""
    path = tmp_path / "es.convene"
    build_demo(path, clock, "es").close()
    pdf = tmp_path / "es.pdf"
    assert main(["export", str(path), "--pdf", str(pdf), "--lang", "es"]) == 0
    text = " ".join(subprocess.run([tool("pdftotext"), str(pdf), "-"], capture_output=True, text=True,
                                   check=True).stdout.split())
    table = demo_words("es")[0]
    data = load_demo_content()
    for title in (it["title"] for d in data["days"] for it in d["items"]):
        assert table[title][:30] in text, title
        assert title not in text, f"English item title in the Spanish handout: {title}"
    assert "Toda la sala" in text and "Whole room" not in text


def test_fresh_demo_in_the_keyboards_language(data_dir, clock):
    from app.i18n import set_language

    ws = Workspace(clock, data_dir)
    try:
        set_language("es")
        from app.services.console.demo import open_fresh_demo

        path = open_fresh_demo(ws)
        assert path.name.startswith("Encuentro de demostración ")
        assert ws.languages().handout == "es" and ws.details().title.startswith("Puertas abiertas")
        path = open_fresh_demo(ws, "en")
        assert path.name.startswith("Demo convening ") and ws.languages().handout == "en"
    finally:
        set_language("en")
        ws.close()


def test_the_spanish_role_lens_is_the_role_for_the_tables(both, data_dir, clock):
    """The demo's Role lens is the participants' role: the tables offer it once, as "role", in either language."""
    from app.services.root import Services

    offered = {}
    for path in both:
        ws = Workspace(clock, data_dir)
        ws.open(path)
        with Services(ws) as services:
            offered[ws.languages().handout] = services.pairing.tables.mix_options()
        ws.close()
    assert offered == {"en": ["role", "Race/ethnicity", "Years in the network"],
                       "es": ["role", "Raza/etnia", "Años en la red"]}
