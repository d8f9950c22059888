"""preparefactors, factorscreening and extractsamples on the Ecuador data, through
processing.run and qgis_process.bin."""
import json
import os

import numpy as np
import pytest
from osgeo import gdal
from qgis.core import QgsProcessingException, QgsVectorLayer

from tests.helpers import SAMPLE, point_coordinates, write_raster
from tests.qgis.conftest import run_algorithm
from tests.qgis.ecuador import FACTOR_FILES, FACTOR_NAMES, LANDSLIDES, MASK, SLOPE_BREAKS

class TestPrepareFactors:
    def test_stack(self, ecuador):
        stack = gdal.Open(ecuador["stack"])
        assert stack.RasterCount == 5
        assert [stack.GetRasterBand(i + 1).GetDescription() for i in range(5)] == FACTOR_NAMES
        assert stack.GetGeoTransform() == gdal.Open(FACTOR_FILES[0]).GetGeoTransform()
        classes, valid = stack.ReadAsArray(), ecuador["valid"]
        assert int(valid.sum()) == 95796
        assert (classes[:, ~valid] == 0).all() and (classes[:, valid] > 0).all()
        slope = ecuador["values"][0][valid]
        np.testing.assert_array_equal(classes[0][valid], np.searchsorted(SLOPE_BREAKS, slope, side="left") + 1)

    def test_quantile_classes_hold_a_tenth_each(self, ecuador):
        classes, valid = gdal.Open(ecuador["stack"]).ReadAsArray(), ecuador["valid"]
        for band in (1, 2, 4):  # cplan, cprof, log10_carea: default 10 quantile classes
            counts = np.bincount(classes[band][valid])[1:]
            assert len(counts) == 10
            assert np.all(np.abs(counts - valid.sum() / 10) < 0.01 * valid.sum())

    def test_catalogue(self, ecuador):
        with open(ecuador["catalogue"], encoding="utf-8") as handle:
            catalogue = json.load(handle)
        assert ecuador["catalogue"] == os.path.splitext(ecuador["stack"])[0] + ".json"
        entries = {entry["name"]: entry for entry in catalogue["factors"]}
        assert entries["slope"]["breaks"] == SLOPE_BREAKS and entries["slope"]["classes"] == 8
        assert entries["elev"]["method"] == "jenks" and len(entries["elev"]["breaks"]) == 5
        assert entries["cplan"]["labels"][0].startswith("<= ")
        assert "'cplan' is not in the grading table" in ecuador["log"]

    @pytest.mark.parametrize("grading, message", [
        (["slope", "breaks", "", "30 20"], "strictly increasing"),
        (["slope", "categorical", "", ""], "non-integer values"),
        (["nosuch", "equal", "4", ""], "no factor of that name"),
    ])
    def test_bad_grading(self, qgis_processing, tmp_path, grading, message):
        with pytest.raises(QgsProcessingException, match=message):
            run_algorithm("preparefactors", {"FACTORS": FACTOR_FILES[:2], "GRADING": grading,
                                             "OUTPUT": str(tmp_path / "s.tif")})
        assert os.listdir(tmp_path) == []

    def test_single_class_and_all_nodata_factors(self, qgis_processing, tmp_path):
        constant = write_raster(tmp_path / "flat.tif", np.full((415, 383), 5.0), origin=(711962.726935, 9561011.759956))
        out = tmp_path / "out"
        out.mkdir()
        with pytest.raises(QgsProcessingException, match="'flat' has the single value 5 everywhere"):
            run_algorithm("preparefactors", {"FACTORS": [FACTOR_FILES[0], constant], "OUTPUT": str(out / "s.tif")})
        empty = write_raster(tmp_path / "empty.tif", np.full((415, 383), -1.0), origin=(711962.726935, 9561011.759956),
                             nodata=-1)
        with pytest.raises(QgsProcessingException, match="Factor\\(s\\) empty have no data on the reference grid"):
            run_algorithm("preparefactors", {"FACTORS": [FACTOR_FILES[0], empty], "OUTPUT": str(out / "s.tif")})
        assert os.listdir(out) == []

    def test_mask_outside_the_grid(self, qgis_processing, tmp_path):
        layer = QgsVectorLayer("Polygon?crs=EPSG:32717", "far", "memory")
        from qgis.core import QgsFeature, QgsGeometry
        feature = QgsFeature()
        feature.setGeometry(QgsGeometry.fromWkt("POLYGON((0 0, 10 0, 10 10, 0 10, 0 0))"))
        layer.dataProvider().addFeatures([feature])
        with pytest.raises(QgsProcessingException, match="inside the mask"):
            run_algorithm("preparefactors", {"FACTORS": FACTOR_FILES[:2], "MASK": layer,
                                             "OUTPUT": str(tmp_path / "s.tif")})


