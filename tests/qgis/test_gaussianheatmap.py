"""lsghnet:gaussianheatmap through processing.run and qgis_process.bin."""
import os

import numpy as np
import pytest
from osgeo import gdal
from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsProcessingException, QgsVectorLayer

from tests.helpers import brute_force_heatmap, interval_counts, point_coordinates, read_array, small_disk

NODATA = -9999.0


def memory_layer(kind, geometries, crs="EPSG:32717"):
    layer = QgsVectorLayer(f"{kind}?crs={crs}", "landslides", "memory")
    features = []
    for geometry in geometries:
        feature = QgsFeature()
        if geometry is not None:
            feature.setGeometry(geometry)
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


@pytest.fixture(scope="module")
def ecuador_expected():
    """The heatmap of the Ecuador landslides on the slope grid by brute force."""
    from tests.helpers import SAMPLE

    reference = gdal.Open(os.path.join(SAMPLE, "slope.tif"))
    x0, dx, _, y0, _, dy = reference.GetGeoTransform()
    xs, ys = point_coordinates(os.path.join(SAMPLE, "landslides.gpkg"), "landslides")
    rows, cols = np.floor((ys - y0) / dy).astype(int), np.floor((xs - x0) / dx).astype(int)
    expected = brute_force_heatmap(reference.RasterYSize, reference.RasterXSize, rows, cols, 6, 0.1)
    valid = ~np.isnan(reference.GetRasterBand(1).ReadAsArray())
    expected[~valid] = NODATA
    return expected, rows, cols, valid


class TestEcuador:
    def test_grid_values_and_log(self, run, sample, landslides_layer, tmp_path, ecuador_expected, unchanged_inputs):
        expected, rows, cols, valid = ecuador_expected
        out = str(tmp_path / "heatmap.tif")
        result, feedback = run("gaussianheatmap", {
            "LANDSLIDES": landslides_layer, "REFERENCE": sample("slope.tif"), "OUTPUT": out})
        assert result["OUTPUT"] == out
        reference, heat = gdal.Open(sample("slope.tif")), gdal.Open(out)
        assert (heat.RasterXSize, heat.RasterYSize) == (reference.RasterXSize, reference.RasterYSize) == (383, 415)
        assert heat.GetGeoTransform() == reference.GetGeoTransform()
        assert heat.GetProjection() == reference.GetProjection()
        values = read_array(out)
        assert (values[rows, cols][valid[rows, cols]] == 1.0).all()
        np.testing.assert_allclose(values, expected, rtol=1e-6)
        counts = interval_counts(expected[valid])
        assert sum(counts) == 158326
        for label, count in zip(["0-0.2", "0.2-0.4", "0.4-0.6", "0.6-0.8", "0.8-1"], counts):
            assert f"{label}: {count} (" in feedback.log
        assert "Landslides used: 175 (in 175 distinct pixels); outside the grid, skipped: 0." in feedback.log
        assert "619 nodata" in feedback.log

    def test_landslides_in_another_crs_are_reprojected(self, run, sample, tmp_path, ecuador_expected):
        from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsProject
        from tests.helpers import SAMPLE

        xs, ys = point_coordinates(os.path.join(SAMPLE, "landslides.gpkg"), "landslides")
        to_wgs84 = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:32717"),
                                          QgsCoordinateReferenceSystem("EPSG:4326"), QgsProject.instance())
        layer = memory_layer("Point", [QgsGeometry.fromPointXY(to_wgs84.transform(QgsPointXY(x, y)))
                                       for x, y in zip(xs, ys)], crs="EPSG:4326")
        out = str(tmp_path / "h.tif")
        run("gaussianheatmap", {"LANDSLIDES": layer, "REFERENCE": sample("slope.tif"), "OUTPUT": out})
        np.testing.assert_allclose(read_array(out), ecuador_expected[0], rtol=1e-6)

    def test_polygons_use_their_centroids(self, run, sample, tmp_path, ecuador_expected):
        from tests.helpers import SAMPLE

        xs, ys = point_coordinates(os.path.join(SAMPLE, "landslides.gpkg"), "landslides")
        squares = [QgsGeometry.fromRect(QgsGeometry.fromPointXY(QgsPointXY(x, y)).buffer(4, 1).boundingBox())
                   for x, y in zip(xs, ys)]
        out = str(tmp_path / "h.tif")
        run("gaussianheatmap", {"LANDSLIDES": memory_layer("Polygon", squares),
                                "REFERENCE": sample("slope.tif"), "OUTPUT": out})
        np.testing.assert_allclose(read_array(out), ecuador_expected[0], rtol=1e-6)

    def test_radius_and_boundary_are_used(self, run, sample, landslides_layer, tmp_path):
        out = str(tmp_path / "h.tif")
        run("gaussianheatmap", {"LANDSLIDES": landslides_layer, "REFERENCE": sample("slope.tif"),
                                "RADIUS": 3, "BOUNDARY_VALUE": 0.3, "OUTPUT": out})
        values = read_array(out)
        assert values[values > 0].min() == pytest.approx(0.3, rel=1e-6)
        # With R = 3 at most 29 cells per landslide are non-zero.
        assert np.count_nonzero(values > 0) <= 175 * 29


