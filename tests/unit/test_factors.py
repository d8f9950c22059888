"""Grading rules, Jenks on histograms and the factor stack, without QGIS."""
import json
import os

import jenkspy
import numpy as np
import pytest
from osgeo import gdal, ogr

from model.factors import grading
from model.core.errors import Cancelled, InputError
from model.factors.stack import FactorSource, prepare_stack, stack_catalogue
from model.factors.grading import FactorStatistics, GradingRule, parse_rules
from model.core.breaks import weighted_jenks
from model.core.progress import Progress
from tests.helpers import write_raster

NAMES = ["slope", "geology"]


class TestRules:
    def test_parse_all_methods(self):
        rules = parse_rules([["slope", "breaks", "", "10 20;30"], ["geology", "categorical", "", ""],
                             ["ndvi", "jenks", "6", ""], ["road", "", "", ""]], ["slope", "geology", "ndvi", "road"])
        assert rules["slope"].breaks == [10, 20, 30] and rules["slope"].classes == 4
        assert rules["geology"].kind == "categorical"
        assert (rules["ndvi"].method, rules["ndvi"].classes) == ("jenks", 6)
        assert (rules["road"].method, rules["road"].classes) == ("quantile", 10)

    @pytest.mark.parametrize("row, message", [
        (["slope", "breaks", "", "10 5"], "strictly increasing"),
        (["slope", "breaks", "", "10 10"], "strictly increasing"),
        (["slope", "breaks", "", "ten"], "numbers separated"),
        (["slope", "breaks", "", "10,5 20,5"], "with '.' for decimals"),  # decimal commas, not four breaks
        (["slope", "breaks", "", "10,5;20,5"], "with '.' for decimals"),
        (["slope", "breaks", "", ""], "at least one break"),
        (["slope", "magic", "", ""], "unknown method"),
        (["dem", "equal", "5", ""], "no factor of that name"),
        (["slope", "equal", "1", ""], "from 2 to 100 .got 1."),
        (["slope", "quantile", "1e400", ""], "must be a whole number"),
        (["slope", "jenks", "1000", ""], "from 2 to 100 .got 1000."),
    ])
    def test_bad_rows(self, row, message):
        with pytest.raises(InputError, match=message):
            parse_rules([row], NAMES)

    def test_commas_alone_separate_breaks(self):
        assert parse_rules([["slope", "breaks", "", "10,20,30"]], NAMES)["slope"].breaks == [10, 20, 30]

    def test_listed_twice(self):
        with pytest.raises(InputError, match="listed twice"):
            parse_rules([["slope", "equal", "3", ""], ["slope", "equal", "4", ""]], NAMES)


