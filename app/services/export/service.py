"""Handouts and CSV files: gather what the convening holds into a Handout, then write it.

Gathering reads the file on the calling thread (milliseconds); the PDF build is a
job (services/core/jobs.py) that touches only the Handout and its own output file, so it
can run in the background. A shared handout is gathered without the roster and
without private facilitator notes.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

# The handout's model and every capability's handout part load when a handout is first made, not when a
# file opens (the export service is built with the others at the composition root).
from app.export.paper import A4, LETTER, PAPER_SIZES
from app.i18n import HANDOUT_LANGS, _, ngettext
from app.services.core.jobs import Cancelled, CancelToken, as_progress

if TYPE_CHECKING:
    from app.export.handout import AgendaDay, Handout
    from app.services.root import Services

# Territories that print on US Letter; everyone else uses A4.
LETTER_TERRITORIES = {"US", "CA", "MX", "PH", "CL", "CO", "VE", "GT", "CR", "SV", "DO", "PR", "NI", "PA", "BZ"}


class ExportError(ValueError):
    """An export that cannot be made as asked; the message says which part and what to do."""


@dataclass(frozen=True)
class ExportOptions:
    day: int | None = None                   # 1-based day number; None: every day
    items: tuple[int, int] | None = None     # item numbers A to B (within the day, or the whole running order)
    private: bool = False                    # the facilitator version
    paper: str = A4
    lang: str = "en"                         # the handout's words: "en", "es" or "bilingual" (app/i18n)


def default_paper(environ: dict | None = None, system_locale: str | None = None) -> str:
    """US Letter where the locale's territory prints on it (LC_ALL, LC_PAPER, LANG, else the
    system's locale, as on Windows and macOS), else A4."""
    env = os.environ if environ is None else environ
    value = next((env[k] for k in ("LC_ALL", "LC_PAPER", "LANG") if env.get(k)), "")
    if not value:
        if system_locale is None:
            import locale

            system_locale = locale.getlocale()[0] or ""
        value = system_locale
    territory = value.split(".")[0].split("@")[0].replace("-", "_").partition("_")[2].upper()
    return LETTER if territory in LETTER_TERRITORIES else A4


def parse_items(text: str) -> tuple[int, int]:
    """'3-5' or '4' into (3, 5) or (4, 4)."""
    a, sep, b = text.strip().partition("-")
    try:
        first = int(a)
        last = int(b) if sep else first
    except ValueError:
        raise ExportError(_("Items “{items}”: give item numbers like 3-5, or one number.").format(items=text)) from None
    if first < 1 or last < first:
        raise ExportError(_("Items “{items}”: the first number is 1 or more and not after the last.").format(
            items=text))
    return first, last


