"""Dates in words, in English or Spanish, the same on every machine (no locale settings are read).

English: "Tuesday 6 October 2026"; Spanish: "martes 6 de octubre de 2026" (Spanish writes weekdays and
months in lower case).
"""

from __future__ import annotations

import datetime as dt

from app.i18n import EN, ES, check_lang

MONTHS = {
    EN: ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
         "November", "December"),
    ES: ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
         "noviembre", "diciembre"),
}
WEEKDAYS = {   # Monday first, as date.weekday() counts
    EN: ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    ES: ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
}


def month(d: dt.date, lang: str) -> str:
    return MONTHS[check_lang(lang)][d.month - 1]


def weekday(d: dt.date, lang: str) -> str:
    return WEEKDAYS[check_lang(lang)][d.weekday()]


def long_date(d: dt.date, lang: str, with_weekday: bool = True, with_year: bool = True) -> str:
    """"Tuesday 6 October 2026" / "martes 6 de octubre de 2026"."""
    if check_lang(lang) == ES:
        text = f"{d.day} de {month(d, lang)}" + (f" de {d.year}" if with_year else "")
    else:
        text = f"{d.day} {month(d, lang)}" + (f" {d.year}" if with_year else "")
    return f"{weekday(d, lang)} {text}" if with_weekday else text


def month_year(d: dt.date, lang: str) -> str:
    """"October 2026" / "octubre de 2026"."""
    return f"{month(d, lang)} de {d.year}" if check_lang(lang) == ES else f"{month(d, lang)} {d.year}"


def date_span(dates: tuple[dt.date, ...] | list[dt.date], lang: str) -> str:
    """The days a convening spans, in words ("" for none)."""
    if not dates:
        return ""
    first, last = min(dates), max(dates)
    if first == last:
        return long_date(first, lang)
    same_year = first.year == last.year
    start = long_date(first, lang, with_weekday=same_year, with_year=not same_year)
    end = long_date(last, lang, with_weekday=same_year)
    return f"del {start} al {end}" if check_lang(lang) == ES else f"{start} to {end}"


def period(d: dt.date, lang: str) -> str:
    """A period as a chart's axis names it: "Feb 2027" / "feb 2027" for a month, "15 Feb 2027" for a day."""
    short = month(d, lang)[:3]
    return f"{short} {d.year}" if d.day == 1 else f"{d.day} {short} {d.year}"
