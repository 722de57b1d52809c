"""PDSA cycles from a team's phone at the check-in: room capture's server on 127.0.0.1, real HTTP, the team's
own address (the run's token, then /pdsa/ and the team's code), English and Spanish, nothing half-kept."""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
from pathlib import Path

import pytest

from app.services.improvement.phone import team_code
from tests.services.capture_clients import NONCE, phone, with_phones


@pytest.fixture
def capture(demo_services):
    svc = demo_services.capture
    yield svc
    svc.stop()


@pytest.fixture
def board(demo_services):
    return demo_services.wall.add_board("Check-in", prompt="What did you try since January?")


@pytest.fixture
def team(demo_services):
    """The first team, with a second commitment (so its page asks which one was tested)."""
    from app.domain.commitments.model import CommitmentData

    team_id, name = demo_services.commitments.teams()[0]
    demo_services.commitments.add(team_id, CommitmentData("Evening FAFSA texts in Spanish"))
    return team_id, name, demo_services.commitments.commitments(team_id)


async def send_cycle(session, page_url: str, **fields) -> tuple[int, str]:
    """What a team's phone does: open its page, fill in the form, send it."""
    async with session.get(page_url) as r:
        page = await r.text()
        assert r.status == 200, page
    form = {"n": NONCE.search(page).group(1), "change_idea": "", "prediction": "", "what_happened": "",
            "learned": "", "decision": "", **fields}
    origin = page_url.split("/", 3)
    async with session.post(page_url.split("?")[0], data=form, headers={"Origin": f"{origin[0]}//{origin[2]}"}) as r:
        return r.status, await r.text()


def test_a_team_sends_a_cycle_from_its_page_and_it_lands_on_the_commitment_it_chose(demo_services, capture,
                                                                                      board, team):
    team_id, name, mine = team
    other_id, other_name = demo_services.commitments.teams()[1]
    chosen = mine[-1]

    async def go(url):
        here = demo_services.improvement.phone.address(url, team_id)
        async with phone() as s:
            async with s.get(here) as r:
                page = await r.text()
            async with s.get(demo_services.improvement.phone.address(url, other_id)) as r:
                other_page = await r.text()
            sent = await send_cycle(s, here, commitment=str(chosen.id), change_idea="Texts after 6 pm",
                                    prediction="Half of the families reply", what_happened="14 of 40 replied",
                                    learned="Evenings work better than mornings", decision="adapt",
                                    when="2026-12-09")
            async with s.get(here) as r:
                after = await r.text()
            async with s.get(demo_services.improvement.phone.address(url, other_id)) as r:
                other_after = await r.text()
            return here, page, other_page, sent, after, other_after

    here, page, other_page, (status, answer), after, other_after = with_phones(capture, board, go)
    assert "Already in the convening file" in after and "<li>Cycle 1 · 2026-12-09 · Texts after 6 pm</li>" in after
    assert "Texts after 6 pm" not in other_after, "a team sees only its own cycles"
    assert re.fullmatch(r"http://127\.0\.0\.1:\d+/[a-z0-9]{8}/pdsa/[a-z0-9]{6}", here)
    assert "<script" not in page and f">{name}<" in page and other_name not in page
    assert "Our measure" not in page, "no measure defined: no measure part"
    assert "Already in the convening file" not in page, "nothing sent yet: no list"
    for c in mine:
        assert f'name="commitment" value="{c.id}"' in page and c.change in page
    assert '<label for="change_idea">Change idea: what did you try?</label>' in page
    assert 'name="decision" value="adapt"' in page and "Adapt: change it and test again" in page
    assert f">{other_name}<" in other_page and name not in other_page, "each team sees only its own page"
    assert status == 200 and "Received. Your cycle is in the convening file." in answer
    assert "Texts after 6 pm" in answer
    [cycle] = demo_services.improvement.cycles.cycles(team_id=team_id)
    assert (cycle.commitment_id, cycle.number, cycle.change_idea, cycle.prediction, cycle.what_happened,
            cycle.learned, cycle.decision) == (chosen.id, 1, "Texts after 6 pm", "Half of the families reply",
                                               "14 of 40 replied", "Evenings work better than mornings", "adapt")
    assert cycle.tested_on == dt.date(2026, 12, 9), "the day the team tested it, as the run chart marks it"
    demo_services.history.undo()
    assert demo_services.improvement.cycles.cycles() == [], "a phone's cycle is one Edit > Undo step"


