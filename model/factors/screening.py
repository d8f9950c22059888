"""Factor screening (method section 3): a Pearson correlation matrix of the
candidate factors over the study area, and a random-forest importance ranking on
landslide against non-landslide cells, as the paper used to pick 9 of 16 factors."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

import numpy as np

from ..core.errors import InputError
from ..core.progress import Progress
from ..core.cells import LandslideCells, Reservoir
from ..core.vocabulary import SEED


@dataclass
class ScreeningResult:
    names: list
    correlation: np.ndarray   # factors x factors, Pearson r over every valid cell
    importance: np.ndarray    # random-forest mean decrease in impurity, sums to 1
    oob_accuracy: float
    cells: int
    landslide_cells: int

    def flagged(self, threshold: float) -> list:
        """(factor, factor, r) for every pair with |r| above the threshold."""
        k = len(self.names)
        return [(self.names[i], self.names[j], float(self.correlation[i, j]))
                for i in range(k) for j in range(i + 1, k) if abs(self.correlation[i, j]) > threshold]

    def ranking(self) -> list:
        return sorted(zip(self.names, self.importance.tolist()), key=lambda pair: -pair[1])


def screen_factors(factors, landslides: LandslideCells, seed: int = SEED, progress: Optional[Progress] = None,
                   window_size: Optional[int] = None) -> ScreeningResult:
    """`factors`: `AlignedFactors` (raw rasters) or `StackFactors` (class codes)."""
    from sklearn.ensemble import RandomForestClassifier

    progress = progress or Progress()
    names, grid = factors.names, factors.grid
    if len(names) < 2:
        raise InputError("Screening compares factors: choose at least two.")
    windows = grid.windows(window_size)
    rng = np.random.default_rng(seed)
    upper = landslides.count_upper_bound(windows)
    positives, negatives = (Reservoir(upper, len(names), np.float64) for _ in range(2))
    count, shift, total, cross = 0, None, np.zeros(len(names)), np.zeros((len(names), len(names)))

    for window in progress.over(windows, 0, 0.8):
        values, valid = factors.read(window)
        table = np.stack([array[valid] for array in values], axis=1)  # cells x factors
        if len(table):
            shift = table[0] if shift is None else shift  # centring keeps the sums accurate
            centred = table - shift
            count += len(table)
            total += centred.sum(axis=0)
            cross += centred.T @ centred
        on_landslide = (landslides.ids(window) > 0)[valid]
        for reservoir, chosen in ((positives, on_landslide), (negatives, ~on_landslide)):
            rows = np.flatnonzero(chosen)
            reservoir.offer(len(rows), rng,
                            lambda keep: [rows[keep], np.zeros(len(keep)), rows[keep], table[rows[keep]]])
    if count < 2:
        raise InputError("Fewer than two cells have data in every factor, so no correlation can be computed. "
                         "Check the factors' overlap, nodata and the mask.")
    if positives.candidates == 0:
        raise InputError("No landslide falls on a cell with data in every factor; the importance ranking needs "
                         "landslide cells. Check the landslide layer and the mask.")
    mean = total / count
    covariance = cross / count - np.outer(mean, mean)
    spread = np.sqrt(np.diag(covariance))
    constant = [name for name, s in zip(names, spread) if s == 0]
    if constant:
        raise InputError("Factor(s) {factors} have one value everywhere in the study area; remove them.",
                         factors=", ".join(constant))
    correlation = np.clip(covariance / np.outer(spread, spread), -1.0, 1.0)

    progress.step(0.85)
    landslide_values = positives.sorted_columns()[3]
    other_values = negatives.sorted_columns()[3][:len(landslide_values)]
    features = np.vstack([landslide_values, other_values])
    labels = np.r_[np.ones(len(landslide_values)), np.zeros(len(other_values))]
    forest = RandomForestClassifier(n_estimators=300, random_state=seed, oob_score=True, n_jobs=1)
    forest.fit(features, labels)
    progress.step(1.0)
    return ScreeningResult(names, correlation, forest.feature_importances_, float(forest.oob_score_), count,
                           len(landslide_values))
