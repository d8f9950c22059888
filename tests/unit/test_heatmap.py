"""The Gaussian heatmap engine, without QGIS."""
import math
import os

import numpy as np
import pytest
from osgeo import gdal

from model.sampling import heatmap
from model.core.errors import Cancelled, InputError
from model.core.progress import Progress
from tests.helpers import brute_force_heatmap, interval_counts, pixel_centre, read_array, write_raster


class TestKernel:
    def test_centre_is_one(self):
        assert heatmap.kernel(6, 0.1)[6, 6] == 1.0

    @pytest.mark.parametrize("radius", [1, 3, 6, 9])
    @pytest.mark.parametrize("boundary", [0.1, 0.25, 0.5])
    def test_boundary_value_exactly_at_radius(self, radius, boundary):
        kernel = heatmap.kernel(radius, boundary)
        for row, col in [(0, radius), (radius, 0), (2 * radius, radius), (radius, 2 * radius)]:
            assert kernel[row, col] == np.float32(boundary)

    def test_zero_beyond_radius(self):
        kernel = heatmap.kernel(6, 0.1)
        # (6, 1) from the centre: distance sqrt(37) > 6; the corners are sqrt(72) away.
        assert kernel[0, 5] == 0.0 and kernel[0, 7] == 0.0 and kernel[0, 0] == 0.0
        # (4, 4): distance sqrt(32) < 6 is inside.
        assert kernel[2, 2] > 0.1

    def test_values_by_hand(self):
        kernel = heatmap.kernel(2, 0.1)
        # exp(-d^2 / (2 sigma^2)) with sigma = 2 / sqrt(2 ln 10): d^2 = 1 -> 0.1 ** 0.25
        assert kernel[2, 3] == pytest.approx(0.1 ** 0.25, rel=1e-6)
        assert kernel[1, 1] == pytest.approx(0.1 ** 0.5, rel=1e-6)
        assert kernel[0, 1] == 0.0  # d^2 = 5 > 4

    def test_sigma_matches_the_paper(self):
        assert heatmap.sigma(6, 0.1) == pytest.approx(6 / math.sqrt(2 * math.log(10)))
        s = heatmap.sigma(6, 0.1)
        assert math.exp(-36 / (2 * s * s)) == pytest.approx(0.1)

    def test_symmetry(self):
        kernel = heatmap.kernel(5, 0.2)
        np.testing.assert_array_equal(kernel, kernel.T)
        np.testing.assert_array_equal(kernel, kernel[::-1, :])
        np.testing.assert_array_equal(kernel, kernel[:, ::-1])

    def test_equals_definition(self):
        np.testing.assert_allclose(heatmap.kernel(6, 0.1), brute_force_heatmap(13, 13, [6], [6], 6, 0.1),
                                   rtol=1e-6)


class TestNearestDistance:
    @pytest.mark.parametrize("method", ["stamp", "separable", "auto"])
    def test_maximum_not_sum_on_overlap(self, method):
        radius, table = 3, heatmap.value_table(3, 0.1)
        # Two sites two pixels apart: the cell between them is 1 pixel from each.
        distance = heatmap.nearest_squared_distance(np.array([5, 5]), np.array([4, 6]), 11, 11, radius, method)
        values = table[distance]
        assert values[5, 5] == pytest.approx(0.1 ** (1 / 9), rel=1e-6)
        assert values.max() == 1.0

    @pytest.mark.parametrize("method", ["stamp", "separable"])
    def test_edge_and_corner_sites(self, method):
        radius = 4
        rows, cols = np.array([0, 0, 9, 5]), np.array([0, 11, 11, 0])
        values = heatmap.value_table(radius, 0.1)[
            heatmap.nearest_squared_distance(rows, cols, 10, 12, radius, method)]
        np.testing.assert_allclose(values, brute_force_heatmap(10, 12, rows, cols, radius, 0.1), rtol=1e-6)

    def test_sites_outside_the_window_contribute(self):
        radius = 3
        rows, cols = np.array([-2, 7, 4]), np.array([3, 10, -3])
        for method in ("stamp", "separable"):
            distance = heatmap.nearest_squared_distance(rows, cols, 6, 8, radius, method)
            expected = brute_force_heatmap(12, 14, rows + 3, cols + 3, radius, 0.1)[3:9, 3:11]
            np.testing.assert_allclose(heatmap.value_table(radius, 0.1)[distance], expected, rtol=1e-6)

    @pytest.mark.parametrize("seed", range(5))
    def test_both_methods_agree_on_random_sites(self, seed):
        rng = np.random.default_rng(seed)
        radius = int(rng.integers(1, 8))
        height, width = rng.integers(5, 60, size=2)
        count = int(rng.integers(1, 200))
        rows = rng.integers(-radius, height + radius, count)
        cols = rng.integers(-radius, width + radius, count)
        stamped = heatmap.nearest_squared_distance(rows, cols, height, width, radius, "stamp")
        separable = heatmap.nearest_squared_distance(rows, cols, height, width, radius, "separable")
        np.testing.assert_array_equal(stamped, separable)


class TestParameters:
    @pytest.mark.parametrize("boundary", [0.0, 1.0, -0.1, 1.5])
    def test_boundary_outside_open_interval(self, boundary):
        with pytest.raises(InputError, match="strictly between 0 and 1"):
            heatmap.validate_parameters(6, boundary)

    def test_radius_below_one(self):
        with pytest.raises(InputError, match="at least 1 pixel"):
            heatmap.validate_parameters(0, 0.1)


