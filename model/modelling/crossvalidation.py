"""Cross-validation of pixel models, random or spatial (k-means blocks of the
coordinates, as sperrorest and Geocomputation with R do).

Folds are drawn over the hard samples (landslide / non-landslide). A soft (heatmap)
sample goes with the fold of the landslide it came from, so nothing about a test
landslide leaks into training. Models are scored on the hard samples of the test
fold only, which keeps the figures comparable with presence/absence studies.
"""
from __future__ import annotations

import time
from dataclasses import replace

import numpy as np

from ..core.errors import InputError, Message
from ..core.progress import Progress
from ..core.replacement import atomic_outputs
from ..core.reports import place_plotly_script, write_cv_report
from ..sampling.dataset import Dataset
from ..core.vocabulary import PARTITIONS, SampleKind
from . import metrics
from .calibration import assess, brier
from .encoding import FactorClasses
from .kinds import Network, by_name
from .training import read_graded_samples, train

MEASURES = ("roc_auc", "ap", "accuracy", "f1", "mse")


def assign_folds(dataset: Dataset, folds: int, partition: str, seed: int) -> np.ndarray:
    """Fold number (0..folds-1) of every sample."""
    hard = np.flatnonzero(dataset.hard)
    if len(hard) < 2 * folds:
        raise InputError("{samples} landslide and non-landslide samples are too few for {folds} folds. Choose fewer "
                         "Folds, or use more samples.", samples=len(hard), folds=folds)
    landslides = dataset.label[hard] >= 0.5
    if landslides.all() or not landslides.any():
        raise InputError("Cross-validation needs landslide and non-landslide samples; these samples are all {which}. "
                         "Use samples with both (from 'Extract training samples', or presence/absence points with "
                         "1 and 0 in their field).", which=Message("landslides") if landslides.all() else Message(
                             "non-landslides"))
    fold = np.full(len(dataset), -1, dtype=np.int64)
    rng = np.random.default_rng(seed)
    if partition == "random":
        fold[hard] = rng.permutation(len(hard)) % folds
    elif partition == "spatial":
        from sklearn.cluster import KMeans

        coordinates = np.column_stack([dataset.x[hard], dataset.y[hard]])
        if not np.isfinite(coordinates).all():
            raise InputError("The spatial partition needs the samples' coordinates; some samples have none.")
        fold[hard] = KMeans(n_clusters=folds, n_init=10, random_state=seed).fit_predict(coordinates)
    else:
        raise InputError("Unknown partition '{partition}': use random or spatial.", partition=partition)
    soft = np.flatnonzero(~dataset.hard)
    if len(soft):
        fold[soft] = _owner_folds(dataset, soft, hard, fold)
    return fold


def _owner_folds(dataset: Dataset, soft: np.ndarray, hard: np.ndarray, fold: np.ndarray) -> np.ndarray:
    """The fold of the positive sample of each soft sample's landslide; when that
    landslide has no positive sample, the fold of the nearest positive."""
    from scipy.spatial import cKDTree

    positives = hard[dataset.kind[hard] == SampleKind.POSITIVE]
    by_landslide = {int(dataset.landslide[i]): int(fold[i]) for i in positives if dataset.landslide[i] >= 0}
    tree = cKDTree(np.column_stack([dataset.x[positives], dataset.y[positives]]))
    result = np.empty(len(soft), dtype=np.int64)
    for position, index in enumerate(soft):
        owner = int(dataset.landslide[index])
        if owner in by_landslide:
            result[position] = by_landslide[owner]
        else:
            _, nearest = tree.query([dataset.x[index], dataset.y[index]])
            result[position] = fold[positives[nearest]]
    return result


def fold_dataset(dataset: Dataset, fold: np.ndarray, test_fold: int) -> Dataset:
    """The dataset with the test flags of one fold: test = the fold's hard samples;
    the fold's soft samples are left out entirely."""
    keep = (fold != test_fold) | dataset.hard
    subset = dataset.subset(keep)
    subset.test = fold[keep] == test_fold
    return subset


