"""How many plugin modules a training run crosses, and how often it comes back to
one it left (issue 14's measure of a readable training path).

The path starts where a user starts it: `processing.run("lsghnet:trainmodel")` on
the Ecuador samples (LSGH-Net, 2 epochs), through `TrainModel.process`, the
real worker process and back to the metrics table. A profiler (sys.setprofile) reads
the plugin's functions in the order they are first called, each once (a function
called again, e.g. per epoch, is not read again; a nested function, lambda or
comprehension is part of the function around it). The worker process is started
through a wrapper that runs the same profiler on `python -m model ...`; its path is
spliced in where the QGIS side starts it; a function read in one process is not
read again in the other.

Not steps of the path: code run at import (module and class bodies), the methods
dataclasses generate, and the callbacks every step reports to (errors.py for
messages, progress.py, the worker's output channel, vocabulary.py's names).

Printed: the path, the distinct modules, and per module how many times the path came
back to it after leaving it; the same for the path up to the model file's write (the
span issue 14 names: "to the saved model") and for the worker's part alone; and the
work done on both sides of the process boundary (issue 40's measure: the plugin's
functions both processes run, but what both sides speak: `PROTOCOL`). With
--functions, the functions read in each step too.

Usage: .venv/bin/python bench/training_path.py [--functions]   (a Python that imports qgis)
"""
import collections
import json
import os
import stat
import sys
import tempfile

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

#: Callbacks, not steps: see the docstring.
CALLBACKS = {"model.core.errors", "model.core.progress", "model.core.vocabulary"}
CALLBACK_FUNCTIONS = ("Channel.",)
#: Where the model file is written: the end of issue 14's span.
SAVED = ("model.modelling.modelfile", "write")
#: What both sides of the process boundary speak, not work done twice: the protocol,
#: the settings' declarations both sides make the command line from, and the
#: catalogue's entries as the samples' exchange file carries them across (read into
#: gradings, whose class counts both sides look up).
PROTOCOL = ("model.worker.protocol", "model.modelling.settings.Declaration.", "model.modelling.settings.declared",
            "model.factors.grading.from_catalogue", "model.factors.grading.FactorGrading.classes")
#: The plugin's modules: `model.*` in the worker, `lsghnet.*` (the plugin package) in QGIS.
PACKAGE = "lsghnet."


def module_of(frame) -> str:
    """The plugin module a frame runs in, named as in the worker (`model.x`, `algorithms.x`)."""
    module = frame.f_globals.get("__name__", "")
    return module[len(PACKAGE):] if module.startswith(PACKAGE) else module


class Reader:
    """The plugin modules the control passes through, in reading order: `steps`
    holds one [module, functions read there ...] per visit."""

    def __init__(self, start: str = "") -> None:
        self.steps, self.read, self.importing = [], set(), 0
        self.started = not start
        self.start = start

    def profile(self, frame, event, argument):
        code = frame.f_code
        if code.co_name == "<module>":  # import-time code runs below a module body
            self.importing += {"call": 1, "return": -1}.get(event, 0)
            return
        if event != "call" or self.importing:
            return
        module = module_of(frame)
        function = code.co_qualname.split(".<locals>")[0]
        self.started = self.started or function == self.start
        if not self.started or not module.startswith(("model", "algorithms")) or module in CALLBACKS:
            return
        if function.startswith(CALLBACK_FUNCTIONS) or function == "__create_fn__" or self.callback(frame.f_back):
            return
        if (module, function) not in self.read:
            self.read.add((module, function))
            if not self.steps or self.steps[-1][0] != module:
                self.steps.append([module])
            self.steps[-1].append(function)

    @staticmethod
    def callback(frame) -> bool:
        """Whether `frame` runs a callback (what it calls is part of the callback)."""
        return frame is not None and (module_of(frame) in CALLBACKS
                                      or frame.f_code.co_qualname.startswith(CALLBACK_FUNCTIONS))

    def run(self, call):
        sys.setprofile(self.profile)
        try:
            return call()
        finally:
            sys.setprofile(None)


def worker(trace_file: str, argv: list) -> int:
    """The worker (`python -m model ARGUMENTS`) under the profiler; its path goes to `trace_file`."""
    sys.path.insert(0, REPO)
    from model.worker import cli as worker_cli

    reader = Reader()
    code = reader.run(lambda: worker_cli.main(argv))
    with open(trace_file, "w", encoding="utf-8") as handle:
        json.dump(reader.steps, handle)
    return code


