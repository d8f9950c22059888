"""The README's evaluation: random and spatial cross-validation on the bundled
Ecuador presence/absence points (175 + 175), next to the published GLM and SVM
figures (Geocomputation with R, chapter 12: GLM 0.810 random / 0.773 spatial).

The five continuous factors are graded into 10 quantile classes each (`--classes`;
slope into the breaks below); LSGH-Net's soft samples come from the heatmap of the presence
points. Also prints the wall time of each model's 5 folds (goal for LSGH-Net:
5 folds x 1 repetition in at most 5 minutes on 2 CPU cores).

Models are given as kind[:preset][:field=value,...]: "lsghnet:paper" is LSGH-Net
with the paper's settings, "lsghnet:default:members=1" an ablation of the default.

`--rows FILE` keeps every fold's scores as JSON, for bench/paired.py.

`--explain lsghnet rf` prints those models' permutation importance over the spatial
folds beside the random forest's own (impurity) importance (`--models` with no
model: only that).

Usage: python bench/evaluate_ecuador.py [--repetitions 2] [--models lsghnet:paper lsghnet cnn rf glm] [--rows r.json]
                                        [--explain lsghnet rf]
"""
import argparse
import json
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
from model.modelling.encoding import FactorClasses  # noqa: E402
from model.sampling.dataset import presence_absence  # noqa: E402
from model.factors.stack import FactorSource, prepare_stack  # noqa: E402
from model.factors.grading import GradingRule  # noqa: E402
from model.core.progress import Progress  # noqa: E402
from model.modelling.settings import Settings, boolean  # noqa: E402

SAMPLE = os.path.join(REPO, "resources", "sample_data", "ecuador")
NAMES = ["slope", "cplan", "cprof", "elev", "log10_carea"]
PUBLISHED = {"GLM (published)": (0.810, 0.773), "tuned SVM (published)": (0.799, 0.739)}


def ecuador_dataset(folder, seed, classes=10, soft_per_interval=None):
    sources = [FactorSource(name, os.path.join(SAMPLE, f"{name}.tif")) for name in NAMES]
    stack = os.path.join(folder, "stack.tif")
    rules = {name: GradingRule(name, "quantile", classes) for name in NAMES[1:]}
    rules["slope"] = GradingRule("slope", "breaks", 9, [10, 20, 25, 30, 35, 40, 45, 50])
    gradings = prepare_stack(sources, rules, sources[0].path, stack, [], log=lambda message: None)
    source = ogr.Open(os.path.join(SAMPLE, "lsl_presence_absence.gpkg"))
    points = [(f.GetGeometryRef().GetX(), f.GetGeometryRef().GetY(), f.GetField("lslpts"))
              for f in source.GetLayer(0)]
    xs, ys, labels = (np.array(column, dtype=float) for column in zip(*points))
    heat = os.path.join(folder, "heat.tif")
    heatmap.write_heatmap(stack, heat, xs[labels >= 0.5], ys[labels >= 0.5])
    dataset, notes = presence_absence(stack, xs, ys, labels, heat, n_per_interval=soft_per_interval, seed=seed)
    return dataset, FactorClasses.of(gradings), notes


#: The README's rows: LSGH-Net with the paper preset and the default, the baselines.
MODELS = ["lsghnet:paper", "lsghnet", "cnn", "rf", "glm"]


def variant(spec: str, epochs: int, seed: int) -> tuple:
    """(kind, settings) of "kind[:preset][:field=value,...]", e.g. "lsghnet:paper" or
    "lsghnet:default:members=1,stopping=accuracy" (an ablation of the default)."""
    kind, preset, changes = (spec.split(":") + ["", ""])[:3]
    values = {}
    for change in filter(None, changes.split(",")):
        name, _, text = change.partition("=")
        default = getattr(Settings(), name)
        values[name] = boolean(text) if isinstance(default, bool) else type(default)(text)
    return kind, Settings.of(preset or "default", kind=kind, epochs=epochs, seed=seed, **values)


def evaluate_variants(dataset, factors, specs, epochs: int, seed: int, folds: int, repetitions: int,
                      rows_path: str | None = None) -> tuple:
    """Cross-validation rows (random and spatial) of every variant, labelled by its
    spec, and each variant's wall time per partition (`factors`: FactorClasses). The
    rows so far go to `rows_path` after each variant, so a run stopped early keeps
    the variants it finished."""
    rows, timings = [], {}
    for spec in specs:
        label, (kind, settings) = spec, variant(spec, epochs, seed)
        start = time.perf_counter()
        for row in cross_validate(dataset, factors, [kind], folds, repetitions, ["random", "spatial"], settings,
                                  Progress(), log=lambda message: None):
            rows.append(dict(row, model=label))
        timings[label] = (time.perf_counter() - start) / (2 * repetitions)
        print(f"  {label}: {timings[label]:.0f} s per partition", flush=True)
        write_rows(rows, rows_path)
    return rows, timings


