"""Property-based hostile inputs (hypothesis), for every algorithm: rasters of 1 to 3
bands, of several types, with nodata declared, NaN, an undeclared sentinel or none,
in a projected or a geographic CRS, tiny to huge; landslide layers of points,
multipoints, polygons, multipolygons, lines, geometry collections or no geometry,
with NULL geometries, inside or outside the grid, in their own CRS or none, alone or
beside another layer in one GeoPackage; samples layers edited (labels, kinds,
classes, a field dropped, the stack's fingerprint missing or another's, polygons,
another CRS, few rows, one class), for training, evaluation, explanation and
cross-validation (also as presence/absence points); the factor stack cut, converted, reprojected or
short of a band; the set-up's base Python and folder; numbers from zero to absurd.
Each algorithm, run through `processing.run`, must give a correct result or a plain
refusal: never a traceback, never a changed input, nothing left behind when it
fails. The examples are a fixed budget, drawn the same way on every run
(`derandomize`), so that `make test` takes the same time."""
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



def field_values(path, name):
    """A field's values in a table's rows (the data source is kept open while read:
    GDAL frees a layer with its source)."""
    source = ogr.Open(path)
    return [feature[name] for feature in source.GetLayer(0)]


@BUDGET
@given(first=rasters(), second=rasters(), slides=landslide_layers(), threshold=numbers(0.7, 0.9))
def test_factor_screening(first, second, slides, threshold):
    with tempfile.TemporaryDirectory() as folder:
        paths = [write_raster(folder, first, "first"), write_raster(folder, second, "second")]
        layer = write_landslides(folder, slides, paths[0])
        out = os.path.join(folder, "out")
        os.mkdir(out)
        outputs = [os.path.join(out, name) for name in ("correlation.gpkg", "importance.gpkg", "screening.html")]
        result = run_checked("factorscreening", {"FACTORS": paths, "LANDSLIDES": layer, "THRESHOLD": threshold,
                                                 "OUTPUT_CORRELATION": outputs[0], "OUTPUT_IMPORTANCE": outputs[1],
                                                 "OUTPUT_REPORT": outputs[2]}, paths + [layer], outputs)
        if result is None:
            return
        assert slides["container"] != "unnamed" and 0 < threshold <= 1
        assert len(field_values(outputs[1], "importance")) == first["bands"] + second["bands"]


#: Examples per algorithm that runs the worker (a few seconds each).
WORKER_BUDGET = settings(BUDGET, max_examples=8)


@st.composite
def sample_layers(draw):
    """A samples layer as analysts get them: edited labels, kinds or factor classes,
    a field dropped, the stack's fingerprint missing or another's, polygons or
    multipoints for points, another CRS, too few rows or one class."""
    return {"labels": draw(mostly("as drawn", "percent", "negative", "null")),
            "kind": draw(mostly("as drawn", "renamed", "null")),
            "missing": draw(mostly(None, "label", "kind", "split", "slope")),
            "classes": draw(mostly("as drawn", "zero", "beyond", "null")),
            "fingerprint": draw(mostly("as drawn", "absent", "other")),
            "geometry": draw(mostly("point", "multipoint", "polygon")),
            "epsg": draw(mostly(None, 4326)),
            "rows": draw(mostly("many", "few", "one class"))}


