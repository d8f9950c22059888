"""Inputs as analysts have them (issue: real data in, a right result or a plain
refusal out): multi-band rasters, multipart polygons, files with several layers,
features without geometry, undeclared nodata sentinels, samples made elsewhere,
labels outside 0..1, absurd numbers. Each case either gives the right result
(checked against a value computed independently) or a plain refusal that names
what to fix, and never changes an input."""
import os
import shutil
import signal
import time

import numpy as np
import pytest
from osgeo import gdal, ogr, osr

from tests.helpers import SAMPLE
from tests.qgis.conftest import run_algorithm
from tests.qgis.ecuador import FACTOR_FILES, FACTOR_NAMES, GRADING, LANDSLIDES, MASK

MULTIBAND = os.path.join(SAMPLE, "terrain_attributes.tif")

pytestmark = pytest.mark.usefixtures("provider")


def refusal(algorithm_id, parameters):
    """The message of a run that must be refused before or during its work."""
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException) as error:
        run_algorithm(algorithm_id, parameters)
    message = str(error.value)
    assert "Traceback" not in message
    return message


def write_polygons(path, polygons, layer="slides", crs_epsg=32717, geometry_type=ogr.wkbUnknown):
    """A GeoPackage layer of (multi)polygons given as WKT (None: a feature without geometry)."""
    source = ogr.GetDriverByName("GPKG").CreateDataSource(str(path)) if not os.path.exists(path) else ogr.Open(
        str(path), 1)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(crs_epsg)
    created = source.CreateLayer(layer, srs, geometry_type)
    for wkt in polygons:
        feature = ogr.Feature(created.GetLayerDefn())
        if wkt is not None:
            feature.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
        created.CreateFeature(feature)
    source = None
    return f"{path}|layername={layer}"


def square(x, y, half):
    return f"(({x - half} {y - half}, {x + half} {y - half}, {x + half} {y + half}, {x - half} {y + half}, " \
           f"{x - half} {y - half}))"


def features(path):
    """The features of a vector file's first layer as dicts (its data source kept open while read)."""
    source = ogr.Open(str(path).split("|")[0])
    layer = source.GetLayer(0)
    return [dict(feature.items()) for feature in layer]


def cell_centre(path, row, col):
    x0, dx, _, y0, _, dy = gdal.Open(path).GetGeoTransform()
    return x0 + (col + 0.5) * dx, y0 + (row + 0.5) * dy


class TestMultiBandFactors:
    """terrain_attributes.tif holds slope, cplan and cprof as bands 1..3 (described):
    one factor per band, named by its description, on every QGIS version."""

    def test_prepare_gives_one_factor_per_band(self, tmp_path, unchanged_inputs):
        result, feedback = run_algorithm("preparefactors", {
            "FACTORS": [MULTIBAND], "GRADING": GRADING[:4], "MASK": MASK, "OUTPUT": str(tmp_path / "stack.tif")})
        stack = gdal.Open(result["OUTPUT"])
        descriptions = [stack.GetRasterBand(i + 1).GetDescription() for i in range(stack.RasterCount)]
        bands = gdal.Open(MULTIBAND)
        assert descriptions == [bands.GetRasterBand(i + 1).GetDescription() for i in range(bands.RasterCount)]
        assert descriptions[:3] == ["slope", "cplan", "cprof"]
        # Band 1 is slope, graded with the table's breaks: the same classes as the single-band file.
        single, _ = run_algorithm("preparefactors", {"FACTORS": [FACTOR_FILES[0]], "GRADING": GRADING[:4], "MASK": MASK,
                                                     "OUTPUT": str(tmp_path / "slope.tif")})
        np.testing.assert_array_equal(stack.GetRasterBand(1).ReadAsArray(), gdal.Open(single["OUTPUT"]).ReadAsArray())

    def test_a_band_without_description_is_named_by_layer_and_band(self, tmp_path):
        copy = str(tmp_path / "terrain.tif")
        gdal.Translate(copy, MULTIBAND, bandList=[1, 2])
        dataset = gdal.Open(copy, gdal.GA_Update)
        dataset.GetRasterBand(2).SetDescription("")
        dataset = None
        result, _ = run_algorithm("preparefactors", {"FACTORS": [copy], "OUTPUT": str(tmp_path / "stack.tif")})
        stack = gdal.Open(result["OUTPUT"])
        assert [stack.GetRasterBand(i + 1).GetDescription() for i in range(2)] == ["slope", "terrain_b2"]

    def test_screening_reads_every_band(self, tmp_path, unchanged_inputs):
        result, feedback = run_algorithm("factorscreening", {
            "FACTORS": [MULTIBAND], "LANDSLIDES": LANDSLIDES, "MASK": MASK,
            "OUTPUT_CORRELATION": str(tmp_path / "c.gpkg"), "OUTPUT_IMPORTANCE": str(tmp_path / "i.gpkg"),
            "OUTPUT_REPORT": str(tmp_path / "r.html")})
        names = sorted(feature["factor"] for feature in features(result["OUTPUT_IMPORTANCE"]))
        count = gdal.Open(MULTIBAND).RasterCount
        assert len(names) == count and {"slope", "cplan", "cprof"} <= set(names)
        # The correlation of slope and elevation, read from the bands, equals numpy's on the single files.
        table = {feature["factor"]: feature for feature in features(result["OUTPUT_CORRELATION"])}
        assert -1 <= table["slope"]["cplan"] <= 1 and table["slope"]["slope"] == pytest.approx(1.0)


