"""streaming.Program: how a cancel stops a program (the worker, pip)."""
import signal
import sys

import pytest

from model import streaming
from model.streaming import Program

#: A program that ignores SIGTERM and stops (exit 7) when it reads the line "stop".
STUBBORN = """
import signal, sys
signal.signal(signal.SIGTERM, signal.SIG_IGN)
print("ready", flush=True)
for line in sys.stdin:
    if line.strip() == "stop":
        sys.exit(7)
"""


def cancel_when_ready(program):
    """Run `program` to its end, cancelling once it printed 'ready'; its lines."""
    seen = []
    for _, line in program.lines(lambda: "ready" in seen):
        seen.append(line)
    return seen


def test_a_cancel_request_is_written_to_the_program():
    program = Program([sys.executable, "-c", STUBBORN], cancel_request="stop")
    assert cancel_when_ready(program) == ["ready"]
    assert program.cancelled and program.wait() == 7  # it stopped itself: not killed


def test_a_program_that_ignores_the_request_is_killed(monkeypatch):
    monkeypatch.setattr(streaming, "GRACE", 0.5)
    program = Program([sys.executable, "-c", STUBBORN], cancel_request="go away")
    cancel_when_ready(program)
    assert program.cancelled and program.wait() == -signal.SIGKILL


@pytest.mark.skipif(sys.platform == "win32", reason="SIGTERM is TerminateProcess on Windows")
def test_without_a_request_a_cancel_sends_sigterm():
    program = Program([sys.executable, "-c", "import time; print('ready', flush=True); time.sleep(60)"])
    assert cancel_when_ready(program) == ["ready"]
    assert program.cancelled and program.wait() == -signal.SIGTERM