def write_samples(folder, spec, samples):
    """A copy of the Ecuador samples (400 of them) changed as `spec` says."""
    source = ogr.Open(samples)
    original = source.GetLayer(0)
    stack_srs = original.GetSpatialRef()
    srs = stack_srs
    if spec["epsg"]:
        srs = osr.SpatialReference()
        srs.ImportFromEPSG(spec["epsg"])
        srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    transform = osr.CoordinateTransformation(stack_srs, srs)
    path = os.path.join(folder, "samples.gpkg")
    target = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    kind = {"point": ogr.wkbPoint, "multipoint": ogr.wkbMultiPoint, "polygon": ogr.wkbPolygon}[spec["geometry"]]
    layer = target.CreateLayer("samples", srs, kind)
    definition = original.GetLayerDefn()
    names = [definition.GetFieldDefn(index).GetName() for index in range(definition.GetFieldCount())]
    kept = [name for name in names if name != spec["missing"] and not (name == "stack_id" and
                                                                          spec["fingerprint"] == "absent")]
    for name in kept:
        layer.CreateField(definition.GetFieldDefn(names.index(name)))
    features = [feature for feature in original]
    if spec["rows"] == "one class":
        features = [feature for feature in features if feature["label"] >= 0.5]
    features = features[:{"many": 400, "few": 6, "one class": 400}[spec["rows"]]]
    for number, feature in enumerate(features):
        copy = ogr.Feature(layer.GetLayerDefn())
        for name in kept:
            copy.SetField(name, feature[name])
        if "label" in kept:
            label = feature["label"]
            copy.SetField("label", {"as drawn": label, "percent": 100 * label, "negative": label - 1}.get(
                spec["labels"]) if spec["labels"] != "null" or number % 7 else None)
        if "kind" in kept and spec["kind"] != "as drawn" and number % 5 == 0:
            copy.SetField("kind", "soft" if spec["kind"] == "renamed" else None)
        if "slope" in kept and spec["classes"] != "as drawn" and number % 9 == 0:
            copy.SetField("slope", {"zero": 0, "beyond": 99, "null": None}[spec["classes"]])
        if "stack_id" in kept and spec["fingerprint"] == "other":
            copy.SetField("stack_id", "0123456789abcdef")
        point = feature.GetGeometryRef().Clone()
        point.Transform(transform)
        x, y = point.GetX(), point.GetY()
        half = 1.0 if not spec["epsg"] else 1e-5
        copy.SetGeometry(ogr.CreateGeometryFromWkt(
            {"point": f"POINT ({x} {y})", "multipoint": f"MULTIPOINT (({x} {y}))",
             "polygon": f"POLYGON (({x - half} {y - half},{x + half} {y - half},{x} {y + half},"
                        f"{x - half} {y - half}))"}[spec["geometry"]]))
        layer.CreateFeature(copy)
    target = source = None
    return path


@WORKER_BUDGET
@given(samples=sample_layers())
def test_train_and_evaluate(ecuador, trained, samples):
    """Training (a random forest: its worker run takes seconds) and evaluation on
    edited samples: a model whose test scores lie in 0..1, or a plain refusal."""
    with tempfile.TemporaryDirectory() as folder:
        layer = write_samples(folder, samples, ecuador["samples"])
        out = os.path.join(folder, "out")
        os.mkdir(out)
        outputs = [os.path.join(out, name) for name in ("model.lsghnet", "metrics.gpkg", "report.html")]
        result = run_checked("trainmodel", {"SAMPLES": layer, "FACTORS": ecuador["stack"], "MODEL_KIND": 3,
                                            "OUTPUT_MODEL": outputs[0], "OUTPUT_METRICS": outputs[1],
                                            "OUTPUT_REPORT": outputs[2]}, [layer, ecuador["stack"]], outputs)
        if result is not None:  # what must be refused was
            assert samples["labels"] in ("as drawn", "null") and samples["missing"] is None, samples
            assert samples["classes"] != "beyond" and samples["fingerprint"] != "other", samples
            assert samples["geometry"] != "polygon" and samples["rows"] == "many", samples
            scores = field_values(outputs[1], "roc_auc")
            assert scores and all(score is None or 0 <= score <= 1 for score in scores)
        metrics, report = os.path.join(out, "compared.gpkg"), os.path.join(out, "compared.html")
        compared = run_checked("evaluatemodels", {"MODELS": [trained["rf"][0]["OUTPUT_MODEL"]], "SAMPLES": layer,
                                                  "OUTPUT_METRICS": metrics, "OUTPUT_REPORT": report}, [layer],
                               [metrics, report])
        if compared is not None:
            assert samples["labels"] in ("as drawn", "null") and samples["missing"] is None, samples
            assert samples["classes"] != "beyond" and samples["fingerprint"] != "other", samples
            assert samples["geometry"] != "polygon", samples
            values = field_values(metrics, "roc_auc")
            assert values and all(value is None or 0 <= value <= 1 for value in values)
        explained = [os.path.join(out, name) for name in ("importance.gpkg", "response.gpkg", "explain.html")]
        explanation = run_checked("explainmodel", {"MODEL": trained["rf"][0]["OUTPUT_MODEL"], "SAMPLES": layer,
                                                   "REPEATS": 1, "OUTPUT_IMPORTANCE": explained[0],
                                                   "OUTPUT_RESPONSE": explained[1], "OUTPUT_REPORT": explained[2]},
                                  [layer], explained)
        if explanation is not None:
            assert samples["classes"] != "beyond" and samples["fingerprint"] != "other", samples
            assert samples["geometry"] != "polygon", samples
            assert all(-1 <= value <= 1 for value in field_values(explained[0], "auroc_fall"))
            assert all(0 <= value <= 1 for value in field_values(explained[1], "susceptibility"))


