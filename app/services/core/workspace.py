"""The open convening: new, open, Save As, close; details of the convening and its days."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import select

from app.domain.clock import Clock, SystemClock
from app.i18n import _, check_lang
from app.i18n.languages import HANDOUT_LANGS, PROJECTOR_MODES, LanguageError, projector_mode
from app.services.core.bus import Bus
from app.services.core.changes import ConveningChanged
from app.services.core.records import (
    ConveningDetails,
    ConveningLanguages,
    DayDetails,
    DayRecord,
)
from app.store import models as m
from app.store.database import Store, create_store, open_store
from app.store.errors import ConveningFileError

__all__ = ["Workspace", "ConveningFileError", "DetailsError", "LanguageError", "validate_details"]


class DetailsError(ValueError):
    """Convening details a facilitator typed are not usable; the message says which field."""


def validate_details(details: ConveningDetails) -> None:
    if not details.title.strip():
        raise DetailsError(_("Title: give the convening a title."))
    if len(details.title) > 200:
        raise DetailsError(_("Title: keep it under 200 characters."))
    url = details.resources_url.strip()
    if url and not (url.startswith("https://") or url.startswith("http://")):
        raise DetailsError(_("Resources link: it must start with https:// (or http://)."))
    if len(url) > 500:
        raise DetailsError(_("Resources link: keep it under 500 characters."))
    try:
        ZoneInfo(details.timezone)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise DetailsError(_("Time zone: “{timezone}” is not a time zone Convene knows.").format(timezone=details.timezone)) from exc
    if not details.days:
        raise DetailsError(_("Days: a convening needs at least one day."))
    seen = set()
    for n, day in enumerate(details.days, start=1):
        if day.date in seen:
            raise DetailsError(_("Day {n}: {date} is listed twice.").format(n=n, date=day.date.isoformat()))
        seen.add(day.date)
        if not 0 <= day.start_minutes < day.end_minutes <= 24 * 60:
            raise DetailsError(_("Day {n}: the day must end after it starts.").format(n=n))


def local_timezone_name() -> str:
    """The machine's IANA time zone name, or UTC if it cannot be told."""
    try:
        link = Path("/etc/localtime").resolve()
        parts = link.parts
        if "zoneinfo" in parts:
            name = "/".join(parts[parts.index("zoneinfo") + 1 :])
            ZoneInfo(name)
            return name
    except (OSError, ValueError, ZoneInfoNotFoundError):
        pass
    return "UTC"


