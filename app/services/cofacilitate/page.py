"""The co-facilitator's device page: our own HTML and our own small script (nothing fetched from elsewhere),
for a phone, a tablet or a laptop, in English or Spanish. The page is one document; its script joins, polls
the state (`/state?v=N`, answered when it changes) and posts actions one at a time, each under its own
sequence number, kept (in the browser's storage) until the laptop answers: after "Reconnecting…" the same
numbers are sent again and the laptop applies each once."""

from __future__ import annotations

import json
from html import escape

from app.domain.cofacilitate.rules import CUE_LIMIT, NAME_LIMIT, READY_CUES
from app.domain.cofacilitate.texts import TEXTS, text
from app.services.cofacilitate.script import SCRIPT

_STYLE = """
*{box-sizing:border-box}
body{margin:0;font:18px/1.4 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#111;background:#fff}
header{display:flex;justify-content:space-between;align-items:center;gap:1rem;padding:.6rem 1rem;background:#16324f;color:#fff}
header h1{font-size:1.25rem;margin:0}
header a{color:#fff;font-weight:600}
main{padding:.5rem 1rem 2rem;max-width:1100px;margin:0 auto}
#status{min-height:1.6em;margin:.5rem 0;font-weight:600}
#status.off{background:#fff3cd;color:#5c3b00;padding:.4rem .6rem;border-radius:.3rem}
section{margin:1rem 0;padding-top:.2rem;border-top:1px solid #ccd}
h2{font-size:1.1rem;margin:.6rem 0}
h3{font-size:1rem;margin:.5rem 0 .2rem;color:#333}
button{font:inherit;min-height:48px;min-width:48px;padding:.4rem .8rem;margin:.2rem;border-radius:.4rem;
  border:2px solid #16324f;background:#16324f;color:#fff;cursor:pointer}
button.seat{background:#fff;color:#111;border-color:#667}
button.seat[aria-pressed=true]{background:#0b6e3a;color:#fff;border-color:#0b6e3a}
button.light{background:#fff;color:#16324f}
button:focus-visible,input:focus-visible,select:focus-visible,a:focus-visible{outline:3px solid #c25e00;outline-offset:2px}
.clock{font-size:3rem;font-weight:700;font-variant-numeric:tabular-nums;margin:.2rem 0}
.over{color:#a10000}
.row{display:flex;flex-wrap:wrap;align-items:center}
.blocks>div{display:flex;flex-wrap:wrap;align-items:center}
.blocks h3{flex-basis:100%}
label{display:block;font-weight:600;margin:.4rem 0 .2rem}
input,select{font:inherit;min-height:48px;padding:.3rem .5rem;border:2px solid #667;border-radius:.3rem;max-width:100%}
ol{padding-left:1.6rem}
#cues p{margin:.2rem 0}
@media (min-width:900px){#live{display:grid;grid-template-columns:1fr 1fr;column-gap:2rem}
  #live[hidden]{display:none} #floor{grid-column:1 / span 2}}
"""


def device_script() -> str:
    return SCRIPT


def _texts_json(lang: str) -> str:
    words = {k: text(lang, k) for k in TEXTS["en"]}
    return json.dumps(words, ensure_ascii=True).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def device_page(lang: str, token: str) -> str:
    """The page at /<facilitator token>/: join form, waiting line and the live page (the script shows one)."""
    t = lambda key: escape(text(lang, key))  # noqa: E731 - one short name for the many words below
    other = "es" if lang == "en" else "en"
    base = f"/{escape(token)}/"
    cues = "".join(f'<button type="button" data-cue="{c}">{t("cue_" + c)}</button>' for c in READY_CUES)
    return f"""<!doctype html>
<html lang="{lang}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{t("title")} · Convene</title><style>{_STYLE}</style></head>
<body data-base="{base}">
<header><h1>{t("title")}</h1><a href="{base}?lang={other}" lang="{other}">{t("switch")}</a></header>
<main>
<p id="status" role="status" aria-live="polite"></p>
<section id="join" aria-labelledby="join-h" hidden>
<h2 id="join-h">{t("join_title")}</h2>
<p>{t("join_help")}</p>
<form id="join-form"><label for="name">{t("name")}</label>
<input id="name" name="name" maxlength="{NAME_LIMIT}" autocomplete="nickname" required>
<button type="submit">{t("join")}</button></form>
</section>
<section id="wait" aria-labelledby="wait-h" hidden><h2 id="wait-h">{t("waiting")}</h2></section>
<div id="live" hidden>
<section id="floor" aria-labelledby="floor-h">
<h2 id="floor-h">{t("floor")}</h2>
<p id="speaker" aria-live="polite"></p>
<div class="row">
<button type="button" data-act="silence" class="light">{t("silence")}</button>
<button type="button" data-act="many_voices" class="light">{t("many_voices")}</button>
</div>
<div id="seats" class="blocks"></div>
</section>
<section id="queue-part" aria-labelledby="queue-h">
<h2 id="queue-h">{t("queue")}</h2>
<ol id="queue"></ol>
<p id="queue-empty">{t("queue_empty")}</p>
<div class="row"><button type="button" data-act="call_next">{t("call_next")}</button></div>
<form id="hand-form"><label for="hand">{t("hand_for")}</label>
<div class="row"><select id="hand"></select><button type="submit" class="light">{t("add_hand")}</button></div></form>
</section>
<section id="timer" aria-labelledby="timer-h">
<h2 id="timer-h">{t("timer")}</h2>
<p id="item">{t("idle")}</p>
<p id="clock" class="clock" aria-live="off">--:--</p>
<div class="row">
<button type="button" data-act="start_pause">{t("start_pause")}</button>
<button type="button" data-act="minus_minute" class="light">{t("minus_minute")}</button>
<button type="button" data-act="plus_minute" class="light">{t("plus_minute")}</button>
<button type="button" data-act="next">{t("next")}</button>
</div>
</section>
<section id="cues" aria-labelledby="cues-h">
<h2 id="cues-h">{t("cues")}</h2>
<div class="row">{cues}</div>
<form id="cue-form"><label for="cue">{t("cue_typed")}</label>
<div class="row"><input id="cue" name="cue" maxlength="{CUE_LIMIT}">
<button type="submit">{t("cue_send")}</button></div></form>
</section>
<section id="codes-part" aria-labelledby="codes-h">
<h2 id="codes-h">{t("codes")}</h2>
<div id="codes" class="row"></div>
</section>
</div>
</main>
<script type="application/json" id="texts">{_texts_json(lang)}</script>
<script src="{base}app.js"></script>
</body>
</html>
"""
