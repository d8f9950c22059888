"""Sample extraction and stack preparation: speed and memory.

Side by side in one run:
- reading a 10,000 x 10,000 stack of 9 factors once with GDAL (the baseline), then
  extracting 100,000 samples from it (goal: at most 3x the read);
- the peak memory of preparing stacks of growing size (goal: it does not grow with
  the raster, since every pass holds a few windows of each factor).

Usage: make bench  (or: python bench/bench_samples.py [--size N])
"""
import argparse
import os
import subprocess
import sys
import time

import numpy as np
from osgeo import gdal, osr

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, REPO)

from model.factors import grading  # noqa: E402
from model.sampling import heatmap  # noqa: E402
from model.factors.stack import FactorSource, create_stack, grid_description, prepare_stack  # noqa: E402
from model.core.raster import GTIFF_OPTIONS, Grid, open_raster  # noqa: E402
from model.core.cells import LandslideCells  # noqa: E402
from model.sampling.samples import extract_samples  # noqa: E402

gdal.UseExceptions()
gdal.SetCacheMax(64 * 2 ** 20)
ORIGIN_X, ORIGIN_Y, PIXEL, FACTORS = 500000.0, 9700000.0, 10.0, 9


def smooth_field(size, row, rows, seed):
    """Spatially structured values (sums of sines), not white noise."""
    rng = np.random.default_rng(seed)
    a, b, c = rng.uniform(200, 900, 3)
    r = np.arange(row, row + rows, dtype=np.float32)[:, None]
    q = np.arange(size, dtype=np.float32)[None, :]
    return np.sin(r / a) + np.cos(q / b) + 0.5 * np.sin((r + q) / c)


def write_factor(path, size, seed):
    dataset = gdal.GetDriverByName("GTiff").Create(path, size, size, 1, gdal.GDT_Float32, GTIFF_OPTIONS)
    set_grid(dataset)
    for row in range(0, size, 1024):
        rows = min(1024, size - row)
        dataset.GetRasterBand(1).WriteArray(smooth_field(size, row, rows, seed), 0, row)


def set_grid(dataset):
    dataset.SetGeoTransform((ORIGIN_X, PIXEL, 0, ORIGIN_Y, 0, -PIXEL))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(32717)
    dataset.SetProjection(srs.ExportToWkt())


def write_stack(path, size):
    """A graded 9-factor stack (10 classes each, as preparefactors writes it)."""
    gradings = [grading.FactorGrading(f"f{i}", "continuous", "equal", breaks=list(np.linspace(-2, 2, 11)[1:-1]),
                                      labels=[str(k) for k in range(10)]) for i in range(FACTORS)]
    grid = Grid(size, size, (ORIGIN_X, PIXEL, 0, ORIGIN_Y, 0, -PIXEL), "")
    stack = create_stack(path, grid, gradings, grading.catalogue_json(gradings, grid_description(grid)))
    set_grid(stack)
    for row in range(0, size, 1024):
        rows = min(1024, size - row)
        for index, graded in enumerate(gradings):
            stack.GetRasterBand(index + 1).WriteArray(graded.classify(smooth_field(size, row, rows, index)), 0, row)
    stack = None


def read_once(path):
    dataset = open_raster(path, "stack")
    grid = Grid.of(dataset)
    start = time.perf_counter()
    for window in grid.windows():
        dataset.ReadAsArray(window.col, window.row, window.width, window.height)
    return time.perf_counter() - start


def prepare_peak(folder, size):
    """Peak resident memory (MiB) of a child preparing a 3-factor stack of size^2."""
    paths = [os.path.join(folder, f"raw{size}_{i}.tif") for i in range(3)]
    for seed, path in enumerate(paths):
        write_factor(path, size, seed)
    child = subprocess.run([sys.executable, __file__, "--prepare", str(size), *paths], capture_output=True, text=True,
                           check=True)
    for path in paths:
        os.remove(path)
    return float(child.stdout.split()[-1])


def prepare_child(size, paths):
    sources = [FactorSource(f"f{i}", path) for i, path in enumerate(paths)]
    rules = {"f0": grading.GradingRule("f0", "quantile", 10), "f1": grading.GradingRule("f1", "jenks", 5),
             "f2": grading.GradingRule("f2", "equal", 8)}
    out = os.path.join(os.path.dirname(paths[0]), f"prepared{size}.tif")
    prepare_stack(sources, rules, paths[0], out, [], log=lambda message: None)
    os.remove(out)
    with open("/proc/self/status") as status:  # own high-water mark (ru_maxrss counts the parent's size)
        print(int(next(line for line in status if line.startswith("VmHWM:")).split()[1]) / 1024.0)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size", type=int, default=10000)
    parser.add_argument("--samples", type=int, default=100000)
    parser.add_argument("--folder", default=os.path.join(REPO, "bench_output"))
    parser.add_argument("--prepare", nargs="+", help=argparse.SUPPRESS)
    arguments = parser.parse_args()
    if arguments.prepare:
        prepare_child(int(arguments.prepare[0]), arguments.prepare[1:])
        return
    os.makedirs(arguments.folder, exist_ok=True)
    size = arguments.size
    stack, heat = os.path.join(arguments.folder, "stack.tif"), os.path.join(arguments.folder, "stack_heat.tif")
    print(f"Building a {size} x {size} stack of {FACTORS} factors and its heatmap in {arguments.folder} ...")
    write_stack(stack, size)
    # Positives + as many negatives + a third of them in each soft interval = samples.
    landslides = int(arguments.samples / 3)
    rng = np.random.default_rng(0)
    xs = ORIGIN_X + rng.uniform(0, size * PIXEL, landslides)
    ys = ORIGIN_Y - rng.uniform(0, size * PIXEL, landslides)
    heatmap.write_heatmap(stack, heat, xs, ys)

    read = min(read_once(stack) for _ in range(2))
    grid = Grid.of(open_raster(stack, "stack"))
    start = time.perf_counter()
    drawn = extract_samples(stack, heat, LandslideCells(grid, xs, ys))
    extract = time.perf_counter() - start
    print()
    print(f"{'what':58s} {'wall s':>7s} {'x read':>7s}")
    print(f"{'read the stack once with GDAL (baseline, best of 2)':58s} {read:7.2f} {1:7.2f}")
    print(f"{f'extract {len(drawn)} samples (model.samples)':58s} {extract:7.2f} {extract / read:7.2f}")
    print("(goal: extraction <= 3x the read)")

    print()
    print("Peak memory preparing a 3-factor stack (quantile, Jenks, equal), in a fresh process:")
    print(f"{'grid':>12s} {'raster MiB':>11s} {'peak MiB':>9s}")
    for side in (size // 4, size // 2):
        print(f"{side:5d} x {side:<5d} {3 * side * side * 4 / 2 ** 20:11.0f} {prepare_peak(arguments.folder, side):9.0f}")


if __name__ == "__main__":
    main()
