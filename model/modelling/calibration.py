"""The susceptibility index turned into a probability that a cell is a landslide
cell, and how well either is calibrated.

A model learns from samples drawn 1:1 (plus soft samples), not from the study area,
where landslide cells are rare: an index of 0.8 does not mean 80 %. The prior
correction (King & Zeng 2001; Elkan 2001) replaces the sampled share of landslides
by the study area's:

    p = s a / (s a + (1 - s) b),  a = prevalence / sampled, b = (1 - prevalence) / (1 - sampled)

where s is the index, `sampled` the mean label of the samples the model trained on
(the share of landslide it learned) and `prevalence` the share of the study area's
valid cells on a landslide, which 'Extract training samples' counts. It uses no
held-out data (so nothing is scored on what calibrated it), keeps the ranking (AUROC
and the zoning's order are unchanged), and the figures in docs/evaluation.md
justify it against calibrating on held-out folds.

Brier scores and reliability are measured on the hard held-out samples weighted to
the study area's prevalence (landslide samples together weigh `prevalence`, the
others 1 - `prevalence`): what the scores would be over the area's cells.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass

import numpy as np


@dataclass(frozen=True)
class Calibration:
    prevalence: float
    sampled: float

    @classmethod
    def of(cls, dataset, rows: np.ndarray) -> "Calibration | None":
        """Of a model trained on `rows` of `dataset`; None when the samples do not
        carry the study area's prevalence (presence/absence points, earlier versions)."""
        if dataset.prevalence is None:
            return None
        return cls(float(dataset.prevalence), float(np.mean(dataset.label[rows])))

    @classmethod
    def from_manifest(cls, manifest: dict) -> "Calibration | None":
        recorded = manifest.get("calibration")
        return cls(**recorded) if recorded else None

    def to_json(self) -> dict:
        return asdict(self)

    def probability(self, index: np.ndarray) -> np.ndarray:
        index = np.asarray(index, dtype=np.float64)
        landslide = index * (self.prevalence / self.sampled)
        other = (1.0 - index) * ((1.0 - self.prevalence) / (1.0 - self.sampled))
        return (landslide / (landslide + other)).astype(np.float32)


def area_weights(labels: np.ndarray, prevalence: float) -> np.ndarray:
    """Weights of hard samples (labels 0 or 1) that make them stand for the study
    area: the landslide samples weigh `prevalence` together, the others the rest."""
    truth = np.asarray(labels) >= 0.5
    positives, negatives = truth.sum(), (~truth).sum()
    return np.where(truth, prevalence / max(positives, 1), (1.0 - prevalence) / max(negatives, 1))


def brier(labels: np.ndarray, predictions: np.ndarray, prevalence: float) -> float:
    """The Brier score over the study area (`area_weights`) of hard samples."""
    truth = (np.asarray(labels) >= 0.5).astype(float)
    return float(np.sum(area_weights(labels, prevalence) * (np.asarray(predictions, float) - truth) ** 2))


def reliability(labels: np.ndarray, predictions: np.ndarray, prevalence: float, bins: int = 10) -> tuple:
    """(mean prediction, observed share of landslide cells, share of the area) per
    bin of the predictions, bins of equal area weight (`area_weights`): a calibrated
    prediction lies on the diagonal."""
    truth = (np.asarray(labels) >= 0.5).astype(float)
    predictions = np.asarray(predictions, float)
    weights = area_weights(labels, prevalence)
    order = np.argsort(predictions, kind="stable")
    cumulative = np.cumsum(weights[order]) / weights.sum()
    groups = np.minimum((cumulative * bins).astype(int), bins - 1)
    predicted, observed, share = [], [], []
    for group in range(bins):
        members = order[groups == group]
        if len(members) == 0:
            continue
        weight = weights[members]
        predicted.append(float(np.average(predictions[members], weights=weight)))
        observed.append(float(np.average(truth[members], weights=weight)))
        share.append(float(weight.sum() / weights.sum()))
    return np.array(predicted), np.array(observed), np.array(share)


def assess(labels: np.ndarray, index: np.ndarray, probability: np.ndarray, prevalence: float) -> dict:
    """Brier scores over the study area of the index and of the probability, and
    both reliability curves, on hard held-out samples."""
    return {"prevalence": prevalence, "brier_index": brier(labels, index, prevalence),
            "brier_probability": brier(labels, probability, prevalence),
            "reliability_index": reliability(labels, index, prevalence),
            "reliability_probability": reliability(labels, probability, prevalence)}


def assess_model(model, test) -> list:
    """[(kind, `assess` on the hard samples of `test`)] for a model that knows its
    study area's prevalence, else []."""
    if model.calibration is None:
        return []
    hard = test.subset(test.hard)
    index = model.predict(hard.classes)
    return [(model.name, assess(hard.label, index, model.calibration.probability(index),
                                model.calibration.prevalence))]
