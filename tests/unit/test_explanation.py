"""Explaining a model (model/modelling/explanation.py): permutation importance and
the response to each factor's classes, by hand and on the synthetic region whose
true effects are known."""
import numpy as np
import pytest
from osgeo import gdal
from scipy.stats import spearmanr

from bench.synthetic_region import FACTORS, LITHOLOGY_EFFECT, make_region, region_dataset, true_effects
from model.core.errors import InputError
from model.core.progress import Progress
from model.modelling import explanation
from model.modelling.encoding import FactorClasses
from model.modelling.settings import Settings
from model.modelling.training import train, write_model
from model.sampling.dataset import Dataset


class Known:
    """A model whose susceptibility is the first factor's class / 4: only the first
    of two factors matters."""
    needs_keras = False

    def predict(self, classes):
        return np.asarray(classes)[:, 0] / 4.0


def dataset(samples=200, seed=0, test=True):
    rng = np.random.default_rng(seed)
    classes = rng.integers(1, 5, size=(samples, 2))
    label = (classes[:, 0] >= 3).astype(float)
    return Dataset(["driver", "noise"], classes, label, np.where(label > 0, "positive", "negative"),
                   np.full(samples, test), np.full(samples, -1), rng.uniform(0, 1000, samples),
                   rng.uniform(0, 1000, samples))


def test_importance_by_hand():
    """The first factor decides the labels: the AUROC is 1 and falls to about 0.5
    when it is shuffled; shuffling the second changes nothing."""
    baseline, drops = explanation.importance(Known(), dataset(), 4, np.random.default_rng(1))
    assert baseline == 1.0 and drops.shape == (2, 4)
    assert 0.35 < drops[0].mean() < 0.65 and (drops[1] == 0).all()
    _, again = explanation.importance(Known(), dataset(), 4, np.random.default_rng(1))
    np.testing.assert_array_equal(drops, again)  # seeded


def test_response_by_hand():
    """Partial dependence of the known model: class c of the first factor gives c / 4
    whatever the second; the second factor's curve is flat at the mean."""
    data = dataset()
    (first, shares), (second, _) = explanation.responses(Known(), data, [4, 4], np.random.default_rng(0))
    np.testing.assert_allclose(first, [0.25, 0.5, 0.75, 1.0])
    np.testing.assert_allclose(second, data.classes[:, 0].mean() / 4)
    np.testing.assert_allclose(shares, np.bincount(data.classes[:, 0], minlength=5)[1:] / 200)


def test_the_rows_rank_the_factors_with_their_spread():
    drops = np.array([[0.01, 0.03], [0.2, 0.4]])
    rows = explanation.importance_rows(["a", "b"], "test split", drops)
    assert [row[:3] for row in rows] == [["b", "test split", 1], ["a", "test split", 2]]
    assert rows[0][3] == pytest.approx(0.3) and rows[0][4] == pytest.approx(np.std([0.2, 0.4], ddof=1))


def test_one_kind_of_test_sample_is_refused():
    data = dataset()
    data.label[:] = 1.0
    with pytest.raises(InputError, match="landslide and non-landslide test samples"):
        explanation.importance(Known(), data, 2, np.random.default_rng(0))


@pytest.fixture(scope="module")
def region(tmp_path_factory):
    folder = tmp_path_factory.mktemp("region")
    made = make_region(str(folder), size=400, landslides=1000, seed=3)
    data, gradings, _ = region_dataset(made, str(folder), seed=3)
    factors = {name: gdal.Open(path).ReadAsArray()
               for name, path in made["factors"].items()}
    return folder, data, gradings, true_effects(factors)


def test_the_importance_recovers_the_true_effects_of_the_synthetic_region(region):
    """Logistic regression on the region's samples: its importance ranks the factors
    as the generator's effects do (rank correlation at least 0.8), and its response
    follows the true effects' shape (steeper slopes, more landslides; denser
    vegetation, fewer; the lithology units in the order of their effects)."""
    _, data, gradings, effects = region
    trained = train(data, FactorClasses.of(gradings), Settings.of(kind="glm", seed=3), Progress(), lambda message: None)
    rng = np.random.default_rng(3)
    _, drops = explanation.importance(trained, data.subset(data.test), 5, rng)
    importance = dict(zip(data.factor_names, drops.mean(axis=1)))
    correlation = spearmanr([importance[name] for name in FACTORS], [effects[name] for name in FACTORS])[0]
    assert correlation >= 0.8, sorted(importance.items(), key=lambda item: -item[1])
    curves = dict(zip(data.factor_names, explanation.responses(trained, data, [g.classes for g in gradings], rng)))
    assert spearmanr(curves["slope"][0], range(len(curves["slope"][0])))[0] > 0.8
    assert spearmanr(curves["vegetation"][0], range(len(curves["vegetation"][0])))[0] < -0.5
    lithology = next(g for g in gradings if g.name == "lithology")
    assert spearmanr(curves["lithology"][0], [LITHOLOGY_EFFECT[int(float(label)) - 1]
                                              for label in lithology.labels])[0] >= 0.8


def test_a_model_file_explained_on_the_test_split_and_over_spatial_folds(region, tmp_path):
    """A random forest's file: the importance table on the test split and over 3
    spatial folds (the forest trained again on each), slope first in both, the
    response of every class, and the report."""
    _, data, gradings, _ = region
    settings = Settings.of(kind="rf", seed=3)
    trained = train(data, FactorClasses.of(gradings), settings, Progress(), lambda message: None)
    model, samples = str(tmp_path / "rf.lsghnet"), str(tmp_path / "samples.npz")
    scores, _ = trained.evaluate(data.subset(data.test))
    write_model(model, trained, settings, [vars(g) for g in gradings], scores, "CPU")
    data.save(samples)
    report = tmp_path / "explain.html"
    logged = []
    result = explanation.explain(model, samples, str(report), 3, 3, 3, lambda: "CPU", Progress(), logged.append)
    for evaluation in ("test split", "spatial cross-validation"):
        rows = [row for row in result["importance"] if row[1] == evaluation]
        assert sorted(row[0] for row in rows) == sorted(FACTORS) and [row[2] for row in rows] == list(range(1, 10))
        assert rows[0][0] == "slope" and rows[0][4] > 0 and rows[0][5] == (3 if evaluation == "test split" else 9)
    assert len(result["response"]) == sum(g.classes for g in gradings)
    assert result["roc_auc"] == pytest.approx(scores["hard"]["roc_auc"])
    assert result["cv_roc_auc"] > 0.7 and any("Spatial fold 3/3" in line for line in logged)
    text = report.read_text()
    assert "Permutation importance" in text and "partial dependence" in text and "spatial cross-validation" in text
