"""Zoning and the density table, without QGIS: a synthetic raster checked by hand."""
import re

import jenkspy

import numpy as np
import pytest
from osgeo import gdal, ogr

from model.core.errors import InputError
from model.core.raster import Grid, open_raster
from model.core.cells import LandslideCells
from model.mapping.zoning import count_levels, zone_rasters
from model.core.progress import Progress
from tests.helpers import pixel_centre, read_array, write_raster

GROUPS = [(0.1, 30), (0.3, 25), (0.5, 20), (0.7, 15), (0.9, 10)]


@pytest.fixture
def raster(tmp_path):
    """10 x 10: 30 cells of 0.1, 25 of 0.3, 20 of 0.5, 15 of 0.7, 10 of 0.9 (row-major)."""
    values = np.concatenate([np.full(count, value) for value, count in GROUPS]).reshape(10, 10)
    return write_raster(tmp_path / "s.tif", values), values


def cells_at(grid, cells):
    xs, ys = zip(*(pixel_centre(r, c) for r, c in cells))
    return LandslideCells(grid, np.array(xs), np.array(ys))


# One landslide in the 0.1 group (cell 0), two in 0.5 (cells 55, 60), four in 0.9 (90..93).
LANDSLIDE_CELLS = [(0, 0), (5, 5), (6, 0), (9, 0), (9, 1), (9, 2), (9, 3)]


def zone(raster, tmp_path, cells=LANDSLIDE_CELLS, **options):
    path, _ = raster
    grid = Grid.of(open_raster(path, "s"))
    return zone_rasters([path], ["m"], cells_at(grid, cells), output_path=str(tmp_path / "zones.tif"), **options)[0]


