"""Protocols run: each step with its prompt and the notes the facilitator kept for it."""

from __future__ import annotations

from collections.abc import Callable

from app.export.handout import Handout
from app.export.styles import Styles
from app.export.words import One, words


def flowables(h: Handout, st: Styles) -> list:
    if not h.protocols:
        return []
    w = words(h)
    out: list = [st.pm(w._("Protocols run"), st.h1)]
    for run in h.protocols:
        out.append(st.pm(w._("Day {day}, item {item}: {title}", day=run.day_number, item=run.item_number,
                             title=st.text(run.item_title)), st.h2))
        if run.protocol_name != run.item_title:
            names = dict(run.names) or {one.lang: run.protocol_name for one in w.ones}
            out.append(st.pm(w._("Protocol: {name}", name=_in_each(names, st)), st.muted))
        if run.credit:
            out.append(st.pm(w._("Credit: {credit}", credit=st.text(run.credit)), st.muted))
        for step in run.steps:
            titles = {one.lang: step.in_language(one.lang)[0] for one in w.ones}
            prompts = {one.lang: step.in_language(one.lang)[1] for one in w.ones}
            out.append(st.pm(w._("Step {number} · {title} ({minutes} min)", number=step.number,
                                 title=_in_each(titles, st), minutes=step.minutes), st.h3))
            if len(set(prompts.values())) > 1:   # bilingual, the prompt in each: the second after it in grey
                out.append(st.pm(w.each(_in_each(prompts, st)), st.muted))
            elif step.prompt:
                out.append(st.p(step.prompt, st.muted))
            out.append(st.p(step.note) if step.note.strip()
                       else st.pm("<i>" + w._("No notes for this step.") + "</i>", st.muted))
    return out


def _in_each(texts: dict[str, str], st: Styles) -> Callable[[One], str]:
    """A step's text (its title, its prompt) as markup in each of the handout's languages."""
    return lambda one: st.text(texts.get(one.lang) or next(iter(texts.values()), ""))
