"""The Keras worker's own Python environment: which Python it is made from on each
platform, where it lives, and how it is made (a virtual environment, then pip), for
the set-up algorithm (algorithms/setup_environment.py).

The environment sees its base Python's packages (`--system-site-packages`): on
Debian the system's GDAL and numpy, on Windows and macOS those of the Python that
ships with QGIS. It is built in `<folder>.partial` and moved into place only once
pip and the worker's self-check have succeeded, so a cancelled or failed set-up
leaves the previous environment, if any, as it was.
"""
from __future__ import annotations

import json
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile

from . import protocol
from ..core.errors import InputError
from ..core.progress import Progress
from .streaming import Program, hidden

PLUGIN_DIR = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
REQUIREMENTS = os.path.join(PLUGIN_DIR, "requirements.txt")
#: The oldest Python that TensorFlow 2.21, PyTorch and Keras 3.15 all support.
MINIMUM_PYTHON = (3, 10)
#: Where in a QGIS profile folder the environment lives.
PROFILE_SUBFOLDER = ("lsghnet", "worker-environment")
#: Backend choices: requirements.txt as it is (TensorFlow CPU where it has a build for
#: that Python, else PyTorch), or PyTorch (e.g. for a GPU on Windows).
BACKENDS = ("default", "torch")
BACKEND_PACKAGES = ("tensorflow-cpu", "tensorflow", "torch")
#: QGIS's own Python settings, which break another Python started from QGIS (on
#: Windows, PYTHONHOME points at QGIS's Python).
FOREIGN_VARIABLES = ("PYTHONHOME", "PYTHONPATH", "PYTHONSTARTUP", "PYTHONEXECUTABLE", "__PYVENV_LAUNCHER__")
#: What pip prints when it cannot reach the package index, or the index has no build.
UNREACHABLE = ("Failed to establish a new connection", "Temporary failure in name resolution",
               "Name or service not known", "Network is unreachable", "ProxyError", "SSLError", "Read timed out",
               "No matching distribution found", "Could not find a version that satisfies")
DISK_FULL = ("No space left on device", "[Errno 28]")
#: How long the base Python's version check, and the new environment's self-check
#: (its first import of the deep-learning packages: slow on a cold disk), may take.
CHECK_SECONDS = 120
SELF_CHECK_SECONDS = 600


def default_folder(profile_folder: str) -> str:
    return os.path.join(profile_folder, *PROFILE_SUBFOLDER)


def interpreter(folder: str, windows: bool = os.name == "nt") -> str:
    """The Python of a virtual environment."""
    return os.path.join(folder, "Scripts", "python.exe") if windows else os.path.join(folder, "bin", "python")


def child_environment(environ) -> dict:
    """The environment for a Python started from QGIS: without QGIS's own Python
    settings, output unbuffered so progress streams."""
    return dict({name: value for name, value in environ.items() if name not in FOREIGN_VARIABLES},
                PYTHONUNBUFFERED="1")


def base_python_candidates(system: str, prefix: str, executable: str) -> list:
    """Where the Python to build the environment from is, per platform, best first.

    - Linux (Debian, Ubuntu): the system Python, which has GDAL's bindings.
    - Windows: the Python that ships with QGIS, in `sys.prefix` (`sys.executable` is
      QGIS itself: qgis-bin.exe).
    - macOS: the Python inside QGIS.app (`sys.executable` is .../Contents/MacOS/QGIS).
    """
    join = os.path.join
    if system == "Windows":
        candidates = [join(prefix, "python.exe"), join(prefix, "python3.exe")]
    elif system == "Darwin":
        macos = os.path.dirname(executable)
        candidates = [join(macos, "bin", "python3"), join(prefix, "bin", "python3"),
                      join(os.path.dirname(macos), "Frameworks", "Python.framework", "Versions", "Current", "bin",
                           "python3")]
    else:
        candidates = ["/usr/bin/python3", join(prefix, "bin", "python3")]
    return list(dict.fromkeys(candidates))


def find_base_python(chosen: str | None = None, system: str | None = None, prefix: str = sys.prefix,
                     executable: str = sys.executable, exists=os.path.isfile) -> str:
    """The user's choice if given, else the first candidate of this platform that exists."""
    if chosen:
        if os.path.isdir(chosen):
            raise InputError("The base Python '{path}' is a folder. Name the python executable itself (python.exe on "
                             "Windows, e.g. bin/python3 inside a folder on Linux and macOS) in BASE_PYTHON.",
                             path=chosen)
        if not exists(chosen):
            raise InputError("The base Python '{path}' does not exist. Name the python executable itself "
                             "(python.exe on Windows) in BASE_PYTHON.", path=chosen)
        return chosen
    candidates = base_python_candidates(system or platform.system(), prefix, executable)
    for candidate in candidates:
        if exists(candidate):
            return candidate
    raise InputError("No Python to build the environment from was found (looked for {paths}). Name one in "
                     "BASE_PYTHON: Python {minimum} or newer, with numpy and GDAL's Python bindings (osgeo).",
                     paths=", ".join(candidates), minimum=".".join(map(str, MINIMUM_PYTHON)))


