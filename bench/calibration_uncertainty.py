"""Is the probability calibrated, and does the ensemble's spread say where the map is
wrong? Spatial cross-validation of the default LSGH-Net ensemble on the synthetic
region (the truth known) or on the bundled Ecuador inventory (extracted samples,
which carry the study area's share of landslide cells), per test fold:

- Brier score over the study area (hard test samples weighted to the prevalence,
  calibration.brier) of the index, of the prior-corrected probability (what the
  plugin writes), of a calibration fitted on held-out data instead (Platt scaling
  on the other folds' test predictions, then the same prior correction:
  "calibrated on held-out folds"), and of the prevalence forecast everywhere;
- the spread of the ensemble (standard deviation of its members) against the error
  (|index - label| on the hard test samples): Spearman rank correlation, and the
  mean error of the tenth of the samples with the largest spread beside the rest's.
  On the synthetic region also over 200,000 cells of the test folds against the
  truth (|index - the truth as a perfect model of balanced samples maps it|).

Usage: python bench/calibration_uncertainty.py [--region synthetic|ecuador] [--folds 3] [--size 1000]
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time

import numpy as np

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, REPO)
sys.path.insert(0, os.path.join(REPO, "bench"))

from model.core.progress import Progress  # noqa: E402
from model.modelling import device  # noqa: E402
from model.modelling.calibration import brier  # noqa: E402
from model.modelling.crossvalidation import assign_folds, fold_dataset  # noqa: E402
from model.modelling.encoding import FactorClasses  # noqa: E402
from model.modelling.settings import Settings  # noqa: E402
from model.modelling.training import train  # noqa: E402


def ecuador_samples(folder: str, seed: int) -> tuple:
    """(dataset, gradings): the Ecuador factors graded as the tests grade them, the
    inventory's heatmap and samples drawn by 'Extract training samples'."""
    from osgeo import ogr

    from model.core.cells import LandslideCells
    from model.core.raster import Grid, open_raster
    from model.factors.grading import GradingRule
    from model.factors.stack import FactorSource, prepare_stack
    from model.sampling import heatmap
    from model.sampling.dataset import Dataset
    from model.sampling.samples import SAMPLE_KINDS, extract_samples

    sample = os.path.join(REPO, "resources", "sample_data", "ecuador")
    names = ["slope", "cplan", "cprof", "elev", "log10_carea"]
    sources = [FactorSource(name, os.path.join(sample, f"{name}.tif")) for name in names]
    rules = {name: GradingRule(name, "quantile", 10) for name in names}
    stack = os.path.join(folder, "stack.tif")
    gradings = prepare_stack(sources, rules, sources[0].path, stack, [], log=lambda message: None)
    source = ogr.Open(os.path.join(sample, "landslides.gpkg"))  # kept open while its layer is read
    points = [feature.GetGeometryRef().Centroid() for feature in source.GetLayer("landslides")]
    xs, ys = np.array([p.GetX() for p in points]), np.array([p.GetY() for p in points])
    source = None
    heat = os.path.join(folder, "heat.tif")
    heatmap.write_heatmap(stack, heat, xs, ys)
    drawn = extract_samples(stack, heat, LandslideCells(Grid.of(open_raster(stack, "stack")), xs, ys), seed=seed)
    return Dataset(names, drawn.classes.astype(np.int64), drawn.label, np.array(SAMPLE_KINDS)[drawn.kind], drawn.test,
                   drawn.landslide, drawn.x, drawn.y, drawn.prevalence), gradings


def platt_then_prior(index_fit, labels_fit, index, prevalence):
    """Platt scaling fitted on held-out predictions (balanced samples), then the prior
    correction of its own sampled share to the prevalence."""
    from sklearn.linear_model import LogisticRegression

    def logit(values):
        values = np.clip(values, 1e-6, 1 - 1e-6)
        return np.log(values / (1 - values))[:, None]

    model = LogisticRegression(C=1e6).fit(logit(index_fit), labels_fit >= 0.5)
    scaled = model.predict_proba(logit(index))[:, 1]
    sampled = float(np.mean(labels_fit >= 0.5))
    landslide = scaled * prevalence / sampled
    return landslide / (landslide + (1 - scaled) * (1 - prevalence) / (1 - sampled))


