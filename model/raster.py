"""Raster plumbing shared by the engine: grids, block windows, validity masks and
all-or-nothing output files.

Everything here streams: a raster is visited window by window, so memory depends on
the window size, never on the raster size.
"""
from __future__ import annotations

import contextlib
import os
import shutil
import stat
import tempfile
import traceback
import uuid
from dataclasses import dataclass
from typing import Iterator

import numpy as np
from osgeo import gdal, ogr, osr

from .errors import InputError, Message, disk_failure, disk_full

gdal.UseExceptions()

#: Side of the square windows the engine reads, computes and writes (pixels).
#: 2048 x 2048 Float32 is 16 MiB per array.
WINDOW = 2048

#: Creation options of every GeoTIFF the plugin writes: tiled so that windows are
#: written without re-reading strips, BigTIFF only when the file needs it.
GTIFF_OPTIONS = ["TILED=YES", "BLOCKXSIZE=256", "BLOCKYSIZE=256", "BIGTIFF=IF_SAFER"]


@dataclass(frozen=True)
class Window:
    """A rectangle of pixels: column/row offset and size."""

    col: int
    row: int
    width: int
    height: int


@dataclass(frozen=True)
class Grid:
    """A north-up raster grid: size, geotransform and CRS (WKT)."""

    width: int
    height: int
    geotransform: tuple
    crs_wkt: str

    @classmethod
    def of(cls, dataset: gdal.Dataset) -> "Grid":
        gt = dataset.GetGeoTransform()
        if gt[2] != 0 or gt[4] != 0:
            raise InputError(
                "The raster is rotated (its geotransform has rotation terms). "
                "Warp it to a north-up grid first (Raster > Projections > Warp)."
            )
        return cls(dataset.RasterXSize, dataset.RasterYSize, tuple(gt), dataset.GetProjection())

    def pixel_of(self, xs: np.ndarray, ys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Row and column of the pixels holding map coordinates (may lie outside)."""
        x0, dx, _, y0, _, dy = self.geotransform
        cols = np.floor((np.asarray(xs, dtype=np.float64) - x0) / dx).astype(np.int64)
        rows = np.floor((np.asarray(ys, dtype=np.float64) - y0) / dy).astype(np.int64)
        return rows, cols

    def contains(self, rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
        return (rows >= 0) & (rows < self.height) & (cols >= 0) & (cols < self.width)

    def windows(self, size: int | None = None) -> list[Window]:
        """The grid in square windows of `size` cells (default `WINDOW`)."""
        size = size or WINDOW
        return [
            Window(col, row, min(size, self.width - col), min(size, self.height - row))
            for row in range(0, self.height, size)
            for col in range(0, self.width, size)
        ]


def open_raster(path: str, what) -> gdal.Dataset:
    """Open a raster for reading, or explain why it cannot be read. `what` names it
    for the message (a `Message`, or text already translated)."""
    try:
        dataset = gdal.Open(path, gdal.GA_ReadOnly)
    except RuntimeError as error:
        raise InputError("The {what} '{path}' cannot be read as a raster ({error}). Check that the file exists, is "
                         "complete and is a raster format GDAL reads.", what=what, path=path, error=error) from error
    if dataset is None or dataset.RasterCount == 0:
        raise InputError("The {what} '{path}' holds no raster band. Choose a raster file.", what=what, path=path)
    return dataset


def band_descriptions(path: str) -> list:
    """The description of every band of a raster file ('' where it has none), as
    GDAL reads it on every QGIS version (QGIS 3.22's provider has no
    bandDescription)."""
    dataset = open_raster(path, Message("factor raster"))
    return [dataset.GetRasterBand(band).GetDescription() for band in range(1, dataset.RasterCount + 1)]


#: Values that stand for "no data" in rasters whose nodata value was lost (exported
#: without it, or never declared): common GIS sentinels, never a real factor value.
NODATA_SENTINELS = (-9999.0, -99999.0, -999999.0, -32768.0, -32767.0, 32767.0, 65535.0, -3.4028234663852886e38,
                    3.4028234663852886e38, -1.7976931348623157e308, 1.7976931348623157e308, -1e20, 1e20)


def declares_nodata(path: str, band: int) -> bool:
    """Whether a band says which cells have no data (a nodata value or a mask)."""
    dataset = gdal.Open(path, gdal.GA_ReadOnly)  # kept: a band outliving its dataset crashes GDAL
    source = dataset.GetRasterBand(band)
    return source.GetNoDataValue() is not None or not source.GetMaskFlags() & gdal.GMF_ALL_VALID


def sentinel_in(values: np.ndarray):
    """A nodata sentinel among `values` (the cells a band without nodata calls
    valid), or None. Compared at Float32 precision, the precision most rasters store
    them in; values beyond Float32's range become infinite there, as the largest
    sentinels do."""
    with np.errstate(over="ignore"):
        found = np.isin(values.astype(np.float32), np.array(NODATA_SENTINELS).astype(np.float32))
    return float(values[found][0]) if found.any() else None


def is_extreme(path: str, band: int, value: float) -> bool:
    """Whether `value` is the smallest or the largest value of a band (exact, one
    pass over the band). A stand-in for no data lies outside the data's range; the
    same number inside it (32767 among slopes in thousandths of a degree) is data."""
    dataset = gdal.Open(path, gdal.GA_ReadOnly)  # kept: a band outliving its dataset crashes GDAL
    low, high = dataset.GetRasterBand(band).ComputeRasterMinMax(False)
    with np.errstate(over="ignore"):
        return bool(np.isin(np.float32(value), np.array([low, high]).astype(np.float32)))


def read_valid(band: gdal.Band, window: Window) -> np.ndarray:
    """Boolean array, True where the band has data in the window.

    Honours a nodata value (NaN included), NaN cells of a float band that declares
    no nodata, and per-dataset or alpha masks. Reads the band once in the common
    cases (no mask or a nodata value).
    """
    flags = band.GetMaskFlags()
    args = (window.col, window.row, window.width, window.height)
    if flags & (gdal.GMF_PER_DATASET | gdal.GMF_ALPHA) and not flags & gdal.GMF_NODATA:
        return band.GetMaskBand().ReadAsArray(*args) > 0
    data = band.ReadAsArray(*args)
    valid = np.ones(data.shape, dtype=bool)
    if np.issubdtype(data.dtype, np.floating):
        valid &= ~np.isnan(data)
    nodata = band.GetNoDataValue()
    if nodata is not None and not np.isnan(nodata):
        valid &= data != nodata
    return valid


#: Less free space than this on an output's disk after a failed write: the disk was full.
FULL_BYTES = 1 << 20


@contextlib.contextmanager
def atomic_outputs(*paths: str) -> Iterator[list]:
    """Yield temporary paths beside `paths`; move them onto `paths` only when the
    block succeeds.

    A failed or cancelled run (any exception) removes the temporary files, and the
    move is all or nothing (`_replace_all`), so every destination is either the
    complete new result or untouched. A write that fails because the disk is full
    (GDAL then reports only a write error) says so.
    """
    temporaries, folders = [], [os.path.dirname(os.path.abspath(path)) for path in paths]
    try:
        for path, folder in zip(paths, folders):
            if not os.path.isdir(folder):
                raise InputError("The output folder '{folder}' does not exist. Choose an existing folder.",
                                 folder=folder)
            if not os.access(folder, os.W_OK):
                raise InputError("The output folder '{folder}' is not writable. Choose a folder you may write to.",
                                 folder=folder)
            temporaries.append(_new_partial_file(folder, os.path.splitext(path)[1]))
        yield temporaries
        mode = _new_file_mode()
        moves = []
        for temporary, path in zip(temporaries, paths):
            os.chmod(temporary, mode)  # mkstemp makes 0600; outputs get what the user's other new files get
            # GDAL keeps some metadata (category names, statistics) in a sidecar:
            # move the new one along, and never leave the old file's behind.
            sidecar = temporary + ".aux.xml"
            moves += [(temporary, path), (sidecar if os.path.exists(sidecar) else None, path + ".aux.xml")]
        _replace_all(moves)
    except (OSError, RuntimeError) as error:
        full = next((folder for folder in folders if os.path.isdir(folder)
                     and shutil.disk_usage(folder).free < FULL_BYTES), None)
        failure = disk_failure(error) or (disk_full(full) if full else None)
        if failure is None:
            raise
        raise failure from error
    finally:
        for temporary in temporaries:
            for leftover in (temporary, temporary + ".aux.xml"):
                with contextlib.suppress(FileNotFoundError):
                    os.remove(leftover)


def _replace_all(moves: list) -> None:
    """Move each (source, destination) pair's source onto its destination (a source
    of None: no file there any more), all or none. The destinations that exist are
    first moved aside, then the sources in, then the old files removed; if a move
    fails or the run is cancelled meanwhile, the old files are put back. A file open
    in another program cannot be moved on Windows (a raster loaded in QGIS, say):
    that becomes a plain message, and nothing is replaced. A read-only file is
    refused the same way, on every platform: its owner protected it (and on Windows
    its moved-aside copy could not be removed afterwards)."""
    aside, placed, destination = [], [], None
    try:
        for _, destination in moves:
            if os.path.isdir(destination):
                raise InputError("'{path}' is a folder. Choose a file name for the output.", path=destination)
            if os.path.lexists(destination):
                if not os.lstat(destination).st_mode & stat.S_IWUSR:
                    raise InputError("'{path}' is read-only, so it was not replaced and nothing was written. Choose "
                                     "another output file, or make this one writable if it may be replaced.",
                                     path=destination)
                backup = _free_name(os.path.dirname(destination), ".lsghnet-old-", os.path.splitext(destination)[1])
                os.replace(destination, backup)
                aside.append((backup, destination))
        for source, destination in moves:
            if source is not None:
                os.replace(source, destination)
                placed.append(destination)
    except BaseException as error:
        for new in placed:
            with contextlib.suppress(OSError):
                os.remove(new)
        for backup, old in reversed(aside):
            with contextlib.suppress(OSError):  # never expected; the old file then stays under the backup's name
                os.replace(backup, old)
        if isinstance(error, OSError):
            raise InputError("'{path}' could not be replaced ({reason}), so nothing was written. If the file is open "
                             "in another program, or loaded as a layer in QGIS on Windows, close it or remove the "
                             "layer, or choose another output file.", path=destination,
                             reason=error.strerror or str(error)) from error
        raise
    for backup, _ in aside:
        with contextlib.suppress(OSError):
            os.remove(backup)


def _new_partial_file(folder: str, extension: str) -> str:
    """An empty new file in `folder` for an output to be written to. Its name has a
    fixed length (25 characters and the extension), so a long output name does not
    make it too long; a folder whose path is too long for one (Windows limits a path
    to 260 characters) is a plain message."""
    try:
        handle, path = tempfile.mkstemp(prefix=".lsghnet-partial-", suffix=extension, dir=folder)
    except OSError as error:
        if disk_failure(error):
            raise  # atomic_outputs says which disk is full
        raise InputError("A new file could not be created in the output folder '{folder}' ({reason}). Choose a "
                         "folder with a shorter path (Windows allows at most 260 characters in a path, file name "
                         "included), or another folder.", folder=folder,
                         reason=error.strerror or str(error)) from error
    os.close(handle)
    return path


def _free_name(folder: str, prefix: str, extension: str) -> str:
    """A path in `folder` that nothing occupies: `prefix`, 8 random hex digits and
    `extension`. Shorter than the partial files' names, so it fits wherever they do,
    however long the output's own name."""
    while True:
        path = os.path.join(folder, f"{prefix}{uuid.uuid4().hex[:8]}{extension}")
        if not os.path.lexists(path):
            return path


