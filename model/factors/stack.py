"""The factor stack: causative-factor rasters aligned to one grid and graded into
classes, one band per factor (method sections 3-4).

`prepare_stack` streams: pass 1 learns each factor's range (and codes) over the
cells where every factor has data inside the mask, pass 2 counts histograms for
quantile and Jenks grading, pass 3 classifies and writes. Each pass holds one window
of every factor, never a whole raster.
"""
from __future__ import annotations

import hashlib
import json
import os
from dataclasses import asdict, dataclass
from typing import Callable, Optional

import numpy as np
from osgeo import gdal

from ..core.errors import InputError, Message
from . import grading
from ..core import breaks as breaks_module
from ..core.progress import Progress
from ..core.raster import (GTIFF_OPTIONS, Grid, PolygonRaster, Window, aligned_band, declares_nodata, is_extreme,
                      open_raster, read_valid, sentinel_in)
from ..core.replacement import atomic_outputs

#: Metadata item of the stack GeoTIFF that holds its catalogue.
CATALOGUE_METADATA = "LSGHNET_CATALOGUE"


@dataclass
class FactorSource:
    """One causative factor: a band of a raster file, and the name it goes by."""

    name: str
    path: str
    band: int = 1


class AlignedFactors:
    """The factors on the grid, read window by window, with the joint validity
    (every factor has data, inside the mask)."""

    def __init__(self, sources: list, rules: dict, grid: Grid, mask: Optional[PolygonRaster]) -> None:
        self.grid, self.mask = grid, mask
        self.names = [source.name for source in sources]
        self.bands = []
        for source in sources:
            opened = open_raster(source.path, Message("factor '{factor}'", factor=source.name))
            if gdal.DataTypeIsComplex(opened.GetRasterBand(source.band).DataType):
                raise InputError("Factor '{factor}' holds complex numbers; a factor's values are real numbers. Use "
                                 "the band's real part or magnitude (Raster Calculator) instead.", factor=source.name)
            resampling = "near" if rules[source.name].method == grading.CATEGORICAL else "bilinear"
            dataset = aligned_band(source.path, source.band, grid, resampling,
                                   Message("factor '{factor}'", factor=source.name))
            self.bands.append((dataset, dataset.GetRasterBand(1)))
        self.sources = sources
        self.undeclared = [not declares_nodata(source.path, source.band) for source in sources]
        self.extremes = {}  # (factor, value) -> whether the value is the band's minimum or maximum

    def empty_factors(self, windows: list) -> list:
        """Names of the factors without a single valid cell on the grid (inside the
        mask): the diagnosis when no cell is valid in every factor."""
        found = np.zeros(len(self.names), dtype=bool)
        for window in windows:
            inside = self.mask.inside(window) if self.mask is not None else True
            found |= [bool(np.any(read_valid(band, window) & inside)) for _, band in self.bands]
        return [name for name, seen in zip(self.names, found) if not seen]

    def stands_for_no_data(self, source: FactorSource, value: float) -> bool:
        """Whether a sentinel value in a factor without nodata stands for no data:
        it does when it lies at the edge of the factor's values (checked once)."""
        key = (source.name, value)
        if key not in self.extremes:
            self.extremes[key] = is_extreme(source.path, source.band, value)
        return self.extremes[key]

    def read(self, window: Window) -> tuple:
        """(values per factor, joint validity) of one window."""
        values, valid = [], np.ones((window.height, window.width), dtype=bool)
        if self.mask is not None:
            valid &= self.mask.inside(window)
        for source, (_, band), undeclared in zip(self.sources, self.bands, self.undeclared):
            values.append(band.ReadAsArray(window.col, window.row, window.width, window.height).astype(np.float64))
            valid &= read_valid(band, window)
            sentinel = sentinel_in(values[-1][valid]) if undeclared else None
            if sentinel is not None and self.stands_for_no_data(source, sentinel):
                raise InputError("Factor '{factor}' declares no nodata value, and it holds {value:g}, a value that "
                                 "stands for no data. Set {value:g} as its nodata value (Raster > Conversion > "
                                 "Translate, 'Assign a specified nodata value'), then run this again.",
                                 factor=source.name, value=sentinel)
        return values, valid


