"""The catalogue of words made outside Qt (app/i18n): the committed .mo is the .po compiled, every message the
code marks is translated, and each translation keeps the message's placeholders."""

from __future__ import annotations

import datetime as dt
import gettext
import re
import shutil
import subprocess

import pytest

from app.i18n import BILINGUAL, EN, ES, system_language, translation
from app.i18n.catalogue import marked_in, marked_messages, mo_bytes, po_path, read_po
from app.i18n.dates import date_span, long_date, month_year, period

PO = po_path(ES)
MO = PO.with_suffix(".mo")
FIELD = re.compile(r"\{(\w*)[^}]*\}")


def _entries():
    return [e for e in read_po(PO.read_text(encoding="utf-8"), PO.name) if e.msgid]


def test_the_committed_mo_is_the_po_compiled():
    """`make translations` was run after the last change to the .po (else Spanish readers see old words)."""
    assert MO.read_bytes() == mo_bytes(read_po(PO.read_text(encoding="utf-8"))), \
        "convene.mo is out of date: run `make translations`"


@pytest.mark.skipif(shutil.which("msgfmt") is None, reason="GNU msgfmt is not installed")
def test_gettext_reads_our_mo_as_it_reads_msgfmts(tmp_path):
    ref = tmp_path / "ref.mo"
    subprocess.run(["msgfmt", "--check-format", "-o", str(ref), str(PO)], check=True)
    with open(ref, "rb") as a, open(MO, "rb") as b:
        assert gettext.GNUTranslations(b)._catalog == gettext.GNUTranslations(a)._catalog  # type: ignore[attr-defined]


def test_every_marked_message_is_in_the_catalogue_and_nothing_stale():
    have = {e.key for e in _entries()}
    used = marked_messages()
    assert not sorted(used - have), "marked in the code but not in convene.po (run python -m app.i18n.catalogue)"
    assert not sorted(have - used), "in convene.po but no longer marked anywhere in the code"


def test_every_entry_is_translated_with_the_same_placeholders():
    for e in _entries():
        assert not e.fuzzy and all(s.strip() for s in e.msgstr), f"untranslated: {e.msgid!r}"
        wanted = set(FIELD.findall(e.msgid)) | set(FIELD.findall(e.plural))
        for s in e.msgstr:
            assert set(FIELD.findall(s)) <= wanted | {"n"}, f"{e.msgid!r}: a placeholder not in the message: {s!r}"
            assert set(FIELD.findall(s)) >= set(FIELD.findall(e.msgid)) - {"n"}, f"{e.msgid!r} lost a value: {s!r}"


def test_the_scan_finds_every_kind_of_marker():
    source = ('_("a")\nN_("b")\nt.gettext("c")\nw._("d", x=1)\nw.p_("e")\nngettext("f", "fs", n)\n'
              'w.n_("g", "gs", 2)\nw.pn_("h", "hs", 3)\n_(name)\nst.text("not a message")\n')
    assert marked_in(source) == {"a", "b", "c", "d", "e", "f\0fs", "g\0gs", "h\0hs"}


def test_translation_in_an_explicit_language_whatever_the_keyboards():
    assert translation(ES).gettext("Sticky-note walls") == "Muros de notas"
    assert translation(EN).gettext("Sticky-note walls") == "Sticky-note walls"
    assert translation(ES).ngettext("{n} dot", "{n} dots", 1) == "{n} punto"
    assert translation(ES).ngettext("{n} dot", "{n} dots", 0) == "{n} puntos"
    with pytest.raises(ValueError, match="fr"):
        translation("fr")
    assert BILINGUAL not in ("en", "es")


@pytest.mark.parametrize(("environ", "lang"), [
    ({"LANG": "es_MX.UTF-8"}, ES), ({"LANG": "en_US.UTF-8"}, EN), ({"LANGUAGE": "es:en", "LANG": "en_US"}, ES),
    ({"LC_ALL": "fr_FR.UTF-8"}, EN), ({}, EN), ({"CONVENE_LANG": "es", "LANG": "en_US"}, ES),
])
def test_the_keyboards_language_comes_from_the_environment(environ, lang):
    assert system_language(environ) == lang


def test_dates_in_spanish_words_on_any_machine():
    d = dt.date(2027, 1, 21)
    assert long_date(d, ES) == "jueves 21 de enero de 2027"
    assert long_date(d, EN) == "Thursday 21 January 2027"
    assert month_year(dt.date(2026, 10, 1), ES) == "octubre de 2026"
    assert period(dt.date(2027, 2, 1), ES) == "feb 2027" and period(dt.date(2027, 2, 15), EN) == "15 Feb 2027"
    assert date_span((d, dt.date(2027, 1, 22)), ES) == "del jueves 21 de enero al viernes 22 de enero de 2027"
    assert date_span((d, dt.date(2027, 1, 22)), EN) == "Thursday 21 January to Friday 22 January 2027"
    assert date_span((dt.date(2026, 12, 30), dt.date(2027, 1, 2)), ES) == "del 30 de diciembre de 2026 al 2 de enero de 2027"
