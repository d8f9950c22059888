"""The README's evaluation: random and spatial cross-validation on the bundled
Ecuador presence/absence points (175 + 175), next to the published GLM and SVM
figures (Geocomputation with R, chapter 12: GLM 0.810 random / 0.773 spatial).

The five continuous factors are graded into 10 quantile classes each (`--classes`;
slope into the breaks below); LSGH-Net's soft samples come from the heatmap of the presence
points. Also prints the wall time of each model's 5 folds (goal for LSGH-Net:
5 folds x 1 repetition in at most 5 minutes on 2 CPU cores).

Usage: python bench/evaluate_ecuador.py [--repetitions 2] [--models lsghnet cnn rf glm]
"""
import argparse
import os
import sys
import tempfile
import time

import numpy as np
from osgeo import ogr

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, REPO)

from model.modelling import device  # noqa: E402
from model.sampling import heatmap  # noqa: E402
from model.modelling.crossvalidation import cross_validate, summarise  # noqa: E402
from model.sampling.dataset import presence_absence  # noqa: E402
from model.factors.stack import FactorSource, prepare_stack  # noqa: E402
from model.factors.grading import GradingRule  # noqa: E402
from model.progress import Progress  # noqa: E402
from model.modelling.training import Settings  # noqa: E402

SAMPLE = os.path.join(REPO, "resources", "sample_data", "ecuador")
NAMES = ["slope", "cplan", "cprof", "elev", "log10_carea"]
PUBLISHED = {"GLM (published)": (0.810, 0.773), "tuned SVM (published)": (0.799, 0.739)}


def ecuador_dataset(folder, seed, classes=10, soft_per_interval=None):
    sources = [FactorSource(name, os.path.join(SAMPLE, f"{name}.tif")) for name in NAMES]
    stack = os.path.join(folder, "stack.tif")
    rules = {name: GradingRule(name, "quantile", classes) for name in NAMES[1:]}
    rules["slope"] = GradingRule("slope", "breaks", 9, [10, 20, 25, 30, 35, 40, 45, 50])
    classes = prepare_stack(sources, rules, sources[0].path, stack, [], log=lambda message: None)
    source = ogr.Open(os.path.join(SAMPLE, "lsl_presence_absence.gpkg"))
    points = [(f.GetGeometryRef().GetX(), f.GetGeometryRef().GetY(), f.GetField("lslpts"))
              for f in source.GetLayer(0)]
    xs, ys, labels = (np.array(column, dtype=float) for column in zip(*points))
    heat = os.path.join(folder, "heat.tif")
    heatmap.write_heatmap(stack, heat, xs[labels >= 0.5], ys[labels >= 0.5])
    dataset, notes = presence_absence(stack, xs, ys, labels, heat, n_per_interval=soft_per_interval, seed=seed)
    return dataset, [g.classes for g in classes], notes


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--models", nargs="+", default=["lsghnet", "cnn", "rf", "glm"])
    parser.add_argument("--repetitions", type=int, default=1)
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--epochs", type=int, default=200)
    parser.add_argument("--patience", type=int, default=50)
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--classes", type=int, default=10, help="quantile classes of the factors other than slope")
    parser.add_argument("--soft-per-interval", type=int, help="heatmap samples per label interval (default: as many "
                        "in all as there are presence points)")
    parser.add_argument("--learning-rate", type=float, default=0.001)
    parser.add_argument("--dropout", type=float, default=0.5)
    arguments = parser.parse_args()
    device.prepare("cpu")
    with tempfile.TemporaryDirectory() as folder:
        dataset, counts, notes = ecuador_dataset(folder, arguments.seed, arguments.classes,
                                                 arguments.soft_per_interval)
    kinds = {kind: int((dataset.kind == kind).sum()) for kind in ("positive", "negative", "heatmap")}
    print(f"Ecuador presence/absence: {kinds}; {' '.join(notes)}")
    settings = Settings(epochs=arguments.epochs, patience=arguments.patience, seed=arguments.seed,
                        learning_rate=arguments.learning_rate, dropout=arguments.dropout)
    rows, timings = [], {}
    for kind in arguments.models:
        start = time.perf_counter()
        rows += cross_validate(dataset, counts, [kind], arguments.folds, arguments.repetitions, ["random", "spatial"],
                               settings, Progress(), log=lambda message: None)
        timings[kind] = (time.perf_counter() - start) / (2 * arguments.repetitions)
    summary = {(s["model"], s["partition"]): s for s in summarise(rows)}
    print()
    print(f"AUROC, {arguments.folds}-fold cross-validation x {arguments.repetitions} repetition(s), mean +/- sd:")
    print(f"{'model':>22s} {'random':>15s} {'spatial':>15s} {'s per 5 folds':>14s}")
    for kind in arguments.models:
        random, spatial = summary[(kind, "random")], summary[(kind, "spatial")]
        print(f"{kind:>22s} {random['roc_auc_mean']:7.3f} +/- {random['roc_auc_sd']:.3f} "
              f"{spatial['roc_auc_mean']:7.3f} +/- {spatial['roc_auc_sd']:.3f} {timings[kind]:14.0f}")
    for name, (random, spatial) in PUBLISHED.items():
        print(f"{name:>22s} {random:15.3f} {spatial:15.3f}")


if __name__ == "__main__":
    main()
