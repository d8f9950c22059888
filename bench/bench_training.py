"""Training speed at the paper's size: 10,376 samples split 7:3.

1. Per epoch: the wall time of one network of each kind for a fixed number of epochs
   (no early stopping) and its samples per second, on whatever device Keras sees
   (run on a GPU machine with KERAS_BACKEND=torch for the GPU figure). Goal:
   LSGH-Net, 200 epochs on 2 CPU cores, at most 5 minutes.
2. `--presets paper default`: the time to a trained model as a user gets it, with
   each preset's early stopping and ensemble, side by side, on the synthetic region's
   samples at the paper's size (bench/synthetic_region.py: 3,600 landslides, 10,800
   samples split by landslide). Their labels follow a known susceptibility, so early
   stopping ends as it would on real data; the per-epoch samples above have hard
   labels without signal, on which it would stop at once. Goal: the default's
   5-member ensemble within 10 minutes on 2 CPU cores.

   `--samples FILE.npz` keeps those samples (and the factors' class counts) in a file:
   written when missing, read when there, so that a machine without GDAL (a GPU
   machine) can time training on them.

Usage: python bench/bench_training.py [--epochs 200] [--kinds lsghnet cnn] [--presets paper default]
           [--samples region.npz]
"""
import argparse
import json
import os
import sys
import tempfile
import time

import numpy as np

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, REPO)
sys.path.insert(0, os.path.join(REPO, "bench"))

from model.modelling import device  # noqa: E402
from model.sampling.dataset import Dataset, read_samples  # noqa: E402
from model.core.progress import Progress  # noqa: E402
from model.modelling import kinds  # noqa: E402
from model.modelling.encoding import FactorClasses  # noqa: E402
from model.modelling.training import Settings, train  # noqa: E402

#: The paper's Table 2: class counts of its nine factors.
CLASS_COUNTS = [11, 9, 12, 8, 12, 8, 10, 13, 11]


def paper_sized(samples=10376, seed=0):
    """Structured synthetic samples: susceptibility from a few factor classes."""
    rng = np.random.default_rng(seed)
    classes = np.column_stack([rng.integers(1, k + 1, samples) for k in CLASS_COUNTS])
    score = (classes[:, 0] / 11 + classes[:, 2] / 12 - classes[:, 7] / 13 + rng.normal(0, 0.2, samples))
    kind = np.where(np.arange(samples) < 3592, "positive", np.where(np.arange(samples) < 7184, "negative", "heatmap"))
    order = np.argsort(score)
    label = np.empty(samples)
    label[order] = np.linspace(0, 1, samples)
    label[kind == "positive"], label[kind == "negative"] = 1.0, 0.0
    test = rng.random(samples) < 0.3
    return Dataset([f"f{i}" for i in range(len(CLASS_COUNTS))], classes, label, kind, test, np.full(samples, -1),
                   np.zeros(samples), np.zeros(samples))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--epochs", type=int, default=200)
    parser.add_argument("--kinds", nargs="+", default=["lsghnet"])
    parser.add_argument("--device", default="auto")
    parser.add_argument("--presets", nargs="*", default=[], help="time to a trained LSGH-Net with these presets "
                        "(instead of the per-epoch speed)")
    parser.add_argument("--samples", help="the synthetic region's samples as .npz: written when missing, read "
                        "when there (for --presets)")
    arguments = parser.parse_args()
    device.prepare(arguments.device)
    used = device.configure(arguments.device)
    if arguments.presets:
        time_to_model(arguments.presets, arguments.epochs, used, arguments.samples)
        return
    dataset = paper_sized()
    print(f"Paper-sized data: {len(dataset)} samples, {int((~dataset.test).sum())} training; {used}; "
          f"{os.cpu_count()} CPU cores visible")
    print(f"{'model':>15s} {'epochs':>7s} {'wall s':>8s} {'s/epoch':>8s} {'samples/s':>10s}")
    for kind in arguments.kinds:
        settings = Settings.of("paper", kind=kind, epochs=arguments.epochs, patience=arguments.epochs)  # no early stop
        fitted = int(dataset.training_rows(kinds.by_name(kind).hard_only).sum() * (1 - settings.validation_fraction))
        start = time.perf_counter()
        trained = train(dataset, FactorClasses(CLASS_COUNTS), settings, Progress(), log=lambda message: None)
        wall = time.perf_counter() - start
        epochs = max(len(trained.history.get("epoch", [])), 1)
        print(f"{kind:>15s} {epochs:7d} {wall:8.1f} {wall / epochs:8.2f} {fitted * epochs / wall:10.0f}")


def region_samples(path=None):
    """The synthetic region's samples and its FactorClasses; from/to `path` (and
    `path`.json) when given."""
    if path and os.path.exists(path):
        with open(path + ".json") as file:
            factors = json.load(file)
        return read_samples(path, []), FactorClasses(factors["class_counts"], factors["ordered"])
    from synthetic_region import make_region, region_dataset

    with tempfile.TemporaryDirectory() as folder:
        dataset, gradings, _ = region_dataset(make_region(folder), folder)
    factors = FactorClasses.of(gradings)
    if path:
        dataset.save(path)
        with open(path + ".json", "w") as file:
            json.dump({"class_counts": factors.counts, "ordered": factors.ordered}, file)
    return dataset, factors


def time_to_model(presets, epochs, used, samples_path=None):
    dataset, factors = region_samples(samples_path)
    print(f"Synthetic region's samples: {len(dataset)}, {int((~dataset.test).sum())} training; {used}; "
          f"{os.cpu_count()} CPU cores visible")
    print(f"{'preset':>10s} {'networks':>9s} {'best epoch (each)':>24s} {'wall min':>9s} {'test AUROC (hard)':>18s}")
    for preset in presets:
        settings = Settings.of(preset, kind="lsghnet", epochs=epochs)
        start = time.perf_counter()
        trained = train(dataset, factors, settings, Progress(), log=lambda message: None)
        wall = time.perf_counter() - start
        auroc = trained.evaluate(dataset.subset(dataset.test))[0]["hard"]["roc_auc"]
        print(f"{preset:>10s} {settings.members:9d} {str(trained.member_epochs):>24s} {wall / 60:9.1f} "
              f"{auroc:18.3f}", flush=True)


if __name__ == "__main__":
    main()