class TestLandslideGeometries:
    def test_multipart_polygons_get_a_kernel_per_part(self, tmp_path):
        """One feature of two squares far apart: each part's centre is a kernel
        peak (1.0); the whole feature's centroid, between them, is not."""
        reference = FACTOR_FILES[0]
        (xa, ya), (xb, yb) = cell_centre(reference, 100, 100), cell_centre(reference, 300, 250)
        layer = write_polygons(tmp_path / "slides.gpkg", [f"MULTIPOLYGON({square(xa, ya, 12)},{square(xb, yb, 12)})"])
        result, feedback = run_algorithm("gaussianheatmap", {"LANDSLIDES": layer, "REFERENCE": reference,
                                                             "OUTPUT": str(tmp_path / "heat.tif")})
        heat = gdal.Open(result["OUTPUT"]).ReadAsArray()
        assert heat[100, 100] == pytest.approx(1.0) and heat[300, 250] == pytest.approx(1.0)
        assert heat[200, 175] == 0.0  # the feature's centroid, far from both parts
        assert "Landslides used: 2" in feedback.log

    def test_a_crescent_kernel_sits_inside_the_polygon(self, tmp_path):
        """A U whose centroid lies outside it: the kernel goes on its surface."""
        reference = FACTOR_FILES[0]
        x, y = cell_centre(reference, 200, 200)
        u = (f"POLYGON(({x - 50} {y - 50}, {x + 50} {y - 50}, {x + 50} {y + 50}, {x + 40} {y + 50}, {x + 40} {y - 40}, "
             f"{x - 40} {y - 40}, {x - 40} {y + 50}, {x - 50} {y + 50}, {x - 50} {y - 50}))")
        layer = write_polygons(tmp_path / "u.gpkg", [u])
        result, _ = run_algorithm("gaussianheatmap", {"LANDSLIDES": layer, "REFERENCE": reference,
                                                      "OUTPUT": str(tmp_path / "heat.tif")})
        heat = gdal.Open(result["OUTPUT"]).ReadAsArray()
        peak = np.unravel_index(np.argmax(heat), heat.shape)
        px, py = cell_centre(reference, *peak)
        assert ogr.CreateGeometryFromWkt(u).Buffer(10).Contains(ogr.CreateGeometryFromWkt(f"POINT({px} {py})"))

    def test_multipart_polygon_cells_are_each_parts_cells(self, tmp_path, ecuador):
        stack = ecuador["stack"]
        (xa, ya), (xb, yb) = cell_centre(stack, 150, 150), cell_centre(stack, 250, 200)
        layer = write_polygons(tmp_path / "slides.gpkg", [f"MULTIPOLYGON({square(xa, ya, 14)},{square(xb, yb, 14)})",
                                                          None])
        result, feedback = run_algorithm("extractsamples", {
            "LANDSLIDES": layer, "HEATMAP": ecuador["heat"], "FACTORS": stack, "HEATMAP_SAMPLES": False,
            "TEST_FRACTION": 0.5, "SPLIT": 0, "OUTPUT": str(tmp_path / "samples.gpkg")})
        positives = [feature for feature in features(result["OUTPUT"]) if feature["kind"] == "positive"]
        assert len(positives) == 18  # 3 x 3 cells of 10 m in each 28 m square
        assert len({feature["landslide"] for feature in positives}) == 2
        assert "1 landslide feature(s) without geometry" in feedback.log

    def test_only_null_geometries_are_refused(self, tmp_path):
        layer = write_polygons(tmp_path / "empty.gpkg", [None, None, None], geometry_type=ogr.wkbPolygon)
        message = refusal("gaussianheatmap", {"LANDSLIDES": layer, "REFERENCE": FACTOR_FILES[0],
                                              "OUTPUT": str(tmp_path / "heat.tif")})
        assert "None of the 3 landslide features has a geometry" in message
        table = write_polygons(tmp_path / "table.gpkg", [None], geometry_type=ogr.wkbNone)
        message = refusal("gaussianheatmap", {"LANDSLIDES": table, "REFERENCE": FACTOR_FILES[0],
                                              "OUTPUT": str(tmp_path / "heat.tif")})
        assert "has no geometries" in message and "points" in message
        assert not (tmp_path / "heat.tif").exists()

    def test_lines_are_refused(self, tmp_path):
        path = tmp_path / "lines.gpkg"
        source = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
        layer = source.CreateLayer("scarps", None, ogr.wkbLineString)
        feature = ogr.Feature(layer.GetLayerDefn())
        x, y = cell_centre(FACTOR_FILES[0], 100, 100)
        feature.SetGeometry(ogr.CreateGeometryFromWkt(f"LINESTRING({x} {y}, {x + 50} {y + 50})"))
        layer.CreateFeature(feature)
        source = None
        message = refusal("gaussianheatmap", {"LANDSLIDES": str(path), "REFERENCE": FACTOR_FILES[0],
                                              "OUTPUT": str(tmp_path / "heat.tif")})
        assert "line" in message.lower() and "points" in message and "polygons" in message