def test_spanish_from_the_phone_language_and_the_switch(demo_services, capture, board, team):
    team_id, _name, mine = team

    async def go(url):
        here = demo_services.improvement.phone.address(url, team_id)
        async with phone(headers={"Accept-Language": "es-MX,es;q=0.9"}) as s:
            async with s.get(here) as r:
                es = await r.text()
            async with s.get(here + "?lang=en") as r:
                en = await r.text()
            sent = await send_cycle(s, here + "?lang=es", commitment=str(mine[0].id),
                                    change_idea="Mesa de FAFSA en el almuerzo", decision="adopt")
            empty = await send_cycle(s, here + "?lang=es", commitment=str(mine[0].id), change_idea="  ",
                                     prediction="Vendrán veinte")
            return es, en, sent, empty

    es, en, (status, answer), (empty_status, empty_page) = with_phones(capture, board, go)
    assert '<html lang="es">' in es and "Nuestro ciclo PDSA" in es and "Idea de cambio: ¿qué probaron?" in es
    assert "Enviar el ciclo" in es and "In English" in es and "Adoptar: seguir haciéndolo" in es
    assert '<html lang="en">' in en and "Our PDSA cycle" in en
    assert status == 200 and "Recibido. Su ciclo está en el archivo del encuentro." in answer
    assert empty_status == 400 and "La idea de cambio está vacía." in empty_page
    assert "Vendrán veinte" in empty_page, "what was typed stays in the form"
    [cycle] = demo_services.improvement.cycles.cycles(team_id=team_id)
    assert (cycle.change_idea, cycle.decision) == ("Mesa de FAFSA en el almuerzo", "adopt")


def test_refusals_keep_nothing_and_say_why(demo_services, capture, board, team):
    team_id, _name, mine = team

    async def go(url):
        here = demo_services.improvement.phone.address(url, team_id)
        async with phone() as s:
            no_choice = await send_cycle(s, here, change_idea="Texts after 6 pm")
            not_mine = await send_cycle(s, here, commitment="999999", change_idea="Texts after 6 pm")
            async with s.get(url + "/pdsa/zzzzzz") as r:
                unknown = r.status, await r.text()
            async with s.get(url + "/elsewhere/" + here.rsplit("/", 1)[1]) as r:
                other_kind = r.status
            async with s.get(url.rsplit("/", 1)[0] + "/wrongtok/pdsa/" + here.rsplit("/", 1)[1]) as r:
                no_token = r.status
            odd = []
            for path in ("/pdsa/", "/pdsa/../../etc/passwd", "/pdsa/%2e%2e%2fapp", "/pdsa//"):
                async with s.get(url + path) as r:
                    odd.append((path, r.status, await r.text()))
            async with s.post(here, data={"change_idea": "é" * 1000, "prediction": "é" * 1000},
                              headers={"Origin": "http://" + here.split("/")[2]}) as r:
                too_big = r.status, await r.text()
            bad_when = await send_cycle(s, here, commitment=str(mine[0].id), change_idea="Texts after 6 pm",
                                        when="last Tuesday")
            return no_choice, not_mine, unknown, other_kind, no_token, odd, bad_when, too_big

    no_choice, not_mine, unknown, other_kind, no_token, odd, bad_when, too_big = with_phones(capture, board, go)
    assert too_big[0] == 413 and "The answers are too long to send: go back" in too_big[1]
    assert bad_when[0] == 400 and "The date is not a date" in bad_when[1] and 'value="last Tuesday"' in bad_when[1]
    for path, status, page in odd:
        assert status == 404 and "root:" not in page, path
    for status, page in (no_choice, not_mine):
        assert status == 400 and "Choose the commitment you tested, then send it again." in page
        assert "Texts after 6 pm" in page
    assert unknown[0] == 404 and "This team address is not current." in unknown[1]
    assert other_kind == 404 and no_token == 404
    assert demo_services.improvement.cycles.cycles() == []