class TestTable:
    def test_jenks_table_by_hand(self, raster, tmp_path):
        zoning = zone(raster, tmp_path)
        np.testing.assert_allclose(zoning.bounds, [0.1, 0.1, 0.3, 0.5, 0.7, 0.9])
        rows = zoning.rows()
        assert [r["pixels"] for r in rows] == [30, 25, 20, 15, 10]
        assert [r["landslide_units"] for r in rows] == [1, 0, 2, 0, 4]
        assert [r["label"] for r in rows] == ["extremely low", "low", "moderate", "high", "extremely high"]
        np.testing.assert_allclose([r["cell_ratio"] for r in rows], [30, 25, 20, 15, 10])
        np.testing.assert_allclose([r["landslide_ratio"] for r in rows], np.array([1, 0, 2, 0, 4]) / 7 * 100)
        np.testing.assert_allclose([r["density"] for r in rows], [100 / 30, 0, 10, 0, 40])
        np.testing.assert_allclose([r["frequency_ratio"] for r in rows], [(1 / 7) / 0.3, 0, (2 / 7) / 0.2, 0,
                                                                          (4 / 7) / 0.1])
        assert [r["area"] for r in rows] == [3000, 2500, 2000, 1500, 1000]  # 10 m cells
        assert sum(r["cell_ratio"] for r in rows) == pytest.approx(100)
        assert sum(r["landslide_ratio"] for r in rows) == pytest.approx(100)
        summary = zoning.summary()
        assert not summary["monotonic"]
        assert summary["top_two_landslides"] == pytest.approx(400 / 7)
        assert summary["top_two_area"] == pytest.approx(25)

    def test_zone_raster(self, raster, tmp_path):
        zone(raster, tmp_path)
        zones = read_array(tmp_path / "zones.tif")
        _, values = raster
        expected = np.searchsorted([0.1, 0.3, 0.5, 0.7], values, side="left") + 1
        np.testing.assert_array_equal(zones, expected)
        dataset = gdal.Open(str(tmp_path / "zones.tif"))
        band = dataset.GetRasterBand(1)
        assert band.DataType == gdal.GDT_Byte and band.GetNoDataValue() == 0
        assert band.GetCategoryNames()[1:] == ["extremely low", "low", "moderate", "high", "extremely high"]
        assert band.GetRasterColorTable().GetColorEntry(5)[:3] == (215, 25, 28)

    def test_equal_intervals_upper_bound_inclusive(self, tmp_path):
        values = np.array([[0.0, 0.2, 0.2001, 0.4, 0.6, 0.80004, 0.8001, 1.0]])  # quantized to 1e-4
        path = write_raster(tmp_path / "e.tif", values)
        grid = Grid.of(open_raster(path, "e"))
        zoning = zone_rasters([path], ["m"], cells_at(grid, [(0, 0)]), method="equal",
                              output_path=str(tmp_path / "z.tif"))[0]
        assert read_array(tmp_path / "z.tif").tolist() == [[1, 1, 2, 2, 3, 4, 5, 5]]
        np.testing.assert_allclose(zoning.bounds, [0, 0.2, 0.4, 0.6, 0.8, 1.0])

    def test_user_breaks(self, raster, tmp_path):
        zoning = zone(raster, tmp_path, method="breaks", breaks=[0.2, 0.6])
        assert [r["pixels"] for r in zoning.rows()] == [30, 45, 25]
        assert [r["label"] for r in zoning.rows()] == ["zone 1", "zone 2", "zone 3"]

    def test_quantiles(self, raster, tmp_path):
        zoning = zone(raster, tmp_path, method="quantile", zones=2)
        assert [r["pixels"] for r in zoning.rows()] == [55, 45]

    def test_polygon_landslides_count_every_cell(self, raster, tmp_path):
        path, _ = raster
        grid = Grid.of(open_raster(path, "s"))
        square = ogr.CreateGeometryFromWkt(  # cells (9, 8..9) and (8, 8..9): 0.7 (row 8) and 0.9 (row 9)
            "POLYGON ((500080 9599920, 500100 9599920, 500100 9599900, 500080 9599900, 500080 9599920))")
        zoning = zone_rasters([path], ["m"], LandslideCells(grid, polygon_wkbs=[square.ExportToWkb()]))[0]
        assert [r["landslide_units"] for r in zoning.rows()] == [0, 0, 0, 2, 2]

    def test_no_landslide_still_gives_the_table(self, raster, tmp_path):
        zoning = zone(raster, tmp_path, cells=[(-3, -3)])
        assert zoning.summary()["landslide_units"] == 0
        assert [r["pixels"] for r in zoning.rows()] == [30, 25, 20, 15, 10]

    def test_compare(self, raster, tmp_path):
        path, values = raster
        other = write_raster(tmp_path / "other.tif", 1 - values)
        grid = Grid.of(open_raster(path, "s"))
        first, second = zone_rasters([path, other], ["lsghnet", "cnn"], cells_at(grid, LANDSLIDE_CELLS),
                                     method="equal")
        assert [r["landslide_units"] for r in first.rows()] == [1, 0, 2, 0, 4]
        assert [r["landslide_units"] for r in second.rows()] == [4, 0, 2, 0, 1]
        assert second.rows()[0]["model"] == "cnn"

    def test_windows_and_cancel(self, raster, tmp_path):
        zone(raster, tmp_path, window_size=3)
        blocks = read_array(tmp_path / "zones.tif")
        zone(raster, tmp_path)
        np.testing.assert_array_equal(blocks, read_array(tmp_path / "zones.tif"))
        path, _ = raster
        from model.core.errors import Cancelled
        with pytest.raises(Cancelled):
            zone_rasters([path], ["m"], cells_at(Grid.of(open_raster(path, "s")), LANDSLIDE_CELLS),
                         output_path=str(tmp_path / "cancelled.tif"), progress=Progress(is_cancelled=lambda: True))
        assert not (tmp_path / "cancelled.tif").exists()


@pytest.mark.parametrize("epsg, expected", [(32717, 1e-6), (2264, 0.3048006096 ** 2 / 1e6), (4326, None)])
def test_areas_in_square_km_where_the_grid_has_a_linear_unit(epsg, expected):
    """Metres, US survey feet; degrees have no one cell area."""
    from osgeo import osr

    from model.mapping.zoning import square_km_per_unit

    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    found = square_km_per_unit(Grid(10, 10, (0, 1, 0, 0, 0, -1), srs.ExportToWkt()))
    assert found == (None if expected is None else pytest.approx(expected))