def ecuador_inputs(folder: str) -> dict:
    """The Ecuador stack and samples, made with the plugin's algorithms (not traced)."""
    import processing

    sample = os.path.join(REPO, "resources", "sample_data", "ecuador")
    factors = [os.path.join(sample, f"{name}.tif") for name in ("slope", "cplan", "cprof", "elev", "log10_carea")]
    landslides = os.path.join(sample, "landslides.gpkg") + "|layername=landslides"
    stack = processing.run("lsghnet:preparefactors", {"FACTORS": factors, "OUTPUT": os.path.join(folder, "stack.tif")})
    heat = processing.run("lsghnet:gaussianheatmap", {"LANDSLIDES": landslides, "REFERENCE": stack["OUTPUT"],
                                                      "OUTPUT": os.path.join(folder, "heat.tif")})
    samples = processing.run("lsghnet:extractsamples", {"LANDSLIDES": landslides, "HEATMAP": heat["OUTPUT"],
                                                        "FACTORS": stack["OUTPUT"],
                                                        "OUTPUT": os.path.join(folder, "samples.gpkg")})
    return {"SAMPLES": samples["OUTPUT"], "FACTORS": stack["OUTPUT"], "MODEL_KIND": 0, "EPOCHS": 2,
            "DEVICE": 1, "OUTPUT_MODEL": os.path.join(folder, "m.lsghnet"),
            "OUTPUT_METRICS": os.path.join(folder, "metrics.gpkg"), "OUTPUT_REPORT": os.path.join(folder, "r.html")}


def joined(steps: list) -> list:
    """The steps of both processes as one reading: a function the QGIS side read is
    not read again in the worker (`both_sides` lists them), and a
    step left without a function joins the step of the same module before it."""
    path, read = [], set()
    for module, *functions in steps:
        functions = [function for function in functions if (module, function) not in read]
        read.update((module, function) for function in functions)
        if path and path[-1][0] == module:
            path[-1] += functions
        elif functions:
            path.append([module] + functions)
    return path


def both_sides(qgis_steps: list, worker_steps: list) -> list:
    """The plugin functions run in both processes, as 'module.function', but what
    both sides speak (`PROTOCOL`)."""
    def functions(steps):
        return {name for name in (f"{module}.{function}" for module, *names in steps for function in names)
                if not name.startswith(PROTOCOL)}
    return sorted(functions(qgis_steps) & functions(worker_steps))


def until_saved(path: list) -> list:
    """The path up to the model file's `write`: what issue 14 measures ("from
    TrainModel.process to the saved model"), without the report and the
    metrics table that follow."""
    for index, (module, *functions) in enumerate(path):
        if module == SAVED[0] and SAVED[1] in functions:
            return path[:index] + [[module] + functions[:functions.index(SAVED[1]) + 1]]
    raise ValueError("the path never wrote the model file")


def report(title: str, steps: list, functions: bool) -> None:
    visits = [step[0] for step in steps]
    counts = collections.Counter(visits)
    returns = {name: count - 1 for name, count in counts.items() if count > 1}
    print(f"{title}: {' -> '.join(visits)}")
    print(f"  modules crossed: {len(counts)} (goal: at most 10); returns to a module left before: "
          f"{sum(returns.values())} in all, most to one module: {max(returns.values(), default=0)} (goal: at most 2)")
    print(f"  returns per module: {returns}")
    for step in steps if functions else ():
        print(f"    {step[0]}: {', '.join(step[1:])}")


def main(functions: bool) -> None:
    from qgis.core import QgsApplication

    application = QgsApplication([], False)
    application.initQgis()
    with tempfile.TemporaryDirectory() as folder:
        os.makedirs(os.path.join(folder, "plugins"))
        os.symlink(REPO, os.path.join(folder, "plugins", "lsghnet"))
        sys.path[:0] = [os.path.join(folder, "plugins"), "/usr/share/qgis/python/plugins"]
        import lsghnet
        import processing
        from processing.core.Processing import Processing

        from lsghnet.algorithms import worker_runner

        Processing.initialize()
        plugin = lsghnet.classFactory(None)
        plugin.initProcessing()
        parameters = ecuador_inputs(folder)
        trace_file, wrapper = os.path.join(folder, "worker.json"), os.path.join(folder, "traced-python")
        with open(wrapper, "w", encoding="utf-8") as handle:  # run_worker calls it as `python -m model ...`
            handle.write(f'#!/bin/sh\nshift 2\nexec "{sys.executable}" "{os.path.abspath(__file__)}" --worker '
                         f'"{trace_file}" "$@"\n')
        os.chmod(wrapper, os.stat(wrapper).st_mode | stat.S_IXUSR)
        worker_runner.configured_python = lambda: wrapper
        worker_runner.environment.missing_modules = lambda python: []  # the wrapper runs only the worker
        reader = Reader(start="TrainModel.process")
        reader.run(lambda: processing.run("lsghnet:trainmodel", parameters))
        with open(trace_file, encoding="utf-8") as handle:
            worker_steps = json.load(handle)
    start = [step[0] for step in reader.steps].index("model.worker.streaming") + 1  # where run_worker starts the worker
    path = joined(reader.steps[:start] + worker_steps + reader.steps[start:])
    report("Training path (QGIS and worker)", path, functions)
    report("To the saved model (issue 14's span)", until_saved(path), functions)
    report("The worker's part", worker_steps, functions)
    twice = both_sides(reader.steps, worker_steps)
    print(f"Work done on both sides of the process boundary (goal: none): {', '.join(twice) or 'none'}")
    application.exitQgis()


if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[1] == "--worker":
        sys.exit(worker(sys.argv[2], sys.argv[3:]))
    main(functions="--functions" in sys.argv)
