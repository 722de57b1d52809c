"""The facilitator's handout says which co-facilitator's device did what (talk taps, timer, cues), read back
from the PDF; the shared version says nothing of devices."""

from __future__ import annotations

import asyncio

from tests.export.helpers import export_pdf, flat_text
from tests.services.cofac_clients import Device, Owner


def test_the_facilitator_version_counts_what_each_device_did(demo_services, tmp_path):
    s = demo_services
    talk, cofac = s.talk, s.cofacilitate
    talk.choose(talk.conversations()[0].id)
    owner = Owner(cofac.drain)
    url = cofac.start(wake=owner.wake)
    maria, tablet = cofac.add_device("Maria's phone"), cofac.add_device("Tablet <b>2</b>")
    a, b, c = talk.conversation().members[:3]

    async def clients():
        m, t = Device(url, maria, 1), Device(url, tablet, 2)
        try:
            for person in (a, b, c):
                await m.act("tap", person=person)
            refused = await m.act("call_next")                 # no hands up: not done, not counted
            await m.act("cue", text="two_minutes")
            await m.act("plus_minute")
            await asyncio.gather(t.act("tap", person=a))
            await t.act("tap", person=b)
            return refused
        finally:
            await m.close()
            await t.close()

    refused = owner.run(clients)
    cofac.stop()
    assert refused[1]["ok"] is False and refused[1]["message"] == "No hands are up."
    assert refused[1]["error"] == "no_hands"          # the page says it in its own language
    private = flat_text(export_pdf(s, tmp_path / "facilitator.pdf", private=True))
    section = private[private.index("Co-facilitators' devices"):]
    assert "Maria's phone What How many Talk taps (floor given) 3 +1 minute 1 Cues to the lead 1" in section
    assert "Cues sent" in section and "2 minutes" in section
    assert "Tablet <b>2</b> What How many Talk taps (floor given) 2" in section   # typed names stay text
    assert "Called from the queue" not in section
    shared = flat_text(export_pdf(s, tmp_path / "shared.pdf"))
    assert "Co-facilitators' devices" not in shared and "Maria's phone" not in shared