class TestZonesAndReportTogether:
    """The zones raster and the report are one result: both replaced, or neither
    (before, the report was written after the zones raster was already in place)."""

    def test_both_written(self, raster, tmp_path):
        zoning = zone(raster, tmp_path, report_path=str(tmp_path / "zoning.html"))
        report = (tmp_path / "zoning.html").read_text(encoding="utf-8")
        assert "Susceptibility zoning" in report and "<td>extremely high</td>" in report
        assert zoning.rows()[4]["density"] == 40 and "<td>57.1</td><td>40.00</td><td>5.71</td>" in report
        # Areas in km² (a 10 m grid), bars in the zones' colours, plotly.js once per folder, beside the report.
        assert "area (km²)" in report and "rgb(215, 25, 28)" in report
        script = re.search(r'<script src="(plotly-[0-9.]+\.min\.js)"', report).group(1)
        assert (tmp_path / script).stat().st_size > 1_000_000 and len(report) < 100_000
        (tmp_path / "again").mkdir()
        zone(raster, tmp_path / "again", report_path=str(tmp_path / "zoning2.html"))
        assert sorted(path.name for path in tmp_path.glob("plotly-*")) == [script]
        assert sorted(np.unique(read_array(tmp_path / "zones.tif"))) == [1, 2, 3, 4, 5]

    def test_a_report_that_cannot_be_written_keeps_the_earlier_zones(self, raster, tmp_path):
        (tmp_path / "zones.tif").write_bytes(b"earlier zones")
        (tmp_path / "zoning.html").mkdir()  # a folder where the report should go
        with pytest.raises(InputError, match="is a folder"):
            zone(raster, tmp_path, report_path=str(tmp_path / "zoning.html"))
        assert (tmp_path / "zones.tif").read_bytes() == b"earlier zones"
        assert sorted(path.name for path in tmp_path.iterdir()) == ["s.tif", "zones.tif", "zoning.html"]

    def test_a_cancel_at_the_end_keeps_both_earlier_files(self, raster, tmp_path):
        (tmp_path / "zones.tif").write_bytes(b"earlier zones")
        (tmp_path / "zoning.html").write_text("earlier report")


        def report_written():  # the cancel comes once both new files are complete, before they are moved in
            return any(path.stat().st_size for path in tmp_path.glob(".lsghnet-partial-*.html"))

        from model.core.errors import Cancelled
        with pytest.raises(Cancelled):
            zone(raster, tmp_path, report_path=str(tmp_path / "zoning.html"),
                 progress=Progress(is_cancelled=report_written))
        assert (tmp_path / "zones.tif").read_bytes() == b"earlier zones"
        assert (tmp_path / "zoning.html").read_text() == "earlier report"


class TestJenksAgreesWithJenkspy:
    @pytest.mark.parametrize("seed", range(3))
    def test_small_rasters(self, tmp_path, seed):
        rng = np.random.default_rng(seed)
        values = np.clip(np.concatenate([rng.normal(0.15, 0.05, 600), rng.normal(0.5, 0.1, 300),
                                         rng.normal(0.85, 0.05, 300)]), 0, 1).reshape(30, 40)
        path = write_raster(tmp_path / "r.tif", values)
        histogram = count_levels(path, LandslideCells(Grid.of(open_raster(path, "r")), np.zeros(0), np.zeros(0)),
                                 None, Progress())
        from model.mapping.zoning import breaks_for
        ours = breaks_for(histogram, "jenks", 5)
        theirs = jenkspy.jenks_breaks(values.astype(np.float32).ravel(), n_classes=5)
        np.testing.assert_allclose(ours, theirs, atol=1e-3)


class TestBadInput:
    def test_values_outside_unit_interval(self, tmp_path):
        path = write_raster(tmp_path / "bad.tif", np.array([[0.5, 1.5], [-0.1, 0.2]]))
        with pytest.raises(InputError, match=r"2 cell\(s\) outside \[0, 1\]"):
            zone_rasters([path], ["m"], cells_at(Grid.of(open_raster(path, "b")), [(0, 0)]))

    def test_a_lost_nodata_value_is_named_as_such(self, tmp_path):
        """-9999 cells in a raster that lost its nodata value: not a scale problem."""
        path = write_raster(tmp_path / "lost.tif", np.array([[0.5, -9999.0], [-9999.0, 0.2]]))
        with pytest.raises(InputError, match=r"has no nodata value, and its 2 cell\(s\) of -9999 look like nodata"):
            zone_rasters([path], ["m"], cells_at(Grid.of(open_raster(path, "l")), [(0, 0)]))

    def test_fewer_distinct_values_than_zones(self, tmp_path):
        path = write_raster(tmp_path / "few.tif", np.array([[0.1, 0.2], [0.1, 0.2]]))
        with pytest.raises(InputError, match="only 2 distinct values"):
            zone_rasters([path], ["m"], cells_at(Grid.of(open_raster(path, "f")), [(0, 0)]))

    @pytest.mark.parametrize("breaks, message", [([0.5, 0.3], "strictly increasing"), ([0.0, 0.5], "strictly between"),
                                                 ([0.5, 1.2], "strictly between")])
    def test_bad_breaks(self, raster, tmp_path, breaks, message):
        with pytest.raises(InputError, match=message):
            zone(raster, tmp_path, method="breaks", breaks=breaks)
        assert not (tmp_path / "zones.tif").exists()