def test_a_form_sent_twice_is_kept_once_and_a_team_with_one_commitment_is_not_asked(demo_services, capture, board):
    team_id, _name = demo_services.commitments.teams()[1]
    [only] = demo_services.commitments.commitments(team_id)

    async def go(url):
        here = demo_services.improvement.phone.address(url, team_id)
        async with phone() as s:
            async with s.get(here) as r:
                page = await r.text()
            nonce = NONCE.search(page).group(1)
            origin = "http://" + here.split("/")[2]
            form = {"n": nonce, "change_idea": "A FAFSA table at lunch", "decision": "adopt"}
            answers = []
            for _ in range(2):
                async with s.post(here, data=form, headers={"Origin": origin}) as r:
                    answers.append(r.status)
            return page, answers

    page, answers = with_phones(capture, board, go)
    assert 'name="commitment"' not in page and only.change in page
    assert answers == [200, 200]
    assert [c.change_idea for c in demo_services.improvement.cycles.cycles(team_id=team_id)] == [
        "A FAFSA table at lunch"]


def test_each_run_has_its_own_team_codes_and_none_answer_after_stop(demo_services, capture, board):
    team_id, _name = demo_services.commitments.teams()[0]
    first = capture.start(board)
    address = demo_services.improvement.phone.address(first, team_id)
    capture.stop()
    assert demo_services.improvement.phone.address(first, team_id) == "", "no address while capture is stopped"
    second = capture.start(board)
    again = demo_services.improvement.phone.address(second, team_id)
    capture.stop()
    assert address.rsplit("/", 1)[1] != again.rsplit("/", 1)[1]
    assert team_code("abcdefgh", 1) == team_code("abcdefgh", 1) != team_code("abcdefgh", 2)


def test_a_commitment_added_while_capture_runs_is_on_the_page(demo_services, capture, board, team):
    from urllib.request import urlopen

    from app.domain.commitments.model import CommitmentData

    team_id, _name, _mine = team
    url = capture.start(board)
    here = demo_services.improvement.phone.address(url, team_id)
    assert "A counsellor calls each family" not in urlopen(here, timeout=5).read().decode()
    demo_services.commitments.add(team_id, CommitmentData("A counsellor calls each family"))
    assert "A counsellor calls each family" in urlopen(here, timeout=5).read().decode()


@pytest.mark.process
@pytest.mark.slow
@pytest.mark.skipif(not (shutil.which("chromium") or shutil.which("chromium-browser")),
                    reason="Debian's chromium is not installed (packaging/system-deps.sh installs it)")
@pytest.mark.parametrize("lang", ["en", "es"])
def test_the_team_page_renders_at_a_phone_size(demo_services, capture, board, team, tmp_path, qapp, lang):
    from PySide6.QtGui import QImage

    from tests.services.test_capture_page_chromium import screenshot

    team_id, _name, _mine = team
    url = capture.start(board, "127.0.0.1", 0)
    out = Path(os.environ.get("CONVENE_LOOK_DIR") or tmp_path) / f"pdsa-page-{lang}-390x844.png"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.unlink(missing_ok=True)
    screenshot(f"{demo_services.improvement.phone.address(url, team_id)}?lang={lang}", out, tmp_path / "profile")
    img = QImage(str(out))
    assert (img.width(), img.height()) == (390, 844)
    colours = {img.pixelColor(x, y).name() for x in range(0, 390, 6) for y in range(0, 844, 6)}
    assert "#fbf3a6" in colours, "the team's name on the yellow band: the page's CSS applied, nothing fetched"


