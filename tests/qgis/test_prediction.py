"""predictsusceptibility through processing.run and qgis_process.bin."""
import os

import numpy as np
import pytest
from osgeo import gdal
from qgis.core import QgsProcessingException, QgsRasterLayer, QgsSingleBandPseudoColorRenderer, QgsVectorLayer

from model.modelling import modelfile
from model.modelling.calibration import Calibration
from tests.helpers import read_array
from tests.qgis.conftest import run_algorithm
from tests.qgis.ecuador import FACTOR_FILES


def predict(model, factors, out, **extra):
    return run_algorithm("predictsusceptibility", dict({"MODEL": model, "FACTORS": factors, "OUTPUT": str(out)},
                                                       **extra))


def refused_before_the_run(parameters):
    """The message the dialog and qgis_process show before the worker starts."""
    from qgis.core import QgsApplication, QgsProcessingContext, QgsProject

    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    algorithm = QgsApplication.processingRegistry().createAlgorithmById("lsghnet:predictsusceptibility")
    ok, message = algorithm.checkParameterValues(parameters, context)
    assert not ok
    return message


class TestPredict:
    def test_stack_and_raw_factors(self, ecuador, trained, tmp_path):
        model = trained["lsghnet"][0]["OUTPUT_MODEL"]
        result, feedback = predict(model, [ecuador["stack"]], tmp_path / "stack.tif")
        values = read_array(result["OUTPUT"])
        valid = ecuador["valid"]
        assert ((values[valid] >= 0) & (values[valid] <= 1)).all() and (values[~valid] == -9999).all()
        assert "distinct factor-class combinations" in feedback.log
        layer = QgsRasterLayer(result["OUTPUT"], "s", "gdal")
        assert isinstance(layer.renderer(), QgsSingleBandPseudoColorRenderer)
        items = layer.renderer().shader().rasterShaderFunction().colorRampItemList()
        assert [item.label for item in items] == ["0.0 - 0.2", "0.2 - 0.4", "0.4 - 0.6", "0.6 - 0.8", "0.8 - 1.0"]
        # Raw rasters graded with the model's catalogue: the same map (no mask, so more cells).
        raw, feedback = predict(model, FACTOR_FILES, tmp_path / "raw.tif")
        raw_values = read_array(raw["OUTPUT"])
        np.testing.assert_allclose(raw_values[valid], values[valid], atol=1e-6)
        assert "raw factor band(s)" in feedback.log

    def test_the_ensembles_uncertainty(self, ecuador, trained, tmp_path):
        """An ensemble of networks (two here; the default preset trains 5): the
        uncertainty raster is their standard deviation per cell, styled light to dark,
        nodata like the map."""
        model = trained["lsghnet"][0]["OUTPUT_MODEL"]
        result, _ = predict(model, [ecuador["stack"]], tmp_path / "s.tif", UNCERTAINTY=str(tmp_path / "u.tif"))
        spread, valid = read_array(result["UNCERTAINTY"]), ecuador["valid"]
        assert (spread[~valid] == -9999).all() and (spread[valid] >= 0).all() and spread[valid].max() > 0
        assert spread[valid].max() <= 0.5  # the deviation of values in [0, 1]
        layer = QgsRasterLayer(result["UNCERTAINTY"], "u", "gdal")
        assert isinstance(layer.renderer(), QgsSingleBandPseudoColorRenderer) and (tmp_path / "u.qml").exists()
        no_spread, _ = predict(model, [ecuador["stack"]], tmp_path / "plain.tif")
        assert not no_spread.get("UNCERTAINTY") and not (tmp_path / "u2.tif").exists()

    def test_the_probability_of_a_landslide_cell(self, ecuador, trained, tmp_path):
        """The index corrected to the study area's share of landslide cells, which the
        samples of extractsamples carry into the model file; the same ranking, styled."""
        model = trained["lsghnet"][0]["OUTPUT_MODEL"]
        manifest = modelfile.read(model, with_members=False)[0]
        result, _ = predict(model, [ecuador["stack"]], tmp_path / "s.tif", PROBABILITY=str(tmp_path / "p.tif"))
        index, probability, valid = read_array(result["OUTPUT"]), read_array(result["PROBABILITY"]), ecuador["valid"]
        calibration = Calibration.from_manifest(manifest)
        np.testing.assert_allclose(probability[valid], calibration.probability(index[valid]), rtol=1e-6)
        assert (probability[~valid] == -9999).all()
        positives = sum(feature["kind"] == "positive" for feature in QgsVectorLayer(ecuador["samples"]).getFeatures())
        assert calibration.prevalence == pytest.approx(positives / valid.sum())  # every landslide cell is a sample
        order = np.argsort(index[valid])
        assert (np.diff(probability[valid][order]) >= -1e-7).all()  # the index's ranking
        assert isinstance(QgsRasterLayer(result["PROBABILITY"], "p", "gdal").renderer(),
                          QgsSingleBandPseudoColorRenderer) and (tmp_path / "p.qml").exists()

    def test_samples_without_the_study_areas_share_give_no_probability(self, ecuador, tmp_path):
        """Samples without the prevalence field (exported, or made by another tool):
        the model trains, and its probability map is refused before the run."""
        import processing

        samples = processing.run("native:deletecolumn", {"INPUT": ecuador["samples"], "COLUMN": ["prevalence"],
                                                         "OUTPUT": str(tmp_path / "samples.gpkg")})["OUTPUT"]
        model = run_algorithm("trainmodel", {"SAMPLES": samples, "FACTORS": ecuador["stack"], "MODEL_KIND": 3,
                                             "OUTPUT_MODEL": str(tmp_path / "m.lsghnet"),
                                             "OUTPUT_METRICS": "TEMPORARY_OUTPUT",
                                             "OUTPUT_REPORT": str(tmp_path / "r.html")})[0]["OUTPUT_MODEL"]
        assert "Not available: the samples do not carry" in (tmp_path / "r.html").read_text()
        out = tmp_path / "out"
        out.mkdir()
        with pytest.raises(QgsProcessingException, match="does not know the share of its study area's cells"):
            predict(model, [ecuador["stack"]], out / "s.tif", PROBABILITY=str(out / "p.tif"))
        assert os.listdir(out) == []

    def test_a_forest_has_no_uncertainty(self, ecuador, trained, tmp_path):
        out = tmp_path / "out"
        out.mkdir()
        with pytest.raises(QgsProcessingException, match="needs an ensemble of networks"):
            predict(trained["rf"][0]["OUTPUT_MODEL"], [ecuador["stack"]], out / "s.tif", UNCERTAINTY=str(out / "u.tif"))
        assert os.listdir(out) == []
        assert "needs an ensemble of networks" in refused_before_the_run({
            "MODEL": trained["rf"][0]["OUTPUT_MODEL"], "FACTORS": [ecuador["stack"]], "OUTPUT": str(out / "s.tif"),
            "UNCERTAINTY": str(out / "u.tif")})

    def test_mismatching_stack(self, trained, tmp_path):
        other = run_algorithm("preparefactors", {"FACTORS": FACTOR_FILES, "OUTPUT": str(tmp_path / "o.tif")})[0]
        out = tmp_path / "out"
        out.mkdir()
        with pytest.raises(QgsProcessingException, match="does not match the model: factor 'slope'"):
            predict(trained["rf"][0]["OUTPUT_MODEL"], [other["OUTPUT"]], out / "s.tif")
        assert os.listdir(out) == []
        assert "does not match the model: factor 'slope'" in refused_before_the_run({
            "MODEL": trained["rf"][0]["OUTPUT_MODEL"], "FACTORS": [other["OUTPUT"]], "OUTPUT": str(out / "s.tif")})
        assert "Name the layers like the model's factors" in refused_before_the_run({
            "MODEL": trained["rf"][0]["OUTPUT_MODEL"], "FACTORS": FACTOR_FILES[:2], "OUTPUT": str(out / "s.tif")})

    def test_cancel(self, ecuador, trained, tmp_path, recording_feedback):
        feedback = recording_feedback()
        feedback.cancel()  # the user pressed Cancel as the worker started
        with pytest.raises(QgsProcessingException, match="Cancelled"):
            run_algorithm("predictsusceptibility", {"MODEL": trained["lsghnet"][0]["OUTPUT_MODEL"],
                                                    "FACTORS": FACTOR_FILES, "OUTPUT": str(tmp_path / "s.tif")},
                          feedback=feedback)
        assert os.listdir(tmp_path) == []

    def test_not_a_model(self, ecuador, tmp_path):
        fake = tmp_path / "fake.lsghnet"
        fake.write_bytes(b"PK\x03\x04 not really")  # a zip's start, cut short
        with pytest.raises(QgsProcessingException, match="is incomplete"):
            predict(str(fake), [ecuador["stack"]], tmp_path / "s.tif")


def test_qgis_process(qgis_process, ecuador, trained, tmp_path):
    completed = qgis_process("predictsusceptibility", MODEL=trained["rf"][0]["OUTPUT_MODEL"], FACTORS=ecuador["stack"],
                             OUTPUT=tmp_path / "s.tif")
    assert completed.returncode == 0, completed.stdout[-3000:] + completed.stderr[-3000:]
    dataset = gdal.Open(str(tmp_path / "s.tif"))
    assert dataset.RasterXSize == 383 and (tmp_path / "s.qml").exists()
