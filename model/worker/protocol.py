"""What the QGIS side (algorithms/worker_runner.py) and the Keras worker
(model/worker/cli.py, `python -m model`) say to each other, declared once for both.

- The commands and their options: the QGIS side builds a command line with
  `Command.argv(**values)` (an unknown or missing option is a programming error and
  fails loudly), the worker parses it with `parser()`, made from the same list.
- The worker's answer: one JSON object per line on standard output, with `--protocol
  jsonl`: {"type": "progress", "value": 0..1}, {"type": "log", "text": ...},
  {"type": "result", ...} or {"type": "error", "message": ..., "translatable": ...}.
- Its exit status: `DONE`, `CRASHED` (traceback on standard error), `BAD_INPUT`,
  `MISSING_PACKAGE` or `CANCELLED`.
- The QGIS side's cancel: the line `CANCEL_REQUEST` on the worker's standard input
  (with `--protocol jsonl`). A signal would not do on every platform: on Windows the
  only way to stop another process is TerminateProcess, which leaves the worker no
  time to remove its partial files. SIGTERM (e.g. `kill`) is honoured the same way.
"""
from __future__ import annotations

import argparse
import json
from dataclasses import dataclass

from ..core.jsonable import plain
from ..modelling import kinds
from ..modelling import settings
from ..modelling.settings import boolean
from ..core.vocabulary import DEVICES, PARTITIONS, Device

PROGRESS, LOG, RESULT, ERROR = "progress", "log", "result", "error"
DONE, CRASHED, BAD_INPUT, MISSING_PACKAGE = 0, 1, 2, 3
#: Exit status of a cancelled run (as for Ctrl+C in a shell).
CANCELLED = 130
#: The line on standard input that cancels a `--protocol jsonl` run.
CANCEL_REQUEST = "cancel"


@dataclass(frozen=True)
class Option:
    name: str
    help: str = ""
    type: type = str
    default: object = None
    required: bool = False
    many: bool = False
    choices: tuple = None

    @property
    def flag(self) -> str:
        return "--" + self.name.replace("_", "-")


@dataclass(frozen=True)
class Command:
    name: str
    help: str
    options: tuple = ()

    def argv(self, **values) -> list:
        """The worker's command line for these option values; None leaves an
        option at its default."""
        known = {option.name for option in self.options}
        if set(values) - known:
            raise TypeError(f"{self.name}: unknown options {sorted(set(values) - known)}")
        arguments = [self.name]
        for option in self.options:
            value = values.get(option.name)
            if value is None:
                if option.required:
                    raise TypeError(f"{self.name}: --{option.name} is required")
                continue
            arguments += [option.flag] + ([str(v) for v in value] if option.many else [str(value)])
        return arguments

    def add_to(self, commands) -> None:
        command = commands.add_parser(self.name, help=self.help)
        for option in self.options:
            command.add_argument(option.flag, dest=option.name, type=option.type, default=option.default,
                                 required=option.required, nargs="+" if option.many else None,
                                 choices=option.choices, help=option.help)


def setting_options(command: str, narrowed: dict | None = None, settings_class=settings.Settings) -> tuple:
    """The options of the training settings a command takes (settings.declared),
    typed and defaulted as declared; a setting a preset sets has no default of its
    own (None: the preset's). `narrowed` maps a setting to fewer choices."""
    kinds_of = settings.types(settings_class)
    defaults = vars(settings_class())
    return tuple(
        Option(name, str(declaration.label), type=boolean if kinds_of[name] is bool else kinds_of[name],
               default=None if declaration.preset_set else defaults[name],
               choices=(narrowed or {}).get(name, declaration.choices or None))
        for name, declaration in settings.declared(settings_class, command).items())


DEVICE = Option("device", "where Keras computes", default=Device.AUTO.value, choices=DEVICES)
REPORT = Option("report", "HTML report to write")
#: Not needed with the QGIS side's samples file, which carries the catalogue it was checked against.
CATALOGUE = Option("catalogue", "factor stack (.tif) or its catalogue (.json) the samples were drawn from")

TRAIN = Command("train", "train a model from a samples file", (
    Option("samples", "samples (.gpkg or other vector file, or .npz)", required=True),
    CATALOGUE,
    Option("output", "model file to write (.lsghnet)", required=True),
    REPORT, DEVICE, *setting_options(settings.TRAIN, {"kind": tuple(kind.name for kind in kinds.SAVED)})))
EVALUATE = Command("evaluate", "compare model files on the test split of a samples file", (
    Option("samples", required=True), Option("models", required=True, many=True), Option("names", many=True),
    REPORT, DEVICE))
PREDICT = Command("predict", "write the susceptibility raster of a stack or raw factors", (
    Option("model", required=True), Option("output", "GeoTIFF to write", required=True),
    Option("uncertainty", "GeoTIFF of the ensemble members' standard deviation to write"),
    Option("probability", "GeoTIFF of the calibrated probability of a landslide cell to write"),
    Option("stack", "graded stack from 'Prepare factor stack'"),
    Option("factors", "raw factor rasters as name=path or name=path:band", many=True), DEVICE))
CROSSVALIDATE = Command("crossvalidate", "random and/or spatial cross-validation of model kinds", (
    Option("samples", required=True), CATALOGUE,
    Option("models", many=True, default=["lsghnet", "cnn", "rf", "glm"], choices=kinds.NAMES),
    Option("folds", type=int, default=5), Option("repetitions", type=int, default=1),
    Option("partitions", many=True, default=list(PARTITIONS), choices=PARTITIONS),
    REPORT, DEVICE, *setting_options(settings.CROSSVALIDATE)))
EXPLAIN = Command("explain", "permutation importance and response per factor class of a model file", (
    Option("model", required=True), Option("samples", required=True), REPORT,
    Option("repeats", "shuffles per factor", type=int, default=5),
    Option("folds", "spatial folds to train the model's kind again on (0: the test split only)", type=int, default=0),
    Option("seed", type=int, default=settings.Settings().seed), DEVICE))
SELFCHECK = Command("selfcheck", "import what the worker needs; name its Keras backend and GPUs")
COMMANDS = {command.name: command for command in (TRAIN, EVALUATE, PREDICT, CROSSVALIDATE, EXPLAIN, SELFCHECK)}


def parser(description: str = "") -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(prog="python -m model", description=description,
                                  formatter_class=argparse.RawDescriptionHelpFormatter)
    top.add_argument("--protocol", choices=("text", "jsonl"), default="text")
    commands = top.add_subparsers(dest="command", required=True)
    for command in COMMANDS.values():
        command.add_to(commands)
    return top


def encode(message: dict) -> str:
    return json.dumps(message, default=plain)


def decode(line: str):
    """The message a worker's output line holds, or None for any other line."""
    try:
        message = json.loads(line)
    except ValueError:
        return None
    return message if isinstance(message, dict) and "type" in message else None
