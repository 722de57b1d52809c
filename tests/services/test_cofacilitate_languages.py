"""A co-facilitator's device is told why an action was refused in the device page's language (issue 26), over
real HTTP on 127.0.0.1, whatever language the console speaks; the console's own refusal stays in its language."""

from __future__ import annotations

import pytest

from app.i18n import set_language
from app.services.talk.service import TalkError
from tests.services.cofac_clients import Device, Owner


@pytest.fixture
def room(demo_services):
    """The demo convening with its first conversation being tracked, its codes off."""
    talk = demo_services.talk
    talk.choose(talk.conversations()[0].id)
    talk.codes.set_codes([])
    yield demo_services
    demo_services.cofacilitate.stop()
    set_language("en")   # the other tests read English


def _refusals(room, console: str) -> tuple[dict, dict, dict, str]:
    """A code sent while codes are off, from a Spanish page, an English page and a page with no language of its
    own (its browser asks for Spanish); and the same refusal on the console, in `console`'s language."""
    set_language(console)
    cofac = room.cofacilitate
    owner = Owner(cofac.drain)
    url = cofac.start(wake=owner.wake)
    token = cofac.add_device("Teléfono de María")

    async def clients():
        d = Device(url, token)
        try:
            spanish = await d.act("code", position=0, lang="es")
            english = await d.act("code", position=0, lang="en")
            d.session.headers["Accept-Language"] = "es-MX,es;q=0.9"
            browser = await d.act("code", position=0)
            return spanish, english, browser
        finally:
            await d.close()

    spanish, english, browser = owner.run(clients)
    with pytest.raises(TalkError) as info:
        room.talk.codes.toggle(0)
    for status, _body in (spanish, english, browser):
        assert status == 200
    return spanish[1], english[1], browser[1], str(info.value)


def test_an_english_console_and_a_spanish_device_each_read_the_refusal_in_their_language(room):
    spanish, english, browser, console = _refusals(room, "en")
    assert spanish["ok"] is False
    assert spanish["message"] == "Los códigos están desactivados en esta conversación: elíjalos primero (Códigos…)."
    assert browser["message"] == spanish["message"]
    assert english["message"] == "Codes are off for this conversation: choose them first (Codes…)."
    assert console == english["message"]


def test_a_spanish_console_and_an_english_device_each_read_the_refusal_in_their_language(room):
    spanish, english, _browser, console = _refusals(room, "es")
    assert english["message"] == "Codes are off for this conversation: choose them first (Codes…)."
    assert console == spanish["message"] == \
        "Los códigos están desactivados en esta conversación: elíjalos primero (Códigos…)."


def test_a_co_facilitation_refusal_of_its_own_reaches_a_spanish_device_in_spanish(room):
    cofac, talk = room.cofacilitate, room.talk
    owner = Owner(cofac.drain)
    url = cofac.start(wake=owner.wake)
    token = cofac.add_device("Tablet")
    first = talk.conversation().members[0]

    async def clients():
        d = Device(url, token)
        try:
            await owner.do(lambda: talk.choose(None))      # the lead stops tracking
            return await d.act("hand", person=first, lang="es"), await d.act("hand", person=first, lang="en")
        finally:
            await d.close()

    (s1, spanish), (s2, english) = owner.run(clients)
    assert (s1, s2) == (200, 200)
    assert spanish["error"] == english["error"] == "no_conversation"        # the page's own words, by key
    assert spanish["message"] == "No se está siguiendo ninguna conversación: quien dirige la inicia en la pestaña Palabra."
    assert english["message"] == "No conversation is being tracked: the lead starts one in the Talk tab."
