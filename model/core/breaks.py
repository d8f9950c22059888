"""Class breaks of weighted values: equal intervals, quantiles, Jenks natural
breaks and the analyst's own breaks. Factor grading (factors/grading.py) cuts a
factor's histogram with them, zoning (mapping/zoning.py) the susceptibility index's.

Jenks natural breaks are computed on a histogram (a weighted Fisher-Jenks).

jenkspy's exact algorithm costs O(n^2) in the number of values: fine for 10,000,
hopeless for a raster of 10^8 cells, and drawing a random sample makes the breaks
depend on luck. Here the whole raster is first counted into a fine histogram (distinct
values with their counts), then Fisher's dynamic programme finds the classes that
minimise the within-class sum of squared deviations, every value weighted by its
count. On data that are already distinct values (weights 1) it is exactly Jenks.
"""
from __future__ import annotations

import numpy as np

from .vocabulary import Choice


class Method(Choice):
    """The ways of computing breaks."""

    BREAKS = "breaks"
    EQUAL = "equal"
    QUANTILE = "quantile"
    JENKS = "jenks"


METHODS = tuple(method.value for method in Method)
#: The methods that read the values' histogram.
FROM_VALUES = (Method.QUANTILE, Method.JENKS)


def inner_breaks(method: str, classes: int, low: float, high: float, values=None, weights=None,
                 given=()) -> np.ndarray:
    """The inner breaks of `classes` classes by `method`, for grading and zoning
    alike: the analyst's `given` breaks, equal intervals of [low, high], or quantiles
    or natural breaks of the sorted distinct `values` weighted by `weights`.

    Quantiles of values with much weight on one value repeat a break. What that means
    is the caller's: grading merges those classes (a factor may have fewer classes
    than asked; its catalogue says how many), zoning refuses (its zones are named
    very low .. very high, so their number is fixed)."""
    if method == Method.BREAKS:
        return np.asarray(given, dtype=np.float64)
    if method == Method.EQUAL:
        return equal_breaks(low, high, classes)
    if method == Method.QUANTILE:
        return quantile_breaks(values, weights, classes)
    if method == Method.JENKS:
        return weighted_jenks(values, weights, classes)[1:-1]
    raise ValueError(f"unknown method {method!r}")


def parse(text: str) -> list:
    """The analyst's breaks: numbers separated by spaces, ';' or ','. Raises
    ValueError for anything else, and for commas beside another separator
    ('10,5 20,5'): decimal commas, which would silently become other breaks."""
    if "," in text and (";" in text or len(text.split()) > 1):
        raise ValueError(f"decimal commas in {text!r}")
    return [float(value) for value in text.replace(",", " ").replace(";", " ").split()]


def increasing(breaks: list) -> bool:
    return all(b > a for a, b in zip(breaks, breaks[1:]))


def equal_breaks(low: float, high: float, classes: int) -> np.ndarray:
    """The inner breaks of `classes` equal intervals of [low, high]."""
    return np.linspace(low, high, classes + 1)[1:-1]


def quantile_breaks(values: np.ndarray, weights: np.ndarray, classes: int) -> np.ndarray:
    """The inner breaks of `classes` classes of equal weight: for each quantile, the
    first of the sorted `values` where the cumulative weight reaches it. Ties (much
    weight on one value) give repeated breaks; the caller decides what that means."""
    cumulative = np.cumsum(weights)
    targets = cumulative[-1] * np.arange(1, classes) / classes
    return np.asarray(values)[np.searchsorted(cumulative, targets, side="left")]


def weighted_jenks(values: np.ndarray, weights: np.ndarray, n_classes: int) -> np.ndarray:
    """Upper bounds of `n_classes` natural classes of sorted distinct `values` with
    positive `weights`; like jenkspy, the result is [min, b1, ..., max] where b_i
    is the largest value of class i."""
    values = np.asarray(values, dtype=np.float64)
    weights = np.asarray(weights, dtype=np.float64)
    keep = weights > 0
    values, weights = values[keep], weights[keep]
    n = len(values)
    if n < n_classes:
        raise ValueError(f"{n} distinct values cannot make {n_classes} classes")
    centred = values - np.average(values, weights=weights)  # less cancellation
    # Prefix sums: classes are runs values[a:b], cost = S2 - S1^2 / W over the run.
    w = np.concatenate([[0.0], np.cumsum(weights)])
    s1 = np.concatenate([[0.0], np.cumsum(weights * centred)])
    s2 = np.concatenate([[0.0], np.cumsum(weights * centred * centred)])

    def cost(starts: np.ndarray, end: int) -> np.ndarray:
        span = s1[end] - s1[starts]
        return (s2[end] - s2[starts]) - span * span / (w[end] - w[starts])

    # best[j, b]: least cost of j + 1 classes over values[:b]; start[j, b]: where
    # the last of them begins.
    best = np.full((n_classes, n + 1), np.inf)
    start = np.zeros((n_classes, n + 1), dtype=np.int64)
    best[0, 1:] = cost(np.zeros(n, dtype=np.int64), np.arange(1, n + 1))
    for j in range(1, n_classes):
        for end in range(j + 1, n + 1):
            starts = np.arange(j, end)
            total = best[j - 1, starts] + cost(starts, end)
            pick = int(np.argmin(total))
            best[j, end], start[j, end] = total[pick], starts[pick]
    bounds = [values[-1]]
    end = n
    for j in range(n_classes - 1, 0, -1):
        end = int(start[j, end])
        bounds.append(values[end - 1])
    bounds.append(values[0])
    return np.array(bounds[::-1])
