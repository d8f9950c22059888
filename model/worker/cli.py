"""The Keras side of the plugin as a command line: `python -m model COMMAND ...`.

QGIS never imports TensorFlow (it aborts qgis_process), so the algorithms start this
in its own process (algorithms/worker_runner.py) and read its progress from standard
output; the commands, their options and the messages are declared in protocol.py.
It is also a tool of its own, e.g. to train on a GPU server without QGIS:

    python -m model train --samples samples.gpkg --catalogue stack.tif --output m.lsghnet
    python -m model evaluate --samples samples.gpkg --models a.lsghnet b.lsghnet --report r.html
    python -m model predict --model m.lsghnet --stack stack.tif --output susceptibility.tif

Each command only turns its options into a call of the engine.
"""
from __future__ import annotations

import _thread
import contextlib
import json
import signal
import sys
import threading
import traceback

from . import protocol
from ..core.errors import Cancelled, InputError, Message, disk_failure, out_of_memory
from ..core.jsonable import plain
from ..modelling import device
from ..core.progress import Progress
from ..core.raster import gdal_failure
from ..core.vocabulary import Device

#: The plugin's pinned packages; their environment markers pick TensorFlow or PyTorch per platform.


#: Packages whose own code a cancel never interrupts with an exception: raised
#: wherever SIGTERM found the worker, a cancel during a fit crashed it (SIGSEGV,
#: inside Keras's fit) once in 200 cancels on Debian 13 with TensorFlow.
LIBRARIES = frozenset({"keras", "tensorflow", "torch", "jax", "jaxlib"})
#: Seconds after which a cancel that arrived inside such a package is tried again.
RETRY = 0.1


class Cancel:
    """The QGIS side's cancel (streaming.Program.stop) as the engine's
    `Progress.is_cancelled`. It comes as the protocol's CANCEL_REQUEST line on
    `requests` (standard input; read by a thread, which hands it to the main thread
    as SIGTERM) or as SIGTERM itself. Outside the libraries above the handler raises
    `Cancelled` at once; inside them it only records the request, which the engine's
    next progress step honours (a network's every batch) or else the handler, called
    again every `RETRY` seconds until the library has returned."""

    def __init__(self, requests=None) -> None:
        self.requested = self.honoured = False
        signal.signal(signal.SIGTERM, self._handle)
        if requests is not None:
            threading.Thread(target=self._read, args=(requests,), daemon=True).start()

    def is_cancelled(self) -> bool:
        """Whether a cancel came; the caller (Progress.step) raises `Cancelled`."""
        self.honoured |= self.requested
        return self.requested

    def close(self) -> None:
        """The command has finished: a cancel now comes too late and is ignored."""
        self.honoured = True

    def _read(self, requests) -> None:
        with contextlib.suppress(OSError, ValueError):  # no standard input to read (closed, or a test's)
            for line in requests:
                if line.strip() == protocol.CANCEL_REQUEST:
                    _thread.interrupt_main(signal.SIGTERM)
                    return

    def _handle(self, signum, frame) -> None:
        self.requested = True
        if self.honoured:
            return
        if _inside(frame, LIBRARIES):
            # Not os.kill: on Windows that is TerminateProcess.
            retry = threading.Timer(RETRY, _thread.interrupt_main, (signal.SIGTERM,))
            retry.daemon = True
            retry.start()
            return
        self.honoured = True
        raise Cancelled()


def _inside(frame, packages: frozenset) -> bool:
    """Whether any frame of the stack runs code of one of `packages`."""
    while frame is not None:
        if frame.f_globals.get("__name__", "").partition(".")[0] in packages:
            return True
        frame = frame.f_back
    return False


class Channel:
    """Progress, log lines and the result, as text or JSON lines (protocol.py)."""

    def __init__(self, jsonl: bool) -> None:
        self.jsonl = jsonl

    def _emit(self, message: dict) -> None:
        if self.jsonl:
            print(protocol.encode(message), flush=True)
        elif message["type"] == protocol.LOG:
            print(message["text"], flush=True)
        elif message["type"] == protocol.ERROR:
            print(f"Error: {message['message']}", file=sys.stderr, flush=True)
        elif message["type"] == protocol.RESULT:
            print(json.dumps(message, indent=2, default=plain), flush=True)

    def progress(self, value: float) -> None:
        self._emit({"type": protocol.PROGRESS, "value": value})

    def log(self, text: str) -> None:
        self._emit({"type": protocol.LOG, "text": text})

    def result(self, values: dict) -> None:
        self._emit(dict(values, type=protocol.RESULT))

    def error(self, message: Message) -> None:
        """The English text, and the template with its values for the QGIS side to translate."""
        self._emit({"type": protocol.ERROR, "message": message.render(), "translatable": message.to_json()})


