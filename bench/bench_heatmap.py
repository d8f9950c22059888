"""Gaussian heatmap speed and memory against copying the same raster with GDAL.

Builds a 10,000 x 10,000 Float32 reference grid and 100,000 random landslides, then
prints, side by side in one run:
- `gdal_translate` copying the reference (the baseline: one read and one write of
  a raster that size);
- `lsghnet:gaussianheatmap` run through `qgis_process.bin`, as a user runs it
  (QGIS start-up and reading the landslide layer included), with its peak memory;
- the engine alone for several radii and a dense inventory, to show the cost does
  not grow with landslides x R^2 where it need not.

Usage: make bench  (or: python bench/bench_heatmap.py [--size N] [--landslides N])
"""
import argparse
import os
import subprocess
import sys
import sysconfig
import time

import numpy as np
from osgeo import gdal, ogr, osr

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, REPO)

from model.sampling import heatmap  # noqa: E402
from model.core.raster import GTIFF_OPTIONS  # noqa: E402

gdal.UseExceptions()
# Keep this process small: a child's peak memory (ru_maxrss) starts from the size of
# the process that spawned it.
gdal.SetCacheMax(16 * 2 ** 20)
ORIGIN_X, ORIGIN_Y, PIXEL = 500000.0, 9700000.0, 10.0


def make_reference(path, size):
    """A size x size Float32 grid with structured values (a smooth surface)."""
    dataset = gdal.GetDriverByName("GTiff").Create(path, size, size, 1, gdal.GDT_Float32, GTIFF_OPTIONS)
    dataset.SetGeoTransform((ORIGIN_X, PIXEL, 0, ORIGIN_Y, 0, -PIXEL))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(32717)
    dataset.SetProjection(srs.ExportToWkt())
    band = dataset.GetRasterBand(1)
    band.SetNoDataValue(-9999)
    columns = np.arange(size, dtype=np.float32)
    for row in range(0, size, 1024):
        rows = np.arange(row, min(row + 1024, size), dtype=np.float32)[:, None]
        band.WriteArray(np.sin(rows / 500.0) * np.cos(columns / 700.0) * 30 + 30, 0, row)
    dataset = None


def make_landslides(path, size, count, seed=0):
    rng = np.random.default_rng(seed)
    xs = ORIGIN_X + rng.uniform(0, size * PIXEL, count)
    ys = ORIGIN_Y - rng.uniform(0, size * PIXEL, count)
    driver = ogr.GetDriverByName("GPKG")
    if os.path.exists(path):
        driver.DeleteDataSource(path)
    source = driver.CreateDataSource(path)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(32717)
    layer = source.CreateLayer("landslides", srs, ogr.wkbPoint)
    layer.StartTransaction()
    for x, y in zip(xs, ys):
        feature = ogr.Feature(layer.GetLayerDefn())
        point = ogr.Geometry(ogr.wkbPoint)
        point.AddPoint_2D(float(x), float(y))
        feature.SetGeometry(point)
        layer.CreateFeature(feature)
    layer.CommitTransaction()
    source = None
    return xs, ys


def timed_command(command, env=None):
    """Wall time and peak resident memory (MiB) of a child process."""
    start = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    output = process.stdout.read()
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    if status != 0:
        sys.exit(f"{command[0]} failed:\n{output.decode(errors='replace')[-3000:]}")
    return wall, usage.ru_maxrss / 1024.0


