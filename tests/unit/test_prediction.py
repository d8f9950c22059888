"""Susceptibility prediction, without QGIS: the combination cache, equality with
per-cell prediction on the Ecuador data for every model kind, raw factors, and the
bad inputs."""
import os

import numpy as np
import pytest
from osgeo import gdal

from model.sampling import heatmap
from model.modelling import modelfile
from model.modelling.encoding import FactorClasses
from model.core.errors import Cancelled, InputError
from model.factors.stack import FactorSource, prepare_stack
from model.factors.grading import GradingRule
from model.mapping.prediction import NODATA, CombinationCache, compare_catalogues, open_input, predict_raster
from model.core.progress import Progress
from model.core.raster import Grid, open_raster
from model.core.cells import LandslideCells
from model.sampling.samples import extract_samples
from model.sampling.dataset import Dataset
from model.modelling.training import Settings, train, write_model
from tests.helpers import SAMPLE, built_once, point_coordinates, read_array

NAMES = ["slope", "cplan", "cprof", "elev", "log10_carea"]
RULES = {"slope": GradingRule("slope", "breaks", 8, [10, 20, 30, 35, 40, 45, 50]),
         "elev": GradingRule("elev", "jenks", 6)}


class SumPredictor:
    """A stand-in model: a fixed function of the classes, counting its calls."""

    def __init__(self):
        self.rows = 0

    def predict(self, classes):
        self.rows += len(classes)
        return (np.sin(classes @ np.arange(1, classes.shape[1] + 1)) * 0.5 + 0.5).astype(np.float32)


class TestCache:
    @pytest.mark.parametrize("counts", [[3, 4, 5], [40] * 14])  # compact keys, and rows too wide for int64
    def test_same_as_direct_prediction(self, counts):
        rng = np.random.default_rng(0)
        cache, model = CombinationCache(counts), SumPredictor()
        for _ in range(3):
            classes = np.column_stack([rng.integers(1, min(k, 3) + 1, 500) for k in counts]).astype(np.uint16)
            np.testing.assert_array_equal(cache.predict(classes, model.predict)[:, 0], SumPredictor().predict(classes))
        assert model.rows == cache.predicted <= 3 ** len(counts)

    def test_limit_empties_the_cache(self):
        cache, model = CombinationCache([10, 10], limit=5), SumPredictor()
        classes = np.array([[1, 1], [1, 2], [2, 1], [2, 2], [3, 3], [4, 4]], dtype=np.uint16)
        np.testing.assert_array_equal(cache.predict(classes, model.predict)[:, 0], SumPredictor().predict(classes))
        assert len(cache.keys) <= 5


@pytest.fixture(scope="module")
def ecuador(tmp_path_factory):
    """Stack, samples and one model of every kind (few epochs) on the Ecuador data,
    built once per run (built_once)."""
    sources = [FactorSource(name, os.path.join(SAMPLE, f"{name}.tif")) for name in NAMES]

    def build(folder):
        stack = str(folder / "stack.tif")
        gradings = prepare_stack(sources, RULES, sources[0].path, stack, [str(folder / "stack.json")],
                                 log=lambda m: None)
        xs, ys = point_coordinates(os.path.join(SAMPLE, "landslides.gpkg"), "landslides")
        heat = str(folder / "heat.tif")
        heatmap.write_heatmap(stack, heat, xs, ys)
        drawn = extract_samples(stack, heat, LandslideCells(Grid.of(open_raster(stack, "s")), xs, ys), seed=3)
        dataset = Dataset(NAMES, drawn.classes.astype(np.int64), drawn.label,
                          np.array(["negative", "positive", "heatmap"])[drawn.kind], drawn.test, drawn.landslide,
                          drawn.x, drawn.y, drawn.prevalence)
        catalogue = [dict(vars(g)) for g in gradings]
        models = {}
        for kind in ("lsghnet", "lsghnet_noscse", "cnn", "rf"):
            # An ensemble where the uncertainty needs one; one network for the other kinds.
            settings = Settings.of(kind=kind, epochs=2, patience=2, members=3 if kind == "lsghnet" else 1)
            trained = train(dataset, FactorClasses.of(gradings), settings, Progress(), log=lambda m: None)
            path = str(folder / f"{kind}.lsghnet")
            scores = trained.evaluate(dataset.subset(dataset.test))[0]
            write_model(path, trained, settings, catalogue, scores, "CPU")
            models[kind] = path
        return {"stack": stack, "models": models}

    return dict(built_once(tmp_path_factory, "ecuador_models", build), sources=sources)


