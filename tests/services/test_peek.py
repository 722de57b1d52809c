"""The first frame's light look at what is opening: right details, nothing written, never raises."""

from __future__ import annotations

import hashlib

from app.services.peek import demo_details, file_details


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
