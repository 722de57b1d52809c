"""`convene serve` in a real process: the labelled first lines, a pre-accepted device for automation, and a
SIGKILL while a device taps: a restart takes the same device back at the same address; every acknowledged tap
is in the file, the unanswered ones sent again are applied once, none twice; a clean stop then start gives new tokens."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from app.domain.cofacilitate.rules import DEVICE_HEADER
from app.services.core.workspace import Workspace
from app.services.root import Services

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.process


@pytest.fixture
def convening(tmp_path, data_dir, clock):
    """A convening with a whole-room conversation being tracked (the latest, so it is current on opening)."""
    from app.services.console.demo import build_demo

    path = tmp_path / "day1.convene"
    build_demo(path, clock).close()
    ws = Workspace(clock, data_dir)
    ws.open(path)
    with Services(ws) as services:
        services.talk.start_conversation(sorted(services.talk.names())[:12], title="Whole room")
        ws.close()
    return path


def serve(file: Path, *args: str) -> tuple[subprocess.Popen, dict[str, str]]:
    proc = subprocess.Popen([sys.executable, "-m", "app", "serve", str(file), *args], cwd=ROOT, env=os.environ,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    lines: dict[str, str] = {}
    wanted = 1 + ("--capture" in args) + ("--breakout" in args)
    while len(lines) < wanted:
        line = proc.stdout.readline()
        assert line, proc.stderr.read()
        label, _sep, url = line.strip().partition(": ")
        lines[label] = url
    return proc, lines


def act(url: str, token: str, body: dict, timeout: float = 5) -> tuple[int, dict]:
    origin = "/".join(url.split("/")[:3])
    request = urllib.request.Request(url + "act", data=json.dumps(body).encode(), method="POST", headers={
        "Content-Type": "application/json", DEVICE_HEADER: token, "Origin": origin})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as r:
            return r.status, json.loads(r.read())
    except urllib.error.HTTPError as e:
        raw = e.read()
        return e.code, json.loads(raw) if raw.startswith(b"{") else {}   # a 404 is the server's own page


def people_of(path: Path) -> list[int]:
    with sqlite3.connect(path) as db:
        members = db.execute("SELECT members_json FROM talk_conversation ORDER BY id DESC LIMIT 1").fetchone()[0]
    return json.loads(members)


def test_serve_prints_its_pages_first_and_the_facilitator_address_is_an_accepted_device(convening):
    board = "Why do seniors miss the FAFSA?"
    proc, lines = serve(convening, "--capture", board, "--cofacilitator", "--breakout", "--port", "0")
    try:
        assert list(lines) == ["join", "facilitator", "breakout"]
        assert lines["breakout"].split("/")[2] == lines["join"].split("/")[2]
        with urllib.request.urlopen(lines["breakout"], timeout=10) as r:
            assert "<h1>Breakout</h1>" in r.read().decode()   # nothing runs in the file: said so
        facilitator, _sep, token = lines["facilitator"].partition("#device=")
        assert lines["join"].split("/")[2] == facilitator.split("/")[2]        # one server for both
        assert facilitator.rstrip("/").rsplit("/", 1)[1] != lines["join"].rsplit("/", 1)[1]
        status, body = act(facilitator, token, {"seq": 1, "kind": "tap", "person": people_of(convening)[0]})
        assert (status, body["ok"]) == (200, True), body
    finally:
        proc.send_signal(signal.SIGINT)
        proc.communicate(timeout=30)
    assert proc.returncode == 0
    with sqlite3.connect(convening) as db:
        assert db.execute("SELECT d.name, a.kind FROM cofac_action a JOIN cofac_device d ON d.id = a.device_id"
                          ).fetchall() == [("automation", "tap")]


def test_nothing_to_serve_is_said_in_one_sentence(convening):
    done = subprocess.run([sys.executable, "-m", "app", "serve", str(convening)], cwd=ROOT, capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 2 and "Nothing to serve" in done.stderr


def stored_seqs(path: Path) -> list[int]:
    with sqlite3.connect(path) as db:
        return [r[0] for r in db.execute("SELECT seq FROM cofac_action ORDER BY id")]


def test_sigkill_while_a_device_taps_then_a_restart_takes_the_same_device_back(convening):
    people = people_of(convening)
    proc, lines = serve(convening, "--cofacilitator", "--port", "0")
    url, _sep, token = lines["facilitator"].partition("#device=")
    acked: list[int] = []
    sent: dict[int, dict] = {}        # what the device sent, by sequence number (as the page keeps it)
    killed = threading.Event()

    def device() -> None:
        seq = 0
        while not killed.is_set():
            seq += 1
            sent[seq] = {"seq": seq, "kind": "tap", "person": people[seq % len(people)]}
            try:
                status, body = act(url, token, sent[seq])
            except (OSError, urllib.error.URLError):
                return   # the laptop is gone: the page says "Reconnecting…" and keeps what was not answered
            if status == 200 and body.get("ok"):
                acked.append(seq)

    t = threading.Thread(target=device)
    t.start()
    while len(acked) < 60:
        assert t.is_alive()
        threading.Event().wait(0.01)
    proc.send_signal(signal.SIGKILL)
    proc.communicate(timeout=30)
    killed.set()
    t.join(30)
    stored = stored_seqs(convening)
    assert set(acked) <= set(stored)                      # every acknowledged tap is in the file
    assert len(stored) == len(set(stored))                 # none twice
    unanswered = [seq for seq in sent if seq not in acked]
    assert unanswered                                      # the one in flight when the laptop died

    # back after the crash, with capture too: the devices are taken back on their own port, capture joins it
    proc2, lines2 = serve(convening, "--capture", "Why do seniors miss the FAFSA?", "--cofacilitator", "--port", "0")
    try:
        assert list(lines2) == ["join", "facilitator"]
        assert lines2["facilitator"] == url                # the same address; the device keeps its own token
        assert lines2["join"].split("/")[2] == url.split("/")[2]
        for seq in unanswered:                             # sent again with the same numbers, as the page does
            status, body = act(url, token, sent[seq])
            assert (status, body["ok"]) == (200, True), body
        status, body = act(url, token, sent[acked[-1]])     # an acknowledged one again: answered, not applied
        assert (status, body.get("replay")) == (200, True), body
        nxt = max(sent) + 1
        status, body = act(url, token, {"seq": nxt, "kind": "tap", "person": people[0]})
        assert (status, body["ok"]) == (200, True)
    finally:
        proc2.send_signal(signal.SIGTERM)
        proc2.communicate(timeout=30)
    assert proc2.returncode == 0
    stored = stored_seqs(convening)
    assert len(stored) == len(set(stored))                 # each once, the resent and the replayed too
    assert set(acked) | set(unanswered) | {nxt} == set(stored)
    with sqlite3.connect(convening) as db:
        ended = db.execute("SELECT count(*) FROM talk_segment WHERE ended_us IS NULL").fetchone()[0]
        left = db.execute("SELECT count(*) FROM convene_meta WHERE key = 'cofac_takeback'").fetchone()[0]
    assert ended <= 1                                       # the turn left open by the crash was ended on opening
    assert left == 0                                        # a clean stop leaves nothing to take back

    port = url.split("/")[2].rsplit(":", 1)[1]
    proc3, lines3 = serve(convening, "--cofacilitator", "--port", port)   # a deliberate start: new tokens
    try:
        url3, _sep, token3 = lines3["facilitator"].partition("#device=")
        assert url3 != url and token3
        assert act(url, token, {"seq": nxt + 1, "kind": "tap", "person": people[0]})[0] == 404
        assert act(url3, token3, {"seq": 1, "kind": "tap", "person": people[0]})[0] == 200
    finally:
        proc3.send_signal(signal.SIGTERM)
        proc3.communicate(timeout=30)
