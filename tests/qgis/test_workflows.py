"""The shipped graphical-modeler chains."""
import os

import numpy as np
import pytest
from osgeo import gdal
from qgis.core import QgsApplication, QgsVectorLayer

from tests.helpers import read_array
from tests.qgis.conftest import run_algorithm
from tests.qgis.ecuador import FACTOR_FILES, GRADING, LANDSLIDES, MASK

INPUTS = {"LANDSLIDES": LANDSLIDES, "FACTORS": FACTOR_FILES, "GRADING": GRADING, "MASK": MASK, "RADIUS": 6,
          "EPOCHS": 2, "SEED": 42}


@pytest.mark.parametrize("name, title", [("susceptibilitychain", "Whole chain: factors to susceptibility zoning"),
                                         ("comparemodels", "Compare LSGH-Net with the CNN baseline")])
def test_shipped_models_are_registered(provider, name, title):
    algorithm = QgsApplication.processingRegistry().algorithmById(f"lsghnet:{name}")
    assert algorithm is not None and algorithm.displayName() == title
    assert algorithm.validate()[0]
    assert algorithm.sourceFilePath().endswith(f"resources/models/{name}.model3")
    assert QgsApplication.processingRegistry().createAlgorithmById(f"lsghnet:{name}").displayName() == title


def temporary_outputs(name):
    """TEMPORARY_OUTPUT for every output of a shipped chain (all are mandatory in 3.22)."""
    algorithm = QgsApplication.processingRegistry().algorithmById(f"lsghnet:{name}")
    return {p.name(): "TEMPORARY_OUTPUT" for p in algorithm.destinationParameterDefinitions()}


@pytest.mark.once  # a chain through the modeler on every leg: test_whole_chain_through_qgis_process
def test_comparison_chain(provider, tmp_path):
    outputs = {"zoning:zoning_table_both_models": str(tmp_path / "zoning.gpkg"),
               "predict_lsghnet:lsghnet_susceptibility": str(tmp_path / "LSGH-Net.tif"),
               "predict_cnn:cnn_susceptibility": str(tmp_path / "CNN.tif"),
               "train_lsghnet:lsghnet_model": str(tmp_path / "LSGH-Net.lsghnet"),
               "train_cnn:cnn_model": str(tmp_path / "CNN.lsghnet"),
               "evaluate:comparison_metrics": str(tmp_path / "metrics.gpkg"),
               "evaluate:pr_curves": str(tmp_path / "pr.html")}
    result, _ = run_algorithm("comparemodels", {**INPUTS, **temporary_outputs("comparemodels"), **outputs})
    zoning = [f["model"] for f in QgsVectorLayer(result["zoning:zoning_table_both_models"], "z", "ogr").getFeatures()]
    assert zoning == ["LSGH-Net"] * 5 + ["CNN"] * 5
    metrics = [f["model"] for f in QgsVectorLayer(result["evaluate:comparison_metrics"], "m", "ogr").getFeatures()]
    assert metrics == ["LSGH-Net"] * 2 + ["CNN"] * 2
    assert "CNN (AP" in (tmp_path / "pr.html").read_text()


def test_whole_chain_through_qgis_process(qgis_process, provider, tmp_path):
    """With mapping units too: 1 km squares over the study area (QGIS's Create grid)."""
    import processing

    units = processing.run("native:creategrid", {
        "TYPE": 2, "EXTENT": "711962.73,715792.73,9556861.76,9561011.76 [EPSG:32717]", "HSPACING": 1000,
        "VSPACING": 1000, "HOVERLAY": 0, "VOVERLAY": 0, "CRS": "EPSG:32717", "OUTPUT": str(tmp_path / "units.gpkg")})
    given = {"prepare:factor_stack", "predict:lsghnet_susceptibility", "zoning:zones", "zoning:zoning_table",
             "zoning:zoning_per_unit", "predict:lsghnet_probability"}
    arguments = [f"FACTORS={path}" for path in FACTOR_FILES] + [
        f"{name}=TEMPORARY_OUTPUT" for name in temporary_outputs("susceptibilitychain") if name not in given] + [
        "GRADING=slope,breaks,,10;20;30;35;40;45;50", f"prepare:factor_stack={tmp_path / 'stack.tif'}",
        f"predict:lsghnet_susceptibility={tmp_path / 's.tif'}", f"zoning:zones={tmp_path / 'z.tif'}",
        f"zoning:zoning_table={tmp_path / 'zoning.gpkg'}", f"zoning:zoning_per_unit={tmp_path / 'per_unit.gpkg'}",
        f"UNITS={units['OUTPUT']}", f"predict:lsghnet_probability={tmp_path / 'p.tif'}"]
    completed = qgis_process("susceptibilitychain", *arguments, LANDSLIDES=LANDSLIDES, MASK=MASK, EPOCHS=2)
    assert completed.returncode == 0, completed.stdout[-3000:] + completed.stderr[-3000:]
    stack = gdal.Open(str(tmp_path / "stack.tif"))
    for name in ("s.tif", "z.tif"):
        assert gdal.Open(str(tmp_path / name)).GetGeoTransform() == stack.GetGeoTransform()
    values = read_array(tmp_path / "s.tif")
    valid = values != -9999
    assert valid.sum() == 95796 and ((values[valid] >= 0) & (values[valid] <= 1)).all()
    probability = read_array(tmp_path / "p.tif")  # the chain's samples carry the study area's share of landslides
    assert ((probability != -9999) == valid).all() and probability[valid].mean() < values[valid].mean() / 5
    rows = list(QgsVectorLayer(str(tmp_path / "zoning.gpkg"), "z", "ogr").getFeatures())
    assert sum(f["cell_ratio"] for f in rows) == pytest.approx(100) and len(rows) == 5
    assert sum(f["pixels"] for f in rows) == 95796
    assert os.path.exists(tmp_path / "z.qml") and np.isin(read_array(tmp_path / "z.tif"), range(6)).all()
    per_unit = list(QgsVectorLayer(str(tmp_path / "per_unit.gpkg"), "u", "ogr").getFeatures())
    assert len(per_unit) == 4 * 5 and sum(f["cells"] for f in per_unit) == 95796  # every zoned cell in one unit
    assert sum(f["landslide_cells"] for f in per_unit) == sum(f["landslide_units"] for f in rows)
    # Each unit's mean probability: the mean of the probability raster over its cells.
    expected = sum(f["probability"] * f["cells"] for f in per_unit if f["cells"]) / 95796
    assert expected == pytest.approx(probability[valid].mean(), rel=1e-4)