def per_cell(model_path, stack_path):
    """The plain way: model.predict on every valid cell."""
    classes = gdal.Open(stack_path).ReadAsArray()
    valid = np.all(classes > 0, axis=0)
    expected = np.full(valid.shape, NODATA, dtype=np.float32)
    expected[valid] = modelfile.load(model_path).predict(classes[:, valid].T)
    return expected


class TestPredictRaster:
    @pytest.mark.parametrize("kind", ["lsghnet", "lsghnet_noscse", "cnn", "rf"])
    def test_equals_per_cell_prediction(self, ecuador, tmp_path, kind):
        out = str(tmp_path / "s.tif")
        summary = predict_raster(ecuador["models"][kind], out, stack_path=ecuador["stack"])
        result, expected = read_array(out), per_cell(ecuador["models"][kind], ecuador["stack"])
        assert np.max(np.abs(result - expected)) <= 1e-6
        valid = expected != NODATA
        assert ((result[valid] >= 0) & (result[valid] <= 1)).all()
        assert summary.cells == int(valid.sum()) and summary.combinations < summary.cells / 3

    def test_the_uncertainty_is_the_members_spread_per_cell(self, ecuador, tmp_path):
        out, spread = str(tmp_path / "s.tif"), str(tmp_path / "u.tif")
        predict_raster(ecuador["models"]["lsghnet"], out, stack_path=ecuador["stack"], uncertainty_path=spread,
                       window_size=100)
        model = modelfile.load(ecuador["models"]["lsghnet"])
        classes = gdal.Open(ecuador["stack"]).ReadAsArray()
        valid = np.all(classes > 0, axis=0)
        each = np.stack([model.predict_member(member, classes[:, valid].T) for member in model.members])
        assert each.shape[0] == 3
        uncertainty = read_array(spread)
        np.testing.assert_allclose(uncertainty[valid], each.std(axis=0), atol=1e-6)
        np.testing.assert_allclose(read_array(out)[valid], each.mean(axis=0), atol=1e-6)
        assert (uncertainty[~valid] == NODATA).all() and uncertainty[valid].max() > 0

    @pytest.mark.parametrize("kind", ["lsghnet", "rf"])
    def test_the_probability_is_the_calibrated_index_per_cell(self, ecuador, tmp_path, kind):
        """With the uncertainty too (three outputs of one pass), and the index unchanged."""
        out, chance = str(tmp_path / "s.tif"), str(tmp_path / "p.tif")
        spread = str(tmp_path / "u.tif") if kind == "lsghnet" else None
        predict_raster(ecuador["models"][kind], out, stack_path=ecuador["stack"], uncertainty_path=spread,
                       probability_path=chance, window_size=100)
        model = modelfile.load(ecuador["models"][kind])
        index, probability = read_array(out), read_array(chance)
        valid = index != NODATA
        np.testing.assert_allclose(index, per_cell(ecuador["models"][kind], ecuador["stack"]), atol=1e-6)
        np.testing.assert_allclose(probability[valid], model.calibration.probability(index[valid]), rtol=1e-6)
        assert (probability[~valid] == NODATA).all()
        assert 0 < model.calibration.prevalence < 0.05 and probability[valid].max() < index[valid].max()
        assert "probability of a landslide cell" in gdal.Open(chance).GetRasterBand(1).GetDescription()

    def test_a_model_without_prevalence_has_no_probability(self, ecuador, tmp_path):
        manifest = dict(modelfile.read(ecuador["models"]["rf"], with_members=False)[0], calibration=None)
        with pytest.raises(InputError, match="does not know the share of its study area's cells on a landslide"):
            open_input(manifest, False, ecuador["stack"], probability=True)

    def test_a_single_model_has_no_uncertainty(self, ecuador, tmp_path):
        with pytest.raises(InputError, match="needs an ensemble of networks"):
            predict_raster(ecuador["models"]["rf"], str(tmp_path / "s.tif"), stack_path=ecuador["stack"],
                           uncertainty_path=str(tmp_path / "u.tif"))
        assert os.listdir(tmp_path) == []

    def test_nodata_and_grid(self, ecuador, tmp_path):
        out = str(tmp_path / "s.tif")
        predict_raster(ecuador["models"]["rf"], out, stack_path=ecuador["stack"])
        stack, result = gdal.Open(ecuador["stack"]), gdal.Open(out)
        assert result.GetGeoTransform() == stack.GetGeoTransform()
        nodata = np.any(stack.ReadAsArray() == 0, axis=0)
        values = result.GetRasterBand(1).ReadAsArray()
        assert (values[nodata] == NODATA).all() and (values[~nodata] != NODATA).all()
        assert result.GetRasterBand(1).DataType == gdal.GDT_Float32

    def test_block_edges(self, ecuador, tmp_path):
        predict_raster(ecuador["models"]["rf"], str(tmp_path / "a.tif"), stack_path=ecuador["stack"])
        predict_raster(ecuador["models"]["rf"], str(tmp_path / "b.tif"), stack_path=ecuador["stack"], window_size=100)
        np.testing.assert_array_equal(read_array(tmp_path / "a.tif"), read_array(tmp_path / "b.tif"))

    def test_raw_factors_give_the_stack_result(self, ecuador, tmp_path):
        predict_raster(ecuador["models"]["lsghnet"], str(tmp_path / "stack.tif"), stack_path=ecuador["stack"])
        reordered = ecuador["sources"][::-1]
        predict_raster(ecuador["models"]["lsghnet"], str(tmp_path / "raw.tif"), sources=reordered)
        np.testing.assert_allclose(read_array(tmp_path / "raw.tif"), read_array(tmp_path / "stack.tif"), atol=1e-6)

    def test_cancel_leaves_nothing(self, ecuador, tmp_path):
        with pytest.raises(Cancelled):
            predict_raster(ecuador["models"]["rf"], str(tmp_path / "s.tif"), stack_path=ecuador["stack"],
                           window_size=50, progress=Progress(is_cancelled=lambda: True))
        assert os.listdir(tmp_path) == []


