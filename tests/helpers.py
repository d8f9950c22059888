"""Independent reference computations and small raster builders for the tests."""
import contextlib
import json
import math
import os
import shutil
import subprocess

import numpy as np
from filelock import FileLock
from osgeo import gdal, ogr, osr

gdal.UseExceptions()

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SAMPLE = os.path.join(REPO, "resources", "sample_data", "ecuador")


def built_once(tmp_path_factory, name, build):
    """What `build(folder)` returns (JSON values), built by the first of a run's pytest
    processes (pytest-xdist) to ask for it and read by the others, so that a fixture
    that trains a model trains it once per run, not once per process. The others wait
    meanwhile; nothing is kept from one run to the next."""
    base = tmp_path_factory.getbasetemp()
    root = base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base  # the run's own folder
    done = root / f"{name}.json"
    with FileLock(str(root / f"{name}.lock")):
        if not done.exists():
            folder = root / name
            shutil.rmtree(folder, ignore_errors=True)  # what an earlier process left when its build failed
            folder.mkdir()
            done.write_text(json.dumps(build(folder)))
    return json.loads(done.read_text())


def brute_force_heatmap(height, width, site_rows, site_cols, radius, boundary):
    """The heatmap by the definition: for every cell, the maximum over all sites of
    exp(-d^2 / (2 sigma^2)) within R, 0 beyond; float64, then Float32."""
    sigma = radius / math.sqrt(-2.0 * math.log(boundary))
    rows, cols = np.mgrid[0:height, 0:width]
    result = np.zeros((height, width))
    for site_row, site_col in zip(site_rows, site_cols):
        squared = (rows - site_row) ** 2 + (cols - site_col) ** 2
        value = np.where(squared <= radius * radius, np.exp(-squared / (2 * sigma * sigma)), 0.0)
        np.maximum(result, value, out=result)
    return result.astype(np.float32)


def interval_counts(values):
    """Cells per interval [0, .2), [.2, .4), [.4, .6), [.6, .8), [.8, 1] by comparison."""
    edges = [0.0, 0.2, 0.4, 0.6, 0.8]
    return [int(np.count_nonzero((values >= low) & (values < high)))
            for low, high in zip(edges, edges[1:] + [1.01])]


def write_raster(path, array, origin=(500000.0, 9600000.0), pixel=10.0, epsg=32717, nodata=None,
                 data_type=gdal.GDT_Float32):
    """A one-band GeoTIFF of `array` (Float32 unless `data_type` says), north-up."""
    height, width = array.shape
    dataset = gdal.GetDriverByName("GTiff").Create(str(path), width, height, 1, data_type)
    dataset.SetGeoTransform((origin[0], pixel, 0.0, origin[1], 0.0, -pixel))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    dataset.SetProjection(srs.ExportToWkt())
    band = dataset.GetRasterBand(1)
    if nodata is not None:
        band.SetNoDataValue(nodata)
    band.WriteArray(array.astype(np.float32) if data_type == gdal.GDT_Float32 else array)
    dataset = None
    return str(path)


def read_array(path):
    dataset = gdal.Open(str(path))
    return dataset.GetRasterBand(1).ReadAsArray()


def pixel_centre(row, col, origin=(500000.0, 9600000.0), pixel=10.0):
    return origin[0] + (col + 0.5) * pixel, origin[1] - (row + 0.5) * pixel


def point_coordinates(path, layer_name):
    """x, y of every point of a vector layer, read with OGR (independently of QGIS)."""
    dataset = ogr.Open(path)
    points = [feature.GetGeometryRef().GetPoint_2D() for feature in dataset.GetLayerByName(layer_name)]
    return np.array([p[0] for p in points]), np.array([p[1] for p in points])


def clean_environment():
    """os.environ without pytest-qgis's QGIS_CUSTOM_CONFIG_PATH, which would make
    child QGIS processes share (and pre-enable plugins in) the test session's profile."""
    return {name: value for name, value in os.environ.items() if name != "QGIS_CUSTOM_CONFIG_PATH"}


@contextlib.contextmanager
def small_disk(folder, size="256k"):
    """`folder` as a tmpfs of `size` (a disk that fills up), or None where this
    process may not mount one (not root, or inside a root without the privilege)."""
    os.makedirs(folder, exist_ok=True)
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)],
                             capture_output=True).returncode == 0 if os.geteuid() == 0 else False
    try:
        yield folder if mounted else None
    finally:
        if mounted:
            subprocess.run(["umount", "-l", str(folder)], check=True)