class TestSuggestion:
    """What the grading table suggests for a factor before the analyst chooses."""

    def test_integer_codes_are_categorical_without_the_nodata_code(self, tmp_path):
        codes = np.arange(3000 * 1200).reshape(3000, 1200) % 7 + 1  # 7 codes, decimated reading still sees them all
        codes[:10] = 255
        path = write_raster(tmp_path / "geology.tif", codes, nodata=255, data_type=gdal.GDT_Byte)
        assert grading.suggested_rule("geology", path, 1) == GradingRule("geology", "categorical", classes=7)

    @pytest.mark.parametrize("values, data_type", [
        (np.arange(40 * 40).reshape(40, 40) // 20, gdal.GDT_Int16),  # 80 codes: a measure, e.g. elevation
        (np.tile(np.arange(4.0), (10, 10)), gdal.GDT_Float32),  # few values, but not whole numbers by type
    ])
    def test_measures_are_quantile_classes(self, tmp_path, values, data_type):
        path = write_raster(tmp_path / "f.tif", values, data_type=data_type)
        assert grading.suggested_rule("f", path, 1) == GradingRule("f", "quantile", classes=10)


class TestClassify:
    def test_breaks_upper_bound_inclusive(self):
        graded = grading.grade(GradingRule("s", "breaks", 4, [25, 50, 75]), stats(0, 100))
        assert graded.classify(np.array([0, 25, 25.01, 50, 75, 75.5, 100])).tolist() == [1, 1, 2, 2, 3, 4, 4]
        assert graded.labels == ["<= 25", "25 - 50", "50 - 75", "> 75"]

    def test_equal_interval_by_hand(self):
        graded = grading.grade(GradingRule("s", "equal", 4), stats(10, 50))
        assert graded.breaks == [20, 30, 40]

    def test_categorical_codes(self):
        statistics = stats(3, 9)
        statistics.codes = {3, 7, 9}
        graded = grading.grade(GradingRule("g", "categorical"), statistics)
        assert graded.classify(np.array([3, 9, 7, 3, 5])).tolist() == [1, 3, 2, 1, 0]
        assert graded.codes == [3, 7, 9] and graded.labels == ["3", "7", "9"]

    def test_quantiles_on_histogram(self):
        values = np.arange(1, 1001, dtype=float)
        statistics = stats(1, 1000)
        histogram = np.histogram(values, bins=grading.histogram_edges(statistics))[0]
        graded = grading.grade(GradingRule("s", "quantile", 4), statistics, histogram)
        np.testing.assert_allclose(graded.breaks, [250, 500, 750], atol=999 / grading.HISTOGRAM_BINS)
        counts = np.bincount(graded.classify(values))[1:]
        assert counts.tolist() == [250, 250, 250, 250]

    def test_quantile_ties_merge_classes(self):
        values = np.r_[np.zeros(900), np.arange(1, 101)]
        statistics = stats(0, 100)
        histogram = np.histogram(values, bins=grading.histogram_edges(statistics))[0]
        graded = grading.grade(GradingRule("s", "quantile", 10), statistics, histogram)
        assert graded.classes == 2  # nine of the ten deciles are 0

    @pytest.mark.parametrize("seed", range(3))
    def test_weighted_jenks_equals_jenkspy(self, seed):
        values = np.round(np.random.default_rng(seed).gamma(2.0, 3.0, 800), 2)
        distinct, counts = np.unique(values, return_counts=True)
        np.testing.assert_allclose(weighted_jenks(distinct, counts, 5), jenkspy.jenks_breaks(values, n_classes=5))

    def test_single_value_factor(self):
        with pytest.raises(InputError, match="single value 4 everywhere"):
            grading.grade(GradingRule("s", "equal", 3), stats(4, 4))

    def test_single_category(self):
        statistics = stats(2, 2)
        statistics.codes = {2}
        with pytest.raises(InputError, match="single category"):
            grading.grade(GradingRule("g", "categorical"), statistics)

    def test_categorical_floats(self):
        statistics = stats(0.5, 3)
        statistics.integral = False
        with pytest.raises(InputError, match="non-integer values"):
            grading.grade(GradingRule("g", "categorical"), statistics)

    def test_all_nodata(self):
        with pytest.raises(InputError, match="no data inside the study area"):
            grading.grade(GradingRule("s"), FactorStatistics())


def stats(minimum, maximum):
    return FactorStatistics(minimum=minimum, maximum=maximum, count=10)


@pytest.fixture
def factors(tmp_path):
    """slope 0..99 row by row (nodata at [0, 0]) and geology codes 3/7/9 in bands."""
    slope = np.arange(100, dtype=np.float32).reshape(10, 10)
    slope[0, 0] = -1
    geology = np.repeat([3, 7, 9, 9, 7, 3, 3, 7, 9, 9], 10).reshape(10, 10).T.astype(np.float32)
    return [FactorSource("slope", write_raster(tmp_path / "slope.tif", slope, nodata=-1)),
            FactorSource("geology", write_raster(tmp_path / "geology.tif", geology))]


def read_stack(path):
    return gdal.Open(str(path)).ReadAsArray()


class TestPrepareStack:
    RULES = {"slope": GradingRule("slope", "breaks", 4, [25, 50, 75]), "geology": GradingRule("geology", "categorical")}

    def test_classes_by_hand_and_nodata(self, factors, tmp_path):
        out, catalogue = tmp_path / "stack.tif", tmp_path / "stack.json"
        prepare_stack(factors, self.RULES, factors[0].path, str(out), [str(catalogue)], log=lambda m: None)
        stack = read_stack(out)
        slope = np.arange(100).reshape(10, 10)
        expected = np.select([slope <= 25, slope <= 50, slope <= 75], [1, 2, 3], 4)
        expected[0, 0] = 0
        np.testing.assert_array_equal(stack[0], expected)
        geology = np.repeat([1, 2, 3, 3, 2, 1, 1, 2, 3, 3], 10).reshape(10, 10).T
        geology[0, 0] = 0  # nodata in any factor is nodata in all
        np.testing.assert_array_equal(stack[1], geology)
        dataset = gdal.Open(str(out))
        assert [dataset.GetRasterBand(i).GetDescription() for i in (1, 2)] == ["slope", "geology"]
        assert dataset.GetRasterBand(1).GetNoDataValue() == 0 and dataset.GetRasterBand(1).DataType == gdal.GDT_Byte
        written = json.loads(catalogue.read_text())
        assert [f["name"] for f in written["factors"]] == ["slope", "geology"]
        assert written["factors"][0]["breaks"] == [25, 50, 75] and written["factors"][1]["codes"] == [3, 7, 9]
        assert [g.labels for g in stack_catalogue(str(out))] == [["<= 25", "25 - 50", "50 - 75", "> 75"],
                                                                  ["3", "7", "9"]]

    def test_windows_do_not_change_the_result(self, factors, tmp_path):
        rules = {"slope": GradingRule("slope", "quantile", 5), "geology": GradingRule("geology", "categorical")}
        prepare_stack(factors, rules, factors[0].path, str(tmp_path / "a.tif"), [], log=lambda m: None)
        prepare_stack(factors, rules, factors[0].path, str(tmp_path / "b.tif"), [], log=lambda m: None, window_size=3)
        np.testing.assert_array_equal(read_stack(tmp_path / "a.tif"), read_stack(tmp_path / "b.tif"))

    def test_default_grading_is_logged(self, factors, tmp_path):
        messages = []
        prepare_stack(factors[:1], {}, factors[0].path, str(tmp_path / "s.tif"), [], log=messages.append)
        assert any("'slope' is not in the grading table" in m and "10 quantile classes" in m for m in messages)
        assert read_stack(tmp_path / "s.tif").max() == 10

    def test_mask(self, factors, tmp_path):
        square = ogr.CreateGeometryFromWkt(  # covers columns 0-4 (x 500000..500050)
            "POLYGON ((500000 9600000, 500050 9600000, 500050 9599900, 500000 9599900, 500000 9600000))")
        prepare_stack(factors, self.RULES, factors[0].path, str(tmp_path / "s.tif"), [],
                      mask_wkbs=[square.ExportToWkb()], log=lambda m: None)
        stack = read_stack(tmp_path / "s.tif")
        assert (stack[:, :, 5:] == 0).all() and (stack[:, 1:, :5] > 0).all()

    def test_empty_mask_intersection(self, factors, tmp_path):
        far = ogr.CreateGeometryFromWkt("POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0))")
        with pytest.raises(InputError, match=r"Factor\(s\) slope, geology have no data inside the mask, so no cell"):
            prepare_stack(factors, self.RULES, factors[0].path, str(tmp_path / "s.tif"), [],
                          mask_wkbs=[far.ExportToWkb()], log=lambda m: None)
        assert sorted(os.listdir(tmp_path)) == ["geology.tif", "slope.tif"]

    def test_factor_in_another_crs_and_resolution_is_aligned(self, tmp_path):
        rows, cols = np.mgrid[0:60, 0:60]
        smooth = (rows * 1.0 + cols * 0.5).astype(np.float32)
        reference = write_raster(tmp_path / "ref.tif", smooth)
        other = str(tmp_path / "other.tif")  # 5 m pixels in geographic coordinates
        gdal.Warp(other, reference, dstSRS="EPSG:4326", xRes=5 / 111320, yRes=5 / 111320, resampleAlg="bilinear")
        rules = {"ref": GradingRule("ref", "breaks", 4, [20, 40, 60]), "other": GradingRule("other", "breaks", 4,
                                                                                             [20, 40, 60])}
        prepare_stack([FactorSource("ref", reference), FactorSource("other", other)], rules, reference,
                      str(tmp_path / "s.tif"), [], log=lambda m: None)
        stack = read_stack(tmp_path / "s.tif")
        dataset = gdal.Open(str(tmp_path / "s.tif"))
        assert (dataset.RasterXSize, dataset.RasterYSize) == (60, 60)
        inner = (slice(2, -2), slice(2, -2))
        agreement = np.mean(stack[0][inner] == stack[1][inner])
        assert agreement > 0.95

    def test_cancel_writes_nothing(self, factors, tmp_path):
        with pytest.raises(Cancelled):
            prepare_stack(factors, self.RULES, factors[0].path, str(tmp_path / "s.tif"), [str(tmp_path / "s.json")],
                          progress=Progress(is_cancelled=lambda: True), log=lambda m: None)
        assert sorted(os.listdir(tmp_path)) == ["geology.tif", "slope.tif"]

    def test_duplicate_names(self, factors, tmp_path):
        with pytest.raises(InputError, match="share the name slope"):
            prepare_stack([factors[0], factors[0]], {}, factors[0].path, str(tmp_path / "s.tif"), [])

    def test_stack_without_catalogue(self, factors):
        with pytest.raises(InputError, match="carries no factor catalogue"):
            stack_catalogue(factors[0].path)


def test_stack_fingerprint_tells_stacks_apart(tmp_path, sample):
    """A copy is the same stack; the same factors graded with other breaks (whose class
    codes fit) are not."""
    import shutil

    from model.factors.stack import stack_fingerprint

    sources = [FactorSource("slope", sample("slope.tif"))]
    stacks = {}
    for name, breaks in (("a", [10, 20, 30]), ("b", [12, 22, 32])):
        stacks[name] = str(tmp_path / f"{name}.tif")
        prepare_stack(sources, {"slope": GradingRule("slope", "breaks", 4, breaks)}, sources[0].path, stacks[name], [],
                      log=lambda m: None)
    copy = shutil.copy(stacks["a"], tmp_path / "copy.tif")
    assert stack_fingerprint(stacks["a"]) == stack_fingerprint(str(copy))
    assert stack_fingerprint(stacks["a"]) != stack_fingerprint(stacks["b"])
    assert len(stack_fingerprint(stacks["a"])) == 16