class TestFactorScreening:
    def test_tables_and_report(self, ecuador, tmp_path):
        result, feedback = run_algorithm("factorscreening", {
            "FACTORS": FACTOR_FILES, "LANDSLIDES": LANDSLIDES, "MASK": MASK, "THRESHOLD": 0.5,
            "OUTPUT_CORRELATION": str(tmp_path / "correlation.gpkg"), "OUTPUT_IMPORTANCE": str(tmp_path / "imp.gpkg"),
            "OUTPUT_REPORT": str(tmp_path / "report.html")})
        valid = ecuador["valid"]
        expected = np.corrcoef(ecuador["values"][:, valid])
        table = QgsVectorLayer(result["OUTPUT_CORRELATION"], "c", "ogr")
        rows = {f["factor"]: [f[name] for name in FACTOR_NAMES] for f in table.getFeatures()}
        np.testing.assert_allclose([rows[name] for name in FACTOR_NAMES], expected, atol=1e-9)
        importance = QgsVectorLayer(result["OUTPUT_IMPORTANCE"], "i", "ogr")
        values = sorted((f["rank"], f["importance"]) for f in importance.getFeatures())
        assert [rank for rank, _ in values] == [1, 2, 3, 4, 5]
        assert sum(v for _, v in values) == pytest.approx(1.0, abs=1e-6)
        assert values[0][1] >= values[-1][1]
        for i, j in zip(*np.nonzero(np.triu(np.abs(expected) > 0.5, 1))):
            assert f"{FACTOR_NAMES[i]} and {FACTOR_NAMES[j]} are strongly correlated" in feedback.log
        assert "plotly" in (tmp_path / "report.html").read_text()

    def test_needs_factors_or_stack(self, qgis_processing, tmp_path):
        with pytest.raises(QgsProcessingException, match="either candidate factor rasters or a factor stack"):
            run_algorithm("factorscreening", {"LANDSLIDES": LANDSLIDES, "OUTPUT_CORRELATION": "TEMPORARY_OUTPUT",
                                              "OUTPUT_IMPORTANCE": "TEMPORARY_OUTPUT",
                                              "OUTPUT_REPORT": str(tmp_path / "r.html")})


def samples_table(path):
    layer = QgsVectorLayer(path, "samples", "ogr")
    return [feature.attributes()[1:] + [feature.geometry().asPoint().x(), feature.geometry().asPoint().y()]
            for feature in layer.getFeatures()], layer