def command_train(options, channel: Channel, progress: Progress) -> dict:
    from ..modelling import kinds
    from ..modelling.settings import TRAIN, Settings, declared
    from ..modelling.training import train_to_file

    settings = Settings.of(**{name: getattr(options, name) for name in declared(command=TRAIN)})
    used = device.runs_on(kinds.by_name(settings.kind), options.device)
    return train_to_file(options.samples, options.catalogue, options.output, options.report, settings, used,
                         progress, channel.log)


def command_evaluate(options, channel: Channel, progress: Progress) -> dict:
    from ..modelling.evaluation import compare_models

    return compare_models(options.samples, options.models, options.names, options.report,
                          lambda: device.configure(options.device), progress, channel.log)


def command_predict(options, channel: Channel, progress: Progress) -> dict:
    from ..mapping.prediction import predict_raster, raw_sources
    from ..modelling import kinds, modelfile

    if bool(options.stack) == bool(options.factors):
        raise InputError("Give either --stack or --factors.")
    manifest, members = modelfile.read(options.model)
    used = device.runs_on(kinds.by_name(manifest["kind"]), options.device)
    channel.log(f"Predicting with {manifest['kind']} on {used}.")
    summary = predict_raster(modelfile.estimator(manifest, members), options.output, stack_path=options.stack,
                             sources=raw_sources(options.factors) if options.factors else None,
                             progress=progress, uncertainty_path=options.uncertainty,
                             probability_path=options.probability)
    return {"cells": summary.cells, "nodata": summary.nodata, "combinations": summary.combinations, "device": used,
            "kind": manifest["kind"]}


def command_crossvalidate(options, channel: Channel, progress: Progress) -> dict:
    from ..modelling import kinds
    from ..modelling.crossvalidation import cross_validate_file
    from ..modelling.settings import CROSSVALIDATE, Settings, declared

    if any(kinds.by_name(kind).needs_keras for kind in options.models):
        channel.log(f"Networks train on {device.configure(options.device)}.")
    settings = Settings.of(**{name: getattr(options, name) for name in declared(command=CROSSVALIDATE)})
    return cross_validate_file(options.samples, options.catalogue, options.models, options.folds,
                               options.repetitions, options.partitions, settings, options.report,
                               progress, channel.log)


def command_explain(options, channel: Channel, progress: Progress) -> dict:
    from ..modelling.explanation import explain

    return explain(options.model, options.samples, options.report, options.repeats, options.folds, options.seed,
                   lambda: device.configure(options.device), progress, channel.log)


def command_selfcheck(options, channel: Channel, progress: Progress) -> dict:
    """Import everything the worker needs and say what it runs on (the set-up
    algorithm runs this in a new environment before registering it)."""
    import platform

    import keras
    import numpy
    import sklearn
    import skops  # noqa: F401 - the forest's model format
    from osgeo import gdal

    backend = keras.backend.backend()
    found = device.gpus()
    channel.log(f"Python {platform.python_version()}, numpy {numpy.__version__}, GDAL {gdal.__version__}, "
                f"scikit-learn {sklearn.__version__}, Keras {keras.__version__} on {backend} "
                f"{sys.modules[backend].__version__}; GPUs: {', '.join(found) or 'none'}.")
    return {"python": platform.python_version(), "keras": keras.__version__, "backend": backend,
            "backend_version": sys.modules[backend].__version__, "gpus": found}


COMMANDS = {"train": command_train, "evaluate": command_evaluate, "predict": command_predict,
            "crossvalidate": command_crossvalidate, "explain": command_explain, "selfcheck": command_selfcheck}


def main(argv=None) -> int:
    options = protocol.parser(__doc__).parse_args(argv)
    channel = Channel(options.protocol == "jsonl")

    try:  # a cancel request already waiting on standard input is raised as the reader starts
        cancel = Cancel(sys.stdin if channel.jsonl else None)
        progress = Progress(channel.progress, cancel.is_cancelled)
        device.prepare(getattr(options, "device", Device.AUTO))
        result = COMMANDS[options.command](options, channel, progress)
        cancel.close()
        channel.result(result)
        return protocol.DONE
    except InputError as error:
        channel.error(error.message)
        return protocol.BAD_INPUT
    except ModuleNotFoundError as error:
        channel.error(Message("The worker's Python ({python}) cannot import '{module}'. Run 'Setup > Set up the "
                              "deep-learning environment' in the Processing toolbox once.", python=sys.executable,
                              module=error.name))
        return protocol.MISSING_PACKAGE
    except (Cancelled, KeyboardInterrupt):
        channel.error(Message("Cancelled: nothing was written."))
        return protocol.CANCELLED
    except MemoryError:
        channel.error(out_of_memory())
        return protocol.BAD_INPUT
    except Exception as error:  # a crash: the traceback goes to standard error for the QGIS log
        failure = gdal_failure(error) or disk_failure(error)
        if failure is not None:
            channel.error(failure.message)
            return protocol.BAD_INPUT
        traceback.print_exc()
        return protocol.CRASHED