class TestContainers:
    def test_a_file_with_several_layers_needs_the_layer_named(self, tmp_path):
        both = tmp_path / "inventory.gpkg"
        shutil.copy(os.path.join(SAMPLE, "study_mask.gpkg"), both)
        gdal.VectorTranslate(str(both), LANDSLIDES.split("|")[0], accessMode="append", layerName="landslides")
        message = refusal("gaussianheatmap", {"LANDSLIDES": str(both), "REFERENCE": FACTOR_FILES[0],
                                              "OUTPUT": str(tmp_path / "heat.tif")})
        assert "holds 2 layers" in message and "study_mask" in message and "layername=" in message
        result, feedback = run_algorithm("gaussianheatmap", {
            "LANDSLIDES": f"{both}|layername=landslides", "REFERENCE": FACTOR_FILES[0],
            "OUTPUT": str(tmp_path / "heat.tif")})
        assert "Landslides used: 175" in feedback.log


class TestNodataSentinel:
    def test_an_undeclared_sentinel_is_refused_with_its_value(self, tmp_path, unchanged_inputs):
        data = gdal.Open(FACTOR_FILES[3]).ReadAsArray()
        data = np.where(np.isnan(data), -9999.0, data)
        data[200:210, 200:210] = -9999.0  # a void in the DEM where the other factors have data
        copy = str(tmp_path / "elev_sentinel.tif")
        gdal.Translate(copy, FACTOR_FILES[3], noData="none")
        dataset = gdal.Open(copy, gdal.GA_Update)
        dataset.GetRasterBand(1).WriteArray(data)
        dataset = None
        message = refusal("preparefactors", {"FACTORS": [FACTOR_FILES[0], copy], "OUTPUT": str(tmp_path / "s.tif")})
        assert "'elev_sentinel'" in message and "-9999" in message and "nodata value" in message
        assert not (tmp_path / "s.tif").exists()
        # Declared, the same file is fine.
        dataset = gdal.Open(copy, gdal.GA_Update)
        dataset.GetRasterBand(1).SetNoDataValue(-9999)
        dataset = None
        run_algorithm("preparefactors", {"FACTORS": [FACTOR_FILES[0], copy], "OUTPUT": str(tmp_path / "s.tif")})


