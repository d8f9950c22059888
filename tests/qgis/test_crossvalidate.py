"""crossvalidate through processing.run and qgis_process.bin."""
import os
import re

import pytest
from qgis.core import QgsProcessingException, QgsVectorLayer

from tests.helpers import SAMPLE
from tests.qgis.conftest import run_algorithm

POINTS = os.path.join(SAMPLE, "lsl_presence_absence.gpkg") + "|layername=lsl"


def table(path):
    return {(f["model"], f["partition"]): f for f in QgsVectorLayer(path, "t", "ogr").getFeatures()}


def test_presence_absence_points_with_soft_samples(qgis_process, ecuador, tmp_path):
    completed = qgis_process("crossvalidate", SAMPLES=POINTS, LABEL_FIELD="lslpts", FACTORS=ecuador["stack"],
                             HEATMAP=ecuador["heat"], MODELS="0,4", FOLDS=3, PARTITION=2, EPOCHS=2, PATIENCE=2,
                             MEMBERS=1, OUTPUT=tmp_path / "cv.gpkg", OUTPUT_REPORT=tmp_path / "cv.html")
    assert completed.returncode == 0, completed.stdout[-3000:] + completed.stderr[-3000:]
    rows = table(str(tmp_path / "cv.gpkg"))
    assert set(rows) == {(m, p) for m in ("lsghnet", "glm") for p in ("random", "spatial")}
    assert all(row["runs"] == 3 and 0 <= row["roc_auc_mean"] <= 1 for row in rows.values())
    verdict = re.search(r"spatial: (best model|no clear winner)[^\n]*", completed.stdout).group(0)
    report = (tmp_path / "cv.html").read_text()
    assert "soft samples" in completed.stdout and "AUROC per model" in report and verdict in report
    assert "AUROC mean" in report and "roc_auc" not in report


@pytest.mark.once  # the worker's determinism on each platform: tests/unit, marked worker
def test_samples_layer_and_determinism(ecuador, tmp_path):
    parameters = {"SAMPLES": ecuador["samples"], "FACTORS": ecuador["stack"], "MODELS": [3, 4], "FOLDS": 3,
                  "PARTITION": 1, "SEED": 5, "OUTPUT_REPORT": str(tmp_path / "r.html")}
    first, feedback = run_algorithm("crossvalidate", dict(parameters, OUTPUT=str(tmp_path / "a.gpkg")))
    second, _ = run_algorithm("crossvalidate", dict(parameters, OUTPUT=str(tmp_path / "b.gpkg")))
    a, b = table(first["OUTPUT"]), table(second["OUTPUT"])
    assert set(a) == {("rf", "spatial"), ("glm", "spatial")}
    assert [a[k]["roc_auc_mean"] for k in sorted(a)] == [b[k]["roc_auc_mean"] for k in sorted(b)]
    assert re.search(r"spatial: (best model (rf|glm), ahead of|no clear winner. (rf|glm) leads)", feedback.log)
    brier = re.search(r"rf, spatial: Brier score over the study area of the test folds: index ([0-9.]+), "
                      r"probability ([0-9.]+)\.", feedback.log)
    assert float(brier.group(2)) < float(brier.group(1))  # the samples carry the study area's share of landslides
    assert "Calibration: reliability over the study area" in (tmp_path / "r.html").read_text()


def test_needs_a_model(ecuador, tmp_path):
    with pytest.raises(QgsProcessingException):
        run_algorithm("crossvalidate", {"SAMPLES": ecuador["samples"], "FACTORS": ecuador["stack"], "MODELS": [],
                                        "OUTPUT": "TEMPORARY_OUTPUT", "OUTPUT_REPORT": str(tmp_path / "r.html")})
