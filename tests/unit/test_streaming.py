"""streaming.py: how a cancel stops a program (the worker, pip), and how every
program the plugin starts is started."""
import ast
import glob
import os
import signal
import sys

import pytest

from model.worker import streaming
from model.worker.streaming import Program
from tests.helpers import REPO

#: subprocess's functions that start a program.
STARTS = {"Popen", "run", "call", "check_call", "check_output"}

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


def test_no_program_opens_a_console_window_on_windows(monkeypatch):
    monkeypatch.setattr(sys, "platform", "win32")
    assert streaming.hidden() == {"creationflags": 0x08000000}  # CREATE_NO_WINDOW (Windows' winbase.h)
    monkeypatch.setattr(sys, "platform", "darwin")
    assert streaming.hidden() == {}


def test_every_program_the_plugin_starts_is_hidden():
    """Each subprocess call of the plugin's code passes `**hidden()`."""
    files = [os.path.join(REPO, name) for name in ("plugin.py", "__init__.py")] + [
        path for folder in ("model", "algorithms") for path in glob.glob(os.path.join(REPO, folder, "**", "*.py"),
                                                                          recursive=True)]
    starts, unhidden = 0, []
    for path in files:
        with open(path, encoding="utf-8") as handle:
            tree = ast.parse(handle.read())
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in STARTS \
                    and isinstance(node.func.value, ast.Name) and node.func.value.id == "subprocess":
                starts += 1
                if not any(keyword.arg is None and isinstance(keyword.value, ast.Call)
                           and getattr(keyword.value.func, "id", "") == "hidden" for keyword in node.keywords):
                    unhidden.append(f"{os.path.relpath(path, REPO)}:{node.lineno}")
    assert starts >= 2 and unhidden == []  # at least streaming.Program's Popen and environment._run_python