def check_base_python(python: str) -> tuple:
    """The base Python's version; refused if it cannot run, is too old, or lacks GDAL."""
    try:
        with_gdal = _run_python(python, ["-c", "import sys, osgeo; print(*sys.version_info[:3])"],
                                timeout=CHECK_SECONDS)
        without_gdal = None if with_gdal.returncode == 0 else _run_python(
            python, ["-c", "import sys; print(*sys.version_info[:3])"], timeout=CHECK_SECONDS)
    except (OSError, subprocess.SubprocessError) as error:
        raise InputError("The base Python '{python}' cannot run ({error}).", python=python, error=str(error)) from error
    if without_gdal is not None:
        if without_gdal.returncode != 0:
            raise InputError("'{python}' does not run as Python: {error}", python=python,
                             error=(with_gdal.stderr.strip().splitlines() or ["?"])[-1])
        raise InputError("The base Python '{python}' has no GDAL bindings (osgeo), which the worker reads rasters "
                         "with. Use the Python that comes with QGIS (or /usr/bin/python3 with python3-gdal on "
                         "Debian and Ubuntu).", python=python)
    version = tuple(int(part) for part in with_gdal.stdout.split())
    if version[:2] < MINIMUM_PYTHON:
        raise InputError("The base Python '{python}' is version {version}; the deep-learning packages need Python "
                         "{minimum} or newer. Name a newer Python in BASE_PYTHON.", python=python,
                         version=".".join(map(str, version)), minimum=".".join(map(str, MINIMUM_PYTHON)))
    return version


def requirements(backend: str, path: str = REQUIREMENTS) -> list:
    """pip's arguments for a backend choice: requirements.txt itself by default; for
    PyTorch, its lines without the backend lines, plus PyTorch on every Python."""
    if backend == "default":
        return ["-r", path]
    lines, torch = [], "torch"
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            requirement = line.split("#")[0].strip()
            if not requirement:
                continue
            package = re.match(r"[A-Za-z0-9._-]+", requirement).group().lower()
            if package == "torch":
                torch = requirement.split(";")[0].strip()  # on every Python: without its marker
            elif package not in BACKEND_PACKAGES:
                lines.append(requirement)
    return lines + [torch]


def manual_commands(base_python: str, folder: str, backend: str) -> str:
    """The same set-up as commands to type, for when it cannot run from QGIS."""
    packages = " ".join(f'"{part}"' if part != "-r" else part for part in requirements(backend))
    return (f'"{base_python}" -m venv --system-site-packages "{folder}" && '
            f'"{interpreter(folder)}" -m pip install {packages}')


def existing_parent(folder: str) -> str:
    """The nearest folder above `folder` that exists (the set-up makes the others)."""
    parent = os.path.dirname(os.path.abspath(folder))
    while not os.path.isdir(parent) and os.path.dirname(parent) != parent:
        parent = os.path.dirname(parent)
    return parent


def check_folder(folder: str) -> None:
    """The environment's folder must be new, empty or an earlier environment (it
    holds pyvenv.cfg): the set-up replaces it, and must never delete a user's files
    because the folder was chosen by mistake. Its parent must be writable."""
    if os.path.lexists(folder) and not os.path.isdir(folder):
        raise InputError("The environment folder '{folder}' is a file. Choose a new or empty folder (or leave the "
                         "parameter empty for the folder in your QGIS profile).", folder=folder)
    if os.path.isdir(folder) and os.listdir(folder) and not os.path.isfile(os.path.join(folder, "pyvenv.cfg")):
        raise InputError("The environment folder '{folder}' already holds other files, which the set-up would "
                         "replace. Choose a new or empty folder, e.g. a new subfolder of it (or leave the parameter "
                         "empty for the folder in your QGIS profile).", folder=folder)
    parent = existing_parent(folder)
    try:  # a file made and removed, not os.access: it also sees read-only disks and Windows's access lists
        with tempfile.TemporaryFile(dir=parent):
            pass
    except OSError as error:
        raise InputError("The environment folder '{folder}' cannot be created: '{parent}' is not writable ({error}). "
                         "Choose a folder you can write to.", folder=folder, parent=parent,
                         error=error.strerror or error) from error


def create(folder: str, base_python: str, backend: str, progress: Progress, log=print) -> dict:
    """Build the environment in `folder` (replacing one already there only once the
    new one works) and return the worker's self-check of it."""
    check_folder(folder)
    partial = folder + ".partial"
    shutil.rmtree(partial, ignore_errors=True)
    os.makedirs(os.path.dirname(folder) or ".", exist_ok=True)
    try:
        progress.step(0.0)
        log(f"Creating a virtual environment from {base_python} in {partial}")
        _run([base_python, "-m", "venv", "--system-site-packages", partial], progress, log,
             base_python, folder, backend)
        progress.step(0.05)
        command = [interpreter(partial), "-m", "pip", "install", "--disable-pip-version-check", "--no-input",
                   "--progress-bar", "off", *requirements(backend)]
        log("Installing: " + " ".join(command[3:]))
        collected = _run(command, progress, log, base_python, folder, backend, pip=True)
        log(f"pip installed or found {collected} packages.")
        check = self_check(interpreter(partial))
        progress.step(0.97)
        shutil.rmtree(folder, ignore_errors=True)
        os.replace(partial, folder)
    except BaseException:
        shutil.rmtree(partial, ignore_errors=True)
        raise
    progress.step(1.0)
    return dict(check, python=interpreter(folder))


