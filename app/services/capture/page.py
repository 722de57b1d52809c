"""The pages a phone sees: the note form and, while dot voting is open, the voting page (the photo page is
photo_page.py, in the same look). Plain HTML and CSS
(no script), escaped everywhere, in English or Spanish, every page's content in a main landmark."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from html import escape

from app.domain.capture.rules import MAX_NAME_CHARS, MAX_NOTE_CHARS
from app.domain.capture.texts import TEXTS
from app.domain.wall.palette import cluster_colour

CSS = """
*{box-sizing:border-box}
body{margin:0;padding:1rem;font:1.125rem/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;
background:#fffdf2;color:#1a1a1a;max-width:36rem;margin:0 auto}
h1{font-size:1.5rem;margin:.25rem 0 .5rem}
h2{font-size:1.3rem;margin:1.6rem 0 .4rem}
.prompt{font-size:1.2rem;font-weight:600;background:#fbf3a6;border-left:.4rem solid #b8a400;padding:.6rem .8rem;
margin:0 0 1rem}
label,legend{display:block;font-weight:600;margin:.8rem 0 .25rem}
.help{display:block;font-size:.95rem;color:#444;margin:0 0 .35rem}
textarea,input[type=text]{width:100%;font:inherit;padding:.6rem;border:2px solid #555;border-radius:.4rem;
background:#fff;color:#111}
textarea{min-height:7.5rem}
input[type=file]{display:block;width:100%;font:inherit;padding:.5rem 0;min-height:2.75rem}
textarea:focus,input:focus,button:focus,a:focus{outline:3px solid #0055cc;outline-offset:2px}
fieldset{border:0;padding:0;margin:.8rem 0 0}
fieldset label{font-weight:400;margin:.35rem 0}
button{display:block;width:100%;margin:1.2rem 0 .8rem;padding:.85rem;font:inherit;font-weight:700;color:#fff;
background:#1d4f91;border:0;border-radius:.4rem}
.msg{padding:.7rem .8rem;border-radius:.4rem;margin:0 0 1rem;font-weight:600;font-size:1.125rem}
.ok{background:#d9f2e6;border:2px solid #007a4d}
.bad{background:#fde2dc;border:2px solid #b3261e}
.switch{float:right;font-size:1rem;margin-top:.4rem;color:#1d4f91}
a{color:#1d4f91}
.vote{display:block;font-weight:700;text-align:center;padding:.85rem;margin:0 0 1rem;background:#1d4f91;color:#fff;
border-radius:.4rem;text-decoration:none}
.cluster{border:2px solid #555;border-radius:.4rem;padding:.5rem .7rem .6rem;margin:.8rem 0 0}
.cluster legend{display:flex;align-items:center;gap:.6rem;margin:0;padding:0 .3rem}
.num{display:inline-block;min-width:2.2rem;text-align:center;font-size:1.3rem;font-weight:700;color:#111;
border:3px solid;border-radius:.3rem;padding:0 .3rem}
.dots{display:flex;flex-wrap:wrap;gap:.3rem .9rem}
.dots label{font-weight:400;margin:.3rem 0;padding:.35rem 0;min-height:2.75rem;display:flex;align-items:center;
gap:.35rem}
input[type=radio]{width:1.4rem;height:1.4rem;margin:0}
"""


def _t(lang: str, key: str, **values: object) -> str:
    return TEXTS[lang][key].format(limit=MAX_NOTE_CHARS, name_limit=MAX_NAME_CHARS, **values)


def _page(lang: str, title: str, body: str) -> str:
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f"<title>{escape(title)}</title>\n<style>{CSS}</style>\n</head>\n<body>\n<main>\n{body}\n</main>\n</body>\n"
            "</html>\n")


def page_html(lang: str, title: str, body: str) -> str:
    """A whole page in the capture page's look (other capabilities' phone pages use it: improvement/phone.py)."""
    return _page(lang, title, body)


def form_page(lang: str, token: str, board_title: str, prompt: str, fishbone: bool, nonce: str,
              message_key: str = "", text: str = "", name: str = "", footer: str = "",
              voting: bool = False) -> str:
    """The note form; with `message_key` it comes back with the problem said and what was typed kept. While
    dot voting is open (`voting`) it leads to the voting page first. `footer` (HTML, already escaped) goes
    under it: the link to a team's check-in page, when there is one."""
    other = "es" if lang == "en" else "en"
    parts = [f'<a class="switch" href="/{token}?lang={other}" hreflang="{other}" lang="{other}">'
             f"{escape(_t(lang, 'switch'))}</a>",
             f"<h1>{escape(_t(lang, 'title'))}</h1>"]
    if voting:
        parts.append(f'<p>{escape(_t(lang, "vote_open"))}</p>'
                     f'<a class="vote" href="/{token}/dots?lang={lang}">{escape(_t(lang, "vote_link"))}</a>')
    if prompt or board_title:
        parts.append(f'<p class="prompt">{escape(prompt or board_title)}</p>')
    if message_key:
        parts.append(f'<p class="msg bad" role="alert">{escape(_t(lang, message_key))}</p>')
    parts.append(f'<form method="post" action="/{token}?lang={lang}" accept-charset="utf-8">')
    parts.append(f'<input type="hidden" name="n" value="{escape(nonce)}">')
    parts.append(f'<label for="note">{escape(_t(lang, "note"))}</label>'
                 f'<span class="help" id="note-help">{escape(_t(lang, "note_help"))}</span>'
                 f'<textarea id="note" name="note" required maxlength="{MAX_NOTE_CHARS}" '
                 f'aria-describedby="note-help">{escape(text)}</textarea>')
    parts.append(f'<label for="name">{escape(_t(lang, "name"))}</label>'
                 f'<span class="help" id="name-help">{escape(_t(lang, "name_help"))}</span>'
                 f'<input type="text" id="name" name="name" maxlength="{MAX_NAME_CHARS}" autocomplete="off" '
                 f'aria-describedby="name-help" value="{escape(name)}">')
    if fishbone:
        parts.append(f'<fieldset><legend>{escape(_t(lang, "ours"))}</legend>')
        for value, key in (("yes", "ours_yes"), ("no", "ours_no"), ("", "ours_unsure")):
            checked = " checked" if value == "" else ""
            parts.append(f'<label><input type="radio" name="ours" value="{value}"{checked}> '
                         f"{escape(_t(lang, key))}</label>")
        parts.append("</fieldset>")
    parts.append(f'<button type="submit">{escape(_t(lang, "send"))}</button></form>')
    if footer:
        parts.append(footer)
    return _page(lang, _t(lang, "title"), "\n".join(parts))


def received_page(lang: str, token: str, text: str, pending: bool, voting: bool = False) -> str:
    """The confirmation: the note as kept (escaped), and a link back to the form; while dot voting is open
    (`voting`), the way to the voting page too."""
    key = "received_pending" if pending else "received"
    vote = (f'<p>{escape(_t(lang, "vote_open"))}</p>'
            f'<a class="vote" href="/{token}/dots?lang={lang}">{escape(_t(lang, "vote_link"))}</a>\n') if voting else ""
    body = (f'<h1>{escape(_t(lang, "title"))}</h1>\n'
            f'<p class="msg ok" role="status">{escape(_t(lang, key))}</p>\n'
            f'<p class="prompt">{escape(text)}</p>\n{vote}'
            f'<p><a href="/{token}?lang={lang}">{escape(_t(lang, "again"))}</a></p>')
    return _page(lang, _t(lang, key), body)


def problem_page(lang: str, key: str, token: str = "") -> str:
    """A refusal that has no form to keep (no token, another site, stopped): the sentence alone."""
    link = f'\n<p><a href="/{token}?lang={lang}">{escape(_t(lang, "again"))}</a></p>' if token else ""
    return _page(lang, _t(lang, key), f'<div role="alert"><h1 class="msg bad">{escape(_t(lang, key))}</h1></div>{link}')


def _dots(lang: str, n: int) -> str:
    return _t(lang, "vote_dots_0" if n == 0 else "vote_dots_1" if n == 1 else "vote_dots_n", n=n)


def vote_page(lang: str, token: str, prompt: str, voting: str, per_person: int, per_cluster: int,
              clusters: Sequence[tuple[int, int, str]], chosen: Mapping[int, int], message_key: str = "",
              ok: bool = False, total: int = 0) -> str:
    """The voting page: the board's clusters (`clusters`: id, number, name) each with a choice of 0 up to
    the cap of dots, the phone's dots now (`chosen`) ticked. With `message_key` a sentence on top: good
    news (`ok`) or a refusal. While voting is not open, the sentence alone and the way back to notes."""
    other = "es" if lang == "en" else "en"
    rules = {"per_person": per_person, "per_cluster": per_cluster, "total": total, "n": total}
    parts = [f'<a class="switch" href="/{token}/dots?lang={other}" hreflang="{other}" lang="{other}">'
             f"{escape(_t(lang, 'switch'))}</a>",
             f"<h1>{escape(_t(lang, 'vote_title'))}</h1>"]
    if message_key:
        role, kind = ("status", "ok") if ok else ("alert", "bad")
        parts.append(f'<p class="msg {kind}" role="{role}">{escape(_t(lang, message_key, **rules))}</p>')
    if prompt:
        parts.append(f'<p class="prompt">{escape(prompt)}</p>')
    if voting == "open" and clusters:
        cap = per_cluster or per_person
        parts.append(f'<p>{escape(_t(lang, "vote_rules_cap" if per_cluster else "vote_rules", **rules))} '
                     f'{escape(_t(lang, "vote_change"))}</p>')
        parts.append(f'<form method="post" action="/{token}/dots?lang={lang}" accept-charset="utf-8">')
        for cid, number, name in clusters:
            c = cluster_colour(number)
            now = min(max(0, chosen.get(cid, 0)), cap)
            parts.append(f'<fieldset class="cluster"><legend><span class="num" '
                         f'style="background:{c.fill};border-color:{c.edge}">{number}</span>'
                         f'<span>{escape(name)}</span></legend><div class="dots">')
            for d in range(cap + 1):
                checked = " checked" if d == now else ""
                parts.append(f'<label><input type="radio" name="c{cid}" value="{d}"{checked}>'
                             f"{escape(_dots(lang, d))}</label>")
            parts.append("</div></fieldset>")
        parts.append(f'<button type="submit">{escape(_t(lang, "vote_send"))}</button></form>')
    elif voting == "open":
        parts.append(f'<p class="msg bad" role="status">{escape(_t(lang, "vote_no_clusters"))}</p>')
    elif not message_key:
        key = "vote_ended" if voting == "closed" else "vote_not_open"
        parts.append(f'<p class="msg bad" role="status">{escape(_t(lang, key))}</p>')
    parts.append(f'<p><a href="/{token}?lang={lang}">{escape(_t(lang, "vote_back"))}</a></p>')
    return _page(lang, _t(lang, "vote_title"), "\n".join(parts))