def cross_validate(dataset: Dataset, factors: FactorClasses, kinds: list, folds: int, repetitions: int,
                   partitions: list, settings, progress: Progress, log=print, held_out: dict | None = None) -> list:
    """One row per model, partition, repetition and fold with the test scores (and,
    when the samples carry the study area's prevalence, the Brier scores of the index
    and of the probability over the study area). The log says first how many models
    and networks it trains, then, once a model's first training has been timed,
    about how long that model's trainings take in all. `held_out`, when given,
    collects per (model, partition) the hard test samples' labels, index and
    probability of every fold (for the reliability diagram)."""
    per_kind = len(partitions) * repetitions * folds
    rows, runs, timed = [], len(kinds) * per_kind, {}
    networks = per_kind * sum(settings.members for kind in kinds if issubclass(by_name(kind), Network))
    log(f"Cross-validation: {runs} trainings ({folds} folds x {repetitions} repetition(s) x {len(partitions)} "
        f"partition(s) x {len(kinds)} model(s)), {networks} networks in all.")
    done = 0
    for partition in partitions:
        for repetition in range(repetitions):
            fold = assign_folds(dataset, folds, partition, settings.seed + repetition)
            for kind in kinds:
                for test_fold in range(folds):
                    part = fold_dataset(dataset, fold, test_fold)
                    run_settings = replace(settings, kind=kind, seed=settings.seed + repetition,
                                           validation=validation_like(partition, settings.validation))
                    started = time.monotonic()
                    trained = train(part, factors, run_settings,
                                    Progress(lambda value: progress.step((done + value) / runs)), lambda message: None)
                    if kind not in timed:
                        timed[kind] = time.monotonic() - started
                        log(f"{kind}: the first training took {duration(timed[kind])}; its {per_kind} trainings "
                            f"will take about {duration(timed[kind] * per_kind)} (the first is the slowest).")
                    test = part.subset(part.test)
                    predicted = trained.predict(test.classes)
                    scores = metrics.scores(test.label, predicted)
                    rows.append(dict({"model": kind, "partition": partition, "repetition": repetition + 1,
                                      "fold": test_fold + 1}, **{m: scores[m] for m in MEASURES},
                                     **_brier_scores(trained, test, predicted, held_out, (kind, partition))))
                    done += 1
                    progress.step(done / runs)
                    log(f"{kind}, {partition} fold {test_fold + 1}/{folds} (repetition {repetition + 1}): "
                        f"AUROC {scores['roc_auc']:.3f}, AP {scores['ap']:.3f}")
    return rows


def _brier_scores(trained, test: Dataset, predicted: np.ndarray, held_out: dict | None, key: tuple) -> dict:
    """The Brier scores over the study area of a fold's hard test samples, {} when the
    samples carry no prevalence; their labels, index and probability into `held_out`."""
    if trained.calibration is None:
        return {}
    hard = test.hard
    labels, index = test.label[hard], predicted[hard]
    probability = trained.calibration.probability(index)
    if held_out is not None:
        pooled = held_out.setdefault(key, ([], [], []))
        for store, values in zip(pooled, (labels, index, probability)):
            store.append(values)
    prevalence = trained.calibration.prevalence
    return {"brier_index": brier(labels, index, prevalence), "brier_probability": brier(labels, probability,
                                                                                         prevalence)}


def paired_differences(rows: list, baseline: str, measure: str = "roc_auc") -> list:
    """One dict per other model and partition: model, partition, folds (paired: the
    same partition, repetition and fold), mean and sd (ddof 1) of the model's score
    minus the baseline's, and higher (folds where the model beats the baseline)."""
    scores = {}
    for row in rows:
        scores.setdefault(row["model"], {})[(row["partition"], row["repetition"], row["fold"])] = row[measure]
    differences = []
    for model, values in scores.items():
        if model == baseline:
            continue
        for partition in sorted({key[0] for key in values}):
            keys = sorted(key for key in values if key[0] == partition and key in scores.get(baseline, {}))
            delta = np.array([values[key] - scores[baseline][key] for key in keys])
            differences.append({"model": model, "partition": partition, "folds": len(keys),
                                "mean": float(delta.mean()) if len(keys) else float("nan"),
                                "sd": float(delta.std(ddof=1)) if len(keys) > 1 else float("nan"),
                                "higher": int((delta > 0).sum())})
    return differences