def test_a_team_sends_its_measure_value_and_a_bad_one_is_refused_in_its_own_words(demo_services, capture, board):
    from app.domain.improvement.model import MeasureData

    imp = demo_services.improvement
    fafsa = imp.measures.add(MeasureData("FAFSA completion", "%", True))
    imp.measures.add(MeasureData("Families at a FAFSA night", "families", True))
    team_id, _name = demo_services.commitments.teams()[2]

    async def go(url):
        here = imp.phone.address(url, team_id)
        async with phone(headers={"Accept-Language": "es"}) as s:
            async with s.get(here) as r:
                page = await r.text()
            nonce = NONCE.search(page).group(1)
            origin = {"Origin": "http://" + here.split("/")[2]}
            answers = []
            for form in ({"measure": str(fafsa), "period": "2027-02", "value": "41,5"},
                         {"measure": str(fafsa), "period": "febrero", "value": "43"},
                         {"measure": str(fafsa), "period": "2027-03", "value": "muchos"},
                         {"period": "2027-03", "value": "43"}):
                async with s.post(here + "?lang=es", data={"form": "value", "n": nonce, **form}, headers=origin) as r:
                    answers.append((r.status, await r.text()))
            return page, answers

    page, answers = with_phones(capture, board, go)
    assert "Nuestro indicador" in page and f'name="measure" value="{fafsa}"' in page
    assert "FAFSA completion (%)" in page and "Families at a FAFSA night (families)" in page
    (ok, received), (p_status, p_page), (v_status, v_page), (m_status, m_page) = answers
    assert ok == 200 and "Recibido. Su valor está en el archivo del encuentro." in received
    assert "FAFSA completion: 41.5% · 2027-02-01" in received
    assert p_status == 400 and "El periodo no es un mes ni una fecha" in p_page and 'value="febrero"' in p_page
    assert v_status == 400 and "El valor no es un número" in v_page and 'value="muchos"' in v_page
    assert m_status == 400 and "Elijan el indicador" in m_page
    [value] = imp.measures.values(fafsa)
    assert (value.team_id, value.period, value.value) == (team_id, dt.date(2027, 2, 1), 41.5)
    demo_services.history.undo()
    assert imp.measures.values(fafsa) == [], "a phone's value is one Edit > Undo step"


def test_from_the_notes_page_a_team_reaches_its_page_with_its_code(demo_services, capture, board, team):
    team_id, name, _mine = team

    async def go(url):
        code = demo_services.improvement.phone.address(url, team_id).rsplit("/", 1)[1]
        async with phone() as s:
            async with s.get(url) as r:
                notes_page = await r.text()
            async with s.get(url + "/pdsa") as r:
                ask = await r.text()
            spaced = f" {code[:3].upper()} {code[3:]} "
            async with s.get(url + "/pdsa", params={"code": spaced, "lang": "es"}) as r:
                landed = str(r.url), r.status, await r.text()
            async with s.get(url + "/pdsa", params={"code": "zzzzzz", "lang": "en"}) as r:
                wrong = r.status, await r.text()
            return code, notes_page, ask, landed, wrong

    code, notes_page, ask, (where, status, page), (wrong_status, wrong_page) = with_phones(capture, board, go)
    token = where.split("/")[3]
    assert f'href="/{token}/pdsa?lang=en">Your team&#x27;s PDSA cycle or measure →</a>' in notes_page
    assert "Your team&#x27;s code" in ask and 'name="code"' in ask and 'method="get"' in ask
    assert where.endswith(f"/{token}/pdsa/{code}?lang=es") and status == 200
    assert f">{name}<" in page and "Nuestro ciclo PDSA" in page
    assert wrong_status == 404 and "No team has that code in this session." in wrong_page
    assert 'value="zzzzzz"' in wrong_page


def test_every_sentence_of_the_page_is_in_english_and_spanish():
    from app.services.improvement.phone import TEXTS

    assert set(TEXTS["en"]) == set(TEXTS["es"])
    assert all(TEXTS["es"][k] and TEXTS["es"][k] != TEXTS["en"][k] for k in TEXTS["en"])


def test_an_answer_over_its_limit_comes_back_with_the_text_kept(demo_services, capture, board, team):
    team_id, _name, mine = team

    async def go(url):
        async with phone() as s:
            return await send_cycle(s, demo_services.improvement.phone.address(url, team_id),
                                    commitment=str(mine[0].id), change_idea="x" * 501)

    status, page = with_phones(capture, board, go)
    assert status == 413 and "One of the answers is too long: shorten it, then send it again." in page
    assert "x" * 501 in page and demo_services.improvement.cycles.cycles() == []
