"""Protocols run: each step with its prompt and the notes the facilitator kept for it."""

from __future__ import annotations

from app.export.handout import Handout
from app.export.styles import Styles
from app.export.words import words


def flowables(h: Handout, st: Styles) -> list:
    if not h.protocols:
        return []
    w = words(h)
    out: list = [st.pm(w._("Protocols run"), st.h1)]
    for run in h.protocols:
        out.append(st.pm(w._("Day {day}, item {item}: {title}", day=run.day_number, item=run.item_number,
                             title=st.text(run.item_title)), st.h2))
        if run.protocol_name != run.item_title:
            out.append(st.pm(w._("Protocol: {name}", name=st.text(run.protocol_name)), st.muted))
        if run.credit:
            out.append(st.pm(w._("Credit: {credit}", credit=st.text(run.credit)), st.muted))
        for step in run.steps:
            out.append(st.pm(w._("Step {number} · {title} ({minutes} min)", number=step.number,
                                 title=lambda one, step=step: st.text(step.in_language(one.lang)[0]),
                                 minutes=step.minutes), st.h3))
            prompts = [step.in_language(one.lang)[1] for one in w.ones]
            if len(set(prompts)) > 1:   # bilingual, the prompt in each: the second after it in grey
                out.append(st.pm(w.each(lambda one, step=step: st.text(step.in_language(one.lang)[1])), st.muted))
            elif step.prompt:
                out.append(st.p(step.prompt, st.muted))
            out.append(st.p(step.note) if step.note.strip()
                       else st.pm("<i>" + w._("No notes for this step.") + "</i>", st.muted))
    return out