def _run(command, progress, log, base_python, folder, backend, pip=False) -> int:
    """Run a set-up step, its lines to the log; pip's 'Collecting' lines move the
    progress from 5 % towards 90 %. Returns the number of those lines."""
    program = Program(command, cwd=PLUGIN_DIR, env=child_environment(os.environ))
    collected, tail = 0, []
    for _, line in program.lines(progress.is_cancelled):
        log(line)
        tail = (tail + [line])[-40:]
        if pip and line.startswith("Collecting "):
            collected += 1
            progress.step(0.05 + 0.85 * (1 - 0.93 ** collected))
    code = program.wait()
    progress.step(0.9 if pip else 0.05)  # raises Cancelled after a cancel
    if code != 0:
        raise _failure(code, tail, base_python, folder, backend)
    return collected


def _failure(code: int, tail: list, base_python: str, folder: str, backend: str) -> InputError:
    text = "\n".join(tail)
    commands = manual_commands(base_python, folder, backend)
    if any(sign in text for sign in DISK_FULL):
        return InputError("The disk holding '{folder}' is full (the environment needs about 3 GB). Free some space "
                          "and run the set-up again.", folder=folder)
    clue = next((line.strip() for line in reversed(tail) if any(sign in line for sign in UNREACHABLE)), None)
    if clue:
        return InputError("pip could not get the packages ({clue}). Check the internet connection (behind a proxy, "
                          "set HTTPS_PROXY) and run the set-up again. If the package index is reachable, it has no "
                          "build of a package for this Python: choose the other backend. By hand: {commands}",
                          clue=clue, commands=commands)
    return InputError("The set-up failed (exit code {code}). Its last lines:\n{lines}\nBy hand: {commands}",
                      code=code, lines="\n".join(tail[-10:]), commands=commands)


#: What the worker imports: a Python that cannot find one of these is not used.
WORKER_MODULES = ("osgeo", "numpy", "sklearn", "skops", "jenkspy", "keras")
#: Keras needs one of these.
KERAS_BACKENDS = ("tensorflow", "torch", "jax")
#: Python -> the modules it lacked when checked (only complete ones are remembered).
_CHECKED: dict = {}


def missing_modules(python: str) -> list:
    """The worker's modules (and a Keras backend) that `python` cannot find, [] when
    it has them all; found without importing them, so it takes a fraction of a
    second. A Python that cannot run at all lacks everything."""
    if python in _CHECKED:
        return _CHECKED[python]
    probe = ("import importlib.util as u, json; print(json.dumps([m for m in {modules} if u.find_spec(m) is None] + "
             "([] if any(u.find_spec(b) for b in {backends}) else ['tensorflow/torch'])))").format(
                 modules=WORKER_MODULES, backends=KERAS_BACKENDS)
    try:
        completed = _run_python(python, ["-c", probe], timeout=CHECK_SECONDS)
        missing = json.loads(completed.stdout.strip().splitlines()[-1]) if completed.returncode == 0 else None
    except (OSError, subprocess.SubprocessError, ValueError, IndexError):
        missing = None
    if missing is None:
        return list(WORKER_MODULES)
    if not missing:
        _CHECKED[python] = missing
    return missing


def self_check(python: str) -> dict:
    """The worker's own check of an environment (`python -m model selfcheck`)."""
    try:
        completed = _run_python(python, ["-m", "model", "--protocol", "jsonl", protocol.SELFCHECK.name],
                                timeout=SELF_CHECK_SECONDS)
    except (OSError, subprocess.SubprocessError) as error:
        raise InputError("The new environment does not work: {error}", error=str(error)) from error
    messages = list(filter(None, map(protocol.decode, completed.stdout.splitlines())))
    result = next((m for m in messages if m.get("type") == "result"), None)
    if completed.returncode != 0 or result is None:
        error = next((m["message"] for m in messages if m.get("type") == "error"), None)
        raise InputError("The new environment does not work: {error}", error=error or (
            completed.stderr.strip().splitlines() or ["no output"])[-1])
    return {key: value for key, value in result.items() if key != "type"}


def _run_python(python: str, arguments: list, timeout: int) -> subprocess.CompletedProcess:
    """`python ARGUMENTS` in the plugin's folder as the set-up's checks run it: output
    captured, in the child's environment, without QGIS's standard input or a console
    window. Raises OSError when it cannot start, TimeoutExpired after `timeout` s."""
    return subprocess.run([python, *arguments], cwd=PLUGIN_DIR, capture_output=True, text=True, timeout=timeout,
                          stdin=subprocess.DEVNULL, env=child_environment(os.environ), **hidden())