def gdal_failure(error: BaseException):
    """An `InputError` for a RuntimeError that GDAL raised (its message names the
    file, e.g. a truncated GeoTIFF's "IReadBlock failed"), else None: a GDAL error is
    raised inside the osgeo package, or carries GDAL's last error message."""
    raised_in_gdal = bool(error.__traceback__) and f"{os.sep}osgeo{os.sep}" in traceback.extract_tb(
        error.__traceback__)[-1].filename
    if not isinstance(error, RuntimeError) or not str(error) or not (
            raised_in_gdal or str(error) == gdal.GetLastErrorMsg()):
        return None
    return InputError("GDAL could not read or write a raster: {error} The file may be incomplete or damaged (an "
                      "interrupted copy or download): copy or create it again.", error=str(error).rstrip())


def _new_file_mode() -> int:
    """The permissions a new file gets under the process's umask (0644 under 022)."""
    umask = os.umask(0o022)
    os.umask(umask)
    return 0o666 & ~umask


@contextlib.contextmanager
def atomic_output(path: str) -> Iterator[str]:
    """`atomic_outputs` for one file."""
    with atomic_outputs(path) as (temporary,):
        yield temporary


def create_float_raster(path: str, grid: Grid, nodata: float) -> gdal.Dataset:
    """An empty one-band Float32 GeoTIFF on `grid`; the caller writes every window."""
    driver = gdal.GetDriverByName("GTiff")
    dataset = driver.Create(path, grid.width, grid.height, 1, gdal.GDT_Float32, GTIFF_OPTIONS)
    dataset.SetGeoTransform(grid.geotransform)
    if grid.crs_wkt:
        dataset.SetProjection(grid.crs_wkt)
    dataset.GetRasterBand(1).SetNoDataValue(nodata)
    return dataset


