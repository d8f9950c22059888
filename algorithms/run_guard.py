"""What every run of an algorithm is wrapped in (`LsghnetAlgorithm.processAlgorithm`):
an interrupt (Ctrl+C, `kill`, a job scheduler's SIGTERM) cancels the run as the
dialog's Cancel button does, so that the worker is stopped and nothing is written;
and a vector output a failed run had begun is removed, so that no half-written
layer is left behind. Raster, model and report files are written whole or not at
all by the engine (`replacement.atomic_outputs`)."""
import contextlib
import gc
import os
import signal
import threading
import traceback

from qgis.core import QgsApplication

from .inputs import vector_layer_names

#: The signals that cancel a headless run.
INTERRUPTS = tuple(getattr(signal, name) for name in ("SIGINT", "SIGTERM") if hasattr(signal, name))
#: Files that belong to a vector file of the extension (left by GDAL beside it).
SIDECARS = {".gpkg": ("-wal", "-shm", "-journal"), ".sqlite": ("-journal",),
            ".shp": (".shx", ".dbf", ".prj", ".cpg", ".qpj", ".qix", ".sbn", ".sbx")}


@contextlib.contextmanager
def interrupts_cancel(feedback):
    """While the block runs, SIGINT and SIGTERM cancel `feedback` instead of being
    ignored (qgis_process) or killing the process with its worker left running.
    Only in the main thread of a headless run (qgis_process, a script): the desktop
    has its own Cancel button and runs most algorithms in other threads."""
    if threading.current_thread() is not threading.main_thread() or QgsApplication.platform() == "desktop":
        yield
        return

    def cancel(signum, frame):
        feedback.reportError(QgsApplication.translate(
            "LsghnetAlgorithm", "Interrupted (signal {0}): stopping, nothing will be written.").format(signum))
        feedback.cancel()

    previous = {number: signal.getsignal(number) for number in INTERRUPTS}
    for number in INTERRUPTS:
        signal.signal(number, cancel)
    try:
        yield
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler if handler is not None else signal.SIG_DFL)


def new_vector_file(destination):
    """The file a vector sink just created, when removing it removes only that
    output (a file of its own, not a layer added to a container holding others),
    else None."""
    path = str(destination).split("|")[0]
    if not os.path.isfile(path):
        return None
    return path if len(vector_layer_names(path)) <= 1 else None


def remove_outputs(paths, error):
    """Remove the vector files a failed run created. The run's frames are cleared
    first, so that the sinks they hold are closed (a file still open cannot be
    removed on Windows, and its writer would write it again when closed)."""
    if not paths:
        return
    traceback.clear_frames(error.__traceback__)
    gc.collect()
    for path in paths:
        stem, extension = os.path.splitext(path)
        siblings = [path + suffix for suffix in SIDECARS.get(extension.lower(), ())
                    if suffix.startswith("-")] + [stem + suffix for suffix in SIDECARS.get(extension.lower(), ())
                                                  if suffix.startswith(".")]
        for file in [path] + siblings:
            with contextlib.suppress(OSError):
                os.remove(file)
