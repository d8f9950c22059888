"""explainmodel through processing.run and qgis_process.bin, on the Ecuador model
files of the `trained` fixture (an ensemble of two networks and a random forest)."""
import os

import pytest
from qgis.core import QgsProcessingException, QgsVectorLayer

from model.modelling import modelfile
from tests.qgis.conftest import run_algorithm


def table(path):
    layer = path if isinstance(path, QgsVectorLayer) else QgsVectorLayer(path, "t", "ogr")
    rows = [dict(zip(layer.fields().names(), feature.attributes())) for feature in layer.getFeatures()]
    return [{name: value for name, value in row.items() if name != "fid"} for row in rows]


def test_the_forest_explained_on_its_test_split_and_over_spatial_folds(ecuador, trained, tmp_path):
    """Every factor once per evaluation, ranked by its mean fall; a response row per
    class of each factor whose shares sum to 1; seeded: the same run again gives the
    same tables."""
    model = trained["rf"][0]["OUTPUT_MODEL"]
    parameters = {"MODEL": model, "SAMPLES": ecuador["samples"], "REPEATS": 3, "FOLDS": 3, "SEED": 7,
                  "OUTPUT_IMPORTANCE": str(tmp_path / "importance.gpkg"),
                  "OUTPUT_RESPONSE": str(tmp_path / "response.gpkg"), "OUTPUT_REPORT": str(tmp_path / "explain.html")}
    result, feedback = run_algorithm("explainmodel", parameters)
    gradings = modelfile.gradings(modelfile.read(model, with_members=False)[0])
    importance = table(result["OUTPUT_IMPORTANCE"])
    for evaluation, shuffles in (("test split", 3), ("spatial cross-validation", 9)):
        rows = [row for row in importance if row["evaluation"] == evaluation]
        assert sorted(row["factor"] for row in rows) == sorted(g.name for g in gradings)
        assert [row["rank"] for row in rows] == list(range(1, len(gradings) + 1))
        falls = [row["auroc_fall"] for row in rows]
        assert falls == sorted(falls, reverse=True) and falls[0] > 0.01
        assert all(row["shuffles"] == shuffles and row["auroc_fall_sd"] >= 0 for row in rows)
    response = table(result["OUTPUT_RESPONSE"])
    assert len(response) == sum(g.classes for g in gradings)
    for grading in gradings:
        rows = [row for row in response if row["factor"] == grading.name]
        assert [row["class"] for row in rows] == list(range(1, grading.classes + 1))
        assert [row["label"] for row in rows] == [str(label) for label in grading.labels]
        assert sum(row["sample_share"] for row in rows) == pytest.approx(1.0)
        assert all(0 <= row["susceptibility"] <= 1 for row in rows)
    assert "Factors by importance: " + importance[0]["factor"] in feedback.log
    report = (tmp_path / "explain.html").read_text()
    assert "Permutation importance" in report and "partial dependence" in report
    again = run_algorithm("explainmodel", dict(parameters, OUTPUT_IMPORTANCE="TEMPORARY_OUTPUT",
                                               OUTPUT_RESPONSE="TEMPORARY_OUTPUT",
                                               OUTPUT_REPORT=str(tmp_path / "again.html")))[0]
    assert table(again["OUTPUT_IMPORTANCE"]) == importance and table(again["OUTPUT_RESPONSE"]) == response


def test_an_ensemble_through_qgis_process(qgis_process, ecuador, trained, tmp_path):
    completed = qgis_process("explainmodel", MODEL=trained["lsghnet"][0]["OUTPUT_MODEL"], SAMPLES=ecuador["samples"],
                             REPEATS=2, OUTPUT_IMPORTANCE=tmp_path / "importance.gpkg",
                             OUTPUT_RESPONSE=tmp_path / "response.gpkg", OUTPUT_REPORT=tmp_path / "explain.html")
    assert completed.returncode == 0, completed.stdout[-3000:] + completed.stderr[-3000:]
    rows = table(str(tmp_path / "importance.gpkg"))
    assert {row["evaluation"] for row in rows} == {"test split"} and len(rows) == 5
    assert all(row["shuffles"] == 2 for row in rows)
    assert "Factors by importance:" in completed.stdout and (tmp_path / "explain.html").stat().st_size > 1000


def test_one_fold_is_refused_before_any_work(ecuador, trained, tmp_path):
    with pytest.raises(QgsProcessingException, match="One spatial fold cannot hold ground out"):
        run_algorithm("explainmodel", {"MODEL": trained["rf"][0]["OUTPUT_MODEL"], "SAMPLES": ecuador["samples"],
                                       "FOLDS": 1, "OUTPUT_IMPORTANCE": str(tmp_path / "i.gpkg"),
                                       "OUTPUT_RESPONSE": str(tmp_path / "r.gpkg"),
                                       "OUTPUT_REPORT": str(tmp_path / "e.html")})
    assert os.listdir(tmp_path) == []