class TestExtractSamples:
    def parameters(self, ecuador, output, **extra):
        return dict({"LANDSLIDES": LANDSLIDES, "HEATMAP": ecuador["heat"], "FACTORS": ecuador["stack"],
                     "OUTPUT": str(output)}, **extra)

    def test_counts_fields_and_values(self, ecuador, tmp_path):
        result, feedback = run_algorithm("extractsamples", self.parameters(ecuador, tmp_path / "s.gpkg"))
        rows, layer = samples_table(result["OUTPUT"])
        names = layer.fields().names()
        assert names[1:7] == ["label", "kind", "interval", "split", "block", "landslide"]
        assert names[7:] == FACTOR_NAMES + ["stack_id", "prevalence"]
        from lsghnet.model.factors.stack import stack_fingerprint

        assert {feature["stack_id"] for feature in layer.getFeatures()} == {stack_fingerprint(ecuador["stack"])}
        # The study area's share of landslide cells: every landslide cell is a positive sample.
        positives = sum(feature["kind"] == "positive" for feature in layer.getFeatures())
        [prevalence] = {feature["prevalence"] for feature in layer.getFeatures()}
        assert prevalence == pytest.approx(positives / ecuador["valid"].sum())
        stack = gdal.Open(ecuador["stack"])
        x0, dx, _, y0, _, dy = stack.GetGeoTransform()
        xs, ys = point_coordinates(os.path.join(SAMPLE, "landslides.gpkg"), "landslides")
        cells = {(int((y - y0) // dy), int((x - x0) // dx)) for x, y in zip(xs, ys)}
        valid_landslide_cells = {cell for cell in cells if ecuador["valid"][cell]}
        kinds = [row[1] for row in rows]
        positives = len(valid_landslide_cells)
        assert kinds.count("positive") == positives and kinds.count("negative") == positives
        assert kinds.count("heatmap") == 3 * round(positives / 3)
        classes, heat = stack.ReadAsArray(), gdal.Open(ecuador["heat"]).ReadAsArray()
        for row in rows:
            cell = (int((row[-1] - y0) // dy), int((row[-2] - x0) // dx))
            assert list(row[6:11]) == classes[:, cell[0], cell[1]].tolist()
            assert row[0] == pytest.approx(float(heat[cell]) if row[1] == "heatmap" else float(row[1] == "positive"))
        test_share = sum(row[3] == "test" for row in rows) / len(rows)
        assert test_share == pytest.approx(0.3, abs=0.01)
        assert f"positive: {positives} samples" in feedback.log

    def test_same_seed_same_layer(self, ecuador, tmp_path):
        first, _ = samples_table(run_algorithm("extractsamples", self.parameters(ecuador, tmp_path / "a.gpkg",
                                                                                 SEED=3))[0]["OUTPUT"])
        second, _ = samples_table(run_algorithm("extractsamples", self.parameters(ecuador, tmp_path / "b.gpkg",
                                                                                  SEED=3))[0]["OUTPUT"])
        assert first == second

    def test_spatial_blocks(self, ecuador, tmp_path):
        result, _ = run_algorithm("extractsamples", self.parameters(ecuador, tmp_path / "s.gpkg", SPLIT=1,
                                                                    BLOCK_SIZE=500))
        rows, _ = samples_table(result["OUTPUT"])
        train = {row[4] for row in rows if row[3] == "train"}
        test = {row[4] for row in rows if row[3] == "test"}
        assert train and test and not train & test

    def test_grid_mismatch(self, ecuador, tmp_path):
        other = write_raster(tmp_path / "other.tif", np.zeros((10, 10)))
        with pytest.raises(QgsProcessingException, match="are on different grids"):
            run_algorithm("extractsamples", self.parameters(ecuador, tmp_path / "s.gpkg", HEATMAP=other))
        assert not (tmp_path / "s.gpkg").exists()

    def test_no_landslide_inside(self, ecuador, tmp_path):
        layer = QgsVectorLayer("Point?crs=EPSG:32717", "far", "memory")
        from qgis.core import QgsFeature, QgsGeometry, QgsPointXY
        feature = QgsFeature()
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(0, 0)))
        layer.dataProvider().addFeatures([feature])
        with pytest.raises(QgsProcessingException, match="No landslide lies inside the factor stack"):
            run_algorithm("extractsamples", self.parameters(ecuador, tmp_path / "s.gpkg", LANDSLIDES=layer))


class TestQgisProcess:
    def test_preparefactors(self, qgis_process, tmp_path):
        completed = qgis_process("preparefactors", FACTORS=FACTOR_FILES[0], GRADING="slope,breaks,,10;20;30",
                                 OUTPUT=tmp_path / "s.tif")
        assert completed.returncode == 0, completed.stdout + completed.stderr
        assert gdal.Open(str(tmp_path / "s.tif")).ReadAsArray().max() == 4
        assert (tmp_path / "s.json").exists()

    def test_factorscreening(self, qgis_process, tmp_path):
        arguments = {"LANDSLIDES": LANDSLIDES, "OUTPUT_CORRELATION": tmp_path / "c.csv",
                     "OUTPUT_IMPORTANCE": tmp_path / "i.csv", "OUTPUT_REPORT": tmp_path / "r.html"}
        completed = qgis_process("factorscreening", f"FACTORS={FACTOR_FILES[0]}", f"FACTORS={FACTOR_FILES[3]}",
                                 **arguments)
        assert completed.returncode == 0, completed.stdout + completed.stderr
        assert "Importance ranking" in completed.stdout and (tmp_path / "r.html").exists()

    def test_extractsamples(self, qgis_process, ecuador, tmp_path):
        completed = qgis_process("extractsamples", LANDSLIDES=LANDSLIDES, HEATMAP=ecuador["heat"],
                                 FACTORS=ecuador["stack"], SEED=1, OUTPUT=tmp_path / "s.gpkg")
        assert completed.returncode == 0, completed.stdout + completed.stderr
        assert QgsVectorLayer(str(tmp_path / "s.gpkg"), "s", "ogr").featureCount() > 300
