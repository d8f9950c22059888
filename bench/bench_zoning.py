"""Zoning speed on a 10^8-cell raster, and Jenks-by-histogram against jenkspy.

Side by side in one run:
- Jenks zoning of a 10,000 x 10,000 susceptibility raster with 100,000 landslides
  (histogram pass, breaks, zone raster, table; goal: at most 10 s), next to reading
  the raster once with GDAL;
- on rasters small enough for jenkspy, the breaks from the histogram against
  jenkspy's exact breaks on the raw values (goal: within 1e-3).

Usage: make bench  (or: python bench/bench_zoning.py [--size N])
"""
import argparse
import os
import sys
import time

import jenkspy
import numpy as np
from osgeo import gdal, osr

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, REPO)

from model.core.raster import GTIFF_OPTIONS, Grid, open_raster  # noqa: E402
from model.core.cells import LandslideCells  # noqa: E402
from model.mapping.zoning import breaks_for, count_levels, zone_rasters  # noqa: E402
from model.core.progress import Progress  # noqa: E402

gdal.UseExceptions()
gdal.SetCacheMax(64 * 2 ** 20)
ORIGIN_X, ORIGIN_Y, PIXEL = 500000.0, 9700000.0, 10.0


def susceptibility_rows(size, row, rows):
    """A smooth, bimodal-ish index in [0, 1]."""
    r = np.arange(row, row + rows, dtype=np.float32)[:, None]
    q = np.arange(size, dtype=np.float32)[None, :]
    field = np.sin(r / 410.0) * np.cos(q / 530.0) + 0.4 * np.sin((r + 2 * q) / 170.0)
    return (1 / (1 + np.exp(-2.5 * field))).astype(np.float32)


def write_susceptibility(path, size):
    dataset = gdal.GetDriverByName("GTiff").Create(path, size, size, 1, gdal.GDT_Float32, GTIFF_OPTIONS)
    dataset.SetGeoTransform((ORIGIN_X, PIXEL, 0, ORIGIN_Y, 0, -PIXEL))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(32717)
    dataset.SetProjection(srs.ExportToWkt())
    dataset.GetRasterBand(1).SetNoDataValue(-9999)
    for row in range(0, size, 1024):
        rows = min(1024, size - row)
        dataset.GetRasterBand(1).WriteArray(susceptibility_rows(size, row, rows), 0, row)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size", type=int, default=10000)
    parser.add_argument("--folder", default=os.path.join(REPO, "bench_output"))
    arguments = parser.parse_args()
    os.makedirs(arguments.folder, exist_ok=True)
    size, path = arguments.size, os.path.join(arguments.folder, "susceptibility.tif")
    print(f"Building a {size} x {size} susceptibility raster in {arguments.folder} ...")
    write_susceptibility(path, size)
    rng = np.random.default_rng(0)
    xs = ORIGIN_X + rng.uniform(0, size * PIXEL, 100000)
    ys = ORIGIN_Y - rng.uniform(0, size * PIXEL, 100000)
    grid = Grid.of(open_raster(path, "s"))
    landslides = LandslideCells(grid, xs, ys)

    dataset = open_raster(path, "s")
    start = time.perf_counter()
    for window in grid.windows():
        dataset.GetRasterBand(1).ReadAsArray(window.col, window.row, window.width, window.height)
    read = time.perf_counter() - start
    start = time.perf_counter()
    zonings = zone_rasters([path], ["bench"], landslides, "jenks", 5,
                           output_path=os.path.join(arguments.folder, "zones.tif"))
    total = time.perf_counter() - start
    print()
    print(f"{'what':56s} {'wall s':>7s}")
    print(f"{'read the raster once with GDAL':56s} {read:7.2f}")
    print(f"{f'Jenks zoning of {size * size:.0e} cells (goal <= 10 s)':56s} {total:7.2f}")
    print("breaks:", " ".join(f"{b:.4f}" for b in zonings[0].bounds))

    print()
    print("Jenks breaks from the histogram vs jenkspy on the raw values (5 classes):")
    print(f"{'cells':>7s} {'max |difference|':>17s} {'jenkspy s':>10s} {'histogram s':>12s}")
    for side in (50, 100, 150):
        small = os.path.join(arguments.folder, f"small{side}.tif")
        dataset = gdal.GetDriverByName("GTiff").Create(small, side, side, 1, gdal.GDT_Float32)
        dataset.SetGeoTransform((ORIGIN_X, PIXEL, 0, ORIGIN_Y, 0, -PIXEL))
        values = susceptibility_rows(side * 37, 0, side)[:, ::37][:, :side] * 0.5 + \
            rng.uniform(0, 0.5, (side, side)).astype(np.float32)
        dataset.GetRasterBand(1).WriteArray(values)
        dataset = None
        start = time.perf_counter()
        theirs = jenkspy.jenks_breaks(values.ravel(), n_classes=5)
        their_time = time.perf_counter() - start
        start = time.perf_counter()
        histogram = count_levels(small, LandslideCells(Grid.of(open_raster(small, "s")), np.zeros(0), np.zeros(0)),
                                 None, Progress())
        ours = breaks_for(histogram, "jenks", 5)
        our_time = time.perf_counter() - start
        print(f"{side * side:7d} {np.max(np.abs(np.array(theirs) - ours)):17.2e} {their_time:10.3f} {our_time:12.3f}")


if __name__ == "__main__":
    main()
