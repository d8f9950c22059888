"""A program run with its output read line by line as it comes, and stopped when
the user cancels: the Keras worker (from QGIS) and pip (environment set-up).

Standard output and standard error are read by two threads into one queue, so
neither pipe can fill up and block the program, and a cancel is noticed within a
tenth of a second even while the program prints nothing.
"""
from __future__ import annotations

import queue
import subprocess
import threading
from typing import Callable, Iterator

#: Seconds a program has to exit after SIGTERM (a worker cleans its partial files up) before it is killed.
GRACE = 5


class Program:
    def __init__(self, command: list, cwd: str | None = None, env: dict | None = None) -> None:
        self.command = command
        self.process = subprocess.Popen(command, cwd=cwd, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                        stderr=subprocess.PIPE, text=True, bufsize=1, errors="replace")
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
        self.process.stdout.close()
        self.process.stderr.close()
        return code

    def stop(self) -> None:
        """SIGTERM lets the program clean up; kill if it lingers."""
        self.process.terminate()
        try:
            self.process.wait(timeout=GRACE)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
