"""Zoning per mapping unit: slope units, catchments, parcels or municipalities, the
units planners work with, instead of cells.

For every unit (a polygon; a cell belongs to the unit its centre lies in) over the
cells with an index (inside the mask, if any): the mean index, its upper percentile
(`PERCENTILE`), the zone of the mean (the cell zoning's breaks), the landslides with a
cell in the unit, its landslide cells and their density; with the probability raster
of 'Susceptibility map', also the unit's mean probability of a landslide cell (the
expected share of its cells on a landslide). One pass over the raster in
windows; the percentile comes from each unit's histogram of the quantized index
(`zoning.LEVELS`), kept sparse (a unit's levels, not every level), so memory grows
with the units and the spread of their values, never with the raster.
"""
from __future__ import annotations

from typing import Optional

import numpy as np

from ..core.cells import LandslideCells
from ..core.errors import InputError, Message
from ..core.progress import Progress
from ..core.raster import Grid, PolygonRaster, open_raster, read_valid
from .zoning import LEVELS, Zoning, quantize, zone_labels

#: The upper percentile of a unit's index: where its most susceptible tenth begins.
PERCENTILE = 90
#: The columns of a unit's row, after the unit's own attributes.
COLUMNS = ("cells", "mean", f"p{PERCENTILE}", "zone", "zone_label", "landslides", "landslide_cells", "density",
           "probability")


class _SparseCounts:
    """Counts of integer keys, merged window by window."""

    def __init__(self) -> None:
        self.keys, self.counts = np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)

    def add(self, keys: np.ndarray) -> None:
        new, counts = np.unique(keys, return_counts=True)
        merged = np.concatenate([self.keys, new])
        self.keys, where = np.unique(merged, return_inverse=True)
        self.counts = np.bincount(where, weights=np.concatenate([self.counts, counts]),
                                  minlength=len(self.keys)).astype(np.int64)


def unit_statistics(path: str, unit_wkbs: list, landslides: LandslideCells, zoning: Zoning,
                    mask: Optional[PolygonRaster] = None, progress: Optional[Progress] = None,
                    window_size: Optional[int] = None, probability_path: Optional[str] = None) -> list:
    """One dict per unit (in the order of `unit_wkbs`, in the raster's CRS) with
    `COLUMNS`; a unit without any cell with an index has cells 0 and no mean,
    percentile or zone (None); the probability is None without `probability_path`
    (a raster on the index's grid)."""
    progress = progress or Progress()
    if not unit_wkbs:
        raise InputError("The mapping units layer holds no polygon. Choose a layer of polygons (slope units, "
                         "catchments, parcels ...).")
    dataset = open_raster(path, Message("susceptibility raster"))
    grid = Grid.of(dataset)
    band = dataset.GetRasterBand(1)
    units = PolygonRaster(unit_wkbs, grid)
    chance_dataset = _probability_raster(probability_path, grid, path) if probability_path else None
    chance = chance_dataset.GetRasterBand(1) if chance_dataset else None
    count = len(unit_wkbs) + 1  # unit 0: cells in no unit
    cells, sums, landslide_cells = (np.zeros(count, dtype=np.int64), np.zeros(count), np.zeros(count, dtype=np.int64))
    chances = np.zeros(count)
    levels, pairs = _SparseCounts(), _SparseCounts()
    for window in progress.over(grid.windows(window_size)):
        valid = read_valid(band, window)
        if mask is not None:
            valid &= mask.inside(window)
        unit = units.ids(window)
        valid &= unit > 0
        if not valid.any():
            continue
        values = band.ReadAsArray(window.col, window.row, window.width, window.height).astype(np.float64)[valid]
        unit, landslide = unit[valid].astype(np.int64), landslides.ids(window)[valid].astype(np.int64)
        cells += np.bincount(unit, minlength=count)
        sums += np.bincount(unit, weights=values, minlength=count)
        landslide_cells += np.bincount(unit[landslide > 0], minlength=count)
        levels.add(unit * LEVELS + quantize(np.clip(values, 0.0, 1.0)))
        if chance is not None:
            chances += np.bincount(unit, weights=chance.ReadAsArray(window.col, window.row, window.width,
                                                                    window.height).astype(np.float64)[valid],
                                   minlength=count)
        pairs.add(unit[landslide > 0] * (np.int64(2) ** 32) + landslide[landslide > 0])
    upper = _percentiles(levels, count)
    per_unit_landslides = np.bincount(pairs.keys // (np.int64(2) ** 32), minlength=count)
    labels = zone_labels(zoning.zones)
    rows = []
    for index in range(1, count):
        mean = sums[index] / cells[index] if cells[index] else None
        zone = int(zoning.zone_of_level[quantize(np.array([mean]))[0]]) if mean is not None else None
        rows.append({"cells": int(cells[index]), "mean": None if mean is None else float(mean),
                     f"p{PERCENTILE}": upper[index], "zone": zone,
                     "zone_label": labels[zone - 1] if zone else None,
                     "landslides": int(per_unit_landslides[index]), "landslide_cells": int(landslide_cells[index]),
                     "density": float(100.0 * landslide_cells[index] / cells[index]) if cells[index] else None,
                     "probability": float(chances[index] / cells[index]) if chance is not None and cells[index] else None})
    return rows


def _probability_raster(path: str, grid: Grid, index_path: str):
    """A probability raster made with the index: on its grid, valid where it is (both
    come from one run of 'Susceptibility map')."""
    dataset = open_raster(path, Message("probability raster"))
    other = Grid.of(dataset)
    if (other.width, other.height) != (grid.width, grid.height) or not np.allclose(other.geotransform,
                                                                                  grid.geotransform):
        raise InputError("The probability raster '{path}' is not on the grid of the susceptibility raster '{index}'. "
                         "Give the probability that 'Susceptibility map' wrote with that index.", path=path,
                         index=index_path)
    return dataset


def _percentiles(levels: _SparseCounts, count: int) -> list:
    """Each unit's `PERCENTILE`th percentile of the index (the lowest level with at
    least that share of the unit's cells at or below it), None for a unit without
    cells."""
    result = [None] * count
    unit_of_key = levels.keys // LEVELS
    starts = np.searchsorted(unit_of_key, np.arange(count + 1))
    for unit in range(1, count):
        start, end = starts[unit], starts[unit + 1]
        if start == end:
            continue
        cumulative = np.cumsum(levels.counts[start:end])
        at = np.searchsorted(cumulative, PERCENTILE / 100.0 * cumulative[-1])
        result[unit] = float((levels.keys[start + at] % LEVELS) / (LEVELS - 1))
    return result