class TestSamplesFromElsewhere:
    def copy_samples(self, ecuador, tmp_path, change):
        """The Ecuador samples with `change(feature)` applied, written by OGR as another tool would."""
        path = str(tmp_path / "edited.gpkg")
        gdal.VectorTranslate(path, ecuador["samples"])
        source = ogr.Open(path, 1)
        layer = source.GetLayer(0)
        for feature in list(layer):
            if change(feature):
                layer.SetFeature(feature)
        source = None
        return path

    def test_without_fingerprint_matching_classes_train_with_a_warning(self, ecuador, tmp_path):
        path = str(tmp_path / "exported.gpkg")
        gdal.VectorTranslate(path, ecuador["samples"], options=["-select", ",".join(
            ["label", "kind", "split", "landslide"] + FACTOR_NAMES)])
        result, feedback = run_algorithm("trainmodel", {
            "SAMPLES": path, "FACTORS": ecuador["stack"], "MODEL_KIND": 3,
            "OUTPUT_MODEL": str(tmp_path / "m.lsghnet"), "OUTPUT_METRICS": str(tmp_path / "m.gpkg"),
            "OUTPUT_REPORT": str(tmp_path / "r.html")})
        assert "carry no stack fingerprint" in feedback.log and os.path.exists(result["OUTPUT_MODEL"])

    def test_without_fingerprint_foreign_classes_are_refused(self, ecuador, tmp_path):
        def foreign(feature):
            feature.SetField("stack_id", None)
            feature.SetField("slope", 12)  # the stack grades slope into 8 classes
            return True

        message = refusal("trainmodel", {
            "SAMPLES": self.copy_samples(ecuador, tmp_path, foreign), "FACTORS": ecuador["stack"], "MODEL_KIND": 3,
            "OUTPUT_MODEL": str(tmp_path / "m.lsghnet"), "OUTPUT_METRICS": str(tmp_path / "m.gpkg"),
            "OUTPUT_REPORT": str(tmp_path / "r.html")})
        assert "'slope' has class codes 12" in message
        assert not (tmp_path / "m.lsghnet").exists()

    def test_samples_as_polygons_are_refused_and_single_point_multipoints_read(self, ecuador, tmp_path):
        """Buffered samples (polygons) cannot say which cell they sample; samples a
        format stored as multipoints of one point are those points."""
        polygons = str(tmp_path / "buffered.gpkg")
        gdal.VectorTranslate(polygons, ecuador["samples"], SQLStatement="SELECT ST_Buffer(geom, 3) AS geom, * "
                             "FROM samples", SQLDialect="SQLite")
        parameters = {"FACTORS": ecuador["stack"], "MODEL_KIND": 3, "OUTPUT_MODEL": str(tmp_path / "m.lsghnet"),
                      "OUTPUT_METRICS": str(tmp_path / "m.gpkg"), "OUTPUT_REPORT": str(tmp_path / "r.html")}
        message = refusal("trainmodel", dict(parameters, SAMPLES=polygons))
        assert "The samples are polygon features; samples are points" in message
        assert not (tmp_path / "m.lsghnet").exists()
        multipoints = str(tmp_path / "multi.gpkg")
        gdal.VectorTranslate(multipoints, ecuador["samples"], geometryType="MULTIPOINT")
        result, _ = run_algorithm("trainmodel", dict(parameters, SAMPLES=multipoints))
        assert os.path.exists(result["OUTPUT_MODEL"])

    def test_labels_outside_0_1_are_refused(self, ecuador, tmp_path):
        def percent(feature):
            feature.SetField("label", feature["label"] * 100)
            return True

        samples = self.copy_samples(ecuador, tmp_path, percent)
        for algorithm_id, extra in (("trainmodel", {"FACTORS": ecuador["stack"], "MODEL_KIND": 3,
                                                    "OUTPUT_MODEL": str(tmp_path / "m.lsghnet"),
                                                    "OUTPUT_METRICS": str(tmp_path / "m.gpkg"),
                                                    "OUTPUT_REPORT": str(tmp_path / "r.html")}),
                                    ("crossvalidate", {"FACTORS": ecuador["stack"], "MODELS": [3], "FOLDS": 2,
                                                       "REPETITIONS": 1, "OUTPUT": str(tmp_path / "cv.gpkg"),
                                                       "OUTPUT_REPORT": str(tmp_path / "cv.html")})):
            message = refusal(algorithm_id, dict({"SAMPLES": samples}, **extra))
            assert "label outside 0..1" in message and "100" in message