def write_rows(rows, path):
    """Every fold's scores (model label, partition, repetition, fold, measures) as JSON."""
    if path:
        with open(path, "w", encoding="utf-8") as stream:
            json.dump(rows, stream, indent=1)


def print_table(rows, timings, folds, repetitions, extra=()):
    summary = {(s["model"], s["partition"]): s for s in summarise(rows)}
    print(f"AUROC, {folds}-fold cross-validation x {repetitions} repetition(s), mean +/- sd:")
    print(f"{'model':>40s} {'random':>15s} {'spatial':>15s} {'s per ' + str(folds) + ' folds':>14s}")
    for label in timings:
        random, spatial = summary[(label, "random")], summary[(label, "spatial")]
        print(f"{label:>40s} {random['roc_auc_mean']:7.3f} +/- {random['roc_auc_sd']:.3f} "
              f"{spatial['roc_auc_mean']:7.3f} +/- {spatial['roc_auc_sd']:.3f} {timings[label]:14.0f}")
    for name, (random, spatial) in extra:
        print(f"{name:>40s} {random:15.3f} {spatial:15.3f}")


def explain_variants(dataset, factors, specs, epochs: int, seed: int, folds: int, repeats: int, reference: dict,
                     reference_name: str) -> None:
    """Print each model's permutation importance over spatial folds (engine:
    explanation.fold_importance) beside `reference` (factor -> value) and the rank
    correlation of each with it."""
    from scipy.stats import spearmanr

    from model.modelling.explanation import fold_importance

    names = list(dataset.factor_names)
    columns = {}
    for spec in specs:
        _, settings = variant(spec, epochs, seed)
        start = time.perf_counter()
        auroc, drops = fold_importance(settings, factors, dataset, folds, repeats, Progress(), lambda message: None)
        columns[spec] = (drops.mean(axis=1), drops.std(axis=1, ddof=1), auroc, time.perf_counter() - start)
    print(f"\nPermutation importance (fall of the AUROC of the test folds, {folds} spatial folds x {repeats} "
          "shuffles; mean +/- sd):")
    print(f"{'factor':>12s} {reference_name:>18s} " + " ".join(f"{spec:>18s}" for spec in specs))
    for index, name in enumerate(names):
        print(f"{name:>12s} {reference[name]:18.3f} " + " ".join(
            f"{columns[spec][0][index]:9.4f} +/- {columns[spec][1][index]:.4f}" for spec in specs))
    reference_values = [reference[name] for name in names]
    print(f"{'Spearman':>12s} {'':>18s} " + " ".join(
        f"{spearmanr(columns[spec][0], reference_values)[0]:18.2f}" for spec in specs))
    print(f"{'AUROC, time':>12s} {'':>18s} " + " ".join(
        f"{columns[spec][2]:10.3f}, {columns[spec][3]:4.0f} s" for spec in specs))


def forest_importance(dataset, factors, seed: int) -> dict:
    """The random forest's own (impurity) importance, trained on a random 80 % of the
    hard samples (training holds a test split out)."""
    from model.modelling.training import train

    every = dataset.subset(dataset.hard)
    every.test = np.random.default_rng(seed).random(len(every)) < 0.2
    forest = train(every, factors, Settings.of(kind="rf", seed=seed), Progress(), lambda message: None)
    return dict(zip(dataset.factor_names, forest.members[0].feature_importances_))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--models", nargs="*", default=MODELS, help="kind[:preset][:field=value,...]")
    parser.add_argument("--repetitions", type=int, default=1)
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--epochs", type=int, default=200)
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--classes", type=int, default=10, help="quantile classes of the factors other than slope")
    parser.add_argument("--soft-per-interval", type=int, help="heatmap samples per label interval (default: as many "
                        "in all as there are presence points)")
    parser.add_argument("--rows", help="a JSON file for every fold's scores (bench/paired.py compares them)")
    parser.add_argument("--explain", nargs="*", default=[], help="models whose permutation importance over the "
                        "spatial folds is printed beside the random forest's own importance")
    arguments = parser.parse_args()
    device.prepare("cpu")
    with tempfile.TemporaryDirectory() as folder:
        dataset, factors, notes = ecuador_dataset(folder, arguments.seed, arguments.classes,
                                                 arguments.soft_per_interval)
    kinds = {kind: int((dataset.kind == kind).sum()) for kind in ("positive", "negative", "heatmap")}
    print(f"Ecuador presence/absence: {kinds}; {' '.join(notes)}")
    if arguments.explain:
        explain_variants(dataset, factors, arguments.explain, arguments.epochs, arguments.seed, arguments.folds, 5,
                         forest_importance(dataset, factors, arguments.seed), "forest's impurity")
    if not arguments.models:
        return
    rows, timings = evaluate_variants(dataset, factors, arguments.models, arguments.epochs, arguments.seed,
                                      arguments.folds, arguments.repetitions, arguments.rows)
    print()
    print_table(rows, timings, arguments.folds, arguments.repetitions, PUBLISHED.items())


if __name__ == "__main__":
    main()
