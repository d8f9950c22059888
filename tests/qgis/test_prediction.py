"""predictsusceptibility through processing.run and qgis_process.bin."""
import os

import numpy as np
import pytest
from osgeo import gdal
from qgis.core import QgsProcessingException, QgsRasterLayer, QgsSingleBandPseudoColorRenderer

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
