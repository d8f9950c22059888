"""Cross-validation, without QGIS."""
import os
import re

import numpy as np
import pytest

from model.sampling import heatmap
from model.modelling import metrics
from model.core.errors import InputError
from model.modelling.crossvalidation import assign_folds, cross_validate, cross_validate_file, fold_dataset, summarise
from model.modelling.encoding import FactorClasses
from model.sampling.dataset import Dataset, presence_absence
from model.factors.stack import FactorSource, prepare_stack
from model.factors.grading import FactorGrading, GradingRule, catalogue_json
from model.core.progress import Progress
from model.modelling.training import Settings
from tests.helpers import SAMPLE

CLASS_COUNTS = [4, 3]
FACTORS = FactorClasses(CLASS_COUNTS)


def clustered(seed=0):
    """Positives and negatives in four spatial clusters; soft samples near positives."""
    rng = np.random.default_rng(seed)
    centres = np.array([[0, 0], [1000, 0], [0, 1000], [1000, 1000]])
    xy = np.vstack([centre + rng.normal(0, 50, (40, 2)) for centre in centres])
    kind = np.array(["positive", "negative"] * 80)
    label = (kind == "positive").astype(float)
    landslide = np.where(kind == "positive", np.arange(160), -1)
    positives = np.flatnonzero(kind == "positive")
    owners = rng.choice(positives, 60)
    soft_xy = xy[owners] + rng.normal(0, 5, (60, 2))
    classes = np.column_stack([np.where(label == 1, rng.integers(3, 5, 160), rng.integers(1, 3, 160)),
                               rng.integers(1, 4, 160)])
    soft_classes = np.column_stack([rng.integers(2, 5, 60), rng.integers(1, 4, 60)])
    return Dataset(["a", "b"], np.vstack([classes, soft_classes]), np.r_[label, rng.uniform(0.2, 0.8, 60)],
                   np.r_[kind, np.full(60, "heatmap")], np.zeros(220, dtype=bool), np.r_[landslide, owners],
                   np.r_[xy[:, 0], soft_xy[:, 0]], np.r_[xy[:, 1], soft_xy[:, 1]])


class TestFolds:
    def test_spatial_folds_are_disjoint_regions(self):
        dataset = clustered()
        fold = assign_folds(dataset, 4, "spatial", seed=1)
        hard = dataset.hard
        xy = np.column_stack([dataset.x, dataset.y])
        centroids = np.array([xy[hard & (fold == f)].mean(axis=0) for f in range(4)])
        nearest = np.argmin(((xy[hard][:, None, :] - centroids[None]) ** 2).sum(axis=2), axis=1)
        np.testing.assert_array_equal(nearest, fold[hard])  # a Voronoi partition: no interleaving
        assert sorted(np.bincount(fold[hard]).tolist()) == [40, 40, 40, 40]  # here: one cluster each

    def test_soft_samples_follow_their_landslide(self):
        dataset = clustered()
        for partition in ("random", "spatial"):
            fold = assign_folds(dataset, 4, partition, seed=2)
            soft = np.flatnonzero(~dataset.hard)
            for index in soft:
                owner = dataset.landslide[index]
                assert fold[index] == fold[owner]

    def test_random_folds_are_balanced_and_seeded(self):
        dataset = clustered()
        fold = assign_folds(dataset, 5, "random", seed=3)
        assert np.bincount(fold[dataset.hard]).tolist() == [32] * 5
        np.testing.assert_array_equal(fold, assign_folds(dataset, 5, "random", seed=3))
        assert not np.array_equal(fold, assign_folds(dataset, 5, "random", seed=4))

    def test_fold_dataset_drops_the_test_folds_soft_samples(self):
        dataset = clustered()
        fold = assign_folds(dataset, 4, "spatial", seed=1)
        part = fold_dataset(dataset, fold, 0)
        assert part.test.sum() == 40 and (part.kind[part.test] != "heatmap").all()
        assert len(part) == 220 - int(((fold == 0) & ~dataset.hard).sum())


