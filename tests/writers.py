"""A real writer process killed with SIGKILL mid-work: for the tests that nothing acknowledged is lost."""

from __future__ import annotations

import os
import signal
import subprocess
import sys


def acknowledged_then_killed(script: str, args, count: int) -> list[int]:
    """Run `script` (python -c) with `args`; it prints one id per committed action. Read `count`
    of them, SIGKILL the process, and return the ids it acknowledged before dying."""
    env = dict(os.environ, PYTHONPATH=os.getcwd())
    proc = subprocess.Popen([sys.executable, "-c", script, *map(str, args)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    acknowledged: list[int] = []
    try:
        while len(acknowledged) < count:
            line = proc.stdout.readline()
            if not line:
                raise AssertionError(f"writer stopped early: {proc.stderr.read()}")
            acknowledged.append(int(line))
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
        proc.stdout.close()
        proc.stderr.close()
    assert proc.returncode == -signal.SIGKILL
    return acknowledged