class TestBehaviour:
    def test_null_geometries_are_skipped_with_a_warning(self, run, sample, tmp_path):
        layer = memory_layer("Point", [QgsGeometry.fromPointXY(QgsPointXY(712500, 9559000)), None, QgsGeometry()])
        _, feedback = run("gaussianheatmap", {"LANDSLIDES": layer, "REFERENCE": sample("slope.tif"),
                                              "OUTPUT": str(tmp_path / "h.tif")})
        assert any("2 landslide feature(s) without geometry" in w for w in feedback.warnings)
        assert "Landslides used: 1 " in feedback.log

    def test_landslides_outside_are_reported(self, run, sample, tmp_path):
        layer = memory_layer("Point", [QgsGeometry.fromPointXY(QgsPointXY(712500, 9559000)),
                                       QgsGeometry.fromPointXY(QgsPointXY(0, 0))])
        _, feedback = run("gaussianheatmap", {"LANDSLIDES": layer, "REFERENCE": sample("slope.tif"),
                                              "OUTPUT": str(tmp_path / "h.tif")})
        assert any("1 landslide(s) lie outside the reference raster" in w for w in feedback.warnings)

    def test_cancel_writes_nothing(self, run, sample, landslides_layer, tmp_path, recording_feedback):
        out = tmp_path / "h.tif"
        with pytest.raises(QgsProcessingException, match="Cancelled"):
            run("gaussianheatmap", {"LANDSLIDES": landslides_layer, "REFERENCE": sample("slope.tif"),
                                    "OUTPUT": str(out)}, feedback=recording_feedback(cancel_at=5))
        assert os.listdir(tmp_path) == []