def prepare_stack(
    sources: list,
    rules: dict,
    reference_path: str,
    output_path: str,
    catalogue_paths: list,
    mask_wkbs: Optional[list] = None,
    progress: Optional[Progress] = None,
    log: Callable[[str], None] = print,
    window_size: Optional[int] = None,
) -> list:
    """Write the graded stack and its catalogue; return the factors' gradings.

    `rules`: {factor name: grading.GradingRule}; factors without a rule get the
    default (10 quantile classes) and the log says so. `reference_path` defines the
    grid. `mask_wkbs`: study-area polygons as WKB in the grid's CRS.
    """
    progress = progress or Progress()
    names = [source.name for source in sources]
    if len(sources) < 1:
        raise InputError("Choose at least one factor raster.")
    if len(set(names)) != len(names):
        duplicates = sorted({name for name in names if names.count(name) > 1})
        raise InputError("Two factors share the name {names}. Rename the layers so every factor has its own name "
                         "(it becomes the band description and the catalogue key).", names=", ".join(duplicates))
    rules = dict(rules)
    for name in names:
        if name not in rules:
            rules[name] = grading.GradingRule(name)
            log(f"Factor '{name}' is not in the grading table: graded as continuous, "
                f"{grading.DEFAULT_CLASSES} quantile classes.")
    grid = Grid.of(open_raster(reference_path, Message("reference raster")))
    mask = PolygonRaster(mask_wkbs, grid) if mask_wkbs is not None else None
    factors = AlignedFactors(sources, rules, grid, mask)
    windows = grid.windows(window_size)
    passes = 3 if any(grading.needs_histogram(rules[name]) for name in names) else 2

    statistics = [grading.FactorStatistics() for _ in sources]
    valid_cells = 0
    for window in progress.over(windows, 0, 1 / passes):
        values, valid = factors.read(window)
        valid_cells += int(np.count_nonzero(valid))
        for name, stats, array in zip(names, statistics, values):
            stats.add(array[valid], track_codes=rules[name].method == grading.CATEGORICAL)
    if valid_cells == 0:
        empty = factors.empty_factors(windows)
        where = Message("inside the mask") if mask else Message("on the reference grid")
        if empty:
            raise InputError("Factor(s) {factors} have no data {where}, so no cell has data in every factor. Check "
                             "that the factors (and the mask) overlap the reference raster and that their nodata "
                             "values are right.", factors=", ".join(empty), where=where)
        raise InputError("No cell has data in every factor {where}. Check that the factors (and the mask) overlap "
                         "the reference raster and that their nodata values are right.", where=where)

    histograms = [None] * len(sources)
    if passes == 3:
        edges = [grading.histogram_edges(stats) for stats in statistics]
        histograms = [np.zeros(grading.HISTOGRAM_BINS, dtype=np.int64) if grading.needs_histogram(rules[name])
                      else None for name in names]
        for window in progress.over(windows, 1 / passes, 2 / passes):
            values, valid = factors.read(window)
            for histogram, bin_edges, array in zip(histograms, edges, values):
                if histogram is not None and bin_edges[0] < bin_edges[-1]:
                    histogram += np.histogram(array[valid], bins=bin_edges)[0]

    gradings = [grading.grade(rules[name], stats, histogram)
                for name, stats, histogram in zip(names, statistics, histograms)]
    for graded in gradings:
        if graded.method in breaks_module.FROM_VALUES and graded.classes < rules[graded.name].classes:
            log(f"Factor '{graded.name}': {rules[graded.name].classes} {graded.method} classes asked, "
                f"{graded.classes} made (many equal values share a break).")
    catalogue = grading.catalogue_json(gradings, grid_description(grid))

    with atomic_outputs(output_path, *catalogue_paths) as temporaries:
        stack = create_stack(temporaries[0], grid, gradings, catalogue)
        for window in progress.over(windows, (passes - 1) / passes, 1.0):
            values, valid = factors.read(window)
            for index, (graded, array) in enumerate(zip(gradings, values)):
                classes = np.zeros(array.shape, dtype=np.uint16)
                classes[valid] = graded.classify(array[valid])
                stack.GetRasterBand(index + 1).WriteArray(classes, window.col, window.row)
        stack.FlushCache()
        stack = None
        for temporary in temporaries[1:]:
            with open(temporary, "w", encoding="utf-8") as handle:
                handle.write(catalogue)
        progress.step(1.0)
    log(f"Stack: {len(gradings)} factor(s) on a {grid.width} x {grid.height} grid, {valid_cells} cells with data "
        f"in every factor{' inside the mask' if mask else ''}.")
    return gradings


