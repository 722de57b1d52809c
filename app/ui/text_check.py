"""What Qt takes from ICU, checked: sorting, case mapping and time-zone names (`convene --smoke`).

The package trims ICU's data to what QtCore can ask of it (packaging/icu_trim.py); these are the ICU
calls QtCore makes that the app reaches: QCollator (Qt's own file dialog sorts with it), locale case
mapping and time-zone display names. Each check names what it saw when it is wrong.
"""

from __future__ import annotations


def icu_problems() -> list[str]:
    """The checks that failed, in plain words; empty when Qt's text services work."""
    from PySide6.QtCore import QCollator, QLocale, QTimeZone

    problems = []
    words = ["zeta", "ñandú", "nube", "azul", "Ángel", "eclair", "éclair", "ola"]
    collator = QCollator(QLocale("es_ES"))
    ordered = sorted(words, key=collator.sortKey)
    if ordered != ["Ángel", "azul", "eclair", "éclair", "nube", "ñandú", "ola", "zeta"]:
        problems.append(f"Spanish sorting is wrong: {ordered}")
    numeric = QCollator(QLocale("en_US"))
    numeric.setNumericMode(True)
    names = sorted(["Day 10.convene", "Day 2.convene", "day 1.convene"], key=numeric.sortKey)
    if names != ["day 1.convene", "Day 2.convene", "Day 10.convene"]:
        problems.append(f"file-name sorting is wrong: {names}")
    if QLocale("tr_TR").toUpper("istanbul") != "İSTANBUL" or QLocale("en_US").toUpper("straße") != "STRASSE":
        problems.append("locale case mapping is wrong")
    zone = QTimeZone(b"America/New_York")
    for locale, expected in (("en_US", "Eastern Standard Time"), ("es_ES", "hora estándar oriental")):
        name = zone.displayName(QTimeZone.TimeType.StandardTime, QTimeZone.NameType.LongName, QLocale(locale))
        if name.casefold() != expected.casefold():
            problems.append(f"time-zone name for {locale} is {name!r}, not {expected!r}")
    return problems