class TestBadInput:
    def expect_error(self, run, parameters, message, tmp_path):
        out = tmp_path / "h.tif"
        with pytest.raises(QgsProcessingException, match=message):
            run("gaussianheatmap", dict(parameters, OUTPUT=str(out)))
        assert os.listdir(tmp_path) == []

    def test_an_earlier_output_that_cannot_be_replaced_is_kept(self, run, sample, landslides_layer, tmp_path,
                                                                monkeypatch):
        """As on Windows while the earlier heatmap is loaded in QGIS: a plain message, the file unchanged."""
        out = tmp_path / "h.tif"
        out.write_bytes(b"the earlier heatmap")
        replace = os.replace

        def locked(source, destination):
            if os.path.abspath(source) == str(out):  # moving it aside
                raise PermissionError(13, "Access is denied")
            replace(source, destination)

        monkeypatch.setattr(os, "replace", locked)
        with pytest.raises(QgsProcessingException, match=r"h.tif' could not be replaced \(Access is denied\), so "
                                                         "nothing was written. If the file is open in another program"):
            run("gaussianheatmap", {"LANDSLIDES": landslides_layer, "REFERENCE": sample("slope.tif"),
                                    "OUTPUT": str(out)})
        assert out.read_bytes() == b"the earlier heatmap" and os.listdir(tmp_path) == ["h.tif"]

    def test_a_full_disk_is_named(self, run, sample, landslides_layer, tmp_path):
        """GDAL says only "Write error"; the user reads that the disk is full, and where."""
        with small_disk(tmp_path / "small", size="64k") as folder:
            if folder is None:
                pytest.skip("mounting a small disk needs root")
            with pytest.raises(QgsProcessingException) as raised:
                run("gaussianheatmap", {"LANDSLIDES": landslides_layer, "REFERENCE": sample("slope.tif"),
                                        "OUTPUT": str(folder / "h.tif")})
            assert str(raised.value) == (f"The disk holding '{folder}' is full, so nothing was written. Free some "
                                         "space there, or choose an output folder on another disk.")
            assert os.listdir(folder) == []

    def test_empty_layer(self, run, sample, tmp_path):
        self.expect_error(run, {"LANDSLIDES": memory_layer("Point", []), "REFERENCE": sample("slope.tif")},
                          "landslide layer is empty", tmp_path)

    def test_no_landslide_inside(self, run, sample, tmp_path):
        layer = memory_layer("Point", [QgsGeometry.fromPointXY(QgsPointXY(0, i)) for i in range(4)])
        self.expect_error(run, {"LANDSLIDES": layer, "REFERENCE": sample("slope.tif")},
                          "None of the 4 landslides lies inside the reference raster", tmp_path)

    def test_lines(self, run, sample, tmp_path):
        line = QgsGeometry.fromPolylineXY([QgsPointXY(712000, 9559000), QgsPointXY(713000, 9560000)])
        self.expect_error(run, {"LANDSLIDES": memory_layer("LineString", [line]), "REFERENCE": sample("slope.tif")},
                          "line geometries; use points", tmp_path)

    @pytest.mark.parametrize("radius, message", [(0, "at least 1 pixel"), (-3, "at least 1 pixel"),
                                                 (500, "wider than the whole reference grid")])
    def test_radius(self, run, sample, landslides_layer, tmp_path, radius, message):
        self.expect_error(run, {"LANDSLIDES": landslides_layer, "REFERENCE": sample("slope.tif"), "RADIUS": radius},
                          message, tmp_path)

    @pytest.mark.parametrize("boundary", [0.0, 1.0, 1.5, -0.2])
    def test_boundary(self, run, sample, landslides_layer, tmp_path, boundary):
        self.expect_error(run, {"LANDSLIDES": landslides_layer, "REFERENCE": sample("slope.tif"),
                                "BOUNDARY_VALUE": boundary}, "strictly between 0 and 1", tmp_path)

    def test_unreadable_reference(self, run, landslides_layer, tmp_path):
        broken = tmp_path.parent / "broken_reference.tif"
        broken.write_bytes(b"this is not a GeoTIFF")
        self.expect_error(run, {"LANDSLIDES": landslides_layer, "REFERENCE": str(broken)},
                          "reference raster", tmp_path)


def test_qgis_process_run(qgis_process, sample, landslides_layer, tmp_path, ecuador_expected):
    out = tmp_path / "heatmap.tif"
    completed = qgis_process("gaussianheatmap", LANDSLIDES=landslides_layer, REFERENCE=sample("slope.tif"),
                             RADIUS=6, BOUNDARY_VALUE=0.1, OUTPUT=out)
    assert completed.returncode == 0, completed.stdout + completed.stderr
    assert "Landslides used: 175" in completed.stdout
    np.testing.assert_allclose(read_array(out), ecuador_expected[0], rtol=1e-6)


def test_qgis_process_reports_bad_input(qgis_process, sample, landslides_layer, tmp_path):
    completed = qgis_process("gaussianheatmap", LANDSLIDES=landslides_layer, REFERENCE=sample("slope.tif"),
                             BOUNDARY_VALUE=1.0, OUTPUT=tmp_path / "h.tif")
    assert completed.returncode != 0
    assert "strictly between 0 and 1" in completed.stdout + completed.stderr
    assert os.listdir(tmp_path) == []
