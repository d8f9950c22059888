"""lsghnet:zoning through processing.run and qgis_process.bin."""
import os

import numpy as np
import pytest
from osgeo import gdal
from qgis.core import (QgsFeature, QgsGeometry, QgsPalettedRasterRenderer, QgsPointXY, QgsProcessingException,
                       QgsRasterLayer, QgsVectorLayer)

from tests.helpers import SAMPLE, point_coordinates, read_array, write_raster
from tests.qgis.conftest import run_algorithm

LANDSLIDES = os.path.join(SAMPLE, "landslides.gpkg") + "|layername=landslides"
ORIGIN = (711962.726935, 9561011.759956)


@pytest.fixture(scope="module")
def susceptibility(tmp_path_factory):
    """A susceptibility index on the Ecuador grid: slope scaled to [0, 1]."""
    folder = tmp_path_factory.mktemp("zoning")
    slope = gdal.Open(os.path.join(SAMPLE, "slope.tif")).ReadAsArray()
    index = np.where(np.isnan(slope), -1, np.round(slope / 80.0, 4))
    path = write_raster(folder / "susceptibility.tif", index, origin=ORIGIN, nodata=-1)
    other = write_raster(folder / "other.tif", np.where(index < 0, -1, 1 - index), origin=ORIGIN, nodata=-1)
    return path, other, index


def outputs(tmp_path, **extra):
    return dict({"OUTPUT_ZONES": str(tmp_path / "zones.tif"), "OUTPUT_TABLE": str(tmp_path / "table.gpkg"),
                 "OUTPUT_REPORT": str(tmp_path / "report.html")}, **extra)


def table_rows(path):
    return [feature.attributes()[1:] for feature in QgsVectorLayer(path, "t", "ogr").getFeatures()]


def landslide_cells(index):
    xs, ys = point_coordinates(os.path.join(SAMPLE, "landslides.gpkg"), "landslides")
    rows, cols = np.floor((ORIGIN[1] - ys) / 10).astype(int), np.floor((xs - ORIGIN[0]) / 10).astype(int)
    cells = {(r, c) for r, c in zip(rows, cols) if index[r, c] >= 0}
    return cells


