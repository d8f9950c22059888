"""Susceptibility zoning and the landslide-density table (method section 7, the
paper's Tables 5 and 6, Figures 10 and 11).

The susceptibility index is quantized to 1e-4 (10,001 levels, 0 .. 1). One pass
counts, per level, the cells and the landslide cells: that histogram gives the
breaks (Jenks natural breaks on the whole raster by a weighted Fisher-Jenks, equal
intervals, quantiles or the analyst's breaks) and the whole table. A second pass
writes the zone of every cell through the same level -> zone lookup, so the raster
and the table always agree. A zone holds the levels in (lower, upper].
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Optional

import numpy as np
from osgeo import gdal, osr

from ..core.errors import InputError, Message
from ..core import breaks as breaks_module
from ..core.breaks import Method
from ..core.progress import Progress
from ..core.raster import GTIFF_OPTIONS, Grid, PolygonRaster, open_raster, read_valid
from ..core.replacement import atomic_outputs
from ..core.cells import LandslideCells
from ..core.reports import place_plotly_script, write_zoning_report

LEVELS = 10001  # index i stands for the susceptibility i / 10000
FIVE_LABELS = ("extremely low", "low", "moderate", "high", "extremely high")
#: Green to red, the paper's map colours; interpolated for other zone counts.
FIVE_COLOURS = ((26, 150, 65), (166, 217, 106), (255, 255, 191), (253, 174, 97), (215, 25, 28))


def zone_labels(count: int) -> list:
    return list(FIVE_LABELS) if count == 5 else [f"zone {i}" for i in range(1, count + 1)]


def zone_colours(count: int) -> list:
    anchors = np.array(FIVE_COLOURS, dtype=float)
    positions = np.linspace(0, 4, count)
    return [tuple(int(round(np.interp(p, range(5), anchors[:, channel]))) for channel in range(3))
            for p in positions]


@dataclass
class Histogram:
    """Cells and landslide cells per quantized susceptibility level."""

    cells: np.ndarray = field(default_factory=lambda: np.zeros(LEVELS, dtype=np.int64))
    landslides: np.ndarray = field(default_factory=lambda: np.zeros(LEVELS, dtype=np.int64))
    pixel_area: float = 0.0


@dataclass
class Zoning:
    """The zoning of one susceptibility raster and its table."""

    name: str
    bounds: np.ndarray            # zone i covers (bounds[i], bounds[i+1]]; bounds[0] is the minimum
    histogram: Histogram
    zone_of_level: np.ndarray     # zone number 1..N of every level

    @property
    def zones(self) -> int:
        return len(self.bounds) - 1

    def rows(self) -> list:
        """One dict per zone: the columns of the density table."""
        cells = np.bincount(self.zone_of_level, weights=self.histogram.cells, minlength=self.zones + 1)[1:]
        units = np.bincount(self.zone_of_level, weights=self.histogram.landslides, minlength=self.zones + 1)[1:]
        total_cells, total_units = cells.sum(), units.sum()
        rows = []
        for index, label in enumerate(zone_labels(self.zones)):
            cell_ratio = cells[index] / total_cells
            unit_ratio = units[index] / total_units if total_units else 0.0
            rows.append({  # plain Python numbers: they go into QGIS tables
                "model": self.name, "zone": index + 1, "label": label,
                "lower": float(self.bounds[index]), "upper": float(self.bounds[index + 1]),
                "pixels": int(cells[index]), "area": float(cells[index] * self.histogram.pixel_area),
                "cell_ratio": float(100.0 * cell_ratio), "landslide_units": int(units[index]),
                "landslide_ratio": float(100.0 * unit_ratio),
                "density": float(100.0 * units[index] / cells[index]) if cells[index] else 0.0,
                "frequency_ratio": float(unit_ratio / cell_ratio) if cell_ratio else 0.0,
            })
        return rows

    def summary(self) -> dict:
        rows = self.rows()
        densities = [row["density"] for row in rows]
        return {
            "monotonic": all(b > a for a, b in zip(densities, densities[1:])),
            "top_two_landslides": sum(row["landslide_ratio"] for row in rows[-2:]),
            "top_two_area": sum(row["cell_ratio"] for row in rows[-2:]),
            "landslide_units": sum(row["landslide_units"] for row in rows),
        }


def quantize(values: np.ndarray) -> np.ndarray:
    return np.rint(values * (LEVELS - 1)).astype(np.int64)


def count_levels(path: str, landslides: LandslideCells, mask: Optional[PolygonRaster], progress: Progress,
                 window_size: Optional[int] = None) -> Histogram:
    """Pass 1: the level histogram of a susceptibility raster; checks its range."""
    dataset = open_raster(path, Message("susceptibility raster"))
    grid = Grid.of(dataset)
    band = dataset.GetRasterBand(1)
    histogram = Histogram(pixel_area=abs(grid.geotransform[1] * grid.geotransform[5]))
    windows = grid.windows(window_size)
    low, high, outside, outside_values = np.inf, -np.inf, 0, set()
    for window in progress.over(windows):
        values = band.ReadAsArray(window.col, window.row, window.width, window.height).astype(np.float64)
        valid = read_valid(band, window)
        if mask is not None:
            valid &= mask.inside(window)
        data = values[valid]
        if data.size == 0:
            continue
        low, high = min(low, float(data.min())), max(high, float(data.max()))
        wrong = (data < 0) | (data > 1)
        if wrong.any():
            outside += int(np.count_nonzero(wrong))
            outside_values.update(np.unique(data[wrong])[:2].tolist())
            continue
        levels = quantize(data)
        histogram.cells += np.bincount(levels, minlength=LEVELS)
        histogram.landslides += np.bincount(levels[(landslides.ids(window) > 0)[valid]], minlength=LEVELS)
    if outside and len(outside_values) == 1 and band.GetNoDataValue() is None:
        # One value outside [0, 1] in a raster without nodata: its nodata value was lost, not its scale.
        raise InputError("'{path}' has no nodata value, and its {count} cell(s) of {value:g} look like nodata. Set "
                         "{value:g} as the raster's nodata value (e.g. with GDAL's Translate, -a_nodata) or use the "
                         "output of 'Susceptibility map'.", path=path, count=outside, value=outside_values.pop())
    if outside:
        raise InputError("'{path}' has {count} cell(s) outside [0, 1] (values {low:g} .. {high:g}); a "
                         "susceptibility index lies between 0 and 1. Use the output of 'Susceptibility map', or "
                         "rescale the raster first.", path=path, count=outside, low=low, high=high)
    if histogram.cells.sum() == 0:
        if mask is not None:
            raise InputError("'{path}' has no data inside the mask.", path=path)
        raise InputError("'{path}' has no data.", path=path)
    return histogram


def breaks_for(histogram: Histogram, method: str, zones: int, breaks: Optional[list] = None) -> np.ndarray:
    """Zone bounds [minimum or 0, b1, ..., maximum or 1] for a method."""
    levels = np.flatnonzero(histogram.cells)
    values = levels / (LEVELS - 1)
    if method != Method.BREAKS and len(levels) < zones:
        if len(levels) < 2:
            raise InputError("The raster has one value everywhere ({value:g}), so it cannot be divided into zones. "
                             "Check that it is a susceptibility map (the output of 'Susceptibility map').",
                             value=float(values[0]) if len(values) else 0.0)
        raise InputError("The raster has only {values} distinct values (at 1e-4 resolution), fewer than the {zones} "
                         "zones asked. Ask for at most {values} zones.", values=len(levels), zones=zones)
    if method not in breaks_module.METHODS:
        raise InputError("Unknown zoning method '{method}': use one of {methods}.", method=method,
                         methods=", ".join(breaks_module.METHODS))
    if method == Method.BREAKS:
        inner = list(breaks or [])
        if len(inner) < 1:
            raise InputError("User breaks: give at least one break between 0 and 1, e.g. '0.2 0.4 0.6 0.8'.")
        if not breaks_module.increasing(inner):
            raise InputError("User breaks must be strictly increasing (got {breaks}).",
                             breaks=" ".join(f"{b:g}" for b in inner))
        if inner[0] <= 0 or inner[-1] >= 1:
            raise InputError("User breaks must lie strictly between 0 and 1 (got {breaks}).",
                             breaks=" ".join(f"{b:g}" for b in inner))
    inner = breaks_module.inner_breaks(method, zones, 0.0, 1.0, values, histogram.cells[levels], breaks or ())
    if method == Method.QUANTILE and len(np.unique(inner)) < len(inner):
        raise InputError("Quantile zones would repeat a break (many cells share a value). Use Jenks or fewer zones.")
    low, high = (values[0], values[-1]) if method in breaks_module.FROM_VALUES else (0.0, 1.0)
    return np.r_[low, inner, high]


def zoning_of(name: str, histogram: Histogram, bounds: np.ndarray) -> Zoning:
    levels = np.arange(LEVELS) / (LEVELS - 1)
    # Levels are compared at the 1e-4 grid, so a break equal to a level keeps it below.
    inner = np.round(np.asarray(bounds[1:-1]) * (LEVELS - 1)) / (LEVELS - 1)
    zone_of_level = np.searchsorted(inner, levels, side="left") + 1
    return Zoning(name, np.asarray(bounds, dtype=float), histogram, zone_of_level.astype(np.int64))


def zone_rasters(
    paths: list,
    names: list,
    landslides: LandslideCells,
    method: str = "jenks",
    zones: int = 5,
    breaks: Optional[list] = None,
    mask_wkbs: Optional[list] = None,
    output_path: Optional[str] = None,
    progress: Optional[Progress] = None,
    window_size: Optional[int] = None,
    report_path: Optional[str] = None,
    before_writing: Optional[Callable[[list], None]] = None,
) -> list:
    """Zone the first raster (written to `output_path`, Byte, nodata 0, with a
    colour table) and any further rasters to compare (table only); return their
    `Zoning`s. The zones raster and the HTML report (`report_path`) are replaced
    together, or neither. `before_writing` is called with the zonings once they are
    known and before any file is written (the zoning per mapping unit, units.py): its
    failure or a cancel there writes nothing."""
    progress = progress or Progress()
    if zones < 2:
        raise InputError("Zoning needs at least 2 zones (got {zones}).", zones=zones)
    if method == "breaks":
        zones = len(breaks or []) + 1
    grid = Grid.of(open_raster(paths[0], Message("susceptibility raster")))
    for path in paths[1:]:
        other = Grid.of(open_raster(path, Message("raster to compare")))
        if (other.width, other.height) != (grid.width, grid.height) or not np.allclose(
                other.geotransform, grid.geotransform):
            raise InputError("'{path}' is not on the grid of '{first}'. Compare susceptibility maps of the same study "
                             "area and grid.", path=path, first=paths[0])
    mask = PolygonRaster(mask_wkbs, grid) if mask_wkbs is not None else None
    steps = len(paths) + (1 if output_path else 0)
    results = []
    for index, (path, name) in enumerate(zip(paths, names)):
        histogram = count_levels(path, landslides, mask, progress.part(index, steps), window_size)
        results.append(zoning_of(name, histogram, breaks_for(histogram, method, zones, breaks)))
    if before_writing is not None:
        before_writing(results)
    with atomic_outputs(*filter(None, (output_path, report_path))) as temporaries:
        temporary = iter(temporaries)
        if output_path:
            write_zones(paths[0], next(temporary), results[0], mask, progress.part(steps - 1, steps), window_size)
        if report_path:
            write_zoning_report(next(temporary), results, LEVELS, zone_colours(zones), square_km_per_unit(grid))
        progress.step(1.0)  # the last chance to cancel: once the files are in place, the run has succeeded
    place_plotly_script(report_path)
    return results


def square_km_per_unit(grid: Grid):
    """km² per square map unit of a projected grid (1e-6 for metres), None for a
    geographic or unknown CRS, whose cells have no one area."""
    srs = osr.SpatialReference()
    if not grid.crs_wkt or srs.ImportFromWkt(grid.crs_wkt) != 0 or not srs.IsProjected():
        return None
    return srs.GetLinearUnits() ** 2 / 1e6


def write_zones(path: str, output_path: str, zoning: Zoning, mask: Optional[PolygonRaster], progress: Progress,
                window_size: Optional[int] = None) -> None:
    """Write the zones of the raster at `path` to `output_path` (the caller makes it atomic)."""
    dataset = open_raster(path, Message("susceptibility raster"))
    grid = Grid.of(dataset)
    band = dataset.GetRasterBand(1)
    lookup = zoning.zone_of_level.astype(np.uint8)
    windows = grid.windows(window_size)
    output = gdal.GetDriverByName("GTiff").Create(output_path, grid.width, grid.height, 1, gdal.GDT_Byte,
                                                  GTIFF_OPTIONS + ["COMPRESS=DEFLATE"])
    output.SetGeoTransform(grid.geotransform)
    output.SetProjection(grid.crs_wkt)
    out_band = output.GetRasterBand(1)
    out_band.SetNoDataValue(0)
    colours = gdal.ColorTable()
    for zone, colour in enumerate(zone_colours(zoning.zones), start=1):
        colours.SetColorEntry(zone, colour + (255,))
    out_band.SetRasterColorTable(colours)
    out_band.SetCategoryNames(["nodata"] + zone_labels(zoning.zones))
    out_band.SetDescription("susceptibility zone")
    for window in progress.over(windows):
        values = band.ReadAsArray(window.col, window.row, window.width, window.height).astype(np.float64)
        valid = read_valid(band, window)
        if mask is not None:
            valid &= mask.inside(window)
        result = np.zeros(values.shape, dtype=np.uint8)
        result[valid] = lookup[quantize(values[valid])]
        out_band.WriteArray(result, window.col, window.row)
    output.FlushCache()


TABLE_COLUMNS = ("model", "zone", "label", "lower", "upper", "pixels", "area", "cell_ratio", "landslide_units",
                 "landslide_ratio", "density", "frequency_ratio")
