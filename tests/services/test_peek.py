"""The first frame's light look at what is opening: right details, nothing written, never raises."""

from __future__ import annotations

import hashlib

from app.services.console.peek import demo_details, file_details


def test_file_details_match_the_full_open(demo_workspace):
    path = demo_workspace.path
    full = demo_workspace.details()
    demo_workspace.close()
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    quick = file_details(path)
    assert (quick.title, quick.location, quick.resources_url, quick.timezone) == (
        full.title, full.location, full.resources_url, full.timezone)
    assert [(d.date, d.start_minutes, d.end_minutes) for d in quick.days] == [
        (d.date, d.start_minutes, d.end_minutes) for d in full.days]
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    assert not path.with_name(path.name + "-wal").exists()


def test_demo_details_come_from_the_demo_content():
    d = demo_details()
    assert d.title == "Open Doors to Aid — Launch Intensive" and len(d.days) == 2


def test_bad_files_give_nothing_instead_of_an_error(tmp_path):
    junk = tmp_path / "junk.convene"
    junk.write_bytes(b"\x00\x01 not sqlite")
    assert file_details(junk) is None
    assert file_details(tmp_path / "missing.convene") is None


def test_demo_header_reads_what_tomllib_reads():
    """The first frame reads the demo's header without tomllib; it must agree with tomllib."""
    import tomllib

    from app.locations import RESOURCES_DIR
    from app.services.console.peek import demo_header

    text = (RESOURCES_DIR / "demo" / "convening.toml").read_text(encoding="utf-8")
    full = tomllib.loads(text)
    quick = demo_header(text)
    keys = ("title", "organisation", "location", "resources_url", "timezone")
    assert {k: quick["convening"][k] for k in keys} == {k: full["convening"][k] for k in keys}
    assert [(d["date"], d["title"], d["start"], d["end"]) for d in quick["days"]] == [
        (d["date"], d["title"], d["start"], d["end"]) for d in full["days"]]


def test_demo_header_refuses_what_it_cannot_read_plainly():
    import pytest

    from app.services.console.peek import demo_header

    plain = demo_header('[convening]\ntitle = "A # B" # note\n[[days]]\ndate = 2027-01-21\n'
                        '  [[days.items]]\n  title = "skipped"\n[[teams]]\nname = "x"\n')
    assert plain == {"convening": {"title": "A # B"}, "days": [{"date": __import__("datetime").date(2027, 1, 21)}]}
    with pytest.raises(ValueError):
        demo_header('[convening]\ntitle = "Caf\\u00e9"\n')
    with pytest.raises(ValueError):
        demo_header("[convening]\ntitle = '''multi\nline'''\n")


def test_the_first_frame_names_the_demo_in_the_language_it_is_built_in():
    from app.services.console.demo import demo_words

    en, es = demo_details(), demo_details("es")
    table = demo_words("es")[0]
    assert es.title == table[en.title] == "Puertas abiertas a la ayuda — Intensivo de lanzamiento"
    assert [d.title for d in es.days] == [table[d.title] for d in en.days]
    assert (es.location, es.days[0].date) == (en.location, en.days[0].date)