@st.composite
def stack_forms(draw):
    """The factor stack as it may reach prediction: as written, cut to a corner,
    converted to another type, with its nodata value dropped, reprojected, with a
    band left out, or its bands as separate files."""
    return {"form": draw(mostly("as written", "corner", "float", "no nodata", "reprojected", "band missing",
                                "bands as files")),
            "size": draw(st.integers(1, 60))}


def write_stack_form(folder, spec, stack):
    source = gdal.Open(stack)
    bands = source.RasterCount
    form = spec["form"]
    if form == "as written":
        return [stack]
    if form == "corner":
        return [gdal.Translate(os.path.join(folder, "corner.tif"), source,
                               srcWin=[0, 0, min(spec["size"], source.RasterXSize),
                                       min(spec["size"], source.RasterYSize)]).GetDescription()]
    if form == "float":
        return [gdal.Translate(os.path.join(folder, "float.tif"), source, outputType=gdal.GDT_Float32).GetDescription()]
    if form == "no nodata":
        return [gdal.Translate(os.path.join(folder, "plain.tif"), source, noData="none").GetDescription()]
    if form == "reprojected":
        return [gdal.Warp(os.path.join(folder, "warped.tif"), source, dstSRS="EPSG:4326").GetDescription()]
    if form == "band missing":
        return [gdal.Translate(os.path.join(folder, "fewer.tif"), source,
                               bandList=list(range(1, bands))).GetDescription()]
    return [gdal.Translate(os.path.join(folder, f"band{band}.tif"), source, bandList=[band]).GetDescription()
            for band in range(1, bands + 1)]


@WORKER_BUDGET
@given(stack=stack_forms())
def test_predict(ecuador, trained, stack):
    with tempfile.TemporaryDirectory() as folder:
        factors = write_stack_form(folder, stack, ecuador["stack"])
        output = os.path.join(folder, "out", "susceptibility.tif")
        os.mkdir(os.path.dirname(output))
        result = run_checked("predictsusceptibility", {"MODEL": trained["rf"][0]["OUTPUT_MODEL"], "FACTORS": factors,
                                                       "OUTPUT": output}, factors, [output])
        if result is None:
            return
        assert stack["form"] != "band missing"
        values = gdal.Open(output).ReadAsArray()
        assert np.all(((values >= 0) & (values <= 1)) | (values == -9999))


@WORKER_BUDGET
@given(samples=sample_layers(), folds=numbers(2, 3), repetitions=numbers(1), partition=numbers(0, 1, 2),
       label_field=mostly("", "label", "landslide", "absent"))
