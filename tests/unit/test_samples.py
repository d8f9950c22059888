"""Training-sample extraction, without QGIS."""
import numpy as np
import pytest
from osgeo import gdal, ogr

from model.sampling import heatmap
from model.core.errors import InputError
from model.factors.stack import FactorSource, prepare_stack
from model.factors.grading import GradingRule
from model.core.progress import Progress
from model.core.raster import Grid
from model.core.cells import LandslideCells
from model.sampling.dataset import from_features, read_samples
from model.sampling.samples import HEATMAP, NEGATIVE, POSITIVE, extract_samples
from tests.helpers import pixel_centre, read_array, write_raster

CELLS = [(5, 5), (5, 6), (20, 30), (33, 8), (12, 25)]


@pytest.fixture(scope="module")
def scene(tmp_path_factory):
    """A 40 x 40 two-factor stack (nodata in a corner), its heatmap (R = 4) and
    landslide points."""
    folder = tmp_path_factory.mktemp("scene")
    rows, cols = np.mgrid[0:40, 0:40]
    slope = (rows + cols).astype(np.float32)
    slope[35:, 35:] = -1
    geology = (cols // 10 + 1).astype(np.float32)
    sources = [FactorSource("slope", write_raster(folder / "slope.tif", slope, nodata=-1)),
               FactorSource("geology", write_raster(folder / "geology.tif", geology))]
    stack = str(folder / "stack.tif")
    prepare_stack(sources, {"slope": GradingRule("slope", "equal", 5), "geology": GradingRule("geology", "categorical")},
                  sources[0].path, stack, [], log=lambda m: None)
    xs, ys = zip(*(pixel_centre(r, c) for r, c in CELLS))
    xs, ys = np.array(xs), np.array(ys)
    heat = str(folder / "heat.tif")
    heatmap.write_heatmap(stack, heat, xs, ys, radius=4)
    return {"stack": stack, "heat": heat, "xs": xs, "ys": ys, "grid": Grid.of(gdal.Open(stack)),
            "folder": folder}


def draw(scene, **options):
    cells = LandslideCells(scene["grid"], scene["xs"], scene["ys"])
    options.setdefault("n_per_interval", 10)
    return extract_samples(scene["stack"], scene["heat"], cells, **options)


class TestSamples:
    def test_counts_labels_and_values(self, scene):
        samples = draw(scene)
        heat, stack = read_array(scene["heat"]), gdal.Open(scene["stack"]).ReadAsArray()
        positive, negative, soft = (samples.kind == k for k in (POSITIVE, NEGATIVE, HEATMAP))
        assert sorted(zip(samples.rows[positive], samples.cols[positive])) == sorted(CELLS)
        assert (samples.label[positive] == 1).all() and np.count_nonzero(negative) == len(CELLS)
        assert (heat[samples.rows[negative], samples.cols[negative]] == 0).all()
        assert (samples.label[negative] == 0).all()
        assert np.count_nonzero(soft) == 30
        for interval, (low, high) in zip((1, 2, 3), ((0.2, 0.4), (0.4, 0.6), (0.6, 0.8))):
            chosen = soft & (samples.interval == interval)
            assert np.count_nonzero(chosen) == 10
            values = samples.label[chosen]
            assert ((values >= low) & (values < high)).all()
            np.testing.assert_array_equal(values, heat[samples.rows[chosen], samples.cols[chosen]])
        np.testing.assert_array_equal(samples.classes, stack[:, samples.rows, samples.cols].T)
        assert len(set(zip(samples.rows.tolist(), samples.cols.tolist()))) == len(samples)  # no pixel twice
        assert (samples.classes > 0).all()  # never nodata
        x0, dx, _, y0, _, dy = scene["grid"].geotransform
        np.testing.assert_allclose(samples.x, x0 + (samples.cols + 0.5) * dx)
        # The study area's prevalence: the landslide cells among the 40 x 40 - 5 x 5 valid ones.
        assert samples.prevalence == pytest.approx(len(CELLS) / (40 * 40 - 5 * 5))

    def test_soft_samples_belong_to_the_nearest_landslide(self, scene):
        samples = draw(scene)
        soft = samples.kind == HEATMAP
        for row, col, owner in zip(samples.rows[soft], samples.cols[soft], samples.landslide[soft]):
            distances = [(row - r) ** 2 + (col - c) ** 2 for r, c in CELLS]
            assert distances[owner] == min(distances)

    def test_same_seed_same_samples(self, scene):
        first, second, other = draw(scene, seed=7), draw(scene, seed=7), draw(scene, seed=8)
        np.testing.assert_array_equal(first.rows, second.rows)
        np.testing.assert_array_equal(first.test, second.test)
        assert not np.array_equal(first.rows, other.rows)

    def test_windows_do_not_change_the_draw_size(self, scene):
        assert len(draw(scene, window_size=7)) == len(draw(scene))

    def test_too_few_candidates_takes_all_and_says_so(self, scene):
        samples = draw(scene, n_per_interval=100000, n_negative=5)
        assert any("for heatmap samples in 0.6-0.8 (asked 100000): all of them were taken" in n
                   for n in samples.notes)
        heat = read_array(scene["heat"])
        assert np.count_nonzero((samples.kind == HEATMAP) & (samples.interval == 3)) == \
            np.count_nonzero((heat >= 0.6) & (heat < 0.8))

    def test_no_heatmap_samples(self, scene):
        samples = draw(scene, heatmap_samples=False, n_negative=12)
        assert set(samples.kind.tolist()) == {POSITIVE, NEGATIVE}
        assert np.count_nonzero(samples.kind == NEGATIVE) == 12

    def test_min_distance(self, scene):
        samples = draw(scene, n_negative=500, min_distance=120.0)  # 12 pixels of 10 m
        negative = samples.kind == NEGATIVE
        for r, c in CELLS:
            distance = np.hypot(samples.rows[negative] - r, samples.cols[negative] - c) * 10
            assert (distance >= 120).all()

    def test_a_min_distance_beyond_the_stack_is_refused_before_any_work(self, scene):
        """Before, the distance search's halo grew with MIN_DISTANCE (150 GiB once)."""
        with pytest.raises(InputError, match=r"^MIN_DISTANCE \(1e\+06 map units\) is as large as the whole stack "
                                             r"\(566 map units corner to corner\)"):
            draw(scene, min_distance=1e6, progress=Progress(is_cancelled=pytest.fail))

    def test_a_min_distance_that_leaves_no_negative_names_it(self, scene):
        with pytest.raises(InputError, match=r"No cell outside the heatmap is 300 map units or more from every "
                                             r"landslide.*Choose a smaller MIN_DISTANCE"):
            draw(scene, min_distance=300.0)

    def test_too_few_negatives_are_blamed_on_min_distance(self, scene):
        samples = draw(scene, n_negative=500, min_distance=150.0)
        assert 0 < np.count_nonzero(samples.kind == NEGATIVE) < 500
        assert any("MIN_DISTANCE (150 map units) limits them" in note for note in samples.notes)

    def test_random_split_per_kind(self, scene):
        samples = draw(scene, test_fraction=0.3, split="random")
        for kind in (POSITIVE, NEGATIVE, HEATMAP):
            members = samples.kind == kind
            assert np.count_nonzero(samples.test[members]) == round(0.3 * np.count_nonzero(members))

    def test_the_default_split_keeps_each_landslide_on_one_side(self, scene):
        """Five landslides of one cell each, ten soft samples per interval: whole
        landslides go to test while the test set holds at most 30 % of the landslide
        samples; negatives are split cell by cell."""
        samples = draw(scene, test_fraction=0.3, seed=4)
        owned = samples.landslide >= 0
        for landslide in range(len(CELLS)):
            assert len(set(samples.test[samples.landslide == landslide].tolist())) == 1
        assert 0 < np.count_nonzero(samples.test[owned]) <= 0.3 * np.count_nonzero(owned)
        negative = samples.kind == NEGATIVE
        assert np.count_nonzero(samples.test[negative]) == round(0.3 * np.count_nonzero(negative))
        tested = len(set(samples.landslide[owned & samples.test].tolist()))
        assert f"Split by landslide: {tested} of {len(CELLS)} landslides" in samples.notes[-1]

    def test_the_per_cell_split_warns_for_polygons(self, scene):
        square = ogr.CreateGeometryFromWkt(
            "POLYGON ((500100 9599900, 500120 9599900, 500120 9599880, 500100 9599880, 500100 9599900))")
        cells = LandslideCells(scene["grid"], polygon_wkbs=[square.ExportToWkb()])
        samples = extract_samples(scene["stack"], scene["heat"], cells, n_per_interval=3, split="random")
        assert "the test score is optimistic" in samples.notes[-1]

    def test_block_split_is_spatially_disjoint(self, scene):
        samples = draw(scene, split="blocks", block_size=100.0, seed=3)
        assert not set(samples.block[samples.test]) & set(samples.block[~samples.test])
        assert samples.test.any() and not samples.test.all()
        for landslide in range(len(CELLS)):  # a landslide and its soft samples stay together
            owned = samples.landslide == landslide
            assert len(set(samples.test[owned].tolist())) <= 1

    def test_blocks_are_numbered_from_0_and_hold_a_cell_at_least(self, scene):
        """Numbered 0, 1, ... however small the blocks (an output's integer field);
        a block smaller than a cell is refused."""
        samples = draw(scene, split="blocks", block_size=10.0, seed=3)  # one cell per block
        assert sorted(set(samples.block.tolist())) == list(range(len(set(samples.block.tolist()))))
        with pytest.raises(InputError, match=r"block size \(0.5 map units\) is smaller than a cell of the stack "
                                             r"\(10 map units\)"):
            draw(scene, split="blocks", block_size=0.5, seed=3)

    def test_polygon_pixels(self, scene):
        square = ogr.CreateGeometryFromWkt(  # cells (10..11, 10..11)
            "POLYGON ((500100 9599900, 500120 9599900, 500120 9599880, 500100 9599880, 500100 9599900))")
        cells = LandslideCells(scene["grid"], polygon_wkbs=[square.ExportToWkb()])
        samples = extract_samples(scene["stack"], scene["heat"], cells, n_per_interval=0)
        positive = samples.kind == POSITIVE
        assert sorted(zip(samples.rows[positive], samples.cols[positive])) == [(10, 10), (10, 11), (11, 10), (11, 11)]
        assert (samples.landslide[positive] == 0).all()


class TestBadInput:
    def test_grids_differ(self, scene):
        other = write_raster(scene["folder"] / "other_heat.tif", np.zeros((40, 41)))
        with pytest.raises(InputError, match="are on different grids") as error:
            extract_samples(scene["stack"], other, LandslideCells(scene["grid"], scene["xs"], scene["ys"]))
        assert "stack.tif" in str(error.value) and "other_heat.tif" in str(error.value)

    def test_no_landslide_inside(self, scene):
        cells = LandslideCells(scene["grid"], np.array([0.0, 1.0]), np.array([0.0, 1.0]))
        with pytest.raises(InputError, match=r"No landslide lies inside the factor stack \(2 outside\)"):
            extract_samples(scene["stack"], scene["heat"], cells)

    def test_landslides_only_on_nodata(self, scene):
        x, y = pixel_centre(38, 38)
        cells = LandslideCells(scene["grid"], np.array([x]), np.array([y]))
        with pytest.raises(InputError, match="no positive sample"):
            extract_samples(scene["stack"], scene["heat"], cells)

    @pytest.mark.parametrize("fraction", [0.0, 1.0])
    def test_test_fraction(self, scene, fraction):
        with pytest.raises(InputError, match="strictly between 0 and 1"):
            draw(scene, test_fraction=fraction)


class TestReservoir:
    def test_bernoulli_successes(self):
        from model.core.cells import _bernoulli_successes

        rng = np.random.default_rng(0)
        hits = _bernoulli_successes(1_000_000, 0.01, rng)
        assert (np.diff(hits) > 0).all() and hits[-1] < 1_000_000
        assert abs(len(hits) - 10_000) < 5 * 100  # binomial sd = sqrt(9900) ~ 99

    def test_draw_is_uniform_across_windows(self):
        from model.core.cells import Reservoir

        inclusion = np.zeros(2000)
        for seed in range(400):
            rng, reservoir = np.random.default_rng(seed), Reservoir(100, 1)
            for start in range(0, 2000, 250):  # eight "windows" of 250 candidates
                ids = np.arange(start, start + 250)
                reservoir.offer(250, rng, lambda keep, ids=ids: [ids[keep], np.zeros(len(keep)), ids[keep],
                                                                  np.zeros((len(keep), 1), dtype=np.uint16)])
            inclusion[reservoir.sorted_columns()[0]] += 1
        # Each candidate is kept with probability 100 / 2000: 20 of 400 draws.
        per_window = inclusion.reshape(8, 250).mean(axis=1)
        np.testing.assert_allclose(per_window, 20, atol=1.5)
        assert inclusion.sum() == 400 * 100

    def test_default_soft_samples_are_a_third_of_positives(self, scene):
        samples = extract_samples(scene["stack"], scene["heat"], LandslideCells(scene["grid"], scene["xs"], scene["ys"]))
        for interval in (1, 2, 3):
            assert np.count_nonzero((samples.kind == HEATMAP) & (samples.interval == interval)) == round(5 / 3)


class TestSamplesLayer:
    """A samples layer read back into arrays (`dataset.from_features`): the worker
    reads a vector file through OGR, the QGIS side hands QGIS features."""

    FIELDS = ["label", "kind", "split", "landslide", "slope", "geology", "stack_id"]
    RECORDS = [  # label, kind, split, landslide, slope, geology, stack_id; x, y
        (1.0, "positive", "train", 0, 3, 1, "abc", 10.5, 20.5),
        (0.0, "negative", "test", None, 1, 2, "abc", 11.5, 21.5),
        (0.6, "heatmap", "train", 0, 2, 2, "abc", 12.5, 22.5),
    ]

    def write_layer(self, path, stack_id="abc"):
        source = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
        layer = source.CreateLayer("samples", geom_type=ogr.wkbPoint)
        for name, kind in zip(self.FIELDS, [ogr.OFTReal, ogr.OFTString, ogr.OFTString] + [ogr.OFTInteger] * 3
                              + [ogr.OFTString]):
            layer.CreateField(ogr.FieldDefn(name, kind))
        for *values, _, x, y in self.RECORDS:  # the records' stack_id replaced by the one given
            feature = ogr.Feature(layer.GetLayerDefn())
            for name, value in zip(self.FIELDS, values + [stack_id]):
                if value is not None:
                    feature.SetField(name, value)
            feature.SetGeometry(ogr.CreateGeometryFromWkt(f"POINT ({x} {y})"))
            layer.CreateFeature(feature)
        source = None
        return str(path)

    def test_a_vector_file_reads_into_arrays(self, tmp_path):
        dataset = read_samples(self.write_layer(tmp_path / "samples.gpkg"), ["slope", "geology"])
        assert dataset.factor_names == ["slope", "geology"]
        assert dataset.classes.tolist() == [[3, 1], [1, 2], [2, 2]]
        assert dataset.label.tolist() == [1.0, 0.0, 0.6]
        assert dataset.kind.tolist() == ["positive", "negative", "heatmap"]
        assert dataset.test.tolist() == [False, True, False]
        assert dataset.landslide.tolist() == [0, -1, 0]  # an empty landslide field: none
        assert dataset.x.tolist() == [10.5, 11.5, 12.5] and dataset.y.tolist() == [20.5, 21.5, 22.5]

    def features(self, **change):
        return [(dict(zip(self.FIELDS, values), **change), (x, y)) for *values, x, y in self.RECORDS]

    def test_samples_of_another_stack_are_refused(self):
        with pytest.raises(InputError, match="another factor stack than stack.tif .*their stack_id is xyz"):
            from_features(["slope"], self.FIELDS, self.features(stack_id="xyz"), "abc", "stack.tif")
        assert len(from_features(["slope"], self.FIELDS, self.features(), "abc", "stack.tif")) == 3

    def test_a_vector_file_is_checked_against_the_stack_it_is_trained_on(self, scene, tmp_path):
        """`python -m model train --samples x.gpkg --catalogue stack.tif` refuses
        another stack's samples, as the QGIS side does."""
        from model.factors.stack import stack_fingerprint
        from model.modelling.training import read_graded_samples

        with pytest.raises(InputError, match=r"another factor stack than .*stack\.tif .*their stack_id is abc"):
            read_graded_samples(self.write_layer(tmp_path / "other.gpkg"), scene["stack"])
        fingerprint = stack_fingerprint(scene["stack"])
        dataset, _, stack_id = read_graded_samples(self.write_layer(tmp_path / "own.gpkg", fingerprint),
                                                   scene["stack"])
        assert stack_id == fingerprint and dataset.classes.tolist() == [[3, 1], [1, 2], [2, 2]]

    def test_the_exchange_file_carries_the_catalogue_it_was_checked_against(self, scene, tmp_path, monkeypatch):
        """The QGIS side checks the samples against the stack and writes them with its
        gradings and fingerprint; the worker reads no stack (issue 40: no work done on
        both sides of the process boundary) and needs no --catalogue."""
        from dataclasses import asdict

        from model.factors import stack
        from model.modelling import training

        gradings, fingerprint = stack.read_gradings(scene["stack"])
        dataset = read_samples(self.write_layer(tmp_path / "own.gpkg", fingerprint), ["slope", "geology"])
        dataset.save(str(tmp_path / "checked.npz"), [asdict(g) for g in gradings], fingerprint)
        monkeypatch.setattr(training, "read_gradings", lambda path: pytest.fail("the worker read the stack again"))
        read, read_gradings_, stack_id = training.read_graded_samples(str(tmp_path / "checked.npz"), None)
        assert read_gradings_ == gradings and stack_id == fingerprint
        assert read.classes.tolist() == [[3, 1], [1, 2], [2, 2]] and read.label.tolist() == [1.0, 0.0, 0.6]

    def test_a_samples_file_without_its_catalogue_needs_the_stack(self, tmp_path):
        from model.modelling.training import read_graded_samples

        dataset = read_samples(self.write_layer(tmp_path / "own.gpkg"), ["slope", "geology"])
        dataset.save(str(tmp_path / "plain.npz"))
        for samples in (tmp_path / "plain.npz", tmp_path / "own.gpkg"):
            with pytest.raises(InputError, match="Give the factor stack the samples were drawn from"):
                read_graded_samples(str(samples), None)

    @pytest.mark.filterwarnings("ignore:No positive class found")  # the layer's one test sample is no landslide
    def test_a_vector_file_is_checked_against_the_models_it_evaluates(self, scene, tmp_path):
        """`python -m model evaluate --samples x.gpkg --models m.lsghnet` refuses
        samples of another stack than the models'."""
        import skops.io
        from sklearn.ensemble import RandomForestClassifier

        from model.factors.stack import stack_catalogue
        from model.modelling import modelfile
        from model.modelling.evaluation import compare_models

        # Landslides where the slope class is above 2: the one test sample (slope 1) is rightly none.
        forest = RandomForestClassifier(n_estimators=1, bootstrap=False, random_state=0).fit([[1, 2], [3, 2]], [0, 1])
        model = str(tmp_path / "m.lsghnet")
        modelfile.write(model, ["model.skops"], [skops.io.dumps(forest)], {
            "kind": "rf", "catalogue": [vars(g) for g in stack_catalogue(scene["stack"])], "stack_id": "xyz",
            "encoding": {"class_counts": [5, 4]}})
        with pytest.raises(InputError, match="another factor stack than the models' stack .*their stack_id is abc"):
            compare_models(self.write_layer(tmp_path / "samples.gpkg"), [model], None, None, None, Progress())
        result = compare_models(self.write_layer(tmp_path / "own.gpkg", "xyz"), [model], None, None, None,
                                Progress(), log=lambda text: None)
        assert result["metrics"]["model 1"]["all"]["accuracy"] == 1.0

    def test_an_empty_factor_class_is_refused(self):
        with pytest.raises(InputError, match="empty label or factor class"):
            from_features(["slope"], self.FIELDS, self.features(slope=None))

    def test_a_missing_factor_field_is_refused(self):
        with pytest.raises(InputError, match=r"no field for the factor\(s\) aspect"):
            from_features(["slope", "aspect"], self.FIELDS, self.features())