class TestBadInput:
    def test_mismatching_stack_lists_the_differences(self, ecuador, tmp_path):
        sources = ecuador["sources"]
        other = str(tmp_path / "other.tif")
        prepare_stack(sources, {"slope": GradingRule("slope", "breaks", 3, [15, 30])}, sources[0].path, other, [],
                      log=lambda m: None)
        with pytest.raises(InputError, match="does not match the model: factor 'slope': breaks 10 20 30 35 40 45 "
                                             "50 in the model, 15 30 in the input") as error:
            predict_raster(ecuador["models"]["rf"], str(tmp_path / "s.tif"), stack_path=other)
        assert "factor 'elev': method jenks in the model, quantile in the input" in str(error.value)
        assert not (tmp_path / "s.tif").exists()

    def test_unseen_classes(self, ecuador, tmp_path):
        bad = str(tmp_path / "bad.tif")
        dataset = gdal.Translate(bad, ecuador["stack"])
        band = dataset.GetRasterBand(1)
        block = band.ReadAsArray(100, 200, 3, 2)
        band.WriteArray(np.full_like(block, 9), 100, 200)  # slope has 8 classes
        dataset = None
        with pytest.raises(InputError, match=r"classes the model never saw: factor 'slope' code 9: 6 cells "
                                             r"within x 712962\.7 \.\. 712992\.7"):
            predict_raster(ecuador["models"]["rf"], str(tmp_path / "s.tif"), stack_path=bad)
        assert not (tmp_path / "s.tif").exists()

    def test_raw_factors_missing(self, ecuador, tmp_path):
        with pytest.raises(InputError, match="missing: log10_carea"):
            predict_raster(ecuador["models"]["rf"], str(tmp_path / "s.tif"), sources=ecuador["sources"][:4])

    def test_stack_without_catalogue(self, ecuador, tmp_path):
        with pytest.raises(InputError, match="carries no factor catalogue.*raw factor rasters"):
            predict_raster(ecuador["models"]["rf"], str(tmp_path / "s.tif"),
                           stack_path=os.path.join(SAMPLE, "slope.tif"))

    def test_fully_nodata(self, ecuador, tmp_path):
        empty = str(tmp_path / "empty.tif")
        dataset = gdal.Translate(empty, ecuador["stack"])
        for index in range(dataset.RasterCount):
            band = dataset.GetRasterBand(index + 1)
            band.WriteArray(np.zeros((band.YSize, band.XSize), dtype=np.uint8))
        dataset = None
        with pytest.raises(InputError, match="nothing to predict"):
            predict_raster(ecuador["models"]["rf"], str(tmp_path / "s.tif"), stack_path=empty)

    def test_catalogue_comparison_of_names(self, ecuador):
        gradings = modelfile.gradings(modelfile.read(ecuador["models"]["rf"])[0])
        assert str(compare_catalogues(gradings, gradings[::-1])[0]).startswith("the model's factors are slope, cplan")