def on_grid(dataset: gdal.Dataset, grid: Grid) -> bool:
    """Whether a dataset already lies exactly on `grid` (no resampling needed)."""
    same_crs = not grid.crs_wkt or not dataset.GetProjection() or osr.SpatialReference(
        dataset.GetProjection()).IsSame(osr.SpatialReference(grid.crs_wkt))
    return (dataset.RasterXSize, dataset.RasterYSize) == (grid.width, grid.height) and \
        np.allclose(dataset.GetGeoTransform(), grid.geotransform, rtol=0, atol=1e-9 * abs(grid.geotransform[1])) \
        and bool(same_crs)


def aligned_band(path: str, band: int, grid: Grid, resampling: str, what) -> gdal.Dataset:
    """A one-band dataset of `path`'s band on `grid`: the file itself when it is on
    the grid already, else a virtual warp (read lazily, window by window) with
    `resampling` ('near' or 'bilinear'), nodata NaN."""
    source = open_raster(path, what)
    if band > source.RasterCount:
        raise InputError("The {what} has {bands} band(s); band {band} does not exist.", what=what,
                         bands=source.RasterCount, band=band)
    if on_grid(source, grid) and source.RasterCount == 1:
        return source
    single = gdal.Translate("", source, format="VRT", bandList=[band])
    if on_grid(single, grid):
        return single
    x0, dx, _, y0, _, dy = grid.geotransform
    return gdal.Warp("", single, format="VRT", outputBounds=(x0, y0 + dy * grid.height, x0 + dx * grid.width, y0),
                     width=grid.width, height=grid.height, dstSRS=grid.crs_wkt, resampleAlg=resampling,
                     outputType=gdal.GDT_Float64, dstNodata=float("nan"))


