"""Which factors drive a model's map, and how: what a reviewer of a susceptibility
study asks. Model-agnostic (it asks only `Estimator.predict`), so every kind and an
ensemble are explained alike.

- Permutation importance (Breiman 2001; Fisher, Rudin & Dominici 2019): how much
  the AUROC of the hard test samples falls when one factor's class codes are
  shuffled among them, over `repeats` shuffles (mean and standard deviation).
  Optionally over spatial cross-validation folds: the model's kind, with the
  model file's settings, trained again on each fold's training part and its
  importance measured on the fold's test part, ground it has not seen (mean and
  standard deviation over folds and shuffles).
- Response per class (partial dependence, Friedman 2001): the mean susceptibility
  of the samples with one factor set to each of its classes in turn, the others
  as they are. Factors are graded into classes, so this is the response per
  category for categorical factors and per value range for graded ones. Partial
  dependence averages over combinations that may not occur together when factors
  are correlated (slope and curvature); the share of samples in each class is
  given beside it, and the factor screening shows the correlations.
"""
from __future__ import annotations

from dataclasses import replace

import numpy as np

from ..core.errors import InputError
from ..core.progress import Progress
from ..core.replacement import atomic_outputs
from ..core.reports import place_plotly_script, write_explanation_report
from ..sampling.dataset import check_classes, read_samples
from . import kinds, metrics, modelfile
from .crossvalidation import assign_folds, fold_dataset
from .encoding import FactorClasses
from .settings import Settings, declared
from .training import train

#: Samples the response curves average over (drawn at random beyond it): enough
#: for a mean to 0.01, few enough that every class of every factor predicts quickly.
RESPONSE_SAMPLES = 2000


def auroc(model, test) -> float:
    return metrics.scores(test.label, model.predict(test.classes))["roc_auc"]


def importance(model, test, repeats: int, rng: np.random.Generator, progress: Progress = None) -> tuple:
    """(AUROC of the hard `test` samples, (factors, repeats) array of its fall when
    each factor's classes are shuffled)."""
    progress = progress or Progress()
    test = test.subset(test.hard)
    labels = test.label >= 0.5
    if labels.all() or not labels.any():
        raise InputError("Permutation importance needs landslide and non-landslide test samples; these have only "
                         "{count} of one kind. Use samples from 'Extract training samples' with a test split.",
                         count=len(labels))
    baseline = auroc(model, test)
    factors = test.classes.shape[1]
    drops = np.empty((factors, repeats))
    for factor in range(factors):
        shuffled = np.repeat(test.classes[None], repeats, axis=0)
        for repeat in range(repeats):
            shuffled[repeat, :, factor] = rng.permutation(test.classes[:, factor])
        predictions = model.predict(shuffled.reshape(-1, factors)).reshape(repeats, -1)
        drops[factor] = [baseline - metrics.scores(test.label, row)["roc_auc"] for row in predictions]
        progress.step((factor + 1) / factors)
    return baseline, drops


def responses(model, samples, class_counts: list, rng: np.random.Generator, progress: Progress = None) -> list:
    """Per factor, the mean susceptibility with the factor set to each class
    (partial dependence) over at most `RESPONSE_SAMPLES` of the hard `samples`, and
    the share of those samples in each class: a list of (means, shares) arrays."""
    progress = progress or Progress()
    rows = np.flatnonzero(samples.hard)
    if len(rows) > RESPONSE_SAMPLES:
        rows = np.sort(rng.choice(rows, RESPONSE_SAMPLES, replace=False))
    classes = samples.classes[rows]
    result = []
    for factor, count in enumerate(class_counts):
        varied = np.repeat(classes[None], count, axis=0)
        varied[:, :, factor] = np.arange(1, count + 1)[:, None]
        means = model.predict(varied.reshape(-1, classes.shape[1])).reshape(count, -1).mean(axis=1)
        shares = np.bincount(classes[:, factor], minlength=count + 1)[1:] / len(classes)
        result.append((means.astype(float), shares.astype(float)))
        progress.step((factor + 1) / len(class_counts))
    return result


def model_settings(manifest: dict, seed: int) -> Settings:
    """The training settings a model file records, for training its kind again (a
    setting unknown to this version is left out; one it lacks takes the preset's)."""
    recorded = manifest.get("hyperparameters") or {}
    known = {name: value for name, value in recorded.items() if name in declared() and name != "preset"}
    return replace(Settings.of(recorded.get("preset", "default"), **known), kind=manifest["kind"], seed=seed)


