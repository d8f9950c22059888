"""Raster plumbing shared by the engine: grids, block windows, validity masks and
GDAL's errors (all-or-nothing output files: `outputs.py`).

Everything here streams: a raster is visited window by window, so memory depends on
the window size, never on the raster size.
"""
from __future__ import annotations

import os
import traceback
from dataclasses import dataclass

import numpy as np
from osgeo import gdal, ogr, osr

from .errors import InputError, Message

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