@pytest.fixture
def grid_raster(tmp_path):
    """A 40 x 50 reference raster with a nodata block in its lower right corner."""
    data = np.ones((40, 50), dtype=np.float32)
    data[30:, 40:] = -1.0
    return write_raster(tmp_path / "reference.tif", data, nodata=-1.0)


def landslides_at(cells):
    xs, ys = zip(*(pixel_centre(row, col) for row, col in cells))
    return np.array(xs), np.array(ys)


class TestWriteHeatmap:
    CELLS = [(0, 0), (10, 10), (12, 11), (39, 25), (20, 49), (33, 44)]

    def test_matches_definition_with_nodata(self, grid_raster, tmp_path):
        out = tmp_path / "heat.tif"
        xs, ys = landslides_at(self.CELLS)
        summary = heatmap.write_heatmap(grid_raster, str(out), xs, ys, radius=4, boundary=0.1)
        rows, cols = zip(*self.CELLS)
        expected = brute_force_heatmap(40, 50, rows, cols, 4, 0.1)
        expected[30:, 40:] = heatmap.NODATA
        np.testing.assert_allclose(read_array(out), expected, rtol=1e-6)
        assert summary.nodata_cells == 100
        assert list(summary.interval_counts) == interval_counts(expected[expected != heatmap.NODATA])
        assert (summary.landslides_used, summary.landslides_outside, summary.distinct_pixels) == (6, 0, 6)

    def test_output_on_reference_grid(self, grid_raster, tmp_path):
        out = tmp_path / "heat.tif"
        heatmap.write_heatmap(grid_raster, str(out), *landslides_at(self.CELLS), radius=3)
        reference, result = gdal.Open(grid_raster), gdal.Open(str(out))
        assert (result.RasterXSize, result.RasterYSize) == (50, 40)
        assert result.GetGeoTransform() == reference.GetGeoTransform()
        assert result.GetProjection() == reference.GetProjection()
        band = result.GetRasterBand(1)
        assert band.DataType == gdal.GDT_Float32 and band.GetNoDataValue() == heatmap.NODATA

    def test_block_edges_do_not_show(self, grid_raster, tmp_path):
        xs, ys = landslides_at(self.CELLS)
        heatmap.write_heatmap(grid_raster, str(tmp_path / "one.tif"), xs, ys, radius=5)
        heatmap.write_heatmap(grid_raster, str(tmp_path / "blocks.tif"), xs, ys, radius=5, window_size=7)
        np.testing.assert_array_equal(read_array(tmp_path / "one.tif"), read_array(tmp_path / "blocks.tif"))

    def test_duplicates_and_outside_are_counted(self, grid_raster, tmp_path):
        xs, ys = landslides_at(self.CELLS + [(10, 10), (-5, 3), (41, 0)])
        summary = heatmap.write_heatmap(grid_raster, str(tmp_path / "h.tif"), xs, ys, radius=3)
        assert (summary.landslides_used, summary.landslides_outside, summary.distinct_pixels) == (7, 2, 6)

    def test_no_landslide_inside(self, grid_raster, tmp_path):
        xs, ys = landslides_at([(-5, 3), (41, 0), (3, 60)])
        with pytest.raises(InputError, match="None of the 3 landslides lies inside"):
            heatmap.write_heatmap(grid_raster, str(tmp_path / "h.tif"), xs, ys)
        assert os.listdir(tmp_path) == ["reference.tif"]

    def test_radius_larger_than_grid(self, grid_raster, tmp_path):
        with pytest.raises(InputError, match="wider than the whole reference grid"):
            heatmap.write_heatmap(grid_raster, str(tmp_path / "h.tif"), *landslides_at(self.CELLS), radius=30)

    def test_unreadable_reference(self, tmp_path):
        broken = tmp_path / "broken.tif"
        broken.write_bytes(b"not a raster at all")
        with pytest.raises(InputError, match="cannot be read as a raster"):
            heatmap.write_heatmap(str(broken), str(tmp_path / "h.tif"), *landslides_at(self.CELLS))

    def test_nan_cells_without_declared_nodata_stay_nodata(self, tmp_path):
        data = np.ones((10, 10), dtype=np.float32)
        data[0, :] = np.nan
        reference = write_raster(tmp_path / "nan.tif", data)
        heatmap.write_heatmap(reference, str(tmp_path / "h.tif"), *landslides_at([(5, 5)]), radius=2)
        result = read_array(tmp_path / "h.tif")
        assert (result[0] == heatmap.NODATA).all() and result[5, 5] == 1.0

    def test_cancel_leaves_nothing_and_keeps_old_output(self, grid_raster, tmp_path):
        out = tmp_path / "heat.tif"
        out.write_bytes(b"previous result")
        calls = []
        progress = Progress(is_cancelled=lambda: len(calls) > 1, report=calls.append)
        with pytest.raises(Cancelled):
            heatmap.write_heatmap(grid_raster, str(out), *landslides_at(self.CELLS), window_size=8,
                                  progress=progress)
        assert out.read_bytes() == b"previous result"
        assert sorted(os.listdir(tmp_path)) == ["heat.tif", "reference.tif"]

    def test_progress_reaches_one(self, grid_raster, tmp_path):
        fractions = []
        heatmap.write_heatmap(grid_raster, str(tmp_path / "h.tif"), *landslides_at(self.CELLS),
                              window_size=16, progress=Progress(report=fractions.append))
        assert fractions == sorted(fractions) and fractions[-1] == 1.0 and len(fractions) == 13

    def test_missing_output_folder(self, grid_raster, tmp_path):
        with pytest.raises(InputError, match="does not exist"):
            heatmap.write_heatmap(grid_raster, str(tmp_path / "nope" / "h.tif"), *landslides_at(self.CELLS))
