"""The breakout page: participants' phones see when to be back in the main room, the minutes left and the
lead's broadcast ("5 minutes"), in the phone's language. Plain HTML and CSS, no script, no form: nothing a
phone can do here but read it, so no facilitator action is possible from it. It reloads itself every
REFRESH_S seconds by the HTTP `Refresh` header (a `<meta http-equiv=refresh>` would do the same, but axe-core
counts a timed meta refresh as a WCAG 2.2.1 failure; the page has nothing to type in, so a reload loses
nothing) and has an "Update now" link for a browser that ignores it.

It sits on the room's server under a token of its own (new each start), beside capture and the
co-facilitators' desk. The server never reads the store: the owner thread publishes a snapshot (the running
item, its seconds left, the broadcast) whenever the live run changes, and each request works out the minutes
left and the time to be back from it and the clock."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable
from html import escape
from typing import Any
from zoneinfo import ZoneInfo

from aiohttp import web

from app.domain.capture.rules import RateLimit
from app.domain.cofacilitate.rules import BROADCASTS
from app.domain.cofacilitate.texts import breakout_text

REFRESH_S = 30
HEADERS = {
    "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; "
                               "frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",
    "Cache-Control": "no-store",
}
_STYLE = """
*{box-sizing:border-box}
body{margin:0;font:20px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#111;background:#fff}
header{display:flex;justify-content:space-between;align-items:center;padding:.6rem 1rem;background:#16324f;color:#fff}
header p{margin:0;font-weight:700}
header a{color:#fff;font-weight:600}
main{padding:1rem;max-width:40rem;margin:0 auto}
h1{font-size:1.4rem;margin:.4rem 0 1rem}
.back{font-size:1.6rem;font-weight:700;margin:.5rem 0}
.left{font-size:2.4rem;font-weight:800;margin:.3rem 0 1rem}
.news{border:3px solid #8a5a00;background:#fff3cd;color:#3d2a00;padding:.6rem .8rem;border-radius:.4rem;margin:1rem 0}
.news h2{font-size:1rem;margin:0 0 .2rem}
.news p{font-size:1.5rem;font-weight:700;margin:0}
.small{color:#333;font-size:1rem}
a:focus-visible{outline:3px solid #c25e00;outline-offset:2px}
"""


class BreakoutPage:
    """The page on the server's thread (a Desk of the room's server: app/services/capture/server.py)."""

    def __init__(self, token: str, clock_now: Callable[[], float], monotonic: Callable[[], float]) -> None:
        self.token, self.clock_now, self.monotonic = token, clock_now, monotonic
        self.state: dict[str, Any] = {}
        self.built = 0.0
        self.requests = RateLimit(burst=30, per_minute=60)   # a phone reloads twice a minute

    def publish(self, state: dict[str, Any]) -> None:
        """The running item (title, running, remaining seconds), the convening's time zone and the broadcast."""
        self.state = dict(state)
        self.built = self.monotonic()

    async def handle(self, request: web.Request, rest: str, lang: str, _same_origin: bool) -> web.StreamResponse:
        if rest or request.method not in ("GET", "HEAD"):   # nothing to post, nothing below it
            return self._reply(_page(lang, self.token, breakout_text(lang, "no_page"), "", "", ""), 404)
        if not self.requests.allow(request.remote or "?", self.monotonic()):
            return self._reply("", 429, **{"Retry-After": str(REFRESH_S)})
        return self._reply(self.page(lang))

    def _reply(self, html: str, status: int = 200, **headers: str) -> web.Response:
        return web.Response(text=html, status=status, content_type="text/html", charset="utf-8",
                            headers={**HEADERS, "Refresh": str(REFRESH_S), **headers})

    def page(self, lang: str) -> str:
        state = self.state
        news = state.get("broadcast", "")
        if news in BROADCASTS:   # a ready one: in the phone's language
            news = breakout_text(lang, f"say_{news}")
        title = state.get("title") or breakout_text(lang, "title")
        if not state.get("title"):
            return _page(lang, self.token, breakout_text(lang, "none"), "", news, breakout_text(lang, "title"))
        remaining = float(state.get("remaining", 0.0))
        if state.get("running"):
            remaining -= self.monotonic() - self.built
        back = dt.datetime.fromtimestamp(self.clock_now() + max(0.0, remaining), ZoneInfo(state.get("tz", "UTC")))
        minutes = max(0, math.ceil(remaining / 60))
        if remaining <= 0:
            left = breakout_text(lang, "left_0")
        elif minutes == 1:
            left = breakout_text(lang, "left_1")
        else:
            left = breakout_text(lang, "left_n").format(n=minutes)
        if not state.get("running"):
            left += " " + breakout_text(lang, "paused")
        back_at = breakout_text(lang, "back_at").format(time=f"{back:%H:%M}")
        return _page(lang, self.token, back_at, left, news, title)


def _page(lang: str, token: str, headline: str, left: str, news: str, title: str) -> str:
    t = lambda key: escape(breakout_text(lang, key))  # noqa: E731 - one short name for the words below
    other = "es" if lang == "en" else "en"
    news_box = (f'<section class="news" aria-labelledby="news-h"><h2 id="news-h">{t("news")}</h2>'
                f"<p>{escape(news)}</p></section>") if news else ""
    left_line = f'<p class="left">{escape(left)}</p>' if left else ""
    return f"""<!doctype html>
<html lang="{lang}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(title or breakout_text(lang, "title"))} · Convene</title><style>{_STYLE}</style></head>
<body>
<header><p>Convene</p><a href="/{escape(token)}/?lang={other}" lang="{other}">{t("switch")}</a></header>
<main>
<h1>{escape(title or breakout_text(lang, "title"))}</h1>
<p class="back">{escape(headline)}</p>
{left_line}
{news_box}
<p class="small">{t("updates")} <a href="/{escape(token)}/?lang={lang}">{t("update")}</a></p>
</main>
</body>
</html>
"""
