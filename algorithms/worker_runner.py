"""Running the Keras worker (`python -m model`, model/worker/cli.py) from a QGIS
algorithm: TensorFlow must never be imported inside QGIS, where it aborts the
process. The command line and the messages are those of model/worker/protocol.py. Progress
and log lines stream back to the feedback; a cancel asks the worker to stop; a crash
becomes a QgsProcessingException with its last lines."""
import collections
import os

from qgis.core import QgsApplication, QgsProcessingException
from qgis.PyQt.QtCore import QCoreApplication

from ..model.worker import environment, protocol
from ..model.core.errors import Message
from ..model.worker.streaming import Program
from .translation import engine_text

PLUGIN_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SETTING = "LSGHNET_PYTHON"


def profile_environment():
    """Where the set-up algorithm puts the worker's environment: in the user's QGIS
    profile, so that it survives plugin upgrades."""
    return environment.default_folder(QgsApplication.qgisSettingsDirPath())


def candidate_pythons():
    """Interpreters the worker may run on, best first: the environment the set-up
    algorithm made in the profile, then a developer's `.venv` in the plugin folder.
    Never any Python found on the PATH: it lacks the worker's packages more often
    than not, and then fails with a traceback instead of saying "run Setup"."""
    names = [environment.interpreter(profile_environment()),
             environment.interpreter(os.path.join(PLUGIN_DIR, ".venv"))]
    return [path for path in names if os.path.isfile(path)]


def registered_python():
    """The interpreter registered in the Processing settings (by the set-up
    algorithm, or by hand), or None."""
    try:
        from processing.core.ProcessingConfig import ProcessingConfig

        return ProcessingConfig.getSetting(SETTING) or None
    except ImportError:  # Processing plugin not loaded
        return None


def configured_python():
    """The worker's interpreter: the registered one, else the first candidate that
    passes the check (`environment.missing_modules`); None when there is none."""
    chosen = registered_python()
    if chosen:
        return chosen
    return next((python for python in candidate_pythons() if not environment.missing_modules(python)), None)


def register_python(python):
    """Make `python` the worker's interpreter (the Processing setting, saved)."""
    from processing.core.ProcessingConfig import ProcessingConfig

    ProcessingConfig.setSettingValue(SETTING, python)


def python_problem():
    """Why no worker can start, or None; checked before an algorithm runs
    (`canExecute`) and again when the worker starts."""
    run_setup = QCoreApplication.translate(
        "LsghnetWorker", "Run 'Setup > Set up the deep-learning environment' in the Processing toolbox once; it "
        "installs Keras with TensorFlow or PyTorch into your QGIS profile.")
    python = configured_python()
    if not python:
        return QCoreApplication.translate(
            "LsghnetWorker", "The deep-learning steps need their own Python environment, and none is set up "
                             "yet.") + " " + run_setup
    if not os.path.isabs(python) or not os.path.isfile(python) or not os.access(python, os.X_OK):
        return QCoreApplication.translate(
            "LsghnetWorker", "The Keras worker's Python '{0}' does not exist or cannot run. Run 'Setup > Set up the "
            "deep-learning environment' in the Processing toolbox, or correct the path in Settings > Options > "
            "Processing > Providers > Landslide susceptibility (LSGH-Net).").format(python)
    missing = environment.missing_modules(python)
    if missing:
        return QCoreApplication.translate(
            "LsghnetWorker", "The Keras worker's Python '{0}' lacks the package(s) {1}.").format(
                python, ", ".join(missing)) + " " + run_setup
    return None


def run_worker(arguments, feedback, start=0.0, end=100.0, tail_lines=30):
    """Run `python -m model --protocol jsonl <arguments>` and return its result;
    `arguments` come from a `protocol.Command.argv`.

    Progress maps onto start..end percent of `feedback`. Raises QgsProcessingException
    with the worker's message (bad input, missing package) or its last output lines
    (crash), or saying that the user cancelled.
    """
    problem = python_problem()
    if problem:
        raise QgsProcessingException(problem)
    python = configured_python()
    command = [python, "-m", "model", "--protocol", "jsonl"] + [str(a) for a in arguments]
    feedback.pushDebugInfo("Worker: " + " ".join(command))
    program = Program(command, cwd=PLUGIN_DIR, env=environment.child_environment(os.environ),
                      cancel_request=protocol.CANCEL_REQUEST)
    result, error, tail = None, None, collections.deque(maxlen=tail_lines)
    for stream, line in program.lines(feedback.isCanceled):
        message = protocol.decode(line) if stream == "stdout" else None
        if message is None:
            tail.append(line)
        elif message["type"] == protocol.PROGRESS:
            feedback.setProgress(start + (end - start) * float(message["value"]))
        elif message["type"] == protocol.LOG:
            feedback.pushInfo(message["text"])
        elif message["type"] == protocol.RESULT:
            result = message
        elif message["type"] == protocol.ERROR:
            error = engine_text(Message.from_json(message["translatable"]))
    code = program.wait()
    if code == protocol.DONE and result is not None:
        return result  # finished, even if a cancel came too late to stop it
    if program.cancelled:
        raise QgsProcessingException(QCoreApplication.translate(
            "LsghnetWorker", "Cancelled: the worker was stopped and nothing was written."))
    if error:
        raise QgsProcessingException(error)
    last = "\n".join(tail) or "(no output)"
    raise QgsProcessingException(QCoreApplication.translate(
        "LsghnetWorker", "The Keras worker ({0}) stopped unexpectedly (exit code {1}). Its last lines:\n{2}").format(
            python, code, last))

