"""Factor screening, without QGIS."""
import numpy as np
import pytest

from model.core.errors import InputError
from model.factors.stack import AlignedFactors, FactorSource
from model.factors.grading import GradingRule
from model.core.raster import Grid, open_raster
from model.core.cells import LandslideCells
from model.factors.screening import screen_factors
from model.core.reports import write_screening_report
from tests.helpers import pixel_centre, write_raster


@pytest.fixture
def scene(tmp_path):
    rng = np.random.default_rng(0)
    a = rng.normal(size=(50, 60)).astype(np.float32)
    b = (2 * a + 0.1 * rng.normal(size=a.shape)).astype(np.float32)
    c = rng.normal(size=a.shape).astype(np.float32)
    a[0, :5] = np.nan
    paths = {name: write_raster(tmp_path / f"{name}.tif", array) for name, array in zip("abc", (a, b, c))}
    sources = [FactorSource(name, path) for name, path in paths.items()]
    grid = Grid.of(open_raster(paths["a"], "a"))
    factors = AlignedFactors(sources, {name: GradingRule(name) for name in paths}, grid, None)
    # Landslides where c is high: c must rank first.
    rows, cols = np.nonzero(c > 1.2)
    xs, ys = zip(*(pixel_centre(r, q) for r, q in zip(rows, cols)))
    valid = ~np.isnan(a)
    expected = np.corrcoef(np.stack([a[valid], b[valid], c[valid]]))
    return factors, LandslideCells(grid, np.array(xs), np.array(ys)), expected, grid


def test_correlation_and_importance(scene, tmp_path):
    factors, landslides, expected, _ = scene
    result = screen_factors(factors, landslides, seed=1, window_size=16)
    np.testing.assert_allclose(result.correlation, expected, atol=1e-9)
    assert result.cells == 50 * 60 - 5
    assert result.ranking()[0][0] == "c"
    assert result.importance.sum() == pytest.approx(1.0)
    assert [(a, b) for a, b, _ in result.flagged(0.7)] == [("a", "b")]
    report = tmp_path / "report.html"
    write_screening_report(str(report), result, 0.7)
    text = report.read_text()
    assert "Pearson correlation" in text and "plotly" in text and "<td>a</td><td>b</td>" in text


def test_same_seed_same_importance(scene):
    factors, landslides, _, _ = scene
    first, second = screen_factors(factors, landslides, seed=5), screen_factors(factors, landslides, seed=5)
    np.testing.assert_array_equal(first.importance, second.importance)


def test_no_landslide_inside(scene):
    factors, _, _, grid = scene
    with pytest.raises(InputError, match="No landslide lies inside"):
        screen_factors(factors, LandslideCells(grid, np.array([0.0]), np.array([0.0])))
