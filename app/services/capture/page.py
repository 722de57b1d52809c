"""The capture page a phone sees: plain HTML and CSS (no script), escaped everywhere, in English or Spanish."""

from __future__ import annotations

from html import escape

from app.domain.capture.rules import MAX_NAME_CHARS, MAX_NOTE_CHARS
from app.domain.capture.texts import TEXTS

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
textarea:focus,input:focus,button:focus,a:focus{outline:3px solid #0055cc;outline-offset:2px}
fieldset{border:0;padding:0;margin:.8rem 0 0}
fieldset label{font-weight:400;margin:.35rem 0}
button{display:block;width:100%;margin:1.2rem 0 .8rem;padding:.85rem;font:inherit;font-weight:700;color:#fff;
background:#1d4f91;border:0;border-radius:.4rem}
.msg{padding:.7rem .8rem;border-radius:.4rem;margin:0 0 1rem;font-weight:600}
.ok{background:#d9f2e6;border:2px solid #007a4d}
.bad{background:#fde2dc;border:2px solid #b3261e}
.switch{float:right;font-size:1rem;margin-top:.4rem;color:#1d4f91}
a{color:#1d4f91}
"""


def _t(lang: str, key: str) -> str:
    return TEXTS[lang][key].format(limit=MAX_NOTE_CHARS, name_limit=MAX_NAME_CHARS)


def _page(lang: str, title: str, body: str) -> str:
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f"<title>{escape(title)}</title>\n<style>{CSS}</style>\n</head>\n<body>\n{body}\n</body>\n</html>\n")


def page_html(lang: str, title: str, body: str) -> str:
    """A whole page in the capture page's look (other capabilities' phone pages use it: improvement/phone.py)."""
    return _page(lang, title, body)


def form_page(lang: str, token: str, board_title: str, prompt: str, fishbone: bool, nonce: str,
              message_key: str = "", text: str = "", name: str = "", footer: str = "") -> str:
    """The note form; with `message_key` it comes back with the problem said and what was typed kept.
    `footer` (HTML, already escaped) goes under it: the link to a team's check-in page, when there is one."""
    other = "es" if lang == "en" else "en"
    parts = [f'<a class="switch" href="/{token}?lang={other}" hreflang="{other}" lang="{other}">'
             f"{escape(_t(lang, 'switch'))}</a>",
             f"<h1>{escape(_t(lang, 'title'))}</h1>"]
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


def received_page(lang: str, token: str, text: str, pending: bool) -> str:
    """The confirmation: the note as kept (escaped), and a link back to the form."""
    key = "received_pending" if pending else "received"
    body = (f'<h1>{escape(_t(lang, "title"))}</h1>\n'
            f'<p class="msg ok" role="status">{escape(_t(lang, key))}</p>\n'
            f'<p class="prompt">{escape(text)}</p>\n'
            f'<p><a href="/{token}?lang={lang}">{escape(_t(lang, "again"))}</a></p>')
    return _page(lang, _t(lang, key), body)


def problem_page(lang: str, key: str, token: str = "") -> str:
    """A refusal that has no form to keep (no token, another site, stopped): the sentence alone."""
    link = f'\n<p><a href="/{token}?lang={lang}">{escape(_t(lang, "again"))}</a></p>' if token else ""
    return _page(lang, _t(lang, key), f'<p class="msg bad" role="alert">{escape(_t(lang, key))}</p>{link}')
