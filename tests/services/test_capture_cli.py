"""`convene capture FILE --board NAME`: a real process, real HTTP on 127.0.0.1, stopped by a signal."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from app.services.core.workspace import Workspace
from app.services.root import Services
from tests.conftest import sample_details
from tests.services.capture_clients import NONCE

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.process


@pytest.fixture
def convening(tmp_path, data_dir, clock):
    ws = Workspace(clock, data_dir)
    ws.new(tmp_path / "day1.convene", sample_details())
    with Services(ws) as services:
        services.wall.add_board("Barriers to FAFSA", prompt="What gets in the way?")
    ws.close()
    return tmp_path / "day1.convene"


def start(file: Path, *args: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "app", "capture", str(file), *args], cwd=ROOT, env=os.environ,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def post(url: str, text: str) -> str:
    with urllib.request.urlopen(url, timeout=30) as r:
        nonce = NONCE.search(r.read().decode()).group(1)
    data = urllib.parse.urlencode({"note": text, "name": "", "n": nonce}).encode()
    with urllib.request.urlopen(urllib.request.Request(url, data=data), timeout=30) as r:
        return r.read().decode()


@pytest.mark.parametrize("how", [signal.SIGINT, signal.SIGTERM])
def test_prints_the_join_url_first_stores_notes_and_closes_the_port_on_a_signal(convening, data_dir, clock, how):
    proc = start(convening, "--board", "barriers to fafsa", "--port", "0")
    try:
        url = proc.stdout.readline().strip()
        assert url.startswith("http://127.0.0.1:"), url
        token = url.rsplit("/", 1)[1]
        assert len(token) == 8
        assert "Received" in post(url, "Counselors have 400 students each")
        assert "Received" in post(url, "Forms only in English")
        proc.send_signal(how)
        out, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0, err
    assert "Stopped. 2 notes received." in err and "Traceback" not in err
    port = int(url.split("/")[2].rsplit(":", 1)[1])
    with pytest.raises(ConnectionRefusedError):
        socket.create_connection(("127.0.0.1", port), timeout=5).close()
    ws = Workspace(clock, data_dir)
    ws.open(convening)   # the file was released: it opens (and locks) here
    try:
        with Services(ws) as services:
            wall = services.wall
            notes = wall.view(wall.find_board("Barriers to FAFSA")).notes
            assert [n.text for n in notes] == ["Counselors have 400 students each", "Forms only in English"]
    finally:
        ws.close()


def test_an_unknown_board_or_a_taken_port_is_one_sentence(convening):
    out = subprocess.run([sys.executable, "-m", "app", "capture", str(convening), "--board", "Nope"],
                         cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert out.returncode == 1 and out.stdout == ""
    assert out.stderr.strip() == f"convene: {convening} has no board called “Nope” (its boards: “Barriers to FAFSA”)."
    taken = socket.socket()
    taken.bind(("127.0.0.1", 0))
    taken.listen()
    try:
        port = taken.getsockname()[1]
        out = subprocess.run([sys.executable, "-m", "app", "capture", str(convening), "--board", "Barriers to FAFSA",
                              "--port", str(port)], cwd=ROOT, capture_output=True, text=True, timeout=120)
    finally:
        taken.close()
    assert out.returncode == 1 and out.stdout == ""
    assert out.stderr.strip() == f"convene: Port {port} on 127.0.0.1 is already in use; choose another port."


def test_a_terminal_nobody_reads_never_holds_up_the_phones(convening, data_dir):
    """`convene capture` with its stderr a pipe nobody reads (as under a process manager that hung): 300
    malformed requests each get their 400, a phone still gets its page, and stderr holds the two lines
    capture says itself. Before, each bad request wrote a traceback; after about 140 the pipe was full,
    the server blocked writing to it, and no phone was answered."""
    proc = start(convening, "--board", "Barriers to FAFSA", "--port", "0")
    try:
        url = proc.stdout.readline().strip()
        host, port = url.split("/")[2].rsplit(":", 1)
        for i in range(300):
            with socket.create_connection((host, int(port)), timeout=10) as s:
                s.sendall(b"GET /\xff HTTP/1.1\r\nHost: x\r\n\r\n")
                assert s.recv(64).split(b"\r\n")[0].endswith(b"400 Bad Request"), f"request {i}"
        with urllib.request.urlopen(url, timeout=10) as r:
            assert r.status == 200 and "Your note" in r.read().decode()
        proc.send_signal(signal.SIGINT)
        _out, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    assert proc.returncode == 0
    assert err.splitlines() == ["Capturing notes for “Barriers to FAFSA”. Press Ctrl+C to stop.",
                                "Stopped. 0 notes received."]
    lines = (data_dir / "convene-errors.log").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 1 and "400" in lines[0] and "Traceback" not in lines[0]


def test_the_server_library_is_not_loaded_until_capture_starts():
    code = ("import sys, app.services.root, app.ui.context, app.cli; from app.ui.projector.scenes import load_builtin; load_builtin(); "
            "print('aiohttp' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120,
                         env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert out.stdout.strip() == "False", out.stderr


def test_a_note_the_phone_was_told_was_received_survives_a_kill(convening, data_dir, clock):
    proc = start(convening, "--board", "Barriers to FAFSA", "--port", "0")
    try:
        url = proc.stdout.readline().strip()
        assert "Received" in post(url, "Told it was received, then the laptop died")
        proc.kill()   # SIGKILL: no clean stop, no chance to save anything more
        proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
    ws = Workspace(clock, data_dir)
    ws.open(convening)
    try:
        with Services(ws) as services:
            wall = services.wall
            notes = wall.view(wall.find_board("Barriers to FAFSA")).notes
            assert [n.text for n in notes] == ["Told it was received, then the laptop died"]
    finally:
        ws.close()