class TestBounds:
    @pytest.mark.parametrize("algorithm_id, name, value", [
        ("trainmodel", "EPOCHS", 1000000000000), ("trainmodel", "MEMBERS", 51), ("trainmodel", "BATCH_SIZE", 10 ** 9),
        ("crossvalidate", "FOLDS", 1000), ("gaussianheatmap", "RADIUS", 10 ** 7),
        ("extractsamples", "BLOCK_SIZE", 1e12), ("zoning", "N_ZONES", 1000), ("trainmodel", "SEED", -1)])
    def test_absurd_numbers_are_refused_before_any_work(self, provider, algorithm_id, name, value):
        from qgis.core import QgsProcessingContext

        algorithm = provider.algorithm(algorithm_id)
        ok, message = algorithm.checkParameterValues({name: value}, QgsProcessingContext())
        assert not ok and message.startswith(f"{name} must be a whole number from") or message.startswith(
            f"{name} must be a number from"), message
        assert message.endswith(f"it is {value}."), message
        definition = algorithm.parameterDefinition(name)
        integer = definition.dataType() == definition.Type.Integer
        assert f"{definition.maximum():{'.0f' if integer else 'g'}}." in definition.help()


def process_children(pid):
    """(pid, command line) of the live child processes of `pid` (Linux /proc)."""
    found = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", encoding="utf-8") as handle:
                fields = handle.read().rsplit(")", 1)[1].split()
            with open(f"/proc/{entry}/cmdline", "rb") as handle:
                command = handle.read().replace(b"\0", b" ").decode(errors="replace")
        except OSError:
            continue
        if int(fields[1]) == pid and fields[0] != "Z":
            found.append((int(entry), command))
    return found


def is_running(pid):
    try:
        with open(f"/proc/{pid}/stat", encoding="utf-8") as handle:
            return handle.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


@pytest.mark.parametrize("interrupt", ["SIGINT", "SIGTERM"])
def test_an_interrupt_stops_qgis_process_and_its_worker(qgis_process, trained, ecuador, tmp_path, interrupt):
    """Ctrl+C or kill during a prediction: the worker stops within seconds, the run
    fails (no exit 0) and writes nothing, and no worker is left running."""
    output = tmp_path / "susceptibility.tif"
    process = qgis_process("predictsusceptibility", MODEL=trained["lsghnet"][0]["OUTPUT_MODEL"],
                           FACTORS=ecuador["stack"], OUTPUT=output, background=True)
    started = time.monotonic()
    workers = []
    while not workers and process.poll() is None and time.monotonic() - started < 120:
        workers = [pid for pid, command in process_children(process.pid) if " -m model " in command]
        time.sleep(0.05)
    assert workers, "the worker never started"
    time.sleep(0.5)
    process.send_signal(getattr(signal, interrupt))
    interrupted = time.monotonic()
    stdout, _ = process.communicate(timeout=60)
    assert time.monotonic() - interrupted < 15
    assert process.returncode != 0 and "Interrupted" in stdout and "Traceback" not in stdout, stdout[-2000:]
    assert os.listdir(tmp_path) == []
    assert not [pid for pid in workers if is_running(pid)]


