"""Evaluation measures of the paper (section 3.2): accuracy, precision,
specificity, sensitivity, F1, MSE, AP (area under the PR curve) and ROC AUC.

Labels and predictions are binarized at 0.5 for the confusion-matrix measures, as
the paper did; MSE compares the raw (soft) labels with the predictions; AP and ROC
AUC rank the raw predictions against the binarized labels."""
from __future__ import annotations

import math

import numpy as np

NAMES = ("accuracy", "precision", "specificity", "sensitivity", "f1", "mse", "ap", "roc_auc")


def confusion(truth: np.ndarray, predicted: np.ndarray) -> tuple:
    """(TN, FP, FN, TP) of boolean arrays."""
    truth, predicted = np.asarray(truth, bool), np.asarray(predicted, bool)
    return (int(np.sum(~truth & ~predicted)), int(np.sum(~truth & predicted)),
            int(np.sum(truth & ~predicted)), int(np.sum(truth & predicted)))


def _ratio(numerator: float, denominator: float) -> float:
    return numerator / denominator if denominator else math.nan


def scores(labels: np.ndarray, predictions: np.ndarray) -> dict:
    from sklearn.metrics import average_precision_score, roc_auc_score

    labels, predictions = np.asarray(labels, float), np.asarray(predictions, float)
    truth = labels >= 0.5
    tn, fp, fn, tp = confusion(truth, predictions >= 0.5)
    both = 0 < truth.sum() < len(truth)
    return {
        "samples": int(len(labels)),
        "accuracy": _ratio(tp + tn, tp + tn + fp + fn),
        "precision": _ratio(tp, tp + fp),
        "specificity": _ratio(tn, tn + fp),
        "sensitivity": _ratio(tp, tp + fn),
        "f1": _ratio(2 * tp, 2 * tp + fp + fn),
        "mse": float(np.mean((labels - predictions) ** 2)) if len(labels) else math.nan,
        "ap": float(average_precision_score(truth, predictions)) if both else math.nan,
        "roc_auc": float(roc_auc_score(truth, predictions)) if both else math.nan,
    }


def evaluate(labels: np.ndarray, predictions: np.ndarray, hard: np.ndarray) -> dict:
    """Scores on all samples and on the hard (positive/negative) samples only."""
    return {"all": scores(labels, predictions), "hard": scores(labels[hard], predictions[hard])}


def pr_curve(labels: np.ndarray, predictions: np.ndarray) -> tuple:
    """(recall, precision) of the precision-recall curve, labels binarized at 0.5."""
    from sklearn.metrics import precision_recall_curve

    precision, recall, _ = precision_recall_curve(np.asarray(labels) >= 0.5, predictions)
    return recall, precision
