"""Protocols run: each step with its prompt and the notes the facilitator kept for it."""

from __future__ import annotations

from app.export.handout import Handout
from app.export.styles import Styles


def flowables(h: Handout, st: Styles) -> list:
    if not h.protocols:
        return []
    out: list = [st.pm("Protocols run", st.h1)]
    for run in h.protocols:
        out.append(st.pm(
            f"Day {run.day_number}, item {run.item_number}: {st.text(run.item_title)}", st.h2))
        if run.protocol_name != run.item_title:
            out.append(st.pm(f"Protocol: {st.text(run.protocol_name)}", st.muted))
        if run.credit:
            out.append(st.pm(f"Credit: {st.text(run.credit)}", st.muted))
        for step in run.steps:
            out.append(st.pm(f"Step {step.number} · {st.text(step.title)} ({step.minutes} min)", st.h3))
            if step.prompt:
                out.append(st.p(step.prompt, st.muted))
            out.append(st.p(step.note) if step.note.strip() else st.pm("<i>No notes for this step.</i>", st.muted))
    return out