def fold_importance(settings: Settings, factors: FactorClasses, dataset, folds: int, repeats: int, progress: Progress,
                    log) -> tuple:
    """(mean AUROC of the test folds, (factors, folds x repeats) AUROC falls): the
    kind `settings` names trained again on each spatial fold's training part (the
    folds, and the shuffles, drawn from `settings.seed`)."""
    fold = assign_folds(dataset, folds, "spatial", settings.seed)
    rng = np.random.default_rng(settings.seed)
    baselines, drops = [], []
    for test_fold in range(folds):
        part = fold_dataset(dataset, fold, test_fold)
        trained = train(part, factors, settings, progress.part(2 * test_fold, 2 * folds), lambda message: None)
        baseline, drop = importance(trained, part.subset(part.test), repeats, rng,
                                    progress.part(2 * test_fold + 1, 2 * folds))
        log(f"Spatial fold {test_fold + 1}/{folds}: AUROC {baseline:.3f} on its {int(part.test.sum())} test samples.")
        baselines.append(baseline)
        drops.append(drop)
    return float(np.mean(baselines)), np.concatenate(drops, axis=1)


def importance_rows(names: list, evaluation: str, drops: np.ndarray) -> list:
    """Table rows, most important first: factor, evaluation, rank, mean and standard
    deviation of the AUROC's fall, shuffles."""
    means = drops.mean(axis=1)
    spread = drops.std(axis=1, ddof=1) if drops.shape[1] > 1 else np.zeros(len(names))
    order = np.argsort(-means, kind="stable")
    return [[names[i], evaluation, rank + 1, float(means[i]), float(spread[i]), int(drops.shape[1])]
            for rank, i in enumerate(order)]


def explain(model_path: str, samples: str, report: str | None, repeats: int, folds: int, seed: int,
            keras_device, progress: Progress, log=print) -> dict:
    """Explain a model file on a samples file drawn from its stack: importance on the
    test split (and over `folds` spatial folds when `folds` >= 2), the response to
    each factor's classes; the HTML report written only when everything succeeded.
    `keras_device()` prepares Keras's device and describes it (networks only)."""
    manifest, members = modelfile.read(model_path)
    if kinds.by_name(manifest["kind"]).needs_keras:  # before Keras loads the networks
        log(f"Predicting on {keras_device()}.")
    model = modelfile.estimator(manifest, members)
    gradings = modelfile.gradings(manifest)
    names = [grading.name for grading in gradings]
    dataset = read_samples(samples, names, manifest.get("stack_id"), "the model's stack")
    check_classes(dataset, model.encoding.class_counts)
    test = dataset.subset(dataset.test)
    if not test.hard.any():
        raise InputError("The samples have no test split ('split' = 'test'); the importance is measured on it. Use "
                         "samples from 'Extract training samples'.")
    rng = np.random.default_rng(seed)
    share = 0.3 if folds >= 2 else 0.9
    baseline, drops = importance(model, test, repeats, rng, progress.span(0, share / 2))
    log(f"AUROC on the {int(test.hard.sum())} hard test samples: {baseline:.3f}.")
    rows = importance_rows(names, "test split", drops)
    curves = responses(model, dataset, [g.classes for g in gradings], rng, progress.span(share / 2, share))
    cv_baseline = None
    if folds >= 2:
        log(f"Training {manifest['kind']} again on {folds} spatial folds, to measure the importance on ground the "
            "model has not seen.")
        cv_baseline, fold_drops = fold_importance(model_settings(manifest, seed), FactorClasses.of(gradings), dataset,
                                                  folds, repeats, progress.span(share, 0.98), log)
        rows += importance_rows(names, "spatial cross-validation", fold_drops)
    response_rows = [[grading.name, code, grading.labels[code - 1], float(means[code - 1]), float(shares[code - 1])]
                     for grading, (means, shares) in zip(gradings, curves) for code in range(1, grading.classes + 1)]
    for row in rows:
        log(f"{row[0]} ({row[1]}): AUROC falls by {row[3]:.4f} +/- {row[4]:.4f} when it is shuffled.")
    if report:
        with atomic_outputs(report) as (temporary,):
            write_explanation_report(temporary, manifest["kind"], rows, response_rows, baseline, cv_baseline)
        place_plotly_script(report)
    progress.step(1.0)
    return {"importance": rows, "response": response_rows, "roc_auc": baseline, "cv_roc_auc": cv_baseline}