def grid_description(grid: Grid) -> dict:
    return {"width": grid.width, "height": grid.height, "geotransform": list(grid.geotransform),
            "crs_wkt": grid.crs_wkt}


def create_stack(path: str, grid: Grid, gradings: list, catalogue: str) -> gdal.Dataset:
    data_type = gdal.GDT_Byte if max(g.classes for g in gradings) <= 255 else gdal.GDT_UInt16
    stack = gdal.GetDriverByName("GTiff").Create(path, grid.width, grid.height, len(gradings), data_type,
                                                 GTIFF_OPTIONS + ["INTERLEAVE=PIXEL", "COMPRESS=DEFLATE"])
    stack.SetGeoTransform(grid.geotransform)
    if grid.crs_wkt:
        stack.SetProjection(grid.crs_wkt)
    stack.SetMetadataItem(CATALOGUE_METADATA, catalogue)
    for index, graded in enumerate(gradings):
        band = stack.GetRasterBand(index + 1)
        band.SetNoDataValue(0)
        band.SetDescription(graded.name)
    return stack


def stack_fingerprint(path: str) -> str:
    """What tells one factor stack from another, for the samples and models made from
    it: 16 hex digits of the SHA-256 of its catalogue and its grid. Two stacks whose
    class codes happen to fit (the same factors graded with other breaks, or another
    area) differ here."""
    return read_gradings(path)[1]


def read_gradings(path: str) -> tuple:
    """(gradings, fingerprint) of a stack GeoTIFF, opened once (`stack_fingerprint`);
    of a catalogue JSON file, (gradings, None)."""
    if path.lower().endswith(".json"):
        with open(path, encoding="utf-8") as handle:
            return grading.read_catalogue(handle.read()), None
    dataset = open_raster(path, Message("factor stack"))
    grid = Grid.of(dataset)
    gradings = _catalogue_of(dataset, path)
    identity = {"catalogue": [asdict(g) for g in gradings], "geotransform": list(grid.geotransform),
                "size": [grid.width, grid.height], "crs": grid.crs_wkt}
    return gradings, hashlib.sha256(json.dumps(identity, sort_keys=True, default=str).encode("utf-8")).hexdigest()[:16]


def stack_catalogue(path: str) -> list:
    """The gradings recorded in a stack GeoTIFF, or from the catalogue JSON beside it."""
    return _catalogue_of(open_raster(path, Message("factor stack")), path)


def _catalogue_of(dataset: gdal.Dataset, path: str) -> list:
    text = dataset.GetMetadataItem(CATALOGUE_METADATA)
    beside = os.path.splitext(path)[0] + ".json"
    if text is None and os.path.exists(beside):
        with open(beside, encoding="utf-8") as handle:
            text = handle.read()
    if text is None:
        raise InputError("'{path}' carries no factor catalogue: it was not written by 'Prepare factor stack' and no "
                         "catalogue JSON lies beside it. Prepare the stack with that algorithm.", path=path)
    gradings = grading.read_catalogue(text)
    if len(gradings) != dataset.RasterCount:
        raise InputError("The factor stack '{path}' has {bands} bands but its catalogue lists {factors} factors. "
                         "Prepare the stack again.", path=path, bands=dataset.RasterCount, factors=len(gradings))
    return gradings


class StackFactors:
    """A graded stack read like `AlignedFactors`: class codes, valid where every
    band is non-zero (and inside the mask)."""

    def __init__(self, path: str, mask_wkbs: Optional[list] = None) -> None:
        self.dataset = open_raster(path, Message("factor stack"))
        self.grid = Grid.of(self.dataset)
        self.names = [self.dataset.GetRasterBand(i + 1).GetDescription() or f"band {i + 1}"
                      for i in range(self.dataset.RasterCount)]
        self.mask = PolygonRaster(mask_wkbs, self.grid) if mask_wkbs is not None else None

    def read(self, window: Window) -> tuple:
        classes = self.dataset.ReadAsArray(window.col, window.row, window.width, window.height).reshape(
            len(self.names), window.height, window.width)
        valid = np.all(classes > 0, axis=0)
        if self.mask is not None:
            valid &= self.mask.inside(window)
        return list(classes.astype(np.float64)), valid