def test_a_full_disk_leaves_no_half_written_samples(qgis_process, ecuador, tmp_path):
    """extractsamples whose GeoPackage cannot grow past 400 kB (a full disk, as
    RLIMIT_FSIZE makes it for this process alone): a plain message, no file."""
    output = tmp_path / "samples.gpkg"
    completed = qgis_process("extractsamples", LANDSLIDES=LANDSLIDES, HEATMAP=ecuador["heat"],
                             FACTORS=ecuador["stack"], N_NEGATIVE=30000, OUTPUT=output, file_size_limit=400000)
    assert completed.returncode != 0
    assert "Check that its disk has free space" in completed.stdout + completed.stderr
    assert "Traceback" not in completed.stdout + completed.stderr
    assert os.listdir(tmp_path) == []


class TestPlainMessages:
    def test_a_text_file_given_as_a_factor(self, tmp_path):
        notes = tmp_path / "notes.txt"
        notes.write_text("slope in degrees\n")
        message = refusal("preparefactors", {"FACTORS": [FACTOR_FILES[0], str(notes)],
                                             "OUTPUT": str(tmp_path / "s.tif")})
        assert "notes.txt" in message and "cannot be read as a raster" in message

    def test_zoning_a_constant_raster(self, tmp_path):
        constant = str(tmp_path / "constant.tif")
        gdal.Translate(constant, FACTOR_FILES[0], scaleParams=[[0, 100, 0.5, 0.5]], outputType=gdal.GDT_Float32)
        dataset = gdal.Open(constant, gdal.GA_Update)
        dataset.GetRasterBand(1).Fill(0.5)
        dataset = None
        message = refusal("zoning", {"SUSCEPTIBILITY": constant, "LANDSLIDES": LANDSLIDES, "OUTPUT_ZONES": str(tmp_path / "z.tif"),
                                     "OUTPUT_TABLE": str(tmp_path / "z.gpkg"),
                                     "OUTPUT_REPORT": str(tmp_path / "z.html")})
        assert "one value everywhere (0.5)" in message and "fewer zones" not in message


def test_prediction_from_a_multi_band_raster(trained, tmp_path):
    """The five factors as one 5-band raster (terrain_attributes.tif) predict the
    same map as the five single-band files: bands are matched to the model's
    factors by their descriptions."""
    model = trained["rf"][0]["OUTPUT_MODEL"]
    single, _ = run_algorithm("predictsusceptibility", {"MODEL": model, "FACTORS": FACTOR_FILES,
                                                        "OUTPUT": str(tmp_path / "single.tif")})
    bands, feedback = run_algorithm("predictsusceptibility", {"MODEL": model, "FACTORS": [MULTIBAND],
                                                              "OUTPUT": str(tmp_path / "bands.tif")})
    assert "5 raw factor band(s)" in feedback.log
    expected = gdal.Open(single["OUTPUT"]).ReadAsArray()
    np.testing.assert_array_equal(gdal.Open(bands["OUTPUT"]).ReadAsArray(), expected)
    assert np.isfinite(expected).sum() > 100000


def test_multi_band_factors_through_qgis_process(qgis_process, tmp_path):
    """The crash the README's promise met on QGIS 3.22, run as users run it."""
    completed = qgis_process("preparefactors", f"FACTORS={MULTIBAND}", OUTPUT=tmp_path / "stack.tif")
    assert completed.returncode == 0, completed.stdout[-2000:] + completed.stderr[-2000:]
    stack = gdal.Open(str(tmp_path / "stack.tif"))
    assert [stack.GetRasterBand(i + 1).GetDescription() for i in range(stack.RasterCount)] == FACTOR_NAMES


def test_a_presence_field_that_is_not_0_or_1_is_refused(ecuador, tmp_path):
    """lsl_presence_absence.gpkg's slope field given as the presence/absence field."""
    message = refusal("crossvalidate", {"SAMPLES": os.path.join(SAMPLE, "lsl_presence_absence.gpkg"),
                                        "LABEL_FIELD": "slope", "FACTORS": ecuador["stack"], "MODELS": [3],
                                        "OUTPUT": str(tmp_path / "cv.gpkg"), "OUTPUT_REPORT": str(tmp_path / "cv.html")})
    assert "The presence/absence field 'slope' holds '33.75" in message and "1 for a landslide" in message