class TestZoning:
    def test_equal_intervals_against_an_independent_count(self, qgis_processing, susceptibility, tmp_path):
        path, _, index = susceptibility
        result, feedback = run_algorithm("zoning", dict(outputs(tmp_path), SUSCEPTIBILITY=path,
                                                        LANDSLIDES=LANDSLIDES, METHOD=1))
        valid = index >= 0
        expected_zone = np.clip(np.ceil(index / 0.2).astype(int), 1, 5)
        zones = read_array(result["OUTPUT_ZONES"])
        np.testing.assert_array_equal(zones[valid], expected_zone[valid])
        assert (zones[~valid] == 0).all()
        rows = table_rows(result["OUTPUT_TABLE"])
        cells = landslide_cells(index)
        for zone, row in enumerate(rows, start=1):
            in_zone = valid & (expected_zone == zone)
            assert row[5] == int(in_zone.sum())
            assert row[8] == sum(expected_zone[cell] == zone for cell in cells)
        assert sum(row[7] for row in rows) == pytest.approx(100.0)
        assert sum(row[9] for row in rows) == pytest.approx(100.0)
        assert "top two zones hold" in feedback.log and "from zone to zone" in feedback.log

    def test_jenks_zones_style_and_report(self, qgis_processing, susceptibility, tmp_path):
        path, _, _ = susceptibility
        result, feedback = run_algorithm("zoning", dict(outputs(tmp_path), SUSCEPTIBILITY=path,
                                                        LANDSLIDES=LANDSLIDES))
        layer = QgsRasterLayer(result["OUTPUT_ZONES"], "zones", "gdal")
        renderer = layer.renderer()
        assert isinstance(renderer, QgsPalettedRasterRenderer)
        assert [c.label for c in renderer.classes()] == ["extremely low", "low", "moderate", "high", "extremely high"]
        rows = table_rows(result["OUTPUT_TABLE"])
        assert [row[2] for row in rows] == ["extremely low", "low", "moderate", "high", "extremely high"]
        bounds = [row[3] for row in rows] + [rows[-1][4]]
        assert bounds == sorted(bounds)
        report = (tmp_path / "report.html").read_text()
        assert "Landslide density per zone" in report and "plotly" in report

    def test_polygons_and_reprojected_points(self, qgis_processing, susceptibility, tmp_path):
        path, _, index = susceptibility
        xs, ys = point_coordinates(os.path.join(SAMPLE, "landslides.gpkg"), "landslides")
        squares = QgsVectorLayer("Polygon?crs=EPSG:32717", "p", "memory")
        features = []
        for x, y in zip(xs[:20], ys[:20]):  # 3 x 3 cells around each point's cell centre
            cx, cy = ORIGIN[0] + (np.floor((x - ORIGIN[0]) / 10) + 0.5) * 10, \
                ORIGIN[1] - (np.floor((ORIGIN[1] - y) / 10) + 0.5) * 10
            feature = QgsFeature()
            feature.setGeometry(QgsGeometry.fromWkt(
                f"POLYGON(({cx - 15} {cy - 15}, {cx + 15} {cy - 15}, {cx + 15} {cy + 15}, {cx - 15} {cy + 15}, "
                f"{cx - 15} {cy - 15}))"))
            features.append(feature)
        squares.dataProvider().addFeatures(features)
        result, _ = run_algorithm("zoning", dict(outputs(tmp_path), SUSCEPTIBILITY=path, LANDSLIDES=squares, METHOD=1))
        units = sum(row[8] for row in table_rows(result["OUTPUT_TABLE"]))
        covered = set()
        for x, y in zip(xs[:20], ys[:20]):
            r, c = int((ORIGIN[1] - y) // 10), int((x - ORIGIN[0]) // 10)
            covered |= {(r + i, c + j) for i in (-1, 0, 1) for j in (-1, 0, 1) if index[r + i, c + j] >= 0}
        assert units == len(covered)

        wgs84 = QgsVectorLayer("Point?crs=EPSG:4326", "w", "memory")
        from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsProject
        transform = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:32717"),
                                           QgsCoordinateReferenceSystem("EPSG:4326"), QgsProject.instance())
        points = []
        for x, y in zip(xs, ys):
            feature = QgsFeature()
            feature.setGeometry(QgsGeometry.fromPointXY(transform.transform(QgsPointXY(x, y))))
            points.append(feature)
        wgs84.dataProvider().addFeatures(points)
        out = tmp_path / "wgs"
        out.mkdir()
        result, _ = run_algorithm("zoning", dict(outputs(out), SUSCEPTIBILITY=path, LANDSLIDES=wgs84, METHOD=1))
        assert sum(row[8] for row in table_rows(result["OUTPUT_TABLE"])) == len(landslide_cells(index))

    def test_compare(self, qgis_processing, susceptibility, tmp_path):
        path, other, _ = susceptibility
        result, feedback = run_algorithm("zoning", dict(outputs(tmp_path), SUSCEPTIBILITY=path, COMPARE=[other],
                                                        LANDSLIDES=LANDSLIDES, METHOD=1))
        rows = table_rows(result["OUTPUT_TABLE"])
        assert [row[0] for row in rows] == ["susceptibility"] * 5 + ["other"] * 5
        first, second = rows[:5], rows[5:]
        assert [r[8] for r in first] == [r[8] for r in second][::-1] or sum(r[8] for r in first) == \
            sum(r[8] for r in second)
        assert "other: landslide density" in feedback.log

    def test_no_landslide_inside_still_writes_the_table(self, qgis_processing, susceptibility, tmp_path):
        path, _, _ = susceptibility
        far = QgsVectorLayer("Point?crs=EPSG:32717", "far", "memory")
        feature = QgsFeature()
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(0, 0)))
        far.dataProvider().addFeatures([feature])
        result, feedback = run_algorithm("zoning", dict(outputs(tmp_path), SUSCEPTIBILITY=path, LANDSLIDES=far))
        assert len(table_rows(result["OUTPUT_TABLE"])) == 5
        assert any("no landslide falls on a zoned cell" in w for w in feedback.warnings)


