"""The Keras side of the plugin as a command line: `python -m model COMMAND ...`.

QGIS never imports TensorFlow (it aborts qgis_process), so the algorithms start this
in its own process and read its progress from standard output. It is also a tool of
its own, e.g. to train on a GPU server without QGIS:

    python -m model train --samples samples.gpkg --catalogue stack.tif --output m.lsghnet
    python -m model evaluate --samples samples.gpkg --models a.lsghnet b.lsghnet --report r.html
    python -m model predict --model m.lsghnet --stack stack.tif --output susceptibility.tif

With `--protocol jsonl` every output line is a JSON object: {"type": "progress",
"value": 0..1}, {"type": "log", "text": ...}, {"type": "result", ...} or
{"type": "error", "message": ...}. Exit codes: 0 done, 2 bad input, 3 a package is
missing, 130 cancelled (SIGTERM), 1 crash (traceback on standard error).
"""
from __future__ import annotations

import argparse
import json
import os
import signal
import sys
import traceback

from .modelling import device
from .errors import Cancelled, InputError, Message, out_of_memory
from .modelling.modelfile import plain
from .progress import Progress
from .raster import gdal_failure
from .vocabulary import DEVICES, SEED

#: The plugin's pinned packages; their environment markers pick TensorFlow or PyTorch per platform.
REQUIREMENTS = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "requirements.txt")
INSTALL_HINT = "{python} -m pip install -r \"{requirements}\" (or 'make venv' in the plugin folder)"


class Channel:
    """Progress, log lines and the result, as text or JSON lines."""

    def __init__(self, protocol: str) -> None:
        self.jsonl = protocol == "jsonl"

    def _emit(self, message: dict) -> None:
        if self.jsonl:
            print(json.dumps(message, default=plain), flush=True)
        elif message["type"] == "log":
            print(message["text"], flush=True)
        elif message["type"] == "error":
            print(f"Error: {message['message']}", file=sys.stderr, flush=True)
        elif message["type"] == "result":
            print(json.dumps(message, indent=2, default=plain), flush=True)

    def progress(self, value: float) -> None:
        self._emit({"type": "progress", "value": value})

    def log(self, text: str) -> None:
        self._emit({"type": "log", "text": text})

    def result(self, **values) -> None:
        self._emit(dict(values, type="result"))

    def error(self, message: Message) -> None:
        """The English text, and the template with its values for the QGIS side to translate."""
        self._emit({"type": "error", "message": message.render(), "translatable": message.to_json()})


def load_catalogue(path: str) -> list:
    from .factors.stack import stack_catalogue
    from .factors.grading import read_catalogue

    if path.lower().endswith(".json"):
        with open(path, encoding="utf-8") as handle:
            return read_catalogue(handle.read())
    return stack_catalogue(path)


def command_train(arguments, channel: Channel) -> None:
    from dataclasses import asdict

    from .sampling.dataset import read_samples
    from .factors.stack import stack_fingerprint
    from .raster import atomic_outputs

    gradings = load_catalogue(arguments.catalogue)
    dataset = read_samples(arguments.samples, [g.name for g in gradings])
    if dataset.factor_names != [g.name for g in gradings]:
        raise InputError("The samples' factors ({samples}) differ from the catalogue's ({catalogue}).",
                         samples=", ".join(dataset.factor_names), catalogue=", ".join(g.name for g in gradings))
    class_counts = [g.classes for g in gradings]
    from .modelling.training import Settings, evaluate, train, write_model

    settings = Settings(arguments.kind, arguments.epochs, arguments.patience, arguments.batch_size,
                        arguments.learning_rate, arguments.dropout, arguments.validation_fraction, arguments.seed)
    if settings.kind == "rf":
        used = "CPU (scikit-learn)"
    else:
        used = device.configure(arguments.device)
    channel.log(f"Training {settings.kind} on {used}.")
    progress = Progress(lambda value: channel.progress(0.95 * value))
    trained = train(dataset, class_counts, settings, progress, channel.log)
    evaluation = evaluate(trained.predictor, dataset)
    from .modelling.metrics import pr_curve
    from .reports import write_training_report

    test = dataset.subset(dataset.test)
    curve = pr_curve(test.label, trained.predictor.predict(test.classes)) + (evaluation["all"]["ap"],)
    outputs = [arguments.output] + ([arguments.report] if arguments.report else [])
    with atomic_outputs(*outputs) as temporaries:
        write_model(temporaries[0], trained, settings, [asdict(g) for g in gradings], class_counts, evaluation,
                    used, stack_id=None if arguments.catalogue.lower().endswith(".json") else
                    stack_fingerprint(arguments.catalogue))
        if arguments.report:
            notes = (f"{settings.kind}, {used}. " + (f"Best epoch {trained.best_epoch} of "
                                                      f"{len(trained.history.get('epoch', []))}." if
                                                      trained.history else f"Grid search: {trained.search}."))
            write_training_report(temporaries[1], settings.kind, trained.history, evaluation, curve, notes)
    channel.progress(1.0)
    channel.result(metrics=evaluation, device=used, best_epoch=trained.best_epoch,
                   epochs_run=len(trained.history.get("epoch", [])), search=trained.search)