def write_points(path, points, crs_epsg=32717, driver="GPKG", geometry_type=ogr.wkbUnknown):
    """A vector file of WKT geometries (`crs_epsg` None: no CRS at all, as a shapefile without its .prj)."""
    source = ogr.GetDriverByName(driver).CreateDataSource(str(path))
    srs = None
    if crs_epsg is not None:
        srs = osr.SpatialReference()
        srs.ImportFromEPSG(crs_epsg)
    created = source.CreateLayer("slides", srs, geometry_type)
    for wkt in points:
        feature = ogr.Feature(created.GetLayerDefn())
        feature.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
        created.CreateFeature(feature)
    source = None
    return str(path)


class TestCampaignTwo:
    """A second campaign of inputs as analysts have them (geometry collections, lost
    or wrong CRSs, tiny grids, complex and wide integer factors, line masks, decimal
    commas, blocks smaller than a cell, multi-band susceptibility)."""

    CELLS = [(100, 100), (300, 250)]

    def heat(self, tmp_path, layer, name):
        result, feedback = run_algorithm("gaussianheatmap", {"LANDSLIDES": layer, "REFERENCE": FACTOR_FILES[0],
                                                             "RADIUS": 3, "OUTPUT": str(tmp_path / name)})
        return gdal.Open(result["OUTPUT"]).ReadAsArray(), feedback

    def test_geometry_collections_are_read_by_their_parts(self, tmp_path):
        (xa, ya), (xb, yb) = (cell_centre(FACTOR_FILES[0], *cell) for cell in self.CELLS)
        collection = write_points(tmp_path / "gc.gpkg", [f"GEOMETRYCOLLECTION(POINT({xa} {ya}), "
                                                         f"POLYGON{square(xb, yb, 12)})"])
        heat, feedback = self.heat(tmp_path, collection, "gc.tif")
        assert heat[100, 100] == pytest.approx(1.0) and heat[300, 250] == pytest.approx(1.0)
        assert "Landslides used: 2" in feedback.log
        lines = write_points(tmp_path / "gcl.gpkg", [f"GEOMETRYCOLLECTION(LINESTRING({xa} {ya}, {xb} {yb}))"])
        assert "line geometries" in refusal("gaussianheatmap", {"LANDSLIDES": lines, "REFERENCE": FACTOR_FILES[0],
                                                                "OUTPUT": str(tmp_path / "l.tif")})

    def test_a_layer_without_crs_is_taken_in_the_grids(self, tmp_path):
        points = [f"POINT({x} {y})" for x, y in (cell_centre(FACTOR_FILES[0], *cell) for cell in self.CELLS)]
        without = write_points(tmp_path / "slides.shp", points, crs_epsg=None, driver="ESRI Shapefile")
        with_crs = write_points(tmp_path / "slides.gpkg", points)
        heat, feedback = self.heat(tmp_path, without, "a.tif")
        np.testing.assert_array_equal(heat, self.heat(tmp_path, with_crs, "b.tif")[0])
        assert "has no coordinate reference system" in feedback.log

    def test_a_layer_whose_crs_is_wrong_is_named(self, tmp_path):
        """UTM coordinates in a layer that says it is in degrees (a common mix-up)."""
        points = [f"POINT({x} {y})" for x, y in (cell_centre(FACTOR_FILES[0], *cell) for cell in self.CELLS)]
        wrong = write_points(tmp_path / "slides.gpkg", points, crs_epsg=4326)
        message = refusal("gaussianheatmap", {"LANDSLIDES": wrong, "REFERENCE": FACTOR_FILES[0],
                                              "OUTPUT": str(tmp_path / "h.tif")})
        assert "EPSG:4326" in message and "EPSG:32717" in message and "CRS" in message
        assert not (tmp_path / "h.tif").exists()

    def test_a_grid_too_small_for_any_kernel(self, tmp_path):
        tiny = str(tmp_path / "tiny.tif")
        gdal.Translate(tiny, FACTOR_FILES[0], srcWin=[0, 0, 2, 2])
        message = refusal("gaussianheatmap", {"LANDSLIDES": LANDSLIDES, "REFERENCE": tiny,
                                              "OUTPUT": str(tmp_path / "h.tif")})
        assert "(2 x 2 pixels) is too small for any kernel" in message

    def test_a_sentinel_value_inside_the_datas_range_is_data(self, tmp_path):
        """Slopes in thousandths of a degree (UInt32, no nodata) pass 32767 on the way
        to 76,000: that 32767 is a slope, not a stand-in for no data."""
        slope = gdal.Open(FACTOR_FILES[0]).ReadAsArray()
        thousandths = np.where(np.isnan(slope), 0, np.round(slope * 1000)).astype(np.uint32)
        thousandths[50, 50] = 32767
        wide = str(tmp_path / "slope_mdeg.tif")
        gdal.Translate(wide, FACTOR_FILES[0], outputType=gdal.GDT_UInt32, noData="none")
        dataset = gdal.Open(wide, gdal.GA_Update)
        dataset.GetRasterBand(1).WriteArray(thousandths)
        dataset = None
        run_algorithm("preparefactors", {"FACTORS": [FACTOR_FILES[1], wide], "MASK": MASK,
                                         "OUTPUT": str(tmp_path / "s.tif")})
        assert gdal.Open(str(tmp_path / "s.tif")).RasterCount == 2

    def test_a_complex_factor_is_refused(self, tmp_path):
        complex_factor = str(tmp_path / "complex.tif")
        gdal.Translate(complex_factor, FACTOR_FILES[0], outputType=gdal.GDT_CFloat32)
        message = refusal("preparefactors", {"FACTORS": [FACTOR_FILES[1], complex_factor],
                                             "OUTPUT": str(tmp_path / "s.tif")})
        assert "'complex' holds complex numbers" in message and not (tmp_path / "s.tif").exists()

    def test_a_mask_of_lines_is_refused(self, tmp_path):
        (xa, ya), (xb, yb) = (cell_centre(FACTOR_FILES[0], *cell) for cell in self.CELLS)
        lines = write_points(tmp_path / "mask.gpkg", [f"LINESTRING({xa} {ya}, {xb} {yb})"])
        message = refusal("preparefactors", {"FACTORS": [FACTOR_FILES[0]], "MASK": lines,
                                             "OUTPUT": str(tmp_path / "s.tif")})
        assert "line geometries; a study area is a polygon" in message

    def test_decimal_commas_in_breaks_are_refused(self, tmp_path):
        message = refusal("preparefactors", {"FACTORS": [FACTOR_FILES[0]], "GRADING": ["slope", "breaks", "",
                                                                                        "10,5 20,5"],
                                             "OUTPUT": str(tmp_path / "s.tif")})
        assert "with '.' for decimals (got '10,5 20,5')" in message

    def test_blocks_smaller_than_a_cell_are_refused(self, ecuador, tmp_path):
        message = refusal("extractsamples", {"LANDSLIDES": LANDSLIDES, "HEATMAP": ecuador["heat"],
                                             "FACTORS": ecuador["stack"], "SPLIT": 1, "BLOCK_SIZE": 0.5,
                                             "OUTPUT": str(tmp_path / "s.gpkg")})
        assert "smaller than a cell of the stack (10 map units)" in message and not (tmp_path / "s.gpkg").exists()

    def test_zoning_a_multi_band_raster_says_it_reads_the_first_band(self, ecuador, tmp_path):
        two_bands = str(tmp_path / "two.tif")
        gdal.Translate(two_bands, ecuador["heat"], bandList=[1, 1])
        _, feedback = run_algorithm("zoning", {"SUSCEPTIBILITY": two_bands, "LANDSLIDES": LANDSLIDES,
                                               "OUTPUT_ZONES": str(tmp_path / "z.tif"),
                                               "OUTPUT_TABLE": str(tmp_path / "z.gpkg"),
                                               "OUTPUT_REPORT": str(tmp_path / "z.html")})
        assert "'two' has 2 bands; zoning reads its first band" in feedback.log