def run_in_qgis(landslides, reference, output):
    """Wall time of lsghnet:gaussianheatmap through processing.run, QGIS started."""
    from qgis.core import QgsApplication

    application = QgsApplication([], False)
    application.initQgis()
    sys.path[:0] = [os.path.join(REPO, ".build", "plugins"), "/usr/share/qgis/python/plugins"]
    import lsghnet
    import processing
    from processing.core.Processing import Processing

    Processing.initialize()
    plugin = lsghnet.classFactory(None)
    plugin.initProcessing()
    start = time.perf_counter()
    processing.run("lsghnet:gaussianheatmap", {"LANDSLIDES": f"{landslides}|layername=landslides",
                                               "REFERENCE": reference, "OUTPUT": output})
    return time.perf_counter() - start


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size", type=int, default=10000)
    parser.add_argument("--landslides", type=int, default=100000)
    parser.add_argument("--rounds", type=int, default=3, help="repetitions; the best time of each is shown")
    parser.add_argument("--folder", default=os.path.join(REPO, "bench_output"))
    parser.add_argument("--in-qgis", nargs=3, help=argparse.SUPPRESS)
    arguments = parser.parse_args()
    if arguments.in_qgis:
        print(run_in_qgis(*arguments.in_qgis))
        return
    os.makedirs(arguments.folder, exist_ok=True)
    reference = os.path.join(arguments.folder, "reference.tif")
    landslides = os.path.join(arguments.folder, "landslides.gpkg")
    size, count = arguments.size, arguments.landslides

    print(f"Building a {size} x {size} Float32 grid and {count} landslides in {arguments.folder} ...")
    make_reference(reference, size)
    xs, ys = make_landslides(landslides, size, count)
    copy_path = os.path.join(arguments.folder, "copy.tif")
    output = os.path.join(arguments.folder, "heatmap.tif")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen",
               XDG_DATA_HOME=os.path.join(REPO, ".build", "qgis-profile"),
               QGIS_PLUGINPATH=os.path.join(REPO, ".build", "plugins"),
               PYTHONPATH=sysconfig.get_paths()["purelib"])

    def remove_outputs():
        for path in (copy_path, output):
            if os.path.exists(path):
                os.remove(path)

    measures = {"copy": [], "algorithm": [], "qgis_process": []}
    memory = {}
    for _ in range(arguments.rounds):  # interleaved, so page-cache state affects all alike
        remove_outputs()
        wall, memory["copy"] = timed_command(["gdal_translate", "-q", "-of", "GTiff", reference, copy_path])
        measures["copy"].append(wall)
        remove_outputs()
        in_qgis = subprocess.run([sys.executable, __file__, "--in-qgis", landslides, reference, output],
                                 env=env, capture_output=True, text=True, check=True)
        measures["algorithm"].append(float(in_qgis.stdout.strip().splitlines()[-1]))
        remove_outputs()
        wall, memory["qgis_process"] = timed_command(
            ["/usr/bin/qgis_process.bin", "run", "lsghnet:gaussianheatmap", "--",
             f"LANDSLIDES={landslides}|layername=landslides", f"REFERENCE={reference}", f"OUTPUT={output}"], env)
        measures["qgis_process"].append(wall)
    best = {name: min(values) for name, values in measures.items()}

    print()
    print(f"Best of {arguments.rounds} rounds; raster {size * size * 4 / 2 ** 20:.0f} MiB; goal: heatmap <= 2x the copy.")
    print(f"{'what':64s} {'wall s':>7s} {'x copy':>7s} {'peak MiB':>9s}")
    print(f"{'gdal_translate copy of the reference (baseline)':64s} {best['copy']:7.2f} {1:7.2f} {memory['copy']:9.0f}")
    print(f"{'gaussianheatmap, processing.run (QGIS already started), R=6':64s} {best['algorithm']:7.2f} "
          f"{best['algorithm'] / best['copy']:7.2f} {'':>9s}")
    print(f"{'gaussianheatmap, qgis_process.bin (QGIS start-up included), R=6':64s} {best['qgis_process']:7.2f} "
          f"{best['qgis_process'] / best['copy']:7.2f} {memory['qgis_process']:9.0f}")
    print("Peak memory of both processes is mostly GDAL's block cache (GDAL_CACHEMAX, default 5 % of RAM),")
    print("not the raster: the heatmap holds a few 2048 x 2048 windows at a time.")

    print()
    print("Engine alone (model.heatmap.write_heatmap), same grid: cost vs landslides and R")
    print(f"{'landslides':>11s} {'R':>3s} {'wall s':>8s}")
    rng = np.random.default_rng(1)
    dense = count * 10
    cases = [(count, 3, xs, ys), (count, 6, xs, ys), (count, 12, xs, ys),
             (dense, 6, ORIGIN_X + rng.uniform(0, size * PIXEL, dense), ORIGIN_Y - rng.uniform(0, size * PIXEL, dense)),
             (dense, 12, ORIGIN_X + rng.uniform(0, size * PIXEL, dense), ORIGIN_Y - rng.uniform(0, size * PIXEL, dense))]
    for number, radius, case_xs, case_ys in cases:
        remove_outputs()
        start = time.perf_counter()
        heatmap.write_heatmap(reference, output, case_xs, case_ys, radius=radius)
        print(f"{number:11d} {radius:3d} {time.perf_counter() - start:8.2f}")


if __name__ == "__main__":
    main()