class TestBadInput:
    def expect(self, tmp_path, message, **parameters):
        with pytest.raises(QgsProcessingException, match=message):
            run_algorithm("zoning", dict(outputs(tmp_path), LANDSLIDES=LANDSLIDES, **parameters))
        assert not (tmp_path / "zones.tif").exists() and not (tmp_path / "report.html").exists()

    def test_values_outside(self, qgis_processing, tmp_path):
        self.expect(tmp_path, r"outside \[0, 1\]", SUSCEPTIBILITY=os.path.join(SAMPLE, "slope.tif"))

    def test_fewer_values_than_zones(self, qgis_processing, tmp_path):
        few = write_raster(tmp_path.parent / "few.tif", np.tile([0.1, 0.9], (415, 192))[:, :383], origin=ORIGIN)
        self.expect(tmp_path, "only 2 distinct values", SUSCEPTIBILITY=few)

    @pytest.mark.parametrize("breaks, message", [("0.6 0.3", "strictly increasing"), ("0.5 1.5", "strictly between"),
                                                 ("", "needs breaks"), ("a b", "must be numbers")])
    def test_breaks(self, qgis_processing, susceptibility, tmp_path, breaks, message):
        self.expect(tmp_path, message, SUSCEPTIBILITY=susceptibility[0], METHOD=3, BREAKS=breaks)


def test_qgis_process(qgis_process, susceptibility, tmp_path):
    completed = qgis_process("zoning", SUSCEPTIBILITY=susceptibility[0], LANDSLIDES=LANDSLIDES, METHOD=3,
                             BREAKS="0.2 0.4 0.6 0.8", OUTPUT_ZONES=tmp_path / "z.tif",
                             OUTPUT_TABLE=tmp_path / "t.gpkg", OUTPUT_REPORT=tmp_path / "r.html")
    assert completed.returncode == 0, completed.stdout + completed.stderr
    assert read_array(tmp_path / "z.tif").max() == 5 and (tmp_path / "z.qml").exists()
    assert len(table_rows(str(tmp_path / "t.gpkg"))) == 5


@pytest.fixture(scope="module")
def units(susceptibility, tmp_path_factory):
    """Mapping units: 500 m squares over the Ecuador grid (50 x 50 cells each, the
    last row and column reaching beyond it), made by QGIS's Create grid."""
    import processing

    folder = tmp_path_factory.mktemp("units")
    right, bottom = ORIGIN[0] + 383 * 10, ORIGIN[1] - 415 * 10
    result = processing.run("native:creategrid", {
        "TYPE": 2, "EXTENT": f"{ORIGIN[0]},{right},{bottom},{ORIGIN[1]} [EPSG:32717]", "HSPACING": 500,
        "VSPACING": 500, "HOVERLAY": 0, "VOVERLAY": 0, "CRS": "EPSG:32717", "OUTPUT": str(folder / "units.gpkg")})
    return result["OUTPUT"]


