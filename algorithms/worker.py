"""Running the Keras worker (`python -m model`, model/worker.py) from a QGIS
algorithm: TensorFlow must never be imported inside QGIS, where it aborts the
process. Progress and log lines stream back to the feedback; cancel terminates the
worker; a crash becomes a QgsProcessingException with its last lines."""
import collections
import json
import os
import queue
import shutil
import subprocess
import threading

from qgis.core import QgsProcessingException
from qgis.PyQt.QtCore import QCoreApplication

from ..model.errors import Message
from .translation import engine_text

PLUGIN_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SETTING = "LSGHNET_PYTHON"


def candidate_pythons():
    """Interpreters to try, best first: the plugin's own .venv, then python3."""
    names = [os.path.join(PLUGIN_DIR, ".venv", "bin", "python"),
             os.path.join(PLUGIN_DIR, ".venv", "Scripts", "python.exe")]
    found = shutil.which("python3") or shutil.which("python")
    return [path for path in names if os.path.isfile(path)] + ([found] if found else [])


def configured_python():
    """The worker's interpreter: the Processing setting, else auto-detected."""
    try:
        from processing.core.ProcessingConfig import ProcessingConfig

        chosen = ProcessingConfig.getSetting(SETTING)
    except ImportError:  # Processing plugin not loaded
        chosen = None
    if chosen:
        return chosen
    candidates = candidate_pythons()
    return candidates[0] if candidates else None


def python_problem():
    """Why no worker can start, or None."""
    python = configured_python()
    if not python:
        return QCoreApplication.translate(
            "LsghnetWorker", "No Python interpreter for the Keras worker was found. Run 'make venv' in the plugin "
            "folder, or set Settings > Options > Processing > Providers > Landslide susceptibility (LSGH-Net) > Python.")
    if not os.path.isfile(python) or not os.access(python, os.X_OK):
        return QCoreApplication.translate(
            "LsghnetWorker", "The Keras worker's Python '{0}' does not exist or cannot run. Correct it in Settings > "
            "Options > Processing > Providers > Landslide susceptibility (LSGH-Net).").format(python)
    return None


class WorkerError(QgsProcessingException):
    """The worker refused its input or failed; the message says why."""


def run_worker(arguments, feedback, start=0.0, end=100.0, tail_lines=30):
    """Run `python -m model <arguments> --protocol jsonl` and return its result.

    Progress maps onto start..end percent of `feedback`. Raises WorkerError with the
    worker's message (bad input, missing package) or its last output lines (crash),
    and QgsProcessingException when the user cancels.
    """
    problem = python_problem()
    if problem:
        raise WorkerError(problem)
    python = configured_python()
    environment = dict(os.environ)
    environment["PYTHONUNBUFFERED"] = "1"
    command = [python, "-m", "model", "--protocol", "jsonl"] + [str(a) for a in arguments]
    feedback.pushDebugInfo("Worker: " + " ".join(command))
    process = subprocess.Popen(command, cwd=PLUGIN_DIR, env=environment, stdin=subprocess.DEVNULL,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, bufsize=1)
    lines = queue.Queue()
    stderr_tail = collections.deque(maxlen=tail_lines)
    readers = [threading.Thread(target=_pump, args=(process.stdout, lines), daemon=True),
               threading.Thread(target=_pump, args=(process.stderr, None, stderr_tail), daemon=True)]
    for reader in readers:
        reader.start()
    result, error, stdout_tail, cancelled = None, None, collections.deque(maxlen=tail_lines), False
    try:
        while True:
            if feedback.isCanceled() and not cancelled and process.poll() is None:
                cancelled = True
                _stop(process)
            try:
                line = lines.get(timeout=0.1)
            except queue.Empty:
                if process.poll() is not None and not readers[0].is_alive() and lines.empty():
                    break
                continue
            if line is None:
                continue
            message = _parse(line)
            if message is None:
                stdout_tail.append(line.rstrip())
            elif message["type"] == "progress":
                feedback.setProgress(start + (end - start) * float(message["value"]))
            elif message["type"] == "log":
                feedback.pushInfo(message["text"])
            elif message["type"] == "result":
                result = message
            elif message["type"] == "error":
                error = engine_text(Message.from_json(message["translatable"]))
    finally:
        if process.poll() is None:
            _stop(process)
    for reader in readers:
        reader.join(timeout=2)
    code = process.wait()
    process.stdout.close()
    process.stderr.close()
    if code == 0 and result is not None:
        return result  # finished, even if a cancel came too late to stop it
    if cancelled:
        raise QgsProcessingException(QCoreApplication.translate(
            "LsghnetWorker", "Cancelled: the worker was stopped and nothing was written."))
    if error:
        raise WorkerError(error)
    last = "\n".join(list(stdout_tail) + list(stderr_tail)) or "(no output)"
    raise WorkerError(QCoreApplication.translate(
        "LsghnetWorker", "The Keras worker ({0}) stopped unexpectedly (exit code {1}). Its last lines:\n{2}").format(
            python, code, last))


def _pump(stream, lines, tail=None):
    for line in iter(stream.readline, ""):
        if lines is not None:
            lines.put(line)
        else:
            tail.append(line.rstrip())
    if lines is not None:
        lines.put(None)


def _parse(line):
    try:
        message = json.loads(line)
    except ValueError:
        return None
    return message if isinstance(message, dict) and "type" in message else None


def _stop(process):
    """SIGTERM lets the worker clean its partial files up; kill if it lingers."""
    process.terminate()
    try:
        process.wait(timeout=5)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