class PolygonRaster:
    """Polygons rasterised window by window: each cell gets 1 + the index of the
    polygon its centre lies in (0: none). Windows may reach beyond the grid."""

    def __init__(self, wkbs: list, grid: Grid) -> None:
        self.grid = grid
        self._source = ogr.GetDriverByName("Memory").CreateDataSource("polygons")
        srs = osr.SpatialReference(grid.crs_wkt) if grid.crs_wkt else None
        self._layer = self._source.CreateLayer("polygons", srs, ogr.wkbUnknown)
        self._layer.CreateField(ogr.FieldDefn("burn", ogr.OFTInteger))
        for index, wkb in enumerate(wkbs):
            feature = ogr.Feature(self._layer.GetLayerDefn())
            feature.SetGeometry(ogr.CreateGeometryFromWkb(bytes(wkb)))
            feature.SetField("burn", index + 1)
            self._layer.CreateFeature(feature)

    def ids(self, window: Window) -> np.ndarray:
        x0, dx, _, y0, _, dy = self.grid.geotransform
        target = gdal.GetDriverByName("MEM").Create("", window.width, window.height, 1, gdal.GDT_Int32)
        target.SetGeoTransform((x0 + window.col * dx, dx, 0, y0 + window.row * dy, 0, dy))
        gdal.RasterizeLayer(target, [1], self._layer, options=["ATTRIBUTE=burn"])
        return target.GetRasterBand(1).ReadAsArray()

    def inside(self, window: Window) -> np.ndarray:
        return self.ids(window) > 0