class TestCrossValidate:
    def test_samples_of_other_factors_are_refused(self, tmp_path):
        """Samples whose factor fields are the catalogue's in another order would be
        graded against the wrong classes: cross-validation refuses them, as training does."""
        samples, catalogue = tmp_path / "samples.npz", tmp_path / "catalogue.json"
        clustered().save(str(samples))
        gradings = [FactorGrading(name, "categorical", "categorical", codes=list(range(1, count + 1)),
                                  labels=[str(c) for c in range(1, count + 1)])
                    for name, count in zip(["b", "a"], CLASS_COUNTS)]
        catalogue.write_text(catalogue_json(gradings, {}))
        with pytest.raises(InputError, match=r"The samples' factors \(a, b\) differ from the catalogue's \(b, a\)"):
            cross_validate_file(str(samples), str(catalogue), ["glm"], 2, 1, ["random"], Settings(), None, Progress())

    def test_auroc_by_hand(self):
        assert metrics.scores(np.array([1, 1, 0, 0]), np.array([0.9, 0.4, 0.6, 0.1]))["roc_auc"] == 0.75

    def test_models_and_determinism(self, monkeypatch):
        from model.modelling.kinds import RandomForest

        # A small grid: the search's mechanics and its determinism, in a tenth of the time.
        monkeypatch.setattr(RandomForest, "GRID", {"n_estimators": [30], "max_depth": [None, 5]})
        dataset = clustered()
        settings = Settings.of(epochs=2, patience=2, seed=5, members=1)
        said = []
        first = cross_validate(dataset, FACTORS, ["glm", "rf", "lsghnet"], 4, 1, ["random", "spatial"],
                               settings, Progress(), said.append)
        assert len(first) == 3 * 4 * 2
        # At the start, how much it trains; once each model's first training is timed, about how long.
        assert said[0] == ("Cross-validation: 24 trainings (4 folds x 1 repetition(s) x 2 partition(s) x 3 model(s)), "
                           "8 networks in all.")
        assert [m.split(":")[0] for m in said if "the first training took" in m] == ["glm", "rf", "lsghnet"]
        assert re.search(r"^lsghnet: the first training took \d+ s; its 8 trainings will take about \d+ (s|min) ",
                         next(m for m in said if m.startswith("lsghnet: the first")))
        assert all(row["roc_auc"] > 0.9 for row in first if row["model"] == "glm")  # classes separate them
        again = cross_validate(dataset, FACTORS, ["glm", "rf"], 4, 1, ["random", "spatial"], settings,
                               Progress(), lambda m: None)
        assert [r for r in first if r["model"] != "lsghnet"] == again
        summary = summarise(first)
        assert {(s["model"], s["partition"]) for s in summary} == {(m, p) for m in ("glm", "rf", "lsghnet")
                                                                   for p in ("random", "spatial")}
        glm = next(s for s in summary if s["model"] == "glm" and s["partition"] == "random")
        values = [r["roc_auc"] for r in first if r["model"] == "glm" and r["partition"] == "random"]
        assert glm["roc_auc_mean"] == pytest.approx(np.mean(values))
        assert glm["roc_auc_sd"] == pytest.approx(np.std(values, ddof=1))


def fold_rows(model, aurocs, partition="spatial"):
    return [dict({"model": model, "partition": partition, "repetition": 1, "fold": fold},
                 **dict.fromkeys(("roc_auc", "ap", "accuracy", "f1", "mse"), auroc))
            for fold, auroc in enumerate(aurocs, start=1)]


@pytest.mark.parametrize("best, clear", [
    ([0.80, 0.82, 0.78, 0.81, 0.79], True),  # 0.05 ahead in every fold: lead 0.05 > 2 x 0.0071 / sqrt(5)
    ([0.70, 0.85, 0.72, 0.83, 0.80], False),  # ahead by 0.02 on average, behind in two folds
])
def test_a_winner_is_declared_only_outside_the_spread(best, clear):
    from model.modelling.crossvalidation import verdict, verdict_message

    rows = fold_rows("rf", best) + fold_rows("glm", [0.75, 0.77, 0.74, 0.76, 0.74])
    found = verdict(rows, summarise(rows), "spatial")
    assert (found["best"], found["runner_up"], found["folds"], found["clear"]) == ("rf", "glm", 5, clear)
    assert found["lead"] == pytest.approx(np.mean(best) - 0.752)
    deltas = np.array(best) - [0.75, 0.77, 0.74, 0.76, 0.74]
    assert found["margin"] == pytest.approx(2 * deltas.std(ddof=1) / np.sqrt(5))
    text = verdict_message("spatial", found).render()
    assert text.startswith("spatial: best model rf, ahead of glm" if clear else "spatial: no clear winner. rf leads glm")
    alone = verdict(fold_rows("rf", best), summarise(fold_rows("rf", best)), "spatial")
    assert verdict_message("spatial", alone).render() == "spatial: rf is the only model."


@pytest.mark.parametrize("partition, validation, expected", [
    ("spatial", "landslides", "spatial"), ("random", "landslides", "landslides"), ("spatial", "random", "random")])
def test_the_validation_part_is_drawn_like_the_test_folds(partition, validation, expected):
    from model.modelling.crossvalidation import validation_like

    assert validation_like(partition, validation) == expected


def test_presence_absence_points_of_ecuador(tmp_path):
    from osgeo import ogr

    names = ["slope", "cplan", "cprof", "elev", "log10_carea"]
    sources = [FactorSource(name, os.path.join(SAMPLE, f"{name}.tif")) for name in names]
    stack = str(tmp_path / "stack.tif")
    prepare_stack(sources, {"slope": GradingRule("slope", "equal", 6)}, sources[0].path, stack, [],
                  log=lambda m: None)
    source = ogr.Open(os.path.join(SAMPLE, "lsl_presence_absence.gpkg"))  # keep: layers die with it
    points = [(f.GetGeometryRef().GetX(), f.GetGeometryRef().GetY(), f.GetField("lslpts")) for f in source.GetLayer(0)]
    xs, ys, labels = (np.array(column, dtype=float) for column in zip(*points))
    presence = labels >= 0.5
    heat = str(tmp_path / "heat.tif")
    heatmap.write_heatmap(stack, heat, xs[presence], ys[presence])
    dataset, notes = presence_absence(stack, xs, ys, labels, heat, n_per_interval=20, seed=1)
    hard = dataset.hard
    assert (dataset.kind == "positive").sum() + (dataset.kind == "negative").sum() == 350 - sum(
        int(n.split()[0]) for n in notes if "left out" in n)
    assert (dataset.kind == "heatmap").sum() == 60
    soft = ~hard
    assert set(dataset.landslide[soft].tolist()) <= set(dataset.landslide[dataset.kind == "positive"].tolist())
    assert (dataset.classes > 0).all()