def command_evaluate(arguments, channel: Channel) -> None:
    from .modelling import metrics
    from .modelling import modelfile
    from .sampling.dataset import check_classes, read_samples
    from .raster import atomic_outputs
    from .reports import metrics_rows, metrics_table, pr_figure, write_report

    names = arguments.names or [f"model {i + 1}" for i in range(len(arguments.models))]
    manifests = [modelfile.read(path)[0] for path in arguments.models]
    factor_sets = {tuple(f["name"] for f in manifest["catalogue"]) for manifest in manifests}
    if len(factor_sets) > 1:
        raise InputError("The models were trained on different factors; compare models of the same factor stack.")
    factor_names = list(factor_sets.pop())
    dataset = read_samples(arguments.samples, factor_names)
    test = dataset.subset(dataset.test)
    if len(test) == 0:
        raise InputError("The samples have no test split ('split' = 'test').")
    if any(manifest["kind"] != "rf" for manifest in manifests):
        channel.log(f"Predicting on {device.configure(arguments.device)}.")
    results, curves, rows = {}, [], []
    for index, (path, name) in enumerate(zip(arguments.models, names)):
        predictor = modelfile.load(path)
        check_classes(test, predictor.manifest["encoding"]["class_counts"])
        predictions = predictor.predict(test.classes)
        evaluation = metrics.evaluate(test.label, predictions, test.hard)
        results[name] = evaluation
        curves.append((name,) + metrics.pr_curve(test.label, predictions) + (evaluation["all"]["ap"],))
        rows += metrics_rows(name, evaluation)
        channel.log(f"{name} ({predictor.kind}): AP {100 * evaluation['all']['ap']:.2f} %, accuracy "
                    f"{100 * evaluation['all']['accuracy']:.2f} % on {len(test)} test samples.")
        channel.progress((index + 1) / len(arguments.models))
    if arguments.report:
        with atomic_outputs(arguments.report) as (temporary,):
            write_report(temporary, "Model comparison", [("Precision-recall curves (test split)", pr_figure(curves)),
                                                          ("Test metrics", metrics_table(rows))])
    channel.result(metrics=results)


def command_predict(arguments, channel: Channel) -> None:
    from .modelling import modelfile
    from .mapping.prediction import predict_raster, raw_sources

    if bool(arguments.stack) == bool(arguments.factors):
        raise InputError("Give either --stack or --factors.")
    manifest, _ = modelfile.read(arguments.model)
    used = "CPU (scikit-learn)" if manifest["kind"] == "rf" else device.configure(arguments.device)
    channel.log(f"Predicting with {manifest['kind']} on {used}.")
    summary = predict_raster(arguments.model, arguments.output, stack_path=arguments.stack,
                             sources=raw_sources(arguments.factors) if arguments.factors else None,
                             progress=Progress(channel.progress))
    channel.result(cells=summary.cells, nodata=summary.nodata, combinations=summary.combinations, device=used)


def command_crossvalidate(arguments, channel: Channel) -> None:
    from .modelling.crossvalidation import cross_validate, summarise, write_cv_report
    from .sampling.dataset import check_classes, read_samples
    from .raster import atomic_outputs
    from .modelling.training import Settings

    gradings = load_catalogue(arguments.catalogue)
    dataset = read_samples(arguments.samples, [g.name for g in gradings])
    class_counts = [g.classes for g in gradings]
    check_classes(dataset, class_counts)
    if any(kind not in ("rf", "glm") for kind in arguments.models):
        channel.log(f"Networks train on {device.configure(arguments.device)}.")
    settings = Settings(epochs=arguments.epochs, patience=arguments.patience, seed=arguments.seed)
    rows = cross_validate(dataset, class_counts, arguments.models, arguments.folds, arguments.repetitions,
                          arguments.partitions, settings, Progress(channel.progress), channel.log)
    summary = summarise(rows)
    if arguments.report:
        with atomic_outputs(arguments.report) as (temporary,):
            write_cv_report(temporary, rows, summary)
    channel.result(summary=summary, folds=rows)


