"""A protocol as read-only HTML for the console's QTextBrowser (everything escaped)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from app.domain.protocols import Protocol, ProtocolStep
from app.ui.i18n.counts import counts


def _paragraphs(text: str) -> str:
    """Blank lines separate paragraphs; single newlines stay line breaks."""
    parts = [p.strip() for p in text.split("\n\n") if p.strip()]
    return "".join(f"<p>{escape(p).replace(chr(10), '<br>')}</p>" for p in parts)


def _section(title: str, body: str) -> str:
    return f"<h3>{escape(title)}</h3>{body}" if body else ""


def _bullets(items: tuple[str, ...]) -> str:
    if not items:
        return ""
    return "<ul>" + "".join(f"<li>{escape(i)}</li>" for i in items) + "</ul>"


def _who(step: ProtocolStep) -> str:
    return QCoreApplication.translate("protocol_html", "everyone") if not step.speakers else ", ".join(step.speakers)


def steps_count(n: int) -> str:
    return counts().steps(n)


def _minutes(n: int) -> str:
    return counts().minutes(n)


def protocol_html(p: Protocol, in_file: bool, muted: str = "#555555", accent: str = "#0060A8") -> str:
    """The whole protocol in reading order: about it, then its steps with script and prompt."""
    where = (
        QCoreApplication.translate("protocol_html", "Kept in this convening: you can edit it.")
        if in_file
        else QCoreApplication.translate("protocol_html", "From the shipped library (read-only). Duplicate it to make your own version.")
    )
    head = (
        f"<h2>{escape(p.name)}</h2>"
        f"<p style='color:{muted}'>{_minutes(p.minutes)} · {escape(p.group_size)} · "
        f"{escape(steps_count(len(p.steps)))}<br>{escape(where)}</p>"
    )
    about = "".join(
        [
            _section(QCoreApplication.translate("protocol_html", "Purpose"), _paragraphs(p.purpose)),
            _section(QCoreApplication.translate("protocol_html", "When to use it"), _paragraphs(p.when_to_use)),
            _section(QCoreApplication.translate("protocol_html", "Group size"), f"<p>{escape(p.group_size)}</p>"),
            _section(QCoreApplication.translate("protocol_html", "Roles"), f"<p>{escape(', '.join(p.roles))}</p>"),
            _section(QCoreApplication.translate("protocol_html", "Materials"), _bullets(p.materials)),
            _section(QCoreApplication.translate("protocol_html", "Norms"), _bullets(p.norms)),
            _section(QCoreApplication.translate("protocol_html", "Equity moves"), _bullets(p.equity_moves)),
            _section(QCoreApplication.translate("protocol_html", "Credit"), f"<p style='color:{muted}'>{escape(p.credit)}</p>"),
        ]
    )
    steps = "".join(_step_html(n, s, muted, accent) for n, s in enumerate(p.steps, 1))
    title = escape(QCoreApplication.translate("protocol_html", "Steps"))
    return f"<html><body>{head}{about}<h3>{title}</h3>{steps}</body></html>"


def _step_html(n: int, s: ProtocolStep, muted: str, accent: str) -> str:
    who = escape(QCoreApplication.translate("protocol_html", "Who speaks: {who}").format(who=_who(s)))
    sees = escape(QCoreApplication.translate("protocol_html", "The room sees:"))
    return (
        f"<h4>{n}. {escape(s.title)} <span style='color:{muted}; font-weight:normal'>"
        f"— {_minutes(s.minutes)}</span></h4>"
        f"<p style='color:{muted}'>{who}</p>"
        f"{_paragraphs(s.script)}"
        "<table width='100%' border='1' cellpadding='8' cellspacing='0' "
        f"style='border-style: solid; border-color: {accent}; margin-bottom: 12px'>"
        f"<tr><td><b>{sees}</b> {escape(s.prompt)}</td></tr></table>"
    )