def square(col0, row0, col1, row1, origin=(500000.0, 9600000.0), pixel=10.0):
    """A polygon over cells [row0, row1) x [col0, col1) of the 10 m test grid (WKB)."""
    x0, y0 = origin[0] + col0 * pixel, origin[1] - row0 * pixel
    x1, y1 = origin[0] + col1 * pixel, origin[1] - row1 * pixel
    return bytes(ogr.CreateGeometryFromWkt(f"POLYGON(({x0} {y0},{x1} {y0},{x1} {y1},{x0} {y1},{x0} {y0}))").ExportToWkb())


class TestMappingUnits:
    """The raster's rows 0-4 (50 cells: 30 of 0.1, 20 of 0.3) and rows 5-9 (5 of 0.3,
    20 of 0.5, 15 of 0.7, 10 of 0.9) as two units, checked by hand."""

    def test_mean_percentile_zone_and_landslides(self, raster, tmp_path):
        from model.mapping.units import unit_statistics

        path, _ = raster
        grid = Grid.of(open_raster(path, "s"))
        landslides = cells_at(grid, LANDSLIDE_CELLS)
        zonings = []
        zone_rasters([path], ["m"], landslides, "equal", 5, output_path=str(tmp_path / "zones.tif"),
                     before_writing=zonings.extend)
        top, bottom, outside = unit_statistics(path, [square(0, 0, 10, 5), square(0, 5, 10, 10),
                                                      square(20, 20, 30, 30)], landslides, zonings[0])
        assert top["cells"] == 50 and top["mean"] == pytest.approx((30 * 0.1 + 20 * 0.3) / 50)
        assert top["p90"] == pytest.approx(0.3) and top["zone"] == 1 and top["zone_label"] == "extremely low"
        assert (top["landslides"], top["landslide_cells"], top["density"]) == (1, 1, 2.0)
        assert bottom["mean"] == pytest.approx((5 * 0.3 + 20 * 0.5 + 15 * 0.7 + 10 * 0.9) / 50)  # 0.62
        # 90 % of 50 cells is 45: the 45th value in order is the first of the 0.9s.
        assert bottom["p90"] == pytest.approx(0.9) and bottom["zone"] == 4 and bottom["zone_label"] == "high"
        assert (bottom["landslides"], bottom["landslide_cells"], bottom["density"]) == (6, 6, 12.0)
        assert outside == {"cells": 0, "mean": None, "p90": None, "zone": None, "zone_label": None,
                           "landslides": 0, "landslide_cells": 0, "density": None, "probability": None}
        assert top["probability"] is None  # no probability raster given

    def test_the_mean_probability_of_a_unit(self, raster, tmp_path):
        """A probability raster of a tenth of the index: each unit's mean probability is
        a tenth of its mean index; one on another grid is refused."""
        from model.mapping.units import unit_statistics

        path, values = raster
        grid = Grid.of(open_raster(path, "s"))
        chance = write_raster(tmp_path / "p.tif", values / 10)
        zonings = []
        zone_rasters([path], ["m"], cells_at(grid, LANDSLIDE_CELLS), "equal", 5,
                     output_path=str(tmp_path / "zones.tif"), before_writing=zonings.extend)
        top, bottom = unit_statistics(path, [square(0, 0, 10, 5), square(0, 5, 10, 10)],
                                      cells_at(grid, LANDSLIDE_CELLS), zonings[0], probability_path=chance)
        assert top["probability"] == pytest.approx(top["mean"] / 10, rel=1e-6)
        assert bottom["probability"] == pytest.approx(bottom["mean"] / 10, rel=1e-6)
        shifted = write_raster(tmp_path / "shifted.tif", values, origin=(500010.0, 9600000.0))
        with pytest.raises(InputError, match="is not on the grid of the susceptibility raster"):
            unit_statistics(path, [square(0, 0, 10, 5)], cells_at(grid, LANDSLIDE_CELLS), zonings[0],
                            probability_path=shifted)

    def test_a_failure_before_writing_writes_nothing(self, raster, tmp_path):
        path, _ = raster
        grid = Grid.of(open_raster(path, "s"))

        def fails(zonings):
            raise InputError("units went wrong")

        with pytest.raises(InputError, match="units went wrong"):
            zone_rasters([path], ["m"], cells_at(grid, LANDSLIDE_CELLS), "equal", 5,
                         output_path=str(tmp_path / "zones.tif"), report_path=str(tmp_path / "z.html"),
                         before_writing=fails)
        assert sorted(p.name for p in tmp_path.iterdir()) == ["s.tif"]
