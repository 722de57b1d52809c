"""Every page Convene serves to phones passes axe-core's WCAG 2.2 A/AA and best-practice rules with no
violation, in Debian's headless Chromium over the DevTools protocol, fetched over real HTTP on loopback from a
running capture: the note form (plain, fishbone, with a problem said), the confirmation, the voting page
(open, after a refusal, closed), the photo page (as sent, with a problem said, the photo received), a
refusal without a form, in English and Spanish.

axe-core is pinned in tests/a11y/package.json and package-lock.json (`npm ci` there; `make test` does it)."""

from __future__ import annotations

import base64
import shutil

import pytest

from tests.services.capture_clients import with_phones
from tests.services.chromium_cdp import Browser, axe_violations
from tests.services.photo_files import png

pytestmark = [
    pytest.mark.process,
    pytest.mark.slow,
    pytest.mark.skipif(not (shutil.which("chromium") or shutil.which("chromium-browser")),
                       reason="Debian's chromium is not installed (packaging/system-deps.sh installs it)"),
]


def choose_photo_and_send(png_b64: str = "") -> str:
    """The test's script for the photo form: put a PNG in the file input (none: send it with no photo,
    past the browser's own check), then send it."""
    if not png_b64:
        return ("document.querySelector('#photo').removeAttribute('required');"
                "document.querySelector('form').requestSubmit();")
    return ("const dt = new DataTransfer();"
            f"const bytes = Uint8Array.from(atob('{png_b64}'), c => c.charCodeAt(0));"
            "dt.items.add(new File([bytes], 'chart.png', {type: 'image/png'}));"
            "document.querySelector('#photo').files = dt.files;"
            "document.querySelector('#caption').value = 'Table 3';"
            "document.querySelector('form').requestSubmit();")


def tick(form_fields: dict[str, str]) -> str:
    """The test's script: fill the form open now with `form_fields`, then send it."""
    fill = []
    for name, value in form_fields.items():
        fill.append(f"(document.querySelector('input[type=radio][name={name}][value=\"{value}\"]') || "
                    f"{{click(){{document.querySelector('[name={name}]').value = {value!r}}}}}).click();")
    return "".join(fill) + "document.querySelector('form').requestSubmit();"


PNG = base64.b64encode(png(40, 30)).decode()


@pytest.fixture
def board(services):
    wall = services.wall
    b = wall.add_board("Barriers", prompt="What gets in the way of FAFSA completion for our seniors?")
    ids = wall.add_notes(b, ["A", "B", "C", "D"])
    wall.make_cluster(b, ids[:2], "Our beliefs")
    wall.make_cluster(b, ids[2:], "Information reaching families")
    wall.votes.set_vote_rules(b, 3, 2)
    return b


def test_every_phone_page_has_no_axe_violation(services, board):
    wall, capture = services.wall, services.capture
    c = [x.id for x in wall.votes.phone_voting(board).clusters]
    wall.set_layout(board, "fishbone")
    wall.votes.open_voting(board)
    found: dict[str, list[dict]] = {}

    async def pages(url: str) -> None:
        async with Browser() as b:
            async def check(name: str) -> None:
                found[name] = await axe_violations(b)

            for lang in ("en", "es"):
                await b.open(f"{url}?lang={lang}")
                await check(f"note form, fishbone, voting open ({lang})")
                await b.submit(tick({"note": " "}))   # an empty note: the form comes back with the problem said
                await check(f"note form with a problem ({lang})")
                await b.submit(tick({"note": "Deadlines nobody explains"}))
                await check(f"note received ({lang})")
                await b.open(f"{url}/dots?lang={lang}")
                await check(f"voting page ({lang})")
                await b.submit(tick({f"c{c[0]}": "2", f"c{c[1]}": "2"}))   # 4 dots of 3: refused
                await check(f"voting page, too many dots ({lang})")
                await b.submit(tick({f"c{c[0]}": "2", f"c{c[1]}": "1"}))
                await check(f"voting page, dots kept ({lang})")
                await b.open(f"{url}/photo?lang={lang}")
                await check(f"photo page ({lang})")
                await b.submit(choose_photo_and_send())
                await check(f"photo page, no photo chosen ({lang})")
                await b.submit(choose_photo_and_send(PNG))
                await check(f"photo received ({lang})")
            await b.open(url.rsplit("/", 1)[0] + "/wrongcode")
            await check("no such page (404)")

    with_phones(capture, board, pages)
    wall.votes.close_voting(board)
    wall.set_layout(board, "wall")

    async def closed(url: str) -> None:
        async with Browser() as b:
            for lang in ("en", "es"):
                await b.open(f"{url}?lang={lang}")
                found[f"note form, plain ({lang})"] = await axe_violations(b)
                await b.open(f"{url}/dots?lang={lang}")
                found[f"voting page, closed ({lang})"] = await axe_violations(b)

    with_phones(capture, board, closed)
    assert len(found) == 23
    assert len(wall.photos.of_board(board)) == 2, "a photo from each language's page"
    assert wall.votes.phone_ballots(board) == 1, "one phone (its two ballots, one kept)"
    assert len(wall.view(board).notes) == 6, "the pages really worked"
    bad = {page: v for page, v in found.items() if v}
    assert not bad, "\n".join(f"{page}: {x['id']} ({x['impact']}): {x['help']} at {x['targets']}"
                              for page, v in bad.items() for x in v)