def test_zoning_per_mapping_unit_against_numpy(qgis_processing, susceptibility, units, tmp_path):
    path, _, index = susceptibility
    result, feedback = run_algorithm("zoning", dict(outputs(tmp_path), SUSCEPTIBILITY=path, LANDSLIDES=LANDSLIDES,
                                                    METHOD=1, UNITS=units, OUTPUT_UNITS=str(tmp_path / "units.gpkg"),
                                                    PROBABILITY=path))  # the index as its own "probability"
    layer = QgsVectorLayer(result["OUTPUT_UNITS"], "u", "ogr")
    source = QgsVectorLayer(units, "grid", "ogr")
    assert layer.featureCount() == source.featureCount() == 9 * 8
    assert [field.name() for field in layer.fields()][-9:] == ["cells", "mean_index", "p90_index", "zone",
                                                               "zone_label", "landslides", "landslide_cells",
                                                               "density_pct", "probability"]
    assert {"left", "top", "right", "bottom"} <= {field.name() for field in layer.fields()}  # the units' own
    cells = landslide_cells(index)
    checked = 0
    for feature in layer.getFeatures():
        box = feature.geometry().boundingBox()
        row0, col0 = round((ORIGIN[1] - box.yMaximum()) / 10), round((box.xMinimum() - ORIGIN[0]) / 10)
        block = index[row0:row0 + 50, col0:col0 + 50]
        valid = block >= 0
        assert feature["cells"] == int(valid.sum())
        if not valid.any():
            assert feature["mean_index"] is None or str(feature["mean_index"]) == "NULL"
            continue
        assert feature["mean_index"] == pytest.approx(block[valid].mean(), abs=1e-6)
        assert feature["probability"] == pytest.approx(feature["mean_index"], abs=1e-9)
        assert feature["p90_index"] == pytest.approx(np.sort(block[valid])[int(np.ceil(0.9 * valid.sum())) - 1],
                                                     abs=1e-4)
        assert feature["zone"] == min(5, max(1, int(np.ceil(round(block[valid].mean(), 4) / 0.2))))
        inside = sum(1 for r, c in cells if row0 <= r < row0 + 50 and col0 <= c < col0 + 50)
        assert feature["landslide_cells"] == inside and feature["landslides"] == inside  # one point, one cell
        checked += 1
    assert checked > 40
    assert "mapping units zoned" in feedback.log


def test_mapping_units_through_qgis_process(qgis_process, susceptibility, units, tmp_path):
    completed = qgis_process("zoning", SUSCEPTIBILITY=susceptibility[0], LANDSLIDES=LANDSLIDES, UNITS=units,
                             OUTPUT_ZONES=tmp_path / "z.tif", OUTPUT_TABLE=tmp_path / "t.gpkg",
                             OUTPUT_REPORT=tmp_path / "r.html", OUTPUT_UNITS=tmp_path / "u.gpkg")
    assert completed.returncode == 0, completed.stdout + completed.stderr
    layer = QgsVectorLayer(str(tmp_path / "u.gpkg"), "u", "ogr")
    assert layer.featureCount() == 72 and {f["zone"] for f in layer.getFeatures() if f["cells"]} <= {1, 2, 3, 4, 5}


def test_mapping_units_open_coloured_by_zone(provider, susceptibility, units, tmp_path):
    """As the dialog loads the output: a colour and a label per zone."""
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProcessingOutputLayerDefinition, QgsProject

    import processing

    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    parameters = dict(outputs(tmp_path), SUSCEPTIBILITY=susceptibility[0], LANDSLIDES=LANDSLIDES, UNITS=units,
                      OUTPUT_UNITS=QgsProcessingOutputLayerDefinition(str(tmp_path / "units.gpkg"),
                                                                      QgsProject.instance()))
    result = processing.run("lsghnet:zoning", parameters, context=context, feedback=QgsProcessingFeedback(),
                            is_child_algorithm=False)
    details = context.layerToLoadOnCompletionDetails(result["OUTPUT_UNITS"])
    layer = QgsVectorLayer(result["OUTPUT_UNITS"], "u", "ogr")
    details.postProcessor().postProcessLayer(layer, context, QgsProcessingFeedback())
    categories = layer.renderer().categories()
    assert [(c.value(), c.label()) for c in categories] == list(enumerate(
        ["extremely low", "low", "moderate", "high", "extremely high"], start=1))
    assert categories[-1].symbol().color().name() == "#d7191c"
