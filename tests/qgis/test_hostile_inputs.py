"""Property-based hostile inputs (hypothesis): rasters of 1 to 3 bands, of several
types, with nodata declared, NaN, an undeclared sentinel or none, in a projected or
a geographic CRS, tiny to huge; landslide layers of points, multipoints, polygons,
multipolygons, lines, geometry collections or no geometry, with NULL geometries,
inside or outside the grid, in their own CRS or none, alone or beside another layer
in one GeoPackage; numbers from zero to absurd. Each algorithm, run through `processing.run`, must give a
correct result or a plain refusal: never a traceback, never a changed input,
nothing left behind when it fails. The examples are a fixed budget, drawn the same
way on every run (`derandomize`), so that `make test` takes the same time."""
import hashlib
import json
import os
import tempfile

import numpy as np
import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from osgeo import gdal, ogr, osr

from tests.qgis.conftest import RecordingFeedback, ensure_provider
from tests.qgis.ecuador import LANDSLIDES

pytestmark = pytest.mark.usefixtures("provider")

#: Examples per algorithm: the fixed budget.
EXAMPLES = 30
BUDGET = settings(max_examples=EXAMPLES, deadline=None, derandomize=True, database=None,
                  suppress_health_check=list(HealthCheck))
#: What an exception's name looks like when Python's own error reaches the user.
PYTHON_ERRORS = ("Traceback", "Error:", "Exception:", "object has no attribute", "unexpected keyword")

GEOMETRY_KINDS = {"point": ogr.wkbPoint, "multipoint": ogr.wkbMultiPoint, "polygon": ogr.wkbPolygon,
                  "multipolygon": ogr.wkbMultiPolygon, "line": ogr.wkbLineString, "none": ogr.wkbNone,
                  "collection": ogr.wkbGeometryCollection}
HOSTILE = [0, -1, 0.5, 1e-9, 10 ** 12, 1e300]