class ExportService:
    """Gathers a handout from the services of the composition root it belongs to (never its own)."""

    def __init__(self, services: Services) -> None:
        self.services = services
        self.ws = services.workspace
        self.agenda = services.agenda
        self.live = services.live
        self.protocols = services.protocols
        self.people = services.people

    # -- gathering ---------------------------------------------------------------------
    def handout(self, options: ExportOptions = ExportOptions()) -> Handout:
        from app.export.handout import Cover, Handout, Scope
        from app.export.words import Words
        from app.services.cofacilitate import handout as cofac_part
        from app.services.commitments import handout as commitments_part
        from app.services.improvement import handout as improvement_part
        from app.services.pairing import handout as pairing_part
        from app.services.people import handout as people_part
        from app.services.protocols import handout as protocols_part
        from app.services.talk import handout as talk_part
        from app.services.wall import handout as wall_part

        if options.paper not in PAPER_SIZES:
            raise ExportError(_("Paper “{paper}”: choose A4 or Letter.").format(paper=options.paper))
        if options.lang not in HANDOUT_LANGS:
            raise ExportError(_("Language “{lang}”: choose {choices}.").format(
                lang=options.lang, choices=", ".join(HANDOUT_LANGS)))
        details = self.ws.details()
        days = self.ws.days()
        if options.day is not None and not 1 <= options.day <= len(days):
            raise ExportError(ngettext("Day {day}: this convening has {n} day; choose 1 to {n}.",
                                       "Day {day}: this convening has {n} days; choose 1 to {n}.",
                                       len(days)).format(day=options.day, n=len(days)))
        chosen = [days[options.day - 1]] if options.day is not None else days
        agenda_days = [self._day(number=days.index(d) + 1, day=d, private=options.private) for d in chosen]
        agenda_days = self._limit_items(agenda_days, options)
        label = _scope_label(options, Words(options.lang))
        cover = Cover(title=details.title, organisation=details.organisation, location=details.location,
                      dates=tuple(d.date for d in (agenda_days or chosen)), resources_url=details.resources_url,
                      aim=details.aim, scope=label)
        scope = Scope(days=tuple(agenda_days), private=options.private, day=options.day, items=options.items,
                      day_ids=frozenset(d.id for d in chosen), lang=options.lang)
        s = self.services
        whole_days = options.items is None   # rounds belong to no item: a handout of some items has none
        return Handout(
            cover=cover, private=options.private, paper=options.paper, days=tuple(agenda_days),
            protocols=protocols_part.runs(s.protocols, scope),
            roster=people_part.roster(s.people) if options.private else (),
            talk=talk_part.conversations(s.talk, scope), wall=wall_part.boards(s.wall, scope),
            pairs=pairing_part.rounds(s.pairing, s.people, scope) if whole_days else (),
            tables=pairing_part.seating(s.pairing, scope) if whole_days else (),
            commitments=commitments_part.teams(s.commitments, scope),
            improvement=improvement_part.part(s.improvement, s.commitments, scope),
            lang=options.lang,
            cofacilitation=cofac_part.devices(s.cofacilitate, s.live, scope),
            **talk_part.turns(s.talk, s.live, scope),
        )

    def _day(self, number: int, day, private: bool) -> AgendaDay:
        from app.export.handout import AgendaDay, AgendaRow

        records = {r.id: r for r in self.agenda.items(day.id)}
        rows = []
        for n, t in enumerate(self.live.times(day.id), start=1):
            r = records[t.item_id]
            rows.append(AgendaRow(
                number=n, title=r.title, kind=r.kind, planned_start=t.planned_start, planned_end=t.planned_end,
                planned_minutes=t.planned_minutes, actual_start=t.actual_start, actual_end=t.actual_end,
                actual_seconds=t.actual_seconds, notes=r.notes if private else "", item_id=r.id,
                protocol=r.protocol_name,
            ))
        return AgendaDay(number=number, date=day.date, title=day.title, rows=tuple(rows))

    @staticmethod
    def _limit_items(days: list[AgendaDay], options: ExportOptions) -> list[AgendaDay]:
        from app.export.handout import AgendaDay

        if options.items is None:
            return days
        first, last = options.items
        if options.day is not None:
            rows = days[0].rows
            if last > len(rows):
                raise ExportError(ngettext("Items {first} to {last}: day {day} has {n} item.",
                                           "Items {first} to {last}: day {day} has {n} items.",
                                           len(rows)).format(first=first, last=last, day=options.day, n=len(rows)))
            return [AgendaDay(days[0].number, days[0].date, days[0].title, rows[first - 1:last])]
        total = sum(len(d.rows) for d in days)
        if last > total:
            raise ExportError(ngettext("Items {first} to {last}: the convening has {n} item in all.",
                                       "Items {first} to {last}: the convening has {n} items in all.",
                                       total).format(first=first, last=last, n=total))
        out, seen = [], 0
        for d in days:
            keep = tuple(r for i, r in enumerate(d.rows, start=seen + 1) if first <= i <= last)
            seen += len(d.rows)
            if keep:
                out.append(AgendaDay(d.number, d.date, d.title, keep))
        return out

    # -- writing -------------------------------------------------------------------------
    def pdf_job(self, handout: Handout, out: Path | str):
        """A job (services/core/jobs.py) that writes the handout to `out` and returns the path."""
        out = Path(out)

        def job(token: CancelToken):
            from app.export.pdf import BuildStopped, build_pdf

            try:
                return (yield from as_progress(build_pdf(handout, out, lambda: token.cancelled)))
            except BuildStopped:
                raise Cancelled() from None
            except OSError as exc:
                raise ExportError(_("{file}: could not write the PDF ({reason}); close it if a PDF viewer has it "
                                    "open, or choose a folder you can write to.").format(
                                        file=out, reason=exc.strerror or exc)) from exc

        return job

    def write_csv(self, handout: Handout, folder: Path | str) -> list[Path]:
        from app.export.csv_files import write_csv

        folder = Path(folder)
        try:
            folder.mkdir(parents=True, exist_ok=True)
            return write_csv(handout, folder)
        except OSError as exc:
            raise ExportError(_("{folder}: could not write the CSV files ({reason}); choose a folder you can "
                                "write to.").format(folder=folder, reason=exc.strerror or exc)) from exc


def _scope_label(options: ExportOptions, w) -> str:
    """What the handout covers, in its language(s) (plain text: the cover escapes it)."""
    def one_label(one) -> str:
        parts = []
        if options.day is not None:
            parts.append(one._("Day {day}", day=options.day))
        if options.items is not None:
            a, b = options.items
            span = one._("item {first}", first=a) if a == b else one._("items {first} to {last}", first=a, last=b)
            parts.append(span if parts else span[:1].upper() + span[1:])
        return ", ".join(parts) if parts else one._("The whole convening")

    return w.each(one_label, plain=True)
