"""At 4:3 the timer's digits keep their bold weight (they switched to the regular one), and the
welcome scene prints the resources link beside its QR code, legible, for whoever cannot scan."""

from __future__ import annotations

import dataclasses

import pytest

from tests.ui.scene_helpers import ink_columns, make_scene, render
from tests.ui.test_scene_legibility import check_legible, text_of

pytestmark = pytest.mark.gui

FOUR_THREE = [(1024, 768), (1400, 1050), (1600, 1200)]
WIDE = [(1920, 1080), (3840, 2160)]


@pytest.mark.parametrize("size", FOUR_THREE + WIDE, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("run, digits", [(61, "23:59"), (25 * 60 + 3725, "62:05")], ids=["running", "overtime"])
def test_timer_digits_keep_their_weight_at_four_three(ctx, clock, size, run, digits):
    ctx.services.live.start_pause()
    clock.advance(run)
    scene = make_scene(ctx, "timer")
    img = render(scene, size, name=f"timer-weight-{digits.replace(':', '')}")
    check_legible(scene, size, f"timer weight {digits}")
    assert text_of(scene, "digits").lines == (digits,)
    assert scene.digits.bold, f"thin digits at {size[0]}x{size[1]}"
    ink = dict(scene.drawn)["digits"]
    assert ink.height() >= 0.40 * size[1], f"digits {ink.height()} px of {size[1]}"
    if size not in FOUR_THREE:
        return
    # Tightened, never touching: five separate glyphs (four digits and the colon).
    shades = {img.pixelColor(x, ink.center().y()).name() for x in range(ink.left(), ink.right())} - {"#000000"}
    colour = max(shades, key=lambda c: sum(img.pixelColor(x, ink.center().y()).name() == c
                                           for x in range(ink.left(), ink.right())))
    assert len(ink_columns(img, ink, colour)) == 5


@pytest.mark.parametrize("size", [(1024, 768), (1920, 1080)], ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("url, shown", [
    ("https://opendoors.example.org/launch", ("opendoors.example.org/launch",)),
    ("http://www.valleypathways.example.org/convenings/2027/launch-intensive/resources/",
     ("www.valleypathways.example.org/convenings/2027/launch-intensive/resources",)),
], ids=["demo", "long"])
def test_welcome_prints_the_address_beside_the_qr(ctx, size, url, shown):
    ws = ctx.workspace
    ws.update_details(dataclasses.replace(ws.details(), resources_url=url))
    scene = make_scene(ctx, "welcome")
    render(scene, size, name=f"welcome-address-{len(url)}")
    check_legible(scene, size, "welcome address")
    address = text_of(scene, "qr_address")
    assert "".join(address.lines) == shown[0] and not address.elided, address
    assert "https://" not in " ".join(address.lines) and "http://" not in " ".join(address.lines)
    assert address.px >= 0.04 * size[1]
    qr, drawn = dict(scene.drawn)["qr"], dict(scene.drawn)["qr_address"]
    # Right under the QR (its caption between), its right edge level with the QR's.
    assert drawn.top() > qr.bottom() and drawn.top() - qr.bottom() <= 0.15 * size[1]
    assert abs(drawn.right() - qr.right()) <= 0.03 * size[0]


def test_no_link_no_qr_and_no_address(ctx):
    ws = ctx.workspace
    ws.update_details(dataclasses.replace(ws.details(), resources_url=""))
    scene = make_scene(ctx, "welcome")
    render(scene, (1024, 768))
    assert not {"qr", "qr_address", "qr_caption"} & {k for k, _ in scene.drawn}