def numbers(*sane):
    """A parameter's value: one of its `sane` values seven times in eight, else a hostile one."""
    return st.sampled_from(list(sane) * max(1, 7 * len(HOSTILE) // len(sane)) + HOSTILE)


def mostly(usual, *others):
    """`usual` three times in four, else one of `others`: enough ordinary inputs
    get through the checks for the results themselves to be checked."""
    return st.sampled_from([usual] * 3 * len(others) + list(others))


@st.composite
def rasters(draw, index=False):
    """A raster description: written by `write_raster`; with `index`, mostly a
    susceptibility index (values in 0..1)."""
    data_type = draw(mostly("Float32", "Int16", "Byte") if not index else mostly("Float32", "Int16"))
    kinds = ["declared", "undeclared sentinel", "none"] + (["nan"] if data_type == "Float32" else [])
    return {"bands": draw(mostly(1, 2, 3)), "type": data_type, "nodata": draw(mostly(kinds[0], *kinds[1:])),
            "epsg": draw(mostly(32717, 4326)), "width": draw(st.integers(1, 30)), "height": draw(st.integers(1, 30)),
            "pixel": draw(mostly(10.0, 1e-4, 1e4)), "constant": draw(mostly(False, True)),
            "seed": draw(st.integers(0, 10 ** 6)), "unit_range": draw(mostly(True, False))}


@st.composite
def landslide_layers(draw):
    return {"kind": draw(mostly("point", "multipoint", "polygon", "multipolygon", "line", "none", "collection")),
            "count": draw(mostly(4, 0, 1, 6)), "nulls": draw(mostly(0, 1, 2)),
            "container": draw(mostly("alone", "named", "unnamed")),
            "epsg": draw(mostly(None, 4326, 3857, "missing")),  # None: the raster's; "missing": no CRS at all
            "places": draw(st.lists(st.tuples(st.floats(-0.3, 1.3), st.floats(-0.3, 1.3)), min_size=6, max_size=6)),
            "size": draw(mostly(0.5, 3.0))}


def write_raster(folder, spec, name="factor"):
    rng = np.random.default_rng(spec["seed"])
    numpy_type = {"Float32": np.float32, "Int16": np.int16, "Byte": np.uint8}[spec["type"]]
    shape = (spec["bands"], spec["height"], spec["width"])
    if spec["unit_range"] and spec["type"] == "Float32":
        values = rng.random(shape)
    else:
        values = rng.integers(1, 6, shape) if spec["type"] == "Byte" else rng.normal(100, 40, shape)
    if spec["constant"]:
        values = np.full(shape, values.flat[0])
    values = values.astype(numpy_type)
    sentinel = {"Float32": -9999, "Int16": -32768, "Byte": 255}[spec["type"]]
    hole = rng.random(shape[1:]) < 0.2
    if spec["nodata"] == "nan":
        values[:, hole] = np.nan
    elif spec["nodata"] != "none":
        values[:, hole] = sentinel
    path = os.path.join(folder, f"{name}.tif")
    dataset = gdal.GetDriverByName("GTiff").Create(path, spec["width"], spec["height"], spec["bands"],
                                                   gdal.GetDataTypeByName(spec["type"]))
    x0, y0 = (-78.9, -3.9) if spec["epsg"] == 4326 else (715000.0, 9560000.0)
    dataset.SetGeoTransform((x0, spec["pixel"], 0, y0, 0, -spec["pixel"]))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(spec["epsg"])
    dataset.SetProjection(srs.ExportToWkt())
    for band in range(spec["bands"]):
        dataset.GetRasterBand(band + 1).WriteArray(values[band])
        dataset.GetRasterBand(band + 1).SetDescription(f"b{band + 1}" if band else "")
        if spec["nodata"] == "declared":
            dataset.GetRasterBand(band + 1).SetNoDataValue(sentinel)
    dataset = None
    return path


def write_landslides(folder, spec, raster):
    """The layer described by `spec`, placed relative to the raster's extent."""
    grid = gdal.Open(raster)
    x0, dx, _, y0, _, dy = grid.GetGeoTransform()
    raster_srs = osr.SpatialReference(wkt=grid.GetProjection())
    width, height = grid.RasterXSize * dx, grid.RasterYSize * -dy
    layer_srs = raster_srs
    if spec["epsg"] and spec["epsg"] != "missing":
        layer_srs = osr.SpatialReference()
        layer_srs.ImportFromEPSG(spec["epsg"])
    for srs in (raster_srs, layer_srs):
        srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    transform = osr.CoordinateTransformation(raster_srs, layer_srs)
    path = os.path.join(folder, "landslides.gpkg")
    source = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    stored_srs = None if spec["epsg"] == "missing" else layer_srs  # coordinates in the raster's, CRS not said
    layer = source.CreateLayer("slides", stored_srs, GEOMETRY_KINDS[spec["kind"]])
    half = spec["size"] * dx
    for fx, fy in spec["places"][:spec["count"]]:
        x, y = x0 + fx * width, y0 - fy * height
        wkt = {"point": f"POINT ({x} {y})", "multipoint": f"MULTIPOINT (({x} {y}),({x + 3 * half} {y}))",
               "polygon": f"POLYGON (({x - half} {y - half},{x + half} {y - half},{x + half} {y + half},"
                          f"{x - half} {y - half}))",
               "multipolygon": f"MULTIPOLYGON ((({x - half} {y - half},{x + half} {y - half},{x} {y + half},"
                               f"{x - half} {y - half})),(({x + 4 * half} {y},{x + 6 * half} {y},{x + 5 * half} "
                               f"{y + 2 * half},{x + 4 * half} {y})))",
               "line": f"LINESTRING ({x} {y},{x + half} {y + half})", "none": None,
               "collection": f"GEOMETRYCOLLECTION (POINT ({x} {y}),POLYGON (({x - half} {y - half},{x + half} "
                             f"{y - half},{x + half} {y + half},{x - half} {y - half})))"}[spec["kind"]]
        feature = ogr.Feature(layer.GetLayerDefn())
        if wkt:
            geometry = ogr.CreateGeometryFromWkt(wkt)
            try:
                geometry.Transform(transform)
            except RuntimeError:
                pass  # outside the CRS's area: kept as it is, far from the grid
            feature.SetGeometry(geometry)
        layer.CreateFeature(feature)
    for _ in range(spec["nulls"] if spec["kind"] != "none" else 0):
        layer.CreateFeature(ogr.Feature(layer.GetLayerDefn()))
    if spec["container"] != "alone":
        other = source.CreateLayer("study_area", stored_srs, ogr.wkbPolygon)
        other.CreateFeature(ogr.Feature(other.GetLayerDefn()))
    source = None
    return path + "|layername=slides" if spec["container"] != "unnamed" else path


def ecuador_places(stack):
    """Where six of Ecuador's landslides lie, as fractions of the stack's extent."""
    grid = gdal.Open(stack)
    x0, dx, _, y0, _, dy = grid.GetGeoTransform()
    source = ogr.Open(LANDSLIDES.split("|")[0])
    layer = source.GetLayer(0)
    points = [feature.GetGeometryRef().GetPoint_2D() for feature in layer][:6]
    return [((x - x0) / (dx * grid.RasterXSize), (y0 - y) / (-dy * grid.RasterYSize)) for x, y in points]


def digests(paths):
    found = {}
    for path in paths:
        path = str(path).split("|")[0]
        if os.path.isfile(path):
            with open(path, "rb") as handle:
                found[path] = hashlib.sha256(handle.read()).hexdigest()
    return found


def run_checked(algorithm_id, parameters, inputs, outputs):
    """processing.run: the result, or None after a plain refusal; fails the test on
    a Python error reaching the user, a changed input or an output left by a failure."""
    import processing
    from qgis.core import QgsProcessingException

    ensure_provider()
    before = digests(inputs)
    feedback = RecordingFeedback()
    try:
        result = processing.run(f"lsghnet:{algorithm_id}", parameters, feedback=feedback)
    except QgsProcessingException as error:
        text = "\n".join([str(error)] + feedback.errors)
        assert not any(sign in text for sign in PYTHON_ERRORS), text
        assert str(error).strip(), "an empty message"
        left = [path for path in outputs if os.path.exists(path)]
        assert not left, f"a failed run left {left}"
        result = None
        event(f"refused: {str(error).splitlines()[-1][:70]}")
    else:
        event("a result")
    assert not any(sign in "\n".join(feedback.errors) for sign in PYTHON_ERRORS), feedback.errors
    assert digests(inputs) == before, "a run changed its input"
    return result


@BUDGET
@given(raster=rasters(), slides=landslide_layers(), radius=numbers(1, 3, 6), boundary=numbers(0.1, 0.5))
def test_heatmap(raster, slides, radius, boundary):
    with tempfile.TemporaryDirectory() as folder:
        reference = write_raster(folder, raster)
        layer = write_landslides(folder, slides, reference)
        output = os.path.join(folder, "out", "heat.tif")
        os.mkdir(os.path.dirname(output))
        result = run_checked("gaussianheatmap", {"LANDSLIDES": layer, "REFERENCE": reference, "RADIUS": radius,
                                                 "BOUNDARY_VALUE": boundary, "OUTPUT": output}, [reference, layer],
                             [output])
        if result is None:
            return
        assert slides["kind"] in ("point", "multipoint", "polygon", "multipolygon", "collection")
        assert slides["container"] != "unnamed"
        dataset = gdal.Open(output)
        heat = dataset.GetRasterBand(1).ReadAsArray()
        valid = ~np.isnan(heat) & (heat != dataset.GetRasterBand(1).GetNoDataValue())
        assert np.all((heat[valid] >= 0) & (heat[valid] <= 1))


@BUDGET
@given(first=rasters(), second=rasters(), classes=numbers(2, 5, 10), method=st.sampled_from(["quantile", "equal", "jenks",
                                                                                   "categorical", "breaks"]))
def test_prepare_factors(first, second, classes, method):
    with tempfile.TemporaryDirectory() as folder:
        paths = [write_raster(folder, first, "first"), write_raster(folder, second, "second")]
        output = os.path.join(folder, "out", "stack.tif")
        os.mkdir(os.path.dirname(output))
        grading = ["first" if first["bands"] == 1 else "first_b1", method, str(classes) if method != "breaks" else "", "50 100" if method == "breaks" else ""]
        result = run_checked("preparefactors", {"FACTORS": paths, "GRADING": grading, "OUTPUT": output}, paths,
                             [output, output[:-4] + ".json"])
        if result is None:
            return
        stack = gdal.Open(output)
        assert stack.RasterCount == first["bands"] + second["bands"]
        with open(output[:-4] + ".json", encoding="utf-8") as handle:
            catalogue = json.load(handle)["factors"]
        codes = stack.ReadAsArray().reshape(stack.RasterCount, -1)
        for band, factor in zip(codes, catalogue):
            assert band.min() >= 0 and band.max() <= factor["classes"]


@BUDGET
@given(raster=rasters(index=True), zones=numbers(2, 5), slides=landslide_layers(), method=numbers(0, 1, 2))
def test_zoning(raster, zones, slides, method):
    with tempfile.TemporaryDirectory() as folder:
        susceptibility = write_raster(folder, raster, "susceptibility")
        layer = write_landslides(folder, slides, susceptibility)
        out = os.path.join(folder, "out")
        os.mkdir(out)
        outputs = [os.path.join(out, name) for name in ("zones.tif", "zoning.gpkg", "zoning.html")]
        result = run_checked("zoning", {"SUSCEPTIBILITY": susceptibility, "LANDSLIDES": layer, "N_ZONES": zones,
                                        "METHOD": method, "OUTPUT_ZONES": outputs[0], "OUTPUT_TABLE": outputs[1],
                                        "OUTPUT_REPORT": outputs[2]}, [susceptibility, layer], outputs)
        if result is None:
            return
        assert raster["nodata"] != "undeclared sentinel" and 2 <= zones <= 20
        values = gdal.Open(outputs[0]).ReadAsArray()
        assert values.min() >= 0 and values.max() <= zones


@BUDGET
@given(slides=landslide_layers(), negatives=numbers(5, 100), per_interval=numbers(0, 3), distance=numbers(0.0, 30.0),
       fraction=numbers(0.3, 0.5), block=numbers(200.0, 1000.0), split=numbers(0, 1, 2))
def test_extract_samples(ecuador, slides, negatives, per_interval, distance, fraction, block, split):
    with tempfile.TemporaryDirectory() as folder:
        slides = dict(slides, places=ecuador_places(ecuador["stack"]))  # on the study area's cells
        layer = write_landslides(folder, slides, ecuador["stack"])
        output = os.path.join(folder, "out", "samples.gpkg")
        os.mkdir(os.path.dirname(output))
        result = run_checked("extractsamples", {
            "LANDSLIDES": layer, "HEATMAP": ecuador["heat"], "FACTORS": ecuador["stack"], "N_NEGATIVE": negatives,
            "N_PER_INTERVAL": per_interval, "MIN_DISTANCE": distance, "TEST_FRACTION": fraction,
            "BLOCK_SIZE": block, "SPLIT": split, "OUTPUT": output}, [layer, ecuador["stack"], ecuador["heat"]],
            [output])
        if result is None:
            return
        source = ogr.Open(output)
        layer = source.GetLayer(0)
        labels = [feature["label"] for feature in layer]
        assert labels and min(labels) >= 0 and max(labels) <= 1

