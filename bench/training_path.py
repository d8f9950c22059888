"""How many engine modules a training run crosses, and how often it comes back to
one it left (issue 14's measure of a readable training path).

A profiler (sys.setprofile) follows the worker's `train` command from its command
line to the saved model file, LSGH-Net for 2 epochs on the paper-sized synthetic
samples, as a reader follows it: every plugin function in the order it is first
called, each read once (a function called again, e.g. per epoch, is not read again).
The modules of those functions, consecutive repeats collapsed, are the path.
Printed: the path, the distinct modules, and per module how many times the path came
back to it after leaving it. Callbacks that every step reports to (errors.py for
messages, progress.py, the worker's output channel) are not steps of the path.

Usage: python bench/training_path.py [--kind lsghnet]
"""
import argparse
import collections
import json
import os
import sys
import tempfile
from dataclasses import asdict

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, REPO)
sys.path.insert(0, os.path.join(REPO, "bench"))

from bench_training import CLASS_COUNTS, paper_sized  # noqa: E402

from model import worker_cli  # noqa: E402
from model.factors.grading import FactorGrading  # noqa: E402

#: Callbacks, not steps: see the docstring.
CALLBACKS = {"model.errors", "model.progress", "model.vocabulary"}
CALLBACK_FUNCTIONS = ("Channel.", "main.<locals>")


def trace(call):
    """The plugin modules the control passes through while `call()` runs."""
    visits, read = [], set()

    def profiler(frame, event, argument):
        if event != "call":
            return
        module, function = frame.f_globals.get("__name__", ""), frame.f_code.co_qualname
        if not module.startswith("model") or module in CALLBACKS or function.startswith(CALLBACK_FUNCTIONS):
            return
        if (module, function) not in read:
            read.add((module, function))
            if not visits or visits[-1] != module:
                visits.append(module)

    sys.setprofile(profiler)
    try:
        call()
    finally:
        sys.setprofile(None)
    return visits


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--kind", default="lsghnet")
    arguments = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        samples, catalogue = os.path.join(folder, "samples.npz"), os.path.join(folder, "catalogue.json")
        dataset = paper_sized()
        dataset.save(samples)
        gradings = [FactorGrading(name, "categorical", "categorical", codes=list(range(1, k + 1)),
                                  labels=[str(c) for c in range(1, k + 1)])
                    for name, k in zip(dataset.factor_names, CLASS_COUNTS)]
        with open(catalogue, "w", encoding="utf-8") as handle:
            json.dump({"format": "lsghnet-factor-catalogue", "version": 1, "grid": {},
                       "factors": [asdict(g) for g in gradings]}, handle)
        argv = ["train", "--samples", samples, "--catalogue", catalogue, "--output", os.path.join(folder, "m.lsghnet"),
                "--report", os.path.join(folder, "r.html"), "--kind", arguments.kind, "--epochs", "2",
                "--device", "cpu"]
        codes = []
        visits = trace(lambda: codes.append(worker_cli.main(argv)))
    assert codes == [0], f"the worker failed ({codes})"
    counts = collections.Counter(visits)
    print("Path:", " -> ".join(name.replace("model.", "") for name in visits))
    print(f"Modules crossed: {len(counts)} (goal: at most 10)")
    returns = {name.replace("model.", ""): count - 1 for name, count in counts.items() if count > 1}
    print(f"Returns to a module left before: {sum(returns.values())} in all; most to one module: "
          f"{max(returns.values(), default=0)} (goal: at most 2) {returns}")


if __name__ == "__main__":
    main()
