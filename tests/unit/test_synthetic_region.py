"""The synthetic region of bench/synthetic_region.py, small: its factors, its
landslides drawn from the known susceptibility, and a model judged against the truth."""
import json

import numpy as np
import pytest
from osgeo import gdal

from bench.synthetic_region import (CATEGORICAL, FACTORS, LITHOLOGY_EFFECT, LANDUSE_EFFECT, balanced_truth, extremes,
                                    make_region, region_dataset)
from model.modelling.crossvalidation import cross_validate, summarise
from model.modelling.encoding import FactorClasses
from model.modelling.settings import Settings
from model.core.progress import Progress


def test_a_small_region_with_known_susceptibility(tmp_path):
    region = make_region(str(tmp_path), size=150, landslides=120, seed=1)
    assert sorted(region["factors"]) == sorted(FACTORS)
    truth = region["truth_array"]
    for name, path in region["factors"].items():
        values = gdal.Open(path).ReadAsArray()
        assert values.shape == truth.shape == (150, 150) and np.isfinite(values).all()
        if name in CATEGORICAL:  # classes with spatial structure: neighbours mostly share theirs
            classes = {"lithology": len(LITHOLOGY_EFFECT), "landuse": len(LANDUSE_EFFECT)}[name]
            assert set(np.unique(values).tolist()) <= set(range(1, classes + 1))
            assert np.mean(values[:, 1:] == values[:, :-1]) > 0.9
    rows, cols = region["rows"], region["cols"]
    assert len(set(zip(rows.tolist(), cols.tolist()))) == 120  # distinct cells
    assert truth[rows, cols].mean() > 2 * truth.mean()  # drawn where the truth is high

    dataset, gradings, _ = region_dataset(region, str(tmp_path), seed=1)
    assert (dataset.kind == "positive").sum() == 120 and [g.name for g in gradings] == list(FACTORS)
    rows = cross_validate(dataset, FactorClasses.of(gradings), ["glm"], 3, 1, ["spatial"], Settings(),
                          Progress(), log=lambda message: None)
    assert summarise(rows)[0]["roc_auc_mean"] > 0.7  # the factors carry the known signal


def test_a_benchmark_stopped_in_a_later_variant_keeps_the_rows_of_those_it_finished(tmp_path, monkeypatch):
    """`--rows` of bench/evaluate_ecuador.py and bench/synthetic_region.py: written after
    each variant, so a long run stopped early (killed, out of memory) is not lost."""
    import bench.evaluate_ecuador as benchmark

    region = make_region(str(tmp_path), size=100, landslides=60, seed=2)
    dataset, gradings, _ = region_dataset(region, str(tmp_path), seed=2)
    finished = benchmark.cross_validate

    def stopped_at_the_forest(dataset, factors, kinds, *arguments, **options):
        if kinds == ["rf"]:
            raise KeyboardInterrupt
        return finished(dataset, factors, kinds, *arguments, **options)

    monkeypatch.setattr(benchmark, "cross_validate", stopped_at_the_forest)
    path = tmp_path / "rows.json"
    with pytest.raises(KeyboardInterrupt):
        benchmark.evaluate_variants(dataset, FactorClasses.of(gradings), ["glm", "rf"], 10, 2, 3, 1, str(path))
    rows = json.loads(path.read_text())
    assert [(row["model"], row["partition"], row["fold"]) for row in rows] == [
        ("glm", partition, fold) for partition in ("random", "spatial") for fold in (1, 2, 3)]


def test_the_truth_of_balanced_samples_by_hand():
    """p / (p + mean p): a cell as likely as the average is an even chance; a cell
    three times as likely is 0.75."""
    truth = np.array([[0.01, 0.01], [0.01, 0.05]])  # mean 0.02
    np.testing.assert_allclose(balanced_truth(truth), [[1 / 3, 1 / 3], [1 / 3, 5 / 7]])
    np.testing.assert_allclose(balanced_truth(np.full((3, 3), 1e-4)), 0.5)
    assert extremes(np.array([0.1, 0.2, 0.5, 0.8, 0.9])) == 0.4