def verdict(rows: list, summary: list, partition: str) -> dict:
    """The best model of a partition by mean AUROC and whether it wins clearly: its
    lead over the runner-up, paired fold by fold, is more than twice the standard
    error of that lead (about 95 % that it is not chance). Otherwise there is no
    clear winner, and the analyst may choose either on other grounds."""
    ranked = sorted((e for e in summary if e["partition"] == partition), key=lambda e: -e["roc_auc_mean"])
    if len(ranked) < 2:
        return {"best": ranked[0]["model"], "runner_up": None, "clear": True}
    best, runner_up = ranked[0]["model"], ranked[1]["model"]
    paired = next(d for d in paired_differences(rows, runner_up)
                  if d["model"] == best and d["partition"] == partition)
    margin = 2 * paired["sd"] / np.sqrt(paired["folds"]) if paired["folds"] > 1 else float("nan")
    return {"best": best, "runner_up": runner_up, "lead": paired["mean"], "margin": margin, "folds": paired["folds"],
            "clear": bool(paired["mean"] > margin)}


def verdict_message(partition: str, found: dict) -> Message:
    """A `verdict` in words, for the log (translated) and the report."""
    if found["runner_up"] is None:
        return Message("{partition}: {best} is the only model.", partition=partition, best=found["best"])
    values = dict(partition=partition, best=found["best"], runner_up=found["runner_up"], lead=found["lead"],
                  folds=found["folds"], margin=found["margin"])
    if found["clear"]:
        return Message("{partition}: best model {best}, ahead of {runner_up} by {lead:.3f} AUROC (paired over {folds} "
                       "folds, more than the {margin:.3f} chance allows).", **values)
    return Message("{partition}: no clear winner. {best} leads {runner_up} by {lead:.3f} AUROC (paired over {folds} "
                   "folds), within the {margin:.3f} that chance allows; choose either on other grounds.", **values)


def duration(seconds: float) -> str:
    """A duration as a person says it: 40 s, 12 min, 2.5 h."""
    if seconds < 90:
        return f"{seconds:.0f} s"
    return f"{seconds / 60:.0f} min" if seconds < 5400 else f"{seconds / 3600:.1f} h"


def validation_like(partition: str, validation: str) -> str:
    """The networks' validation part drawn like the test folds: spatial blocks for the
    spatial partition, unless the settings ask for random cells (the paper preset)."""
    return "spatial" if partition == "spatial" and validation != "random" else validation


def summarise(rows: list) -> list:
    """Mean and standard deviation of every measure per model and partition."""
    groups = {}
    for row in rows:
        groups.setdefault((row["model"], row["partition"]), []).append(row)
    summary = []
    for (model, partition), members in groups.items():
        entry = {"model": model, "partition": partition, "runs": len(members)}
        for measure in MEASURES:
            values = np.array([m[measure] for m in members], dtype=float)
            entry[f"{measure}_mean"] = float(np.nanmean(values))
            entry[f"{measure}_sd"] = float(np.nanstd(values, ddof=1)) if len(values) > 1 else 0.0
        summary.append(entry)
    return summary


def cross_validate_file(samples: str, catalogue: str | None, kinds: list, folds: int, repetitions: int, partitions: list,
                        settings, report: str | None, progress: Progress, log=print) -> dict:
    """Cross-validation of a samples file graded by a stack (or its catalogue JSON),
    with the HTML report written only when everything succeeded."""
    dataset, gradings, _ = read_graded_samples(samples, catalogue)
    held_out = {}
    rows = cross_validate(dataset, FactorClasses.of(gradings), kinds, folds, repetitions, partitions, settings,
                          progress, log, held_out)
    summary = summarise(rows)
    assessed = [(f"{kind}, {partition}", assess(*(np.concatenate(values) for values in pooled), dataset.prevalence))
                for (kind, partition), pooled in held_out.items()]
    for name, assessment in assessed:
        log(f"{name}: Brier score over the study area of the test folds: index {assessment['brier_index']:.4f}, "
            f"probability {assessment['brier_probability']:.4f}.")
    if report:
        verdicts = [verdict_message(partition, verdict(rows, summary, partition)).render()
                    for partition in PARTITIONS if any(entry["partition"] == partition for entry in summary)]
        with atomic_outputs(report) as (temporary,):
            write_cv_report(temporary, rows, summary, PARTITIONS, MEASURES, verdicts, assessed)
        place_plotly_script(report)
    return {"summary": summary, "folds": rows}
