"""A program run with its output read line by line as it comes, and stopped when
the user cancels: the Keras worker (from QGIS) and pip (environment set-up); and the
options every program the plugin starts gets (`hidden`).

Standard output and standard error are read by two threads into one queue, so
neither pipe can fill up and block the program, and a cancel is noticed within a
tenth of a second even while the program prints nothing.
"""
from __future__ import annotations

import contextlib
import queue
import subprocess
import sys
import threading
from typing import Callable, Iterator

#: Seconds a program has to exit after it was asked to stop (a worker cleans its partial files up) before it is killed.
GRACE = 5
#: subprocess.CREATE_NO_WINDOW, which the subprocess module defines on Windows only.
CREATE_NO_WINDOW = 0x08000000


def hidden() -> dict:
    """subprocess options for a program the plugin starts: on Windows a console
    program (Python, pip) started from QGIS, a GUI program, opens a console window of
    its own for as long as it runs unless told not to."""
    return {"creationflags": CREATE_NO_WINDOW} if sys.platform == "win32" else {}


class Program:
    """`cancel_request`: the line that asks the program to stop, written to its
    standard input (the worker's protocol.CANCEL_REQUEST); without one a cancel
    sends SIGTERM, which on Windows is TerminateProcess: no time to clean up."""

    def __init__(self, command: list, cwd: str | None = None, env: dict | None = None,
                 cancel_request: str | None = None) -> None:
        self.command = command
        self.cancel_request = cancel_request
        self.process = subprocess.Popen(command, cwd=cwd, env=env,
                                        stdin=subprocess.DEVNULL if cancel_request is None else subprocess.PIPE,
                                        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, bufsize=1,
                                        errors="replace", **hidden())
        self.cancelled = False
        self._lines: queue.Queue = queue.Queue()
        self._readers = [threading.Thread(target=self._pump, args=(stream, name), daemon=True)
                         for stream, name in ((self.process.stdout, "stdout"), (self.process.stderr, "stderr"))]
        for reader in self._readers:
            reader.start()

    def _pump(self, stream, name: str) -> None:
        for line in iter(stream.readline, ""):
            self._lines.put((name, line.rstrip("\r\n")))
        self._lines.put((name, None))

    def lines(self, is_cancelled: Callable[[], bool] = lambda: False) -> Iterator[tuple]:
        """(stream name, line) pairs until the program has closed both streams; a
        cancel stops the program (`cancelled` is then True) and drains what is left."""
        open_streams = len(self._readers)
        try:
            while open_streams:
                if not self.cancelled and is_cancelled() and self.process.poll() is None:
                    self.cancelled = True
                    self.stop()
                try:
                    name, line = self._lines.get(timeout=0.1)
                except queue.Empty:
                    continue
                if line is None:
                    open_streams -= 1
                else:
                    yield name, line
        finally:
            if self.process.poll() is None:
                self.stop()

    def wait(self) -> int:
        """The exit code, once the program and its readers are done."""
        code = self.process.wait()
        for reader in self._readers:
            reader.join(timeout=2)
        for stream in (self.process.stdin, self.process.stdout, self.process.stderr):
            if stream is not None:
                with contextlib.suppress(OSError):
                    stream.close()
        return code

    def stop(self) -> None:
        """Ask the program to stop, so that it can clean up; kill it if it lingers."""
        if self.cancel_request is None:
            self.process.terminate()
        else:
            with contextlib.suppress(OSError):  # the program has just exited and closed the pipe
                self.process.stdin.write(self.cancel_request + "\n")
                self.process.stdin.flush()
        try:
            self.process.wait(timeout=GRACE)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