def command_selfcheck(arguments, channel: Channel) -> None:
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
    channel.result(python=platform.python_version(), keras=keras.__version__, backend=backend,
                   backend_version=sys.modules[backend].__version__, gpus=found)


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(prog="python -m model", description=__doc__,
                                  formatter_class=argparse.RawDescriptionHelpFormatter)
    top.add_argument("--protocol", choices=("text", "jsonl"), default="text")
    commands = top.add_subparsers(dest="command", required=True)
    train = commands.add_parser("train", help="train a model from a samples file")
    train.add_argument("--samples", required=True, help="samples (.gpkg or other vector file, or .npz)")
    train.add_argument("--catalogue", required=True, help="factor stack (.tif) or its catalogue (.json)")
    train.add_argument("--output", required=True, help="model file to write (.lsghnet)")
    train.add_argument("--report", help="HTML report to write")
    train.add_argument("--kind", default="lsghnet", choices=("lsghnet", "lsghnet_noscse", "cnn", "rf"))
    train.add_argument("--epochs", type=int, default=200)
    train.add_argument("--patience", type=int, default=50)
    train.add_argument("--batch-size", type=int, default=32)
    train.add_argument("--learning-rate", type=float, default=0.001)
    train.add_argument("--dropout", type=float, default=0.5)
    train.add_argument("--validation-fraction", type=float, default=0.2)
    train.add_argument("--seed", type=int, default=SEED)
    train.add_argument("--device", default="auto", choices=DEVICES)
    evaluate = commands.add_parser("evaluate", help="compare model files on the test split of a samples file")
    evaluate.add_argument("--samples", required=True)
    evaluate.add_argument("--models", nargs="+", required=True)
    evaluate.add_argument("--names", nargs="+")
    evaluate.add_argument("--report")
    evaluate.add_argument("--device", default="auto", choices=DEVICES)
    predict = commands.add_parser("predict", help="write the susceptibility raster of a stack or raw factors")
    predict.add_argument("--model", required=True)
    predict.add_argument("--output", required=True, help="GeoTIFF to write")
    predict.add_argument("--stack", help="graded stack from 'Prepare factor stack'")
    predict.add_argument("--factors", nargs="+", help="raw factor rasters as name=path or name=path:band")
    predict.add_argument("--device", default="auto", choices=DEVICES)
    cross = commands.add_parser("crossvalidate", help="random and/or spatial cross-validation of model kinds")
    cross.add_argument("--samples", required=True)
    cross.add_argument("--catalogue", required=True)
    cross.add_argument("--models", nargs="+", default=["lsghnet", "cnn", "rf", "glm"],
                       choices=("lsghnet", "lsghnet_noscse", "cnn", "rf", "glm"))
    cross.add_argument("--folds", type=int, default=5)
    cross.add_argument("--repetitions", type=int, default=1)
    cross.add_argument("--partitions", nargs="+", default=["random", "spatial"], choices=("random", "spatial"))
    cross.add_argument("--epochs", type=int, default=200)
    cross.add_argument("--patience", type=int, default=50)
    cross.add_argument("--seed", type=int, default=SEED)
    cross.add_argument("--report")
    cross.add_argument("--device", default="auto", choices=DEVICES)
    commands.add_parser("selfcheck", help="import what the worker needs; name its Keras backend and GPUs")
    return top


#: Exit status of a cancelled run (as for Ctrl+C in a shell).
CANCELLED = 130

COMMANDS = {"train": command_train, "evaluate": command_evaluate, "predict": command_predict,
            "crossvalidate": command_crossvalidate, "selfcheck": command_selfcheck}


def main(argv=None) -> int:
    arguments = parser().parse_args(argv)
    channel = Channel(arguments.protocol)

    def cancel(signum, frame):
        raise Cancelled()

    signal.signal(signal.SIGTERM, cancel)
    try:
        device.prepare(getattr(arguments, "device", "auto"))
        COMMANDS[arguments.command](arguments, channel)
        return 0
    except InputError as error:
        channel.error(error.message)
        return 2
    except ModuleNotFoundError as error:
        channel.error(Message("The worker's Python ({python}) cannot import '{module}'. Run 'Setup > Set up the "
                              "deep-learning environment' in the Processing toolbox, or install what the plugin needs "
                              "with: {command}", python=sys.executable, module=error.name,
                              command=INSTALL_HINT.format(python=sys.executable, requirements=REQUIREMENTS)))
        return 3
    except (Cancelled, KeyboardInterrupt):
        channel.error(Message("Cancelled: nothing was written."))
        return CANCELLED
    except MemoryError:
        channel.error(out_of_memory())
        return 2
    except Exception as error:  # a crash: the traceback goes to standard error for the QGIS log
        failure = gdal_failure(error)
        if failure is not None:
            channel.error(failure.message)
            return 2
        traceback.print_exc()
        return 1
