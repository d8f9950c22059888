"""How much memory one process keeps for each network it trains, on the Keras backend
in use (`KERAS_BACKEND`): cross-validation trains every fold's networks in one
worker process, so this growth times the number of networks is what a long
cross-validation needs beyond its data.

Trains `--networks` single LSGH-Net networks (default preset, one member, 3 epochs) on
random samples one after the other and prints the resident memory after each and
the growth per network, next to the baseline of none: a process that frees what a
finished network used grows by about nothing.

Usage: KERAS_BACKEND=tensorflow|torch python bench/bench_memory_per_network.py [--networks 8]
"""
import argparse
import os
import sys

import numpy as np

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, REPO)

from model.modelling.encoding import FactorClasses  # noqa: E402
from model.modelling.settings import Settings  # noqa: E402
from model.modelling.training import train  # noqa: E402
from model.core.progress import Progress  # noqa: E402
from model.sampling.dataset import Dataset  # noqa: E402

CLASS_COUNTS = [10] * 5


def resident_mib() -> float:
    with open("/proc/self/status") as status:
        return next(int(line.split()[1]) for line in status if line.startswith("VmRSS")) / 1024


def random_samples(count: int = 400) -> Dataset:
    rng = np.random.default_rng(0)
    classes = rng.integers(1, 11, (count, len(CLASS_COUNTS)))
    label = (classes[:, 0] + rng.integers(0, 4, count) > 7).astype(float)
    kind = np.where(label >= 0.5, "positive", "negative")
    return Dataset([f"f{i}" for i in range(len(CLASS_COUNTS))], classes, label, kind,
                   np.arange(count) % 5 == 0, np.arange(count), rng.random(count), rng.random(count))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--networks", type=int, default=8)
    arguments = parser.parse_args()
    import keras

    samples = random_samples()
    resident = []
    for seed in range(arguments.networks):
        settings = Settings.of(kind="lsghnet", epochs=3, patience=3, members=1, seed=seed)
        train(samples, FactorClasses(CLASS_COUNTS), settings, Progress(), log=lambda m: None)
        resident.append(resident_mib())
    growth = (resident[-1] - resident[0]) / (len(resident) - 1)
    print(f"backend {keras.backend.backend()}: resident MiB after each network "
          f"{', '.join(f'{value:.0f}' for value in resident)}")
    print(f"kept per trained network: {growth:.1f} MiB (baseline: 0 MiB, a process that frees each finished network)")


if __name__ == "__main__":
    main()
