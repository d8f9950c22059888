"""Cells of the study area that several steps share: which landslide each cell
belongs to (sampling, factor screening, zoning, samples from presence/absence
points) and a random reservoir of candidate cells (sampling, screening)."""
from __future__ import annotations

import math
from typing import Callable

import numpy as np

from .errors import InputError
from .raster import Grid, PolygonRaster, Window


def landslide_pixels(grid: Grid, xs: np.ndarray, ys: np.ndarray) -> tuple:
    """Rows and columns of the landslide points inside the grid, and which of the
    points (a boolean per point) fell inside."""
    rows, cols = grid.pixel_of(xs, ys)
    inside = grid.contains(rows, cols)
    return rows[inside], cols[inside], inside


class LandslideCells:
    """Which landslide (1 + index; 0: none) each cell of a window belongs to: the
    cell holding each point, or the cells whose centre a polygon covers."""

    def __init__(self, grid: Grid, xs=None, ys=None, polygon_wkbs=None) -> None:
        self.grid, self.polygons = grid, None
        if polygon_wkbs is not None:
            self.polygons = PolygonRaster(polygon_wkbs, grid)
            self.outside = 0
            return
        rows, cols, inside = landslide_pixels(grid, xs, ys)
        self.outside = int(np.count_nonzero(~inside))
        # Pixels holding several points belong to the first of them.
        flat, first = np.unique(rows * grid.width + cols, return_index=True)
        self._flat, self._ids = flat, np.flatnonzero(inside)[first] + 1

    def ids(self, window: Window) -> np.ndarray:
        if self.polygons is not None:
            return self.polygons.ids(window)
        result = np.zeros((window.height, window.width), dtype=np.int32)
        rows, cols = self._flat // self.grid.width, self._flat % self.grid.width
        near = (rows >= window.row) & (rows < window.row + window.height) & \
            (cols >= window.col) & (cols < window.col + window.width)
        result[rows[near] - window.row, cols[near] - window.col] = self._ids[near]
        return result

    def count_upper_bound(self, windows: list) -> int:
        """At least the number of landslide cells in the windows (exact for
        polygons; points sharing a cell count once); refuses none at all."""
        if self.polygons is None:
            count = len(self._flat)
        else:
            count = sum(int(np.count_nonzero(self.ids(window))) for window in windows)
        if count == 0:
            raise InputError("No landslide lies inside the factor stack ({outside} outside). Check that the "
                             "landslide layer and the factors cover the same area.", outside=self.outside)
        return count


class Reservoir:
    """The `size` candidates with the smallest random keys seen so far, with their
    attributes (pixel, label, landslide, classes)."""

    def __init__(self, size: int, factors: int, dtype: type = np.uint16) -> None:
        self.size = size
        self.keys = np.empty(0)
        self.columns = [np.empty(0, dtype=np.int64), np.empty(0), np.empty(0, dtype=np.int64),
                        np.empty((0, factors), dtype=dtype)]
        self.candidates = 0

    def offer(self, count: int, rng: np.random.Generator, take: Callable[[np.ndarray], list]) -> None:
        """Offer `count` candidates; `take(indices)` gives the columns of those of
        them (indices into 0..count-1) that may enter.

        Every candidate has an independent uniform key. Once the reservoir is full,
        only keys below the largest kept one, tau, can enter; the candidates whose
        key falls below tau are a Bernoulli(tau) process, so they are drawn directly
        (geometric gaps) with keys uniform on [0, tau): the same distribution as
        drawing every key, at a cost proportional to count * tau.
        """
        self.candidates += count
        if self.size == 0 or count == 0:
            return
        if len(self.keys) == self.size:
            tau = float(self.keys.max())
            picks = _bernoulli_successes(count, tau, rng)
            keys = rng.random(len(picks)) * tau
        else:
            picks, keys = np.arange(count), rng.random(count)
        if len(picks) > self.size:
            keep = np.argpartition(keys, self.size - 1)[:self.size]
            picks, keys = picks[keep], keys[keep]
        self.keys = np.concatenate([self.keys, keys])
        self.columns = [np.concatenate([old, new]) for old, new in zip(self.columns, take(picks))]
        if len(self.keys) > self.size:
            keep = np.argpartition(self.keys, self.size - 1)[:self.size]
            self.keys = self.keys[keep]
            self.columns = [column[keep] for column in self.columns]

    def sorted_columns(self) -> list:
        order = np.argsort(self.keys, kind="stable")
        return [column[order] for column in self.columns]


def _bernoulli_successes(count: int, probability: float, rng: np.random.Generator) -> np.ndarray:
    """Indices of the successes among `count` Bernoulli(`probability`) trials."""
    expected = count * probability
    gaps = rng.geometric(probability, int(expected + 8 * math.sqrt(expected) + 16))
    positions = np.cumsum(gaps) - 1
    while positions[-1] < count - 1:  # rarely: more successes than drawn for
        positions = np.concatenate([positions, positions[-1] + np.cumsum(rng.geometric(probability, len(gaps)))])
    return positions[positions < count]