def test_cross_validate(ecuador, samples, folds, repetitions, partition, label_field):
    """Cross-validation (logistic regression: seconds per fold) of edited samples
    layers, or of presence/absence points whose field may hold anything."""
    with tempfile.TemporaryDirectory() as folder:
        layer = write_samples(folder, samples, ecuador["samples"])
        out = os.path.join(folder, "out")
        os.mkdir(out)
        outputs = [os.path.join(out, name) for name in ("cv.gpkg", "cv.html")]
        result = run_checked("crossvalidate", {
            "SAMPLES": layer, "LABEL_FIELD": label_field, "FACTORS": ecuador["stack"], "MODELS": [4],
            "FOLDS": folds, "REPETITIONS": repetitions, "PARTITION": partition, "OUTPUT": outputs[0],
            "OUTPUT_REPORT": outputs[1]}, [layer, ecuador["stack"]], outputs)
        if result is None:
            return
        assert 2 <= folds <= 100 and repetitions == 1 and label_field in ("", "label", "landslide"), (folds, label_field)
        if not label_field:  # the samples layer's own rules, as training's
            assert samples["labels"] in ("as drawn", "null") and samples["missing"] is None, samples
            assert samples["classes"] != "beyond" and samples["fingerprint"] != "other", samples
            assert samples["geometry"] != "polygon", samples
        partitions = field_values(outputs[0], "partition")
        assert sorted(partitions) == sorted({0: ["random"], 1: ["spatial"], 2: ["random", "spatial"]}[partition])
        assert all(value is None or 0 <= value <= 1 for value in field_values(outputs[0], "roc_auc_mean"))


@st.composite
def set_ups(draw):
    """The set-up's base Python and folder as a user may give them: a Python that does
    not exist, is a folder, a text file, no Python at all, one without GDAL or one
    too old; a folder that is a file, holds the user's files, cannot be written or
    has spaces and accents. A good Python with a good folder would install the
    packages (test_setup_environment.py does that once), so one of them is hostile."""
    python = draw(st.sampled_from(["system", "missing", "folder", "text file", "not python", "no gdal", "too old"]))
    folder = draw(mostly("new", "file", "user files", "unwritable", "empty", "spaces and accents")
                  if python != "system" else st.sampled_from(["file", "user files", "unwritable"]))
    return {"python": python, "folder": folder}


def write_set_up(folder, spec):
    """(BASE_PYTHON, FOLDER, the user's files under it) for `spec`."""
    def script(name, body):
        path = os.path.join(folder, name)
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(f"#!/bin/sh\n{body}\n")
        os.chmod(path, 0o755)
        return path

    python = {"system": "/usr/bin/python3", "missing": os.path.join(folder, "no", "python3"), "folder": folder,
              "text file": script("notes.txt", "A note, not a program."),
              "not python": script("tool", "echo 'usage: tool FILE' >&2; exit 2"),
              "no gdal": script("bare-python", 'exec /usr/bin/python3 -S "$@"'),
              "too old": script("old-python", "echo 3 6 9")}[spec["python"]]
    if spec["python"] == "text file":
        os.chmod(python, 0o644)
    users = os.path.join(folder, "documents")
    os.mkdir(users)
    with open(os.path.join(users, "thesis.docx"), "w", encoding="utf-8") as handle:
        handle.write("years of work")
    target = {"new": os.path.join(folder, "envs", "lsghnet"), "file": os.path.join(users, "thesis.docx"),
              "user files": users, "unwritable": "/proc/lsghnet-environment", "empty": os.path.join(folder, "empty"),
              "spaces and accents": os.path.join(folder, "mes données", "env lsghnet")}[spec["folder"]]
    if spec["folder"] == "empty":
        os.mkdir(target)
    return python, target, users


@BUDGET
@given(spec=set_ups(), backend=numbers(0, 1))
def test_set_up(spec, backend):
    """Whatever the base Python and the folder: a plain refusal before anything is
    installed, the user's files as they were, no environment half made, none registered."""
    from lsghnet.algorithms.worker_runner import registered_python as registered

    before = registered()
    with tempfile.TemporaryDirectory() as folder:
        python, target, users = write_set_up(folder, spec)
        files_before = sorted(os.listdir(folder))
        result = run_checked("setupenvironment", {"BACKEND": backend, "BASE_PYTHON": python, "FOLDER": target},
                             [python, os.path.join(users, "thesis.docx")], [target + ".partial"])
        assert result is None, "a hostile set-up was accepted"
        assert sorted(os.listdir(folder)) == files_before and os.listdir(users) == ["thesis.docx"]
        assert not os.path.exists(os.path.join(folder, "envs")) and registered() == before
