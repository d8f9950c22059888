"""The Ecuador chain the QGIS tests share: factors, stack, heatmap, samples."""
import os

from osgeo import gdal, ogr

from tests.helpers import SAMPLE

FACTOR_NAMES = ["slope", "cplan", "cprof", "elev", "log10_carea"]
FACTOR_FILES = [os.path.join(SAMPLE, f"{name}.tif") for name in FACTOR_NAMES]
SLOPE_BREAKS = [10, 20, 30, 35, 40, 45, 50]
GRADING = ["slope", "breaks", "", " ".join(map(str, SLOPE_BREAKS)), "elev", "jenks", "6", ""]
LANDSLIDES = os.path.join(SAMPLE, "landslides.gpkg") + "|layername=landslides"
MASK = os.path.join(SAMPLE, "study_mask.gpkg") + "|layername=study_mask"


def mask_array():
    """Cells of the Ecuador grid whose centre lies in the study mask (OGR + GDAL,
    independently of the plugin)."""
    reference = gdal.Open(FACTOR_FILES[0])
    target = gdal.GetDriverByName("MEM").Create("", reference.RasterXSize, reference.RasterYSize, 1, gdal.GDT_Byte)
    target.SetGeoTransform(reference.GetGeoTransform())
    target.SetProjection(reference.GetProjection())
    source = ogr.Open(os.path.join(SAMPLE, "study_mask.gpkg"))
    gdal.RasterizeLayer(target, [1], source.GetLayer(0), burn_values=[1])
    return target.ReadAsArray() > 0