class Workspace:
    """Holds the one open convening file and the bus its services speak on."""

    def __init__(self, clock: Clock | None = None, data_dir: Path | None = None) -> None:
        self.clock: Clock = clock or SystemClock()
        self._data_dir = data_dir
        self.bus = Bus()
        self.store: Store | None = None
        # called with the file still open just before it closes on purpose (close, another opened, Save As):
        # what a crash would leave behind for the next start is cleared here (co-facilitation's take-back record)
        self.before_close: list[Callable[[], None]] = []

    # -- files -------------------------------------------------------------
    @property
    def data_dir(self) -> Path:
        if self._data_dir is None:
            from app.locations import data_dir

            self._data_dir = data_dir()
        self._data_dir.mkdir(parents=True, exist_ok=True)
        return self._data_dir

    @property
    def path(self) -> Path | None:
        return self.store.path if self.store else None

    def require(self) -> Store:
        if self.store is None:
            raise RuntimeError(_("No convening is open."))
        return self.store

    def open(self, path: Path | str) -> None:
        """Open a file; on any problem the current file stays open and the error says why."""
        new_store = _open_store(Path(path), self.data_dir / "backups")
        self._replace(new_store)

    def new(self, path: Path | str, details: ConveningDetails, lang: str = "en") -> None:
        """Create a convening file at `path` and open it. `lang` (en or es) is its projector's and handout's
        language to begin with: a Spanish console makes a Spanish convening (Settings changes either)."""
        validate_details(details)
        check_lang(lang)
        store = create_store(Path(path))
        try:
            with store.session() as s:
                c = write_details(s, details, self.clock.now())
                c.projector_lang = c.handout_lang = lang
        except BaseException:
            store.close()
            raise
        self._replace(store)

    def adopt(self, store: Store) -> None:
        """Make an already opened store the current one (used by the demo builder)."""
        self._replace(store)

    def save_as(self, path: Path | str) -> None:
        """Copy the open file to `path` (SQLite backup API) and continue on the copy."""
        store = self.require()
        target = Path(path).resolve()
        if target == store.path:
            return
        self._before_close()   # the copy carries nothing a crash would leave (the old file closes next)
        store.copy_to(target)
        new_store = _open_store(target, self.data_dir / "backups")
        self._replace(new_store)

    def close(self) -> None:
        if self.store is not None:
            self._before_close()
            self.store.close()
            self.store = None
            self.bus.emit(ConveningChanged(opened=False))

    def _replace(self, store: Store) -> None:
        if self.store is not None:
            self._before_close()
            self.store.close()
        self.store = store
        self.bus.emit(ConveningChanged(opened=True))

    def _before_close(self) -> None:
        for fn in list(self.before_close):
            fn()

    # -- details -----------------------------------------------------------
    def details(self) -> ConveningDetails:
        with self.require().read() as s:
            c = s.scalars(select(m.Convening)).one()
            return ConveningDetails(
                title=c.title,
                organisation=c.organisation,
                location=c.location,
                resources_url=c.resources_url,
                timezone=c.timezone,
                aim=c.aim,
                days=tuple(
                    DayDetails(d.date, d.title, d.start_minutes, d.end_minutes) for d in c.days
                ),
            )

    def days(self) -> list[DayRecord]:
        with self.require().read() as s:
            rows = s.scalars(select(m.Day).order_by(m.Day.position)).all()
            return [
                DayRecord(d.id, d.position, d.date, d.title, d.start_minutes, d.end_minutes) for d in rows
            ]

    def projector_lang(self) -> str:
        """The projector's language: "en", "es", or two for a bilingual room ("en+es", "es+en")."""
        with self.require().read() as s:
            mode = s.scalars(select(m.Convening.projector_lang)).one()
        return mode if mode in PROJECTOR_MODES else "en"

    def set_projector_lang(self, mode: str) -> str:
        """Set the projector's language (one of PROJECTOR_MODES, or "bilingual"), the handout's left as it is;
        LanguageError names the choices. Committed at once; the projector redraws on ConveningChanged."""
        return self.set_languages(projector_mode(mode), self.languages().handout).projector

    def update_details(self, details: ConveningDetails) -> None:
        """Change title, place, link, time zone and day times (days are matched by position)."""
        validate_details(details)
        with self.require().session() as s:
            c = s.scalars(select(m.Convening)).one()
            c.title, c.organisation, c.location = details.title.strip(), details.organisation.strip(), details.location.strip()
            c.resources_url, c.timezone, c.aim = details.resources_url.strip(), details.timezone, details.aim.strip()
            existing = list(c.days)
            for pos, dd in enumerate(details.days):
                if pos < len(existing):
                    d = existing[pos]
                    d.date, d.title, d.start_minutes, d.end_minutes = dd.date, dd.title, dd.start_minutes, dd.end_minutes
                else:
                    c.days.append(m.Day(position=pos, date=dd.date, title=dd.title,
                                        start_minutes=dd.start_minutes, end_minutes=dd.end_minutes))
            for extra in existing[len(details.days):]:
                if extra.items:
                    raise DetailsError(
                        _("Days: {date} still has agenda items; move or delete them first.").format(date=extra.date.isoformat())
                    )
                s.delete(extra)
        self.bus.emit(ConveningChanged(opened=True))

    # -- languages (per convening: the projector's and the handout's; the console's is the laptop's) --------
    def languages(self) -> ConveningLanguages:
        with self.require().read() as s:
            c = s.scalars(select(m.Convening)).one()
            return ConveningLanguages(c.projector_lang, c.handout_lang)

    def data_language(self) -> str:
        """The language of the words the convening stores by itself ("Round 3", "Whole room", "Day 1
        (copy)"): its handout's first language, "es" for a Spanish or bilingual handout (Spanish comes first
        there), "en" otherwise. Read from the file, so whoever opens it gets the same words."""
        return data_language_of(self.languages().handout)

    def set_languages(self, projector: str, handout: str) -> ConveningLanguages:
        """Store the projector's language (en, es, en+es, es+en) and the handout's (en, es, bilingual).

        Both are checked before anything is written; an unknown one changes nothing."""
        if projector not in PROJECTOR_MODES:
            raise LanguageError(_("Projector language: “{value}” is not one of {choices}.").format(
                value=projector, choices=", ".join(PROJECTOR_MODES)))
        if handout not in HANDOUT_LANGS:
            raise LanguageError(_("Handout language: “{value}” is not one of {choices}.").format(
                value=handout, choices=", ".join(HANDOUT_LANGS)))
        with self.require().session() as s:
            c = s.scalars(select(m.Convening)).one()
            if (c.projector_lang, c.handout_lang) == (projector, handout):
                return ConveningLanguages(projector, handout)
            c.projector_lang, c.handout_lang = projector, handout
        self.bus.emit(ConveningChanged(opened=True))
        return ConveningLanguages(projector, handout)


def data_language_of(handout: str) -> str:
    """The language a convening stores its own words in, from its handout language (see data_language)."""
    return "es" if handout in ("es", "bilingual") else "en"


def _open_store(path: Path, backup_dir: Path) -> Store:
    """open_store, with anything unexpected turned into one sentence naming the file (details to the log)."""
    try:
        return open_store(path, backup_dir)
    except ConveningFileError:
        raise
    except Exception as exc:  # noqa: BLE001 - no raw error text reaches the facilitator
        from app.services.core.error_log import details_hint, record

        raise ConveningFileError(path, _("something unexpected went wrong; the file was left as it was."),
                                 details_hint(record(exc, f"opening {path}"))) from exc


def write_details(session, details: ConveningDetails, now: float) -> m.Convening:
    c = m.Convening(
        title=details.title.strip(),
        organisation=details.organisation.strip(),
        location=details.location.strip(),
        resources_url=details.resources_url.strip(),
        timezone=details.timezone,
        aim=details.aim.strip(),
        created_us=int(now * 1_000_000),
    )
    for pos, day in enumerate(details.days):
        c.days.append(
            m.Day(position=pos, date=day.date, title=day.title.strip(),
                  start_minutes=day.start_minutes, end_minutes=day.end_minutes)
        )
    session.add(c)
    session.flush()
    return c