def spread_and_error(spread, error) -> tuple:
    """(Spearman of spread and error, mean error of the top tenth of the spread,
    mean error of the rest)."""
    from scipy.stats import spearmanr

    top = spread >= np.quantile(spread, 0.9)
    return float(spearmanr(spread, error)[0]), float(error[top].mean()), float(error[~top].mean())


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--region", choices=("synthetic", "ecuador"), default="synthetic")
    parser.add_argument("--folds", type=int, default=3)
    parser.add_argument("--size", type=int, default=1000, help="synthetic region: cells a side")
    parser.add_argument("--landslides", type=int, default=1800, help="synthetic region: landslides")
    parser.add_argument("--seed", type=int, default=42)
    arguments = parser.parse_args()
    device.prepare("cpu")
    settings = Settings.of(kind="lsghnet", seed=arguments.seed)
    with tempfile.TemporaryDirectory() as folder:
        truth = stack = None
        if arguments.region == "synthetic":
            from synthetic_region import balanced_truth, make_region, region_dataset

            region = make_region(folder, arguments.size, arguments.landslides, seed=arguments.seed)
            dataset, gradings, stack = region_dataset(region, folder, seed=arguments.seed)
            truth = balanced_truth(region["truth_array"])
        else:
            dataset, gradings = ecuador_samples(folder, arguments.seed)
        from osgeo import gdal

        classes = gdal.Open(stack).ReadAsArray() if stack else None
        factors = FactorClasses.of(gradings)
        print(f"{arguments.region}: {len(dataset)} samples, {100 * dataset.prevalence:.3f} % of the study area's cells "
              f"on a landslide; default LSGH-Net ({settings.members} networks), {arguments.folds} spatial folds.",
              flush=True)
        fold = assign_folds(dataset, arguments.folds, "spatial", arguments.seed)
        held = []
        for test_fold in range(arguments.folds):
            start = time.perf_counter()
            part = fold_dataset(dataset, fold, test_fold)
            trained = train(part, factors, settings, Progress(), lambda message: None)
            test = part.subset(part.test & part.hard)
            index, spread = trained.predict_spread(test.classes)
            entry = {"labels": test.label, "index": index, "spread": spread,
                     "probability": trained.calibration.probability(index), "x": test.x, "y": test.y}
            if truth is not None:  # cells of the test fold's ground: those nearest its test samples
                from scipy.spatial import cKDTree

                rng = np.random.default_rng(test_fold)
                rows, cols = rng.integers(0, truth.shape[0], 400_000), rng.integers(0, truth.shape[1], 400_000)
                x = 500000.0 + (cols + 0.5) * 30.0
                y = 9800000.0 - (rows + 0.5) * 30.0
                every = cKDTree(np.column_stack([dataset.x[dataset.hard], dataset.y[dataset.hard]]))
                nearest = every.query(np.column_stack([x, y]))[1]
                inside = fold[np.flatnonzero(dataset.hard)[nearest]] == test_fold
                cells = classes[:, rows[inside], cols[inside]].T
                cell_index, cell_spread = trained.predict_spread(cells)
                entry["cells"] = (cell_spread, np.abs(cell_index - truth[rows[inside], cols[inside]]))
            held.append(entry)
            print(f"fold {test_fold + 1}: {len(test)} hard test samples, {time.perf_counter() - start:.0f} s",
                  flush=True)
        print("\nBrier score over the study area per test fold (lower is better; 'prevalence': the study area's share "
              "of landslide cells forecast everywhere, the score to beat):")
        print(f"{'fold':>6s} {'index':>12s} {'probability':>12s} {'Platt+prior':>12s} {'prevalence':>12s}")
        scores = []
        for number, entry in enumerate(held):
            others = [e for i, e in enumerate(held) if i != number]
            platt = platt_then_prior(np.concatenate([e["index"] for e in others]),
                                     np.concatenate([e["labels"] for e in others]), entry["index"], dataset.prevalence)
            row = [brier(entry["labels"], values, dataset.prevalence)
                   for values in (entry["index"], entry["probability"], platt,
                                  np.full(len(platt), dataset.prevalence))]
            scores.append(row)
            print(f"{number + 1:6d} " + " ".join(f"{value:12.5f}" for value in row))
        scores = np.array(scores)
        print(f"{'mean':>6s} " + " ".join(f"{m:12.5f}" for m in scores.mean(axis=0)))
        print(f"{'sd':>6s} " + " ".join(f"{s:12.5f}" for s in scores.std(axis=0, ddof=1)))
        print("\nThe ensemble's spread against the error, per test fold (samples: |index - label|):")
        print(f"{'fold':>6s} {'Spearman':>9s} {'error, top 10 % spread':>23s} {'error, rest':>12s}"
              + ("   cells vs truth: Spearman, top 10 %, rest" if truth is not None else ""))
        for number, entry in enumerate(held):
            line = "{:9.3f} {:23.3f} {:12.3f}".format(*spread_and_error(entry["spread"],
                                                                          np.abs(entry["index"] - entry["labels"])))
            if truth is not None:
                line += "   {:8.3f} {:10.3f} {:8.3f}".format(*spread_and_error(*entry["cells"]))
            print(f"{number + 1:6d} {line}")


if __name__ == "__main__":
    main()
