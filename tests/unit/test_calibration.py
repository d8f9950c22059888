"""The index turned into a probability of a landslide cell (model/modelling/
calibration.py): by hand, and on the synthetic region, where the probability must
score a lower Brier score over the study area than the index on held-out samples."""
import numpy as np
import pytest

from bench.synthetic_region import make_region, region_dataset
from model.core.progress import Progress
from model.modelling.calibration import Calibration, area_weights, assess_model, brier, reliability
from model.modelling.crossvalidation import cross_validate
from model.modelling.encoding import FactorClasses
from model.modelling.settings import Settings
from model.modelling.training import train


def test_the_prior_correction_by_hand():
    """Trained at 1:1, an index of 0.5 is a cell as likely as the study area's mean:
    its probability is the prevalence; 0 and 1 stay; the order is kept."""
    calibration = Calibration(prevalence=0.02, sampled=0.5)
    index = np.array([0.0, 0.25, 0.5, 0.8, 1.0])
    probability = calibration.probability(index)
    assert probability[2] == pytest.approx(0.02) and probability[0] == 0 and probability[-1] == 1
    assert (np.diff(probability) > 0).all()
    # odds(p) = odds(s) x (0.02 / 0.98) / (0.5 / 0.5): s = 0.8 has odds 4, p = 4 x 0.02 / 0.98 / (1 + ...)
    odds = 4 * 0.02 / 0.98
    assert probability[3] == pytest.approx(odds / (1 + odds))
    # Trained at a third of landslides, the same index means more.
    assert Calibration(0.02, 1 / 3).probability(np.array([0.5]))[0] > probability[2]


def test_area_weights_and_brier_by_hand():
    labels = np.array([1, 1, 0, 0, 0, 0])
    weights = area_weights(labels, 0.1)
    np.testing.assert_allclose(weights, [0.05, 0.05, 0.225, 0.225, 0.225, 0.225])
    predictions = np.array([0.5, 1.0, 0.0, 0.1, 0.0, 0.0])
    assert brier(labels, predictions, 0.1) == pytest.approx(0.05 * 0.25 + 0.225 * 0.01)


def test_reliability_of_a_calibrated_prediction_lies_on_the_diagonal():
    """Cells whose probability is known and labels drawn from it: every bin's observed
    share is its mean prediction, within sampling error."""
    rng = np.random.default_rng(0)
    probability = rng.uniform(0, 0.2, 200_000)
    labels = (rng.random(len(probability)) < probability).astype(float)
    prevalence = labels.mean()
    predicted, observed, share = reliability(labels, probability, prevalence, bins=5)
    assert len(predicted) == 5 and share.sum() == pytest.approx(1.0) and np.allclose(share, 0.2, atol=0.01)
    np.testing.assert_allclose(observed, predicted, atol=0.01)


@pytest.fixture(scope="module")
def region(tmp_path_factory):
    folder = tmp_path_factory.mktemp("region")
    data, gradings, _ = region_dataset(make_region(str(folder), size=300, landslides=400, seed=4), str(folder), seed=4)
    return data, FactorClasses.of(gradings)


@pytest.mark.parametrize("kind", ["glm", "rf"])
def test_the_probability_beats_the_index_on_held_out_samples_of_the_synthetic_region(region, kind):
    data, factors = region
    assert data.prevalence == pytest.approx(400 / 300 ** 2)
    trained = train(data, factors, Settings.of(kind=kind, seed=4), Progress(), lambda message: None)
    assert trained.calibration.sampled == pytest.approx(0.5, abs=0.02)  # as many negatives as positives
    [(name, assessment)] = assess_model(trained, data.subset(data.test))
    assert name == kind and assessment["brier_probability"] < assessment["brier_index"] / 10
    # and in every spatial fold
    rows = cross_validate(data, factors, [kind], 3, 1, ["spatial"], Settings(seed=4), Progress(), lambda message: None)
    assert all(row["brier_probability"] < row["brier_index"] for row in rows)


def test_samples_without_prevalence_give_no_calibration(region):
    data, factors = region
    data = data.subset(np.ones(len(data), dtype=bool))
    data.prevalence = None
    trained = train(data, factors, Settings.of(kind="glm"), Progress(), lambda message: None)
    assert trained.calibration is None and assess_model(trained, data) == []
